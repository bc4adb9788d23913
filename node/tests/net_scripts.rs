//! The operator's scripts for local networks, run as an operator runs them: `scripts/net/start`
//! (its help, a private chain of validators with freshly generated keys), `scripts/net/restart`
//! of one node by name, `scripts/net/stop`.

mod common;

use common::Node;
use serde_json::Value;
use std::{
	path::{Path, PathBuf},
	process::{Command, Output},
	time::Duration,
};

const TIMEOUT: Duration = Duration::from_secs(300);

fn script(name: &str) -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts/net").join(name)
}

/// Runs a script with the node cargo built for these tests.
fn run(name: &str, args: &[&str]) -> Output {
	Command::new(script(name))
		.args(args)
		.env("LODE_NODE", common::node_binary())
		.output()
		.unwrap_or_else(|error| panic!("scripts/net/{name} runs: {error}"))
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// Stops the network in `dir` however the test ends.
struct Network<'a>(&'a Path);

impl Drop for Network<'_> {
	fn drop(&mut self) {
		let _ = run("stop", &["--dir", self.0.to_str().expect("a UTF-8 path")]);
	}
}

#[test]
fn start_help_names_its_flags_on_stdout() {
	let output = run("start", &["--help"]);
	assert!(output.status.success(), "scripts/net/start --help exits 0");
	let help = text(&output.stdout);
	for flag in ["--dir", "--mining-threads", "node0", "deleted first", "scripts/net/restart"] {
		assert!(help.contains(flag), "scripts/net/start --help does not mention {flag}:\n{help}");
	}
	let output = run("restart", &["--help"]);
	assert!(output.status.success(), "scripts/net/restart --help exits 0");
	assert!(text(&output.stdout).contains("NODE"));
	let output = run("start", &["no-such-chain"]);
	assert_eq!(output.status.code(), Some(2), "a bad chain type is bad usage");
}

#[test]
fn a_private_network_with_generated_keys_validates_and_one_node_restarts_by_name() {
	let _turn = common::exclusive();
	let base = tempfile::tempdir().expect("a temporary directory");
	let dir = base.path().join("net");
	let dir_arg = dir.to_str().expect("a UTF-8 path");
	let _network = Network(&dir);

	let output = run("start", &["private", "3", "--dir", dir_arg]);
	assert!(
		output.status.success(),
		"scripts/net/start private 3 failed:\n{}{}",
		text(&output.stdout),
		text(&output.stderr)
	);
	let network: Value = serde_json::from_slice(
		&std::fs::read(dir.join("network.json")).expect("scripts/net/start writes network.json"),
	)
	.expect("network.json is JSON");
	let nodes: Vec<Node> = network["nodes"]
		.as_array()
		.expect("nodes")
		.iter()
		.map(|node| {
			let port = |field: &str| node[field].as_u64().expect("a port") as u16;
			Node::attach(port("rpcPort"), port("p2pPort"))
		})
		.collect();
	assert_eq!(nodes.len(), 3);
	// Validators with generated keys start (no well-known key is left in the spec) and finalize.
	for node in &nodes {
		node.wait_finalized(2, TIMEOUT);
	}
	let spec = dir.join("raw.json");
	let inspected = Command::new(common::node_binary())
		.args(["build-spec", "--chain"])
		.arg(&spec)
		.arg("--raw")
		.output()
		.expect("lode-node runs");
	assert!(inspected.status.success());
	assert!(
		!text(&inspected.stderr).contains("development keys"),
		"scripts/net/start left a well-known key in its spec:\n{}",
		text(&inspected.stderr)
	);

	let pid_file = dir.join("node1/pid");
	let pid_before = std::fs::read_to_string(&pid_file).expect("node1 has a pid file");
	let output = run("restart", &["node1", "--dir", dir_arg]);
	assert!(
		output.status.success(),
		"scripts/net/restart node1 failed:\n{}{}",
		text(&output.stdout),
		text(&output.stderr)
	);
	let pid_after = std::fs::read_to_string(&pid_file).expect("node1 has a pid file again");
	assert_ne!(pid_before, pid_after, "node1 is a new process");
	// The restarted node kept its database and keys: it follows the others' finality and, as a
	// validator again, helps finalize what comes next.
	let target = nodes[0].finalized_number() + 2;
	for node in &nodes {
		node.wait_finalized(target, TIMEOUT);
	}
	let log = std::fs::read_to_string(dir.join("node1/node.log")).expect("node1's log");
	assert!(log.matches("Lode Node").count() >= 2, "node1's log holds both runs");

	let output = run("stop", &["--dir", dir_arg]);
	assert!(output.status.success(), "scripts/net/stop: {}", text(&output.stderr));
	assert!(text(&output.stdout).contains("stopped 3 node(s)"), "{}", text(&output.stdout));
	// A clean stop reads as clean: no essential task reported as failed, no panic.
	for index in 0..3 {
		let log = std::fs::read_to_string(dir.join(format!("node{index}/node.log")))
			.expect("the node's log");
		for sign in ["Essential task", "panicked", "This is a bug"] {
			assert!(!log.contains(sign), "node{index} logged {sign:?} on a clean stop:\n{log}");
		}
	}
}
