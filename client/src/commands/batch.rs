//! `lode batch DIR`: the Merkle tree of a folder's files, its root to anchor, and one proof file
//! per file for `lode verify FILE --batch-proof P`.

use super::hex;
use crate::{digest, rpc::Node, spec, tx, Failure};
use indicatif::{ProgressBar, ProgressStyle};
use lode_runtime::RuntimeCall;
use lode_verifier::{merkle, BatchPath, HashAlgorithm, H256};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What `lode batch` needs.
pub struct BatchArgs {
	/// The folder whose files (all of them, recursively) make the batch.
	pub dir: PathBuf,
	/// Where the proof files go (default: `DIR.lode-batch` next to `DIR`).
	pub out: Option<PathBuf>,
	/// With a secret URI, the root is anchored (`notary.anchorBatch`).
	pub suri: Option<String>,
	/// The node's WebSocket URL, for anchoring.
	pub url: String,
}

/// A file's place in a batch, as `lode batch` writes it.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ProofFile {
	/// The batch's schema, `lode-files/1`.
	pub schema: String,
	/// The batch root.
	pub root: String,
	/// The batch's leaf count.
	pub leaf_count: u32,
	/// The file's path in the folder.
	pub path: String,
	/// The file's leaf index.
	pub index: u32,
	/// The file's BLAKE2b-256.
	pub digest: String,
	/// The siblings from the leaf to the root.
	pub siblings: Vec<String>,
}

impl ProofFile {
	/// Reads a proof file.
	pub fn read(path: &Path) -> Result<Self, Failure> {
		let text = std::fs::read_to_string(path)
			.map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
		let file: Self = serde_json::from_str(&text).map_err(|e| {
			Failure::usage(format!("{} is not a `lode batch` proof file: {e}", path.display()))
		})?;
		if file.schema != merkle::SCHEMA {
			return Err(Failure::usage(format!(
				"{} is for schema {}, not {}",
				path.display(),
				file.schema,
				merkle::SCHEMA
			)));
		}
		Ok(file)
	}

	/// The path it describes.
	pub fn batch_path(&self) -> Result<BatchPath, Failure> {
		Ok(BatchPath {
			digest: spec::hash_from_hex(&self.digest)?,
			index: self.index,
			leaf_count: self.leaf_count,
			siblings: self
				.siblings
				.iter()
				.map(|sibling| spec::hash_from_hex(sibling))
				.collect::<Result<_, _>>()?,
		})
	}
}

/// What `lode batch` did.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchReport {
	/// The batch root.
	pub root: String,
	/// How many files.
	pub leaf_count: u32,
	/// Where the proof files are.
	pub proofs: String,
	/// The finalized block that anchored the root, when anchored.
	pub anchored_in_block: Option<u32>,
}

/// The files of `dir`, recursively, by relative path (with `/`), skipping `skip`.
fn files_of(dir: &Path, skip: &Path) -> Result<Vec<(String, PathBuf)>, Failure> {
	let mut files = Vec::new();
	for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
		let entry =
			entry.map_err(|e| Failure::usage(format!("cannot list {}: {e}", dir.display())))?;
		if !entry.file_type().is_file() || entry.path().starts_with(skip) {
			continue;
		}
		let relative = entry
			.path()
			.strip_prefix(dir)
			.map_err(|_| Failure::usage("a file outside the folder"))?
			.components()
			.map(|part| part.as_os_str().to_string_lossy().into_owned())
			.collect::<Vec<_>>()
			.join("/");
		files.push((relative, entry.path().to_path_buf()));
	}
	files.sort_by(|a, b| a.0.cmp(&b.0));
	Ok(files)
}

/// Builds the batch of `args.dir`, writes the proof files, and anchors the root if asked.
pub async fn batch(args: BatchArgs) -> Result<BatchReport, Failure> {
	if !args.dir.is_dir() {
		return Err(Failure::usage(format!("{} is not a folder", args.dir.display())));
	}
	let out = args.out.clone().unwrap_or_else(|| {
		let mut name = args.dir.file_name().unwrap_or_default().to_os_string();
		name.push(".lode-batch");
		args.dir.with_file_name(name)
	});
	let files = files_of(&args.dir, &out)?;
	if files.is_empty() {
		return Err(Failure::usage(format!("{} holds no file to batch", args.dir.display())));
	}
	let leaf_count =
		u32::try_from(files.len()).map_err(|_| Failure::usage("more than 4 294 967 295 files"))?;
	let bar = ProgressBar::new(files.len() as u64);
	bar.set_style(
		ProgressStyle::with_template("hashing {pos}/{len} files {wide_bar} {eta}")
			.unwrap_or_else(|_| ProgressStyle::default_bar()),
	);
	let mut digests = Vec::with_capacity(files.len());
	for (_, path) in &files {
		digests.push(digest::of_file(path, HashAlgorithm::Blake2b256)?);
		bar.inc(1);
	}
	bar.finish_and_clear();
	let leaves: Vec<H256> = digests.iter().map(merkle::leaf).collect();
	let root = merkle::root(&leaves).ok_or_else(|| Failure::usage("no file to batch"))?;

	for (index, ((relative, _), digest)) in files.iter().zip(&digests).enumerate() {
		let siblings = merkle::path(&leaves, index).unwrap_or_default();
		let proof = ProofFile {
			schema: merkle::SCHEMA.to_owned(),
			root: hex(&root),
			leaf_count,
			path: relative.clone(),
			index: index as u32,
			digest: hex(digest),
			siblings: siblings.iter().map(hex).collect(),
		};
		let target = out.join(format!("{relative}.proof.json"));
		if let Some(parent) = target.parent() {
			std::fs::create_dir_all(parent)
				.map_err(|e| Failure::usage(format!("cannot create {}: {e}", parent.display())))?;
		}
		let json = serde_json::to_string_pretty(&proof).unwrap_or_default();
		std::fs::write(&target, json)
			.map_err(|e| Failure::usage(format!("cannot write {}: {e}", target.display())))?;
	}

	let anchored_in_block = match &args.suri {
		None => None,
		Some(suri) => {
			let pair = tx::signer(suri)?;
			let node = Node::connect(&args.url).await?;
			super::anchor::ensure_not_anchored(&node, &root).await?;
			let call = RuntimeCall::Notary(pallet_notary::Call::anchor_batch {
				merkle_root: root,
				leaf_count,
				schema: merkle::SCHEMA.as_bytes().to_vec(),
			});
			Some(tx::submit_finalized(&node, call, &pair).await?.number)
		},
	};
	Ok(BatchReport {
		root: hex(&root),
		leaf_count,
		proofs: out.display().to_string(),
		anchored_in_block,
	})
}
