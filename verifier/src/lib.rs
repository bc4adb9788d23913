//! # Lode verifier
//!
//! Checks an answer of the node's `notary_prove` RPC without trusting the node: from the chain
//! spec's genesis hash and GRANDPA authorities (or a checkpoint), through each authority-set
//! change and its justification, to a finalized block's justification and a storage read proof
//! of the anchor against that block's state root. See [`proof`] for the chain of trust, and
//! [`merkle`] for batches.
//!
//! The crate is `no_std` (with `alloc`) and calls no host function, so it also compiles to
//! WebAssembly for a browser. It decodes Lode's headers, justifications and anchor records with
//! its own types, whose encodings the node's tests check against the runtime's.
//!
//! ```text
//! let trust = Trust::genesis(genesis_hash, genesis_authorities);
//! let proof = NotaryProof::decode_bytes(&bytes)?;
//! let verified = proof.verify(&file_hash, &trust)?;   // Err(..) names the broken link
//! match verified.anchor { Some(anchor) => …, None => /* provably not anchored */ }
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod anchor;
mod error;
pub mod genesis;
pub mod grandpa;
pub mod header;
pub mod merkle;
pub mod proof;
pub mod storage;
#[cfg(test)]
mod tests;

pub use anchor::{AnchorKind, AnchorRecord, Content, HashAlgorithm, Revocation, Subject};
pub use error::Error;
pub use grandpa::{AuthorityList, AuthoritySet, Justification};
pub use header::Header;
pub use proof::{NotaryProof, SetChange, Trust, Verified};
pub use sp_core::H256;

/// Where a file sits in an anchored batch: its digest's leaf, its index, the batch's size and
/// the path of siblings to the root (what `lode batch` writes next to each file).
#[derive(Clone, Debug, PartialEq, Eq, codec::Encode, codec::Decode)]
pub struct BatchPath {
	/// The file's BLAKE2b-256 digest.
	pub digest: H256,
	/// Its leaf's index.
	pub index: u32,
	/// The batch's leaf count.
	pub leaf_count: u32,
	/// The siblings from the leaf up.
	pub siblings: alloc::vec::Vec<H256>,
}

impl BatchPath {
	/// The root this path leads to.
	pub fn root(&self) -> Result<H256, Error> {
		if self.index >= self.leaf_count {
			return Err(Error::LeafOutsideBatch { index: self.index, leaf_count: self.leaf_count });
		}
		merkle::root_from_path(
			merkle::leaf(&self.digest),
			self.index,
			self.leaf_count,
			&self.siblings,
		)
		.ok_or(Error::BatchPathInvalid)
	}

	/// Checks `proof` (a proof of the batch root) and that this path leads from the file to that
	/// root, within the anchored leaf count.
	pub fn verify(&self, proof: &NotaryProof, trust: &Trust) -> Result<Verified, Error> {
		let root = self.root()?;
		let verified = proof.verify(&root, trust)?;
		match &verified.anchor {
			Some(AnchorRecord { content: Content::Batch { leaf_count, .. }, .. })
				if *leaf_count != self.leaf_count =>
			{
				Err(Error::BatchPathInvalid)
			},
			Some(AnchorRecord { content: Content::Item { .. }, .. }) => Err(Error::NotABatch),
			_ => Ok(verified),
		}
	}
}
