//! Types of the notary pallet: what an anchor records.
//!
//! The encodings are part of the open verification API: a verifier decodes an anchor from a
//! storage proof with nothing but these layouts, so variants carry explicit codec indices and
//! fields are only ever appended.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Debug;

/// The digest algorithm that produced an anchored hash (all three give 32 bytes).
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum HashAlgorithm {
	/// BLAKE2b with a 256-bit output, Substrate's own hash.
	#[codec(index = 0)]
	Blake2b256,
	/// SHA-256 (FIPS 180-4), what `sha256sum` prints.
	#[codec(index = 1)]
	Sha256,
	/// Keccak-256 as Ethereum uses it (not the padded SHA3-256 of FIPS 202).
	#[codec(index = 2)]
	Keccak256,
}

/// What an anchored hash is the digest of.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum AnchorKind {
	/// A file, byte for byte (a certificate PDF, an assay report, a photograph).
	#[codec(index = 0)]
	File,
	/// A structured record held elsewhere (a database row, an EPCIS event, a JSON document).
	#[codec(index = 1)]
	Record,
	/// A certificate or licence issued to the anchoring party.
	#[codec(index = 2)]
	Certificate,
	/// Evidence for a claim made on chain (an audit's findings, a chain-of-custody document).
	#[codec(index = 3)]
	Evidence,
	/// Anything else; the memo says what.
	#[codec(index = 4)]
	Other,
}

/// An identifier in another registry of the chain, that an anchor is about.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Subject {
	/// A provenance lot.
	#[codec(index = 0)]
	Lot(u64),
	/// An instrument of the asset registry.
	#[codec(index = 1)]
	Instrument(u64),
}

/// What was anchored: the digest of one item, or the Merkle root of a batch of items.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxMemoLen, MaxSchemaLen))]
pub enum Content<MaxMemoLen: Get<u32>, MaxSchemaLen: Get<u32>> {
	/// The digest of one item.
	#[codec(index = 0)]
	Item {
		/// The algorithm that produced the digest.
		algorithm: HashAlgorithm,
		/// What the item is.
		kind: AnchorKind,
		/// The lot or instrument the item is about, if any (it existed when anchored).
		subject: Option<Subject>,
		/// A note from the anchoring party, public (never personal data).
		memo: BoundedVec<u8, MaxMemoLen>,
	},
	/// The Merkle root of a batch: a binary BLAKE2b-256 tree over `leaf_count` leaves, whose
	/// format `schema` names (for `lode batch`, `lode-files/1`).
	#[codec(index = 1)]
	Batch {
		/// How many leaves the tree has: a proof of a leaf at or past this index is refused.
		leaf_count: u32,
		/// The name of the leaves' format.
		schema: BoundedVec<u8, MaxSchemaLen>,
	},
}

/// When and why an anchor was revoked.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxReasonLen))]
pub struct Revocation<BlockNumber, Moment, MaxReasonLen: Get<u32>> {
	/// The block that revoked it.
	pub block: BlockNumber,
	/// That block's timestamp (milliseconds since the Unix epoch).
	pub moment: Moment,
	/// Why, in the anchoring party's words.
	pub reason: BoundedVec<u8, MaxReasonLen>,
}

/// An anchor as stored, under the anchored hash (or batch root).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxMemoLen, MaxSchemaLen, MaxReasonLen))]
pub struct Anchor<
	AccountId,
	Balance,
	BlockNumber,
	Moment,
	MaxMemoLen: Get<u32>,
	MaxSchemaLen: Get<u32>,
	MaxReasonLen: Get<u32>,
> {
	/// What was anchored.
	pub content: Content<MaxMemoLen, MaxSchemaLen>,
	/// Who anchored it, and holds its deposit.
	pub anchored_by: AccountId,
	/// The block that anchored it.
	pub block: BlockNumber,
	/// That block's timestamp (milliseconds since the Unix epoch).
	pub moment: Moment,
	/// The deposit held from `anchored_by` for as long as the anchor exists.
	pub deposit: Balance,
	/// Set when the anchoring party revoked it; a revoked anchor stays, marked so.
	pub revocation: Option<Revocation<BlockNumber, Moment, MaxReasonLen>>,
}
