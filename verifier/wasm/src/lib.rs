//! # The Lode verifier for JavaScript
//!
//! `lode-verifier` compiled to WebAssembly (`wasm32-unknown-unknown`) with an interface of
//! plain numbers, so that any host loads it without generated bindings: Node.js, a browser, a
//! regulator's own page. The module imports nothing. The host
//! 1. calls `lode_input(len)`, which sizes the input buffer and returns its address in the
//!    module's memory, and writes its input there;
//! 2. calls `lode_trust()` or `lode_verify()`, which returns a status;
//! 3. reads the answer: `lode_output_len()` bytes at `lode_output()`.
//!
//! - `lode_trust()`: input, the raw chain spec's genesis storage (`genesis.raw.top`) SCALE-encoded
//!   as `Vec<(Vec<u8>, Vec<u8>)>`; output, the SCALE-encoded [`Trust`] it fixes (genesis hash,
//!   GRANDPA set 0). Status 0, or 3 with the reason as text.
//! - `lode_verify()`: input, the SCALE encoding of `(Trust, H256, Vec<u8>)`: the trust, the
//!   anchored digest and the `proof` bytes of a `notary_prove` answer; output, a JSON verdict.
//!   Status 0: the digest is anchored (the verdict names the anchor); 1: it is provably not
//!   anchored at the proven block; 2: the proof does not verify (the verdict's `error` says
//!   which link broke); 3: the input does not decode.
//! - `lode_verify_in_batch()`: input, the SCALE encoding of `(Trust, BatchPath, Vec<u8>)`: the
//!   trust, the file's place in its batch (its BLAKE2b-256 digest, leaf index, the batch's leaf
//!   count and the siblings up to the root, as a `lode batch` proof file lists them) and the
//!   `proof` bytes of a `notary_prove` answer for the batch's root. The module walks the path to
//!   the root, checks the root's proof and that the anchored batch has that many leaves. The
//!   statuses are `lode_verify`'s; the verdict adds `batchRoot` and `leafIndex`.

use codec::{DecodeAll, Encode};
use lode_verifier::{
	genesis::genesis_of, AnchorRecord, BatchPath, NotaryProof, Trust, Verified, H256,
};
use std::{fmt::Write, sync::Mutex};

/// The digest is anchored, and the proof says so.
pub const ANCHORED: u32 = 0;
/// The proof shows the digest is not anchored.
pub const NOT_ANCHORED: u32 = 1;
/// The proof does not verify.
pub const INVALID: u32 = 2;
/// The input does not decode.
pub const BAD_INPUT: u32 = 3;

static INPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static OUTPUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// What `lode_trust` computes from the genesis storage: the encoded trust, or why not.
pub fn trust(input: &[u8]) -> Result<Vec<u8>, String> {
	let top = Vec::<(Vec<u8>, Vec<u8>)>::decode_all(&mut &input[..])
		.map_err(|_| "the genesis storage does not decode as Vec<(Vec<u8>, Vec<u8>)>".to_owned())?;
	let (genesis_hash, authorities) = genesis_of(top).map_err(|e| e.to_string())?;
	Ok(Trust::genesis(genesis_hash, authorities).encode())
}

/// What `lode_verify` answers: its status and its JSON verdict.
pub fn verify(input: &[u8]) -> (u32, String) {
	let Ok((trust, digest, proof)) = <(Trust, H256, Vec<u8>)>::decode_all(&mut &input[..]) else {
		return (BAD_INPUT, error_json("the input does not decode as (Trust, H256, Vec<u8>)"));
	};
	match NotaryProof::decode_bytes(&proof).and_then(|proof| proof.verify(&digest, &trust)) {
		Ok(verified) => {
			let status = if verified.anchor.is_some() { ANCHORED } else { NOT_ANCHORED };
			(status, verdict_json(&digest, &verified))
		},
		Err(error) => (INVALID, error_json(&error.to_string())),
	}
}

/// What `lode_verify_in_batch` answers: its status and its JSON verdict.
pub fn verify_in_batch(input: &[u8]) -> (u32, String) {
	let Ok((trust, path, proof)) = <(Trust, BatchPath, Vec<u8>)>::decode_all(&mut &input[..])
	else {
		return (BAD_INPUT, error_json("the input does not decode as (Trust, BatchPath, Vec<u8>)"));
	};
	let root = match path.root() {
		Ok(root) => root,
		Err(error) => return (INVALID, error_json(&error.to_string())),
	};
	match NotaryProof::decode_bytes(&proof).and_then(|proof| path.verify(&proof, &trust)) {
		Ok(verified) => {
			let status = if verified.anchor.is_some() { ANCHORED } else { NOT_ANCHORED };
			let mut verdict = verdict_json(&path.digest, &verified);
			verdict.pop();
			let _ = write!(
				verdict,
				",\"batchRoot\":\"{}\",\"leafIndex\":{}}}",
				hex(root.as_bytes()),
				path.index
			);
			(status, verdict)
		},
		Err(error) => (INVALID, error_json(&error.to_string())),
	}
}

