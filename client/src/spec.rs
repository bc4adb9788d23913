//! What the verifier trusts, from a raw chain spec: its genesis hash and GRANDPA authorities.

use crate::Failure;
use lode_verifier::{genesis::genesis_of, AuthorityList, AuthoritySet, Trust, H256};
use serde::Deserialize;
use serde_json::Value;
use std::path::Path;

/// Trust in the chain whose raw chain spec is at `path`.
pub fn trust_from_spec(path: &Path) -> Result<Trust, Failure> {
	let text = std::fs::read_to_string(path).map_err(|e| {
		Failure::usage(format!("cannot read the chain spec {}: {e}", path.display()))
	})?;
	let spec: Value = serde_json::from_str(&text)
		.map_err(|e| Failure::usage(format!("{} is not a JSON chain spec: {e}", path.display())))?;
	let top = spec["genesis"]["raw"]["top"].as_object().ok_or_else(|| {
		Failure::usage(format!(
			"{} is not a raw chain spec; make one with `lode-node build-spec --chain <chain> --raw`",
			path.display()
		))
	})?;
	let mut entries = Vec::with_capacity(top.len());
	for (key, value) in top {
		let value = value.as_str().ok_or_else(|| Failure::usage("a genesis value is not hex"))?;
		entries.push((hex_bytes(key)?, hex_bytes(value)?));
	}
	let (genesis_hash, authorities) =
		genesis_of(entries).map_err(|e| Failure::usage(format!("{}: {e}", path.display())))?;
	Ok(Trust::genesis(genesis_hash, authorities))
}

/// A checkpoint the user trusts instead of genesis, as JSON:
/// `{"blockNumber": n, "blockHash": "0x…", "setId": n, "authorities": [["0x…", 1], …]}`.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Checkpoint {
	block_number: u32,
	block_hash: String,
	set_id: u64,
	authorities: Vec<(String, u64)>,
}

/// `trust` moved to the checkpoint at `path`; returns it with the checkpoint's block hash.
pub fn with_checkpoint(trust: Trust, path: &Path) -> Result<(Trust, H256), Failure> {
	let text = std::fs::read_to_string(path).map_err(|e| {
		Failure::usage(format!("cannot read the checkpoint {}: {e}", path.display()))
	})?;
	let checkpoint: Checkpoint = serde_json::from_str(&text)
		.map_err(|e| Failure::usage(format!("{} is not a checkpoint: {e}", path.display())))?;
	let mut authorities: AuthorityList = Vec::new();
	for (id, weight) in checkpoint.authorities {
		let key: [u8; 32] = hex_bytes(&id)?
			.try_into()
			.map_err(|_| Failure::usage(format!("authority {id} is not 32 bytes")))?;
		authorities.push((key, weight));
	}
	let hash = hash_from_hex(&checkpoint.block_hash)?;
	let trust = Trust {
		genesis_hash: trust.genesis_hash,
		set: AuthoritySet { set_id: checkpoint.set_id, authorities },
		block: checkpoint.block_number,
	};
	Ok((trust, hash))
}

/// Bytes from `0x`-prefixed (or bare) hex.
pub fn hex_bytes(text: &str) -> Result<Vec<u8>, Failure> {
	hex::decode(text.trim_start_matches("0x"))
		.map_err(|_| Failure::usage(format!("{text} is not hex")))
}

/// A 32-byte hash from hex.
pub fn hash_from_hex(text: &str) -> Result<H256, Failure> {
	let bytes: [u8; 32] = hex_bytes(text)?
		.try_into()
		.map_err(|_| Failure::usage(format!("{text} is not a 32-byte hash (64 hex digits)")))?;
	Ok(H256(bytes))
}
