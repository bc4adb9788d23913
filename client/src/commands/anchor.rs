//! `lode anchor FILE --suri …`: hash a file and anchor its digest, waiting for finality.

use super::hex;
use crate::{digest, rpc::Node, tx, Failure};
use lode_runtime::{RuntimeCall, RuntimeEvent};
use lode_verifier::{AnchorKind, HashAlgorithm, H256};
use serde::Serialize;
use std::path::PathBuf;

/// What `lode anchor` needs.
pub struct AnchorArgs {
	/// The file to anchor.
	pub file: PathBuf,
	/// The anchoring account's secret URI.
	pub suri: String,
	/// The node's WebSocket URL.
	pub url: String,
	/// The digest algorithm.
	pub algorithm: HashAlgorithm,
	/// What the file is.
	pub kind: AnchorKind,
	/// The provenance lot the file is about.
	pub lot: Option<u64>,
	/// A public note.
	pub memo: Option<String>,
}

/// What `lode anchor` did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnchorReport {
	/// The anchored digest.
	pub hash: String,
	/// Its algorithm.
	pub algorithm: String,
	/// The anchoring account.
	pub anchored_by: String,
	/// The finalized block that holds the anchor.
	pub block_number: u32,
	/// Its hash.
	pub block_hash: String,
	/// The deposit held.
	pub deposit: String,
}

fn pallet_algorithm(algorithm: HashAlgorithm) -> pallet_notary::HashAlgorithm {
	match algorithm {
		HashAlgorithm::Blake2b256 => pallet_notary::HashAlgorithm::Blake2b256,
		HashAlgorithm::Sha256 => pallet_notary::HashAlgorithm::Sha256,
		HashAlgorithm::Keccak256 => pallet_notary::HashAlgorithm::Keccak256,
	}
}

fn pallet_kind(kind: AnchorKind) -> pallet_notary::AnchorKind {
	match kind {
		AnchorKind::File => pallet_notary::AnchorKind::File,
		AnchorKind::Record => pallet_notary::AnchorKind::Record,
		AnchorKind::Certificate => pallet_notary::AnchorKind::Certificate,
		AnchorKind::Evidence => pallet_notary::AnchorKind::Evidence,
		AnchorKind::Other => pallet_notary::AnchorKind::Other,
	}
}

/// The name `lode` uses for an algorithm.
pub fn algorithm_name(algorithm: HashAlgorithm) -> &'static str {
	match algorithm {
		HashAlgorithm::Blake2b256 => "blake2b-256",
		HashAlgorithm::Sha256 => "sha256",
		HashAlgorithm::Keccak256 => "keccak256",
	}
}

/// Fails when `hash` is anchored already, naming the first anchor.
pub(crate) async fn ensure_not_anchored(node: &Node, hash: &H256) -> Result<(), Failure> {
	if let Some(first) = node.anchor_of(hash).await? {
		let by = tx::address(&first.anchored_by.into());
		return Err(Failure::check(format!(
			"{} is anchored already, by {by} in block #{} at {}; `lode verify` shows its proof",
			hex(hash),
			first.block,
			super::utc(first.moment)
		)));
	}
	Ok(())
}

/// Hashes `args.file`, anchors the digest and waits until the anchor is finalized.
pub async fn anchor(args: AnchorArgs) -> Result<AnchorReport, Failure> {
	let pair = tx::signer(&args.suri)?;
	let hash = digest::of_file(&args.file, args.algorithm)?;
	let node = Node::connect(&args.url).await?;
	ensure_not_anchored(&node, &hash).await?;
	let call = RuntimeCall::Notary(pallet_notary::Call::anchor {
		hash,
		algorithm: pallet_algorithm(args.algorithm),
		kind: pallet_kind(args.kind),
		subject: args.lot.map(pallet_notary::Subject::Lot),
		memo: args.memo.map(String::into_bytes),
	});
	let outcome = tx::submit_finalized(&node, call, &pair).await?;
	let deposit = outcome
		.events
		.iter()
		.find_map(|event| match event {
			RuntimeEvent::Notary(pallet_notary::Event::Anchored { deposit, .. }) => Some(*deposit),
			_ => None,
		})
		.ok_or_else(|| Failure::check("the transaction emitted no Anchored event"))?;
	Ok(AnchorReport {
		hash: hex(&hash),
		algorithm: algorithm_name(args.algorithm).to_owned(),
		anchored_by: tx::address(&tx::account_of(&pair)),
		block_number: outcome.number,
		block_hash: hex(&outcome.block),
		deposit: deposit.to_string(),
	})
}
