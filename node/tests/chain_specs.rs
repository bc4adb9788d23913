//! The chain specs checked in under `chain-specs/` are what this node builds from the runtime's
//! presets, and their published hashes match: regenerate with `scripts/chain-specs`.
//!
//! Every genesis entry is compared exactly except the runtime's wasm (`:code`): a wasm built in
//! another checkout is not yet byte-for-byte the same (source paths are remapped, a one-byte
//! difference remains), so for `:code` only the size is compared, within 64 bytes.

mod common;

use serde_json::Value;
use std::{path::PathBuf, process::Command};

/// The storage key of the runtime's wasm, `:code`.
const CODE_KEY: &str = "0x3a636f6465";

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
		let (mut expected, mut found): (Value, Value) = (
			serde_json::from_slice(&output.stdout).expect("build-spec prints JSON"),
			serde_json::from_slice(&checked_in).expect("a JSON chain spec"),
		);
		let code_of = |spec: &mut Value| -> String {
			let top = spec["genesis"]["raw"]["top"].as_object_mut().expect("a raw spec");
			let code = top.remove(CODE_KEY).expect("the runtime's code");
			code.as_str().expect("hex").to_owned()
		};
		let (built_code, checked_in_code) = (code_of(&mut expected), code_of(&mut found));
		assert!(
			expected == found,
			"{} is stale: the runtime's presets or the chain's settings changed; run scripts/chain-specs",
			path.display()
		);
		// A weak guard on the wasm itself until builds are reproducible across checkouts: it
		// catches a runtime that grew or shrank by more than 64 bytes since the spec was made.
		let size = |hex: &str| hex.len() / 2;
		assert!(
			size(&built_code).abs_diff(size(&checked_in_code)) <= 64,
			"{}: the runtime's wasm changed ({} → {} bytes); run scripts/chain-specs",
			path.display(),
			size(&checked_in_code),
			size(&built_code)
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
