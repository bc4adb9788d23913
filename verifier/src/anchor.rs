//! An anchor record as the notary pallet stores it in Lode's runtime (account ids of 32 bytes,
//! balances of 128 bits, 32-bit block numbers, timestamps in milliseconds). The layouts mirror
//! `pallet_notary::types`; a test of the node decodes the runtime's own encoding with them.

use alloc::vec::Vec;
use codec::{Decode, Encode};

/// The digest algorithm of an anchored hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum HashAlgorithm {
	/// BLAKE2b-256.
	#[codec(index = 0)]
	Blake2b256,
	/// SHA-256.
	#[codec(index = 1)]
	Sha256,
	/// Keccak-256.
	#[codec(index = 2)]
	Keccak256,
}

/// What an anchored hash is the digest of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum AnchorKind {
	/// A file.
	#[codec(index = 0)]
	File,
	/// A record held elsewhere.
	#[codec(index = 1)]
	Record,
	/// A certificate or licence.
	#[codec(index = 2)]
	Certificate,
	/// Evidence for a claim on chain.
	#[codec(index = 3)]
	Evidence,
	/// Anything else.
	#[codec(index = 4)]
	Other,
}

/// The lot or instrument an anchor is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Subject {
	/// A provenance lot.
	#[codec(index = 0)]
	Lot(u64),
	/// An asset-registry instrument.
	#[codec(index = 1)]
	Instrument(u64),
}

/// What was anchored.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub enum Content {
	/// The digest of one item.
	#[codec(index = 0)]
	Item {
		/// Its algorithm.
		algorithm: HashAlgorithm,
		/// Its kind.
		kind: AnchorKind,
		/// What it is about.
		subject: Option<Subject>,
		/// The public memo.
		memo: Vec<u8>,
	},
	/// The Merkle root of a batch.
	#[codec(index = 1)]
	Batch {
		/// How many leaves.
		leaf_count: u32,
		/// The leaves' format.
		schema: Vec<u8>,
	},
}

/// When and why an anchor was revoked.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Revocation {
	/// The revoking block.
	pub block: u32,
	/// Its timestamp, in milliseconds since the Unix epoch.
	pub moment: u64,
	/// Why.
	pub reason: Vec<u8>,
}

/// An anchor as stored.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct AnchorRecord {
	/// What was anchored.
	pub content: Content,
	/// The anchoring account.
	pub anchored_by: [u8; 32],
	/// The anchoring block.
	pub block: u32,
	/// Its timestamp, in milliseconds since the Unix epoch.
	pub moment: u64,
	/// The deposit held.
	pub deposit: u128,
	/// Set if revoked.
	pub revocation: Option<Revocation>,
}
