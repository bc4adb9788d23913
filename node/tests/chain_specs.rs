//! The chain specs checked in under `chain-specs/` are what this node builds from the runtime's
//! presets, their published hashes match, and `--chain public|private|alliance` loads exactly
//! them: regenerate with `scripts/chain-specs`.
//!
//! The comparison is exact, the runtime's wasm (`:code`) included: every build makes the same
//! wasm wherever it runs (see `runtime/build.rs` and `scripts/reproducible-wasm`).

mod common;

use serde_json::Value;
use std::{path::PathBuf, process::Command};

/// The storage key of the runtime's wasm, `:code`: its size is named when a spec is stale.
const CODE_KEY: &str = "0x3a636f6465";

const TYPES: [&str; 3] = ["public", "private", "alliance"];

fn chain_specs_dir() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../chain-specs")
}

/// What `lode-node build-spec --chain <chain> --raw` prints, as JSON.
fn raw_spec(chain: &str) -> Value {
	let output = Command::new(common::node_binary())
		.args(["build-spec", "--chain", chain, "--raw", "--disable-default-bootnode"])
		.output()
		.expect("lode-node runs");
	assert!(
		output.status.success(),
		"build-spec --chain {chain} failed: {}",
		String::from_utf8_lossy(&output.stderr)
	);
	serde_json::from_slice(&output.stdout).expect("build-spec prints JSON")
}

#[test]
fn checked_in_chain_specs_are_current() {
	for chain in TYPES {
		let expected = raw_spec(&format!("{chain}-preset"));
		let path = chain_specs_dir().join(format!("{chain}.json"));
		let checked_in = std::fs::read(&path)
			.unwrap_or_else(|error| panic!("{}: {error}; run scripts/chain-specs", path.display()));
		let found: Value = serde_json::from_slice(&checked_in).expect("a JSON chain spec");
		let code_of = |spec: &Value| -> usize {
			spec["genesis"]["raw"]["top"][CODE_KEY].as_str().expect("the runtime's code").len() / 2
		};
		assert!(
			expected == found,
			"{} is stale: the runtime ({} bytes, checked in {} bytes), its presets or the chain's \
			 settings changed; run scripts/chain-specs",
			path.display(),
			code_of(&expected),
			code_of(&found)
		);
	}
}

#[test]
fn the_named_chains_are_the_published_files() {
	for chain in TYPES {
		let path = chain_specs_dir().join(format!("{chain}.json"));
		let from_file = raw_spec(path.to_str().expect("a UTF-8 path"));
		assert!(
			raw_spec(chain) == from_file,
			"--chain {chain} is not the spec in {}: rebuild lode-node after scripts/chain-specs",
			path.display()
		);
	}
}

#[test]
fn every_chain_has_a_protocol_id_of_its_own() {
	let mut seen = Vec::new();
	for chain in ["dev", "local", "public", "private", "alliance"] {
		let id = raw_spec(chain)["protocolId"].as_str().map(str::to_owned);
		let id = id.unwrap_or_else(|| panic!("--chain {chain} has no protocolId"));
		assert!(!id.is_empty() && id != "sup", "--chain {chain} has protocolId {id:?}");
		assert!(!seen.contains(&id), "--chain {chain} shares protocolId {id:?} with another chain");
		seen.push(id);
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
