//! Digests of files, read in chunks (a file of any size in constant memory), with a progress
//! bar on a terminal when the file is large.

use crate::Failure;
use indicatif::{ProgressBar, ProgressStyle};
use lode_verifier::{HashAlgorithm, H256};
use sha2::Digest as _;
use std::{fs::File, io::Read, path::Path};

/// Files at least this large show a progress bar.
const PROGRESS_FROM: u64 = 64 * 1024 * 1024;
const CHUNK: usize = 1024 * 1024;

/// A hasher of one of the notary's algorithms.
enum Hasher {
	Blake2b(blake2b_simd::State),
	Sha256(sha2::Sha256),
	Keccak256(sha3::Keccak256),
}

impl Hasher {
	fn new(algorithm: HashAlgorithm) -> Self {
		match algorithm {
			HashAlgorithm::Blake2b256 => {
				Self::Blake2b(blake2b_simd::Params::new().hash_length(32).to_state())
			},
			HashAlgorithm::Sha256 => Self::Sha256(sha2::Sha256::new()),
			HashAlgorithm::Keccak256 => Self::Keccak256(sha3::Keccak256::new()),
		}
	}

	fn update(&mut self, bytes: &[u8]) {
		match self {
			Self::Blake2b(state) => {
				state.update(bytes);
			},
			Self::Sha256(state) => state.update(bytes),
			Self::Keccak256(state) => state.update(bytes),
		}
	}

	fn finish(self) -> H256 {
		let mut out = [0u8; 32];
		match self {
			Self::Blake2b(state) => out.copy_from_slice(state.finalize().as_bytes()),
			Self::Sha256(state) => out.copy_from_slice(&state.finalize()),
			Self::Keccak256(state) => out.copy_from_slice(&state.finalize()),
		}
		H256(out)
	}
}

/// The digest of the file at `path` by `algorithm`.
pub fn of_file(path: &Path, algorithm: HashAlgorithm) -> Result<H256, Failure> {
	let mut file = File::open(path)
		.map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
	let length = file.metadata().map(|meta| meta.len()).unwrap_or(0);
	let bar =
		if length >= PROGRESS_FROM { ProgressBar::new(length) } else { ProgressBar::hidden() };
	bar.set_style(
		ProgressStyle::with_template("hashing {bytes}/{total_bytes} {wide_bar} {eta}")
			.unwrap_or_else(|_| ProgressStyle::default_bar()),
	);
	let mut hasher = Hasher::new(algorithm);
	let mut buffer = vec![0u8; CHUNK];
	loop {
		let read = file
			.read(&mut buffer)
			.map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
		if read == 0 {
			break;
		}
		hasher.update(&buffer[..read]);
		bar.inc(read as u64);
	}
	bar.finish_and_clear();
	Ok(hasher.finish())
}

/// The digest of `bytes` by `algorithm`.
pub fn of_bytes(bytes: &[u8], algorithm: HashAlgorithm) -> H256 {
	let mut hasher = Hasher::new(algorithm);
	hasher.update(bytes);
	hasher.finish()
}
