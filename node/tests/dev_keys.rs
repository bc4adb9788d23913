//! A validator refuses to start on a live chain whose genesis uses the well-known development
//! keys, unless told `--allow-dev-keys`; `build-spec` of such a chain warns. Development and
//! local chains, which are meant to run with these keys, start as before.

mod common;

use common::Node;
use std::{path::PathBuf, process::Command};

/// Runs `lode-node args…` to its end (it must not start) and returns its status and stderr.
fn run_to_exit(args: &[&str]) -> (bool, String) {
	let base = tempfile::tempdir().expect("a temporary directory");
	let output = Command::new(common::node_binary())
		.args(args)
		.arg("--base-path")
		.arg(base.path())
		.args(["--rpc-port", &common::free_port().to_string(), "--port", "0"])
		.args(["--no-prometheus", "--no-telemetry", "--no-mdns"])
		.output()
		.expect("lode-node runs");
	(output.status.success(), String::from_utf8_lossy(&output.stderr).into_owned())
}

fn published(chain: &str) -> String {
	let path =
		PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("../chain-specs/{chain}.json"));
	path.to_str().expect("a UTF-8 path").to_owned()
}

#[test]
fn a_validator_on_a_template_live_chain_refuses_to_start_with_the_reason() {
	let public_file = published("public");
	let private_file = published("private");
	// With a node key, as an operator's validator has one (else the node stops earlier, asking
	// for one).
	let key = common::node_key(0);
	let cases: [&[&str]; 5] = [
		&["--validator", "--chain", "public", "--node-key", &key],
		&["--validator", "--chain", &public_file, "--node-key", &key],
		&["--validator", "--chain", "alliance", "--node-key", &key],
		&["--chain", "private", "--alice", "--node-key", &key],
		&["--validator", "--chain", &private_file, "--node-key", &key],
	];
	for args in cases {
		let (started, stderr) = run_to_exit(args);
		assert!(!started, "lode-node {args:?} exited successfully:\n{stderr}");
		let last = stderr.lines().last().unwrap_or_default();
		assert!(
			last.starts_with("Error: refusing to validate on the live chain")
				&& last.contains("well-known development keys")
				&& last.contains("Alice")
				&& last.contains("--allow-dev-keys"),
			"lode-node {args:?} did not give the reason on its last line:\n{stderr}"
		);
	}
}

#[test]
fn the_override_flag_and_non_live_chains_start() {
	let _turn = common::exclusive();
	let base = tempfile::tempdir().expect("a temporary directory");
	let key = common::node_key(0);
	let starts: [&[&str]; 4] = [
		&["--validator", "--chain", "public", "--allow-dev-keys", "--node-key", &key],
		&["--dev", "--mining-threads", "1"],
		&["--chain", "local", "--alice", "--node-key", &key],
		// Not a validator: a full node may follow any chain.
		&["--chain", "public", "--node-key", &key],
	];
	for (index, args) in starts.iter().enumerate() {
		let node = Node::start(&base.path().join(index.to_string()), args);
		let name = node.rpc("system_chain", serde_json::json!([]));
		assert!(name.is_string(), "lode-node {args:?} answers RPC");
		node.stop();
	}
}

#[test]
fn build_spec_of_a_template_live_chain_warns() {
	for chain in ["public", "private-preset"] {
		let output = Command::new(common::node_binary())
			.args(["build-spec", "--chain", chain, "--raw", "--disable-default-bootnode"])
			.output()
			.expect("lode-node runs");
		assert!(output.status.success(), "build-spec --chain {chain} still prints the spec");
		let stderr = String::from_utf8_lossy(&output.stderr);
		assert!(
			stderr.contains("warning: the live chain") && stderr.contains("development keys"),
			"build-spec --chain {chain} gave no warning:\n{stderr}"
		);
	}
	let output = Command::new(common::node_binary())
		.args(["build-spec", "--chain", "local", "--disable-default-bootnode"])
		.output()
		.expect("lode-node runs");
	assert!(output.status.success());
	let stderr = String::from_utf8_lossy(&output.stderr);
	assert!(
		!stderr.contains("warning: the live chain"),
		"a local chain is meant for dev keys:\n{stderr}"
	);
}
