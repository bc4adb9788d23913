//! The chain specs checked in under `chain-specs/` are exactly what this node builds from the
//! runtime's presets, and their published hashes match: regenerate with `scripts/chain-specs`.

mod common;

use std::{path::PathBuf, process::Command};

const TYPES: [&str; 3] = ["public", "private", "alliance"];

fn chain_specs_dir() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../chain-specs")
}

#[test]
fn checked_in_chain_specs_are_current() {
	for chain in TYPES {
		let output = Command::new(common::node_binary())
			.args(["build-spec", "--chain", chain, "--raw", "--disable-default-bootnode"])
			.output()
			.expect("lode-node runs");
		assert!(output.status.success(), "build-spec --chain {chain} failed");
		let path = chain_specs_dir().join(format!("{chain}.json"));
		let checked_in = std::fs::read(&path)
			.unwrap_or_else(|error| panic!("{}: {error}; run scripts/chain-specs", path.display()));
		assert!(
			checked_in == output.stdout,
			"{} is stale: the runtime or its presets changed; run scripts/chain-specs",
			path.display()
		);
	}
}

#[test]
fn published_hashes_match_the_chain_specs() {
	let status = Command::new("sha256sum")
		.args(["--check", "--quiet", "SHA256SUMS"])
		.current_dir(chain_specs_dir())
		.status()
		.expect("sha256sum runs");
	assert!(status.success(), "chain-specs/SHA256SUMS is stale; run scripts/chain-specs");
}
