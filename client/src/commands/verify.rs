//! `lode verify FILE --url … --chain-spec SPEC`: prove from the chain spec alone whether a file
//! is anchored, by whom and when, whatever the node says.

use super::{anchor::algorithm_name, batch::ProofFile, hex, utc};
use crate::{digest, rpc::Node, spec, tx, Failure};
use lode_verifier::{
	AnchorRecord, BatchPath, Content, HashAlgorithm, NotaryProof, Trust, Verified, H256,
};
use serde::Serialize;
use std::path::PathBuf;

/// What `lode verify` needs.
pub struct VerifyArgs {
	/// The file to verify.
	pub file: PathBuf,
	/// The node's WebSocket URL (it is not trusted).
	pub url: String,
	/// The raw chain spec of the chain (it is trusted).
	pub chain_spec: PathBuf,
	/// The digest algorithm the file was anchored with.
	pub algorithm: HashAlgorithm,
	/// A checkpoint to trust instead of genesis.
	pub checkpoint: Option<PathBuf>,
	/// For a file anchored in a batch: its proof file from `lode batch`.
	pub batch_proof: Option<PathBuf>,
}

/// Where the file stands, as proven.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Standing {
	/// Anchored and not revoked.
	Anchored,
	/// Anchored, then revoked by the anchoring account.
	Revoked,
	/// Provably never anchored (as of the proven block).
	NotAnchored,
}

/// What `lode verify` established.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyReport {
	/// The file's digest (for a batch, the batch root is `batchRoot`).
	pub hash: String,
	/// The algorithm of the digest.
	pub algorithm: String,
	/// Anchored, revoked or not anchored.
	pub standing: Standing,
	/// The anchoring account.
	pub anchored_by: Option<String>,
	/// The block that anchored it.
	pub anchored_in_block: Option<u32>,
	/// When, in UTC.
	pub anchored_at: Option<String>,
	/// The anchor's memo, as text.
	pub memo: Option<String>,
	/// The revoking block, time and reason.
	pub revoked: Option<(u32, String, String)>,
	/// The batch root the file is a leaf of.
	pub batch_root: Option<String>,
	/// The finalized block the proof is read at.
	pub finalized_block: u32,
	/// Its hash.
	pub finalized_hash: String,
	/// The GRANDPA set that finalized it.
	pub authority_set: u64,
	/// The genesis hash everything was checked against.
	pub verified_against: String,
	/// How long decoding and checking the proof took, in microseconds.
	pub check_micros: u64,
}

fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn report(
	hash: H256,
	algorithm: HashAlgorithm,
	(verified, check_micros): (Verified, u64),
	batch_root: Option<H256>,
) -> VerifyReport {
	let anchor: Option<&AnchorRecord> = verified.anchor.as_ref();
	let standing = match anchor {
		None => Standing::NotAnchored,
		Some(anchor) if anchor.revocation.is_some() => Standing::Revoked,
		Some(_) => Standing::Anchored,
	};
	VerifyReport {
		hash: hex(&hash),
		algorithm: algorithm_name(algorithm).to_owned(),
		standing,
		anchored_by: anchor.map(|anchor| tx::address(&anchor.anchored_by.into())),
		anchored_in_block: anchor.map(|anchor| anchor.block),
		anchored_at: anchor.map(|anchor| utc(anchor.moment)),
		memo: anchor.and_then(|anchor| match &anchor.content {
			Content::Item { memo, .. } if !memo.is_empty() => Some(text(memo)),
			_ => None,
		}),
		revoked: anchor
			.and_then(|anchor| anchor.revocation.as_ref())
			.map(|revocation| (revocation.block, utc(revocation.moment), text(&revocation.reason))),
		batch_root: batch_root.map(|root| hex(&root)),
		finalized_block: verified.block_number,
		finalized_hash: hex(&verified.block_hash),
		authority_set: verified.set_id,
		verified_against: hex(&verified.genesis_hash),
		check_micros,
	}
}

/// Hashes the file, asks the node for a proof and checks it from the chain spec.
pub async fn verify(args: VerifyArgs) -> Result<VerifyReport, Failure> {
	let trust = spec::trust_from_spec(&args.chain_spec)?;
	let (trust, from) = match &args.checkpoint {
		Some(path) => {
			let (trust, hash) = spec::with_checkpoint(trust, path)?;
			(trust, Some(hash))
		},
		None => (trust, None),
	};
	let node = Node::connect(&args.url).await?;
	match &args.batch_proof {
		None => {
			let hash = digest::of_file(&args.file, args.algorithm)?;
			let answer = node.prove(&hash, from).await?;
			let verified = check(&answer.proof, |proof| proof.verify(&hash, &trust))?;
			Ok(report(hash, args.algorithm, verified, None))
		},
		Some(path) => verify_in_batch(&node, &args, path, &trust, from).await,
	}
}

async fn verify_in_batch(
	node: &Node,
	args: &VerifyArgs,
	path: &std::path::Path,
	trust: &Trust,
	from: Option<H256>,
) -> Result<VerifyReport, Failure> {
	let file = ProofFile::read(path)?;
	let leaf = file.batch_path()?;
	let digest = digest::of_file(&args.file, HashAlgorithm::Blake2b256)?;
	if digest != leaf.digest {
		return Err(Failure::check(format!(
			"{} is not the file {} is for: its BLAKE2b-256 is {}, the proof's {}",
			args.file.display(),
			path.display(),
			hex(&digest),
			hex(&leaf.digest)
		)));
	}
	let root = leaf.root().map_err(|e| Failure::check(format!("the batch proof fails: {e}")))?;
	let answer = node.prove_in_batch(&root, leaf.index, from).await?;
	let verified = check(&answer.proof, |proof| BatchPath::verify(&leaf, proof, trust))?;
	Ok(report(digest, HashAlgorithm::Blake2b256, verified, Some(root)))
}

/// Decodes and checks the node's proof; returns what it proves and how many microseconds that
/// took.
fn check(
	proof_hex: &str,
	verify: impl FnOnce(&NotaryProof) -> Result<Verified, lode_verifier::Error>,
) -> Result<(Verified, u64), Failure> {
	let bytes = spec::hex_bytes(proof_hex)?;
	let started = std::time::Instant::now();
	let proof = NotaryProof::decode_bytes(&bytes)
		.map_err(|e| Failure::check(format!("the node's proof fails: {e}")))?;
	let verified =
		verify(&proof).map_err(|e| Failure::check(format!("the node's proof fails: {e}")))?;
	let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
	Ok((verified, micros))
}
