//! `lode-node`: the Lode blockchain node.

mod chain_spec;
mod cli;
mod command;
mod dev_keys;
mod rpc;
mod service;

fn main() {
	if let Err(error) = command::run() {
		// One line, so scripts and operators see the reason at a glance.
		let reason = error.to_string().lines().map(str::trim).collect::<Vec<_>>().join("; ");
		eprintln!("Error: {reason}");
		std::process::exit(1);
	}
}