fn hex(bytes: &[u8]) -> String {
	bytes.iter().fold(String::from("0x"), |mut out, byte| {
		let _ = write!(out, "{byte:02x}");
		out
	})
}

/// A JSON string literal of `text`.
fn quoted(text: &str) -> String {
	let mut out = String::from("\"");
	for c in text.chars() {
		match c {
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			c if (c as u32) < 0x20 => {
				let _ = write!(out, "\\u{:04x}", c as u32);
			},
			c => out.push(c),
		}
	}
	out.push('"');
	out
}

fn error_json(message: &str) -> String {
	format!("{{\"verified\":false,\"error\":{}}}", quoted(message))
}

fn verdict_json(digest: &H256, verified: &Verified) -> String {
	let mut out = format!(
		"{{\"verified\":true,\"digest\":\"{}\",\"genesisHash\":\"{}\",\"blockNumber\":{},\
		 \"blockHash\":\"{}\",\"setId\":{},\"anchored\":{}",
		hex(digest.as_bytes()),
		hex(verified.genesis_hash.as_bytes()),
		verified.block_number,
		hex(verified.block_hash.as_bytes()),
		verified.set_id,
		verified.anchor.is_some()
	);
	if let Some(AnchorRecord { anchored_by, block, moment, revocation, .. }) = &verified.anchor {
		let _ = write!(
			out,
			",\"anchoredBy\":\"{}\",\"anchoredIn\":{block},\"anchoredAt\":{moment},\"revoked\":{}",
			hex(anchored_by),
			revocation.is_some()
		);
	}
	out.push('}');
	out
}

fn answer(status: u32, output: Vec<u8>) -> u32 {
	*OUTPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = output;
	status
}

/// Sizes the input buffer to `len` bytes and returns its address.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn lode_input(len: u32) -> usize {
	let mut input = INPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
	input.clear();
	input.resize(len as usize, 0);
	input.as_mut_ptr() as usize
}

/// The address of the last answer.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn lode_output() -> usize {
	OUTPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).as_ptr() as usize
}

/// The length of the last answer.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn lode_output_len() -> u32 {
	OUTPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).len() as u32
}

/// The trust the genesis storage in the input fixes.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn lode_trust() -> u32 {
	let input = INPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
	match trust(&input) {
		Ok(trust) => answer(0, trust),
		Err(reason) => answer(BAD_INPUT, reason.into_bytes()),
	}
}

/// The verdict on the proof in the input.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn lode_verify() -> u32 {
	let input = INPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
	let (status, verdict) = verify(&input);
	answer(status, verdict.into_bytes())
}

/// The verdict on the batch path and root proof in the input.
#[allow(unsafe_code)]
#[no_mangle]
pub extern "C" fn lode_verify_in_batch() -> u32 {
	let input = INPUT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
	let (status, verdict) = verify_in_batch(&input);
	answer(status, verdict.into_bytes())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn bad_input_is_named_not_a_panic() {
		assert_eq!(verify(&[1, 2, 3]).0, BAD_INPUT);
		assert!(trust(&[0xff]).is_err());
		// An empty genesis has no GRANDPA authorities.
		assert!(trust(&Vec::<(Vec<u8>, Vec<u8>)>::new().encode()).is_err());
	}

	#[test]
	fn a_proof_that_does_not_decode_is_invalid() {
		let trust = Trust::genesis(H256::repeat_byte(1), vec![([2; 32], 1)]);
		let (status, verdict) = verify(&(trust, H256::repeat_byte(3), vec![0u8; 4]).encode());
		assert_eq!(status, INVALID);
		assert!(verdict.starts_with("{\"verified\":false,\"error\":\"the proof does not decode"));
	}

	#[test]
	fn a_batch_path_is_walked_before_any_proof_is_read() {
		let trust = Trust::genesis(H256::repeat_byte(1), vec![([2; 32], 1)]);
		assert_eq!(verify_in_batch(&[0]).0, BAD_INPUT);
		let outside =
			BatchPath { digest: H256::repeat_byte(4), index: 3, leaf_count: 3, siblings: vec![] };
		let (status, verdict) = verify_in_batch(&(trust.clone(), outside, vec![0u8; 4]).encode());
		assert_eq!(status, INVALID);
		assert!(verdict.contains("leaf 3"), "{verdict}");
		let short =
			BatchPath { digest: H256::repeat_byte(4), index: 0, leaf_count: 2, siblings: vec![] };
		let (status, _) = verify_in_batch(&(trust, short, vec![0u8; 4]).encode());
		assert_eq!(status, INVALID);
	}

	#[test]
	fn text_is_quoted_as_json() {
		assert_eq!(quoted("a \"b\"\\\n"), "\"a \\\"b\\\"\\\\\\u000a\"");
		assert_eq!(hex(&[0, 0xab]), "0x00ab");
	}

	#[test]
	fn the_buffers_carry_input_and_output() {
		let address = lode_input(3);
		assert_ne!(address, 0);
		INPUT.lock().unwrap().copy_from_slice(&[1, 2, 3]);
		assert_eq!(lode_verify(), BAD_INPUT);
		assert!(lode_output_len() > 0);
	}
}
