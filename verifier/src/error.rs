//! Why a proof does not verify: one variant per way it can fail, each saying what to look at.

use crate::header::BlockNumber;
use core::fmt;

/// A failed verification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
	/// The proof's bytes do not decode as a notary proof.
	Undecodable,
	/// A justification is for another block than the header it comes with.
	JustificationForAnotherBlock {
		/// The header's number.
		number: BlockNumber,
	},
	/// A precommit is signed by a key outside the authority set the chain spec derives.
	UnknownAuthority {
		/// The derived set.
		set_id: u64,
		/// The justified block.
		number: BlockNumber,
	},
	/// A signature is not over this round and set id.
	BadSignature {
		/// The derived set.
		set_id: u64,
		/// The justified block.
		number: BlockNumber,
	},
	/// The signatures are by a later set than the one derived: a set change is missing.
	SetChangeGap {
		/// The set derived from the changes given.
		expected: u64,
		/// The set the signatures are for.
		signed_for: u64,
	},
	/// A precommit's target does not descend from the justified block through the ancestry.
	PrecommitNotDescendant {
		/// The justified block.
		number: BlockNumber,
	},
	/// The justification carries ancestry headers no precommit needs.
	UnusedAncestry {
		/// The justified block.
		number: BlockNumber,
	},
	/// The signers weigh less than the set's threshold (more than two thirds).
	NotEnoughVotes {
		/// The justified block.
		number: BlockNumber,
		/// What the distinct signers weigh.
		weight: u64,
		/// What they must weigh.
		threshold: u64,
	},
	/// A block in the chain of set changes signals no standard set change.
	MissingSetChange {
		/// The block.
		number: BlockNumber,
	},
	/// The set changed by force (`note_stalled` after a stall), which the stalled set did not
	/// sign: trust a checkpoint at or after this block instead (`--checkpoint`).
	ForcedChange {
		/// The set before the change.
		set_id: u64,
		/// The block that signals it.
		number: BlockNumber,
	},
	/// A set change that takes effect after a delay, which Lode's runtime never schedules.
	DelayedChange {
		/// The block that signals it.
		number: BlockNumber,
	},
	/// The set changes or the proven block are not in increasing block order.
	OutOfOrder {
		/// The block out of place.
		number: BlockNumber,
	},
	/// The proven block is older than the trusted checkpoint.
	BeforeCheckpoint {
		/// The block.
		number: BlockNumber,
	},
	/// The proof's nodes do not prove the keys against the block's state root.
	StorageProofInvalid,
	/// The proven state belongs to a chain with another genesis hash.
	WrongChain,
	/// The record the server sent is not the one the state holds.
	RecordMismatch,
	/// The record in the state does not decode as an anchor.
	UndecodableRecord,
	/// The batch proof's path does not lead from the leaf to the anchored root.
	BatchPathInvalid,
	/// The batch proof's leaf index is not below the batch's leaf count.
	LeafOutsideBatch {
		/// The leaf's index.
		index: u32,
		/// The batch's leaf count.
		leaf_count: u32,
	},
	/// A batch proof was checked against an anchor that is not a batch.
	NotABatch,
	/// The chain spec's genesis has no GRANDPA authorities (is it a raw Lode chain spec?).
	NoGenesisAuthorities,
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self {
			Self::Undecodable => write!(f, "the proof does not decode; is the server a Lode node?"),
			Self::JustificationForAnotherBlock { number } =>
				write!(f, "the justification of block #{number} is for another block"),
			Self::UnknownAuthority { set_id, number } => write!(
				f,
				"block #{number} is signed by a key outside authority set {set_id} derived from the chain spec"
			),
			Self::BadSignature { set_id, number } => write!(
				f,
				"a signature on block #{number} is not valid for authority set {set_id} and its round"
			),
			Self::SetChangeGap { expected, signed_for } => write!(
				f,
				"the signatures are by authority set {signed_for}, but the set changes given lead to set {expected}: a change is missing"
			),
			Self::PrecommitNotDescendant { number } =>
				write!(f, "a vote on block #{number} is for a block that does not descend from it"),
			Self::UnusedAncestry { number } =>
				write!(f, "the justification of block #{number} carries headers no vote needs"),
			Self::NotEnoughVotes { number, weight, threshold } => write!(
				f,
				"block #{number} has votes of weight {weight}, below the threshold of {threshold}"
			),
			Self::MissingSetChange { number } =>
				write!(f, "block #{number} in the set changes signals no authority-set change"),
			Self::ForcedChange { set_id, number } => write!(
				f,
				"authority set {set_id} was replaced by force at block #{number}; verify from a checkpoint after it (--checkpoint)"
			),
			Self::DelayedChange { number } =>
				write!(f, "block #{number} schedules a delayed set change, which Lode never does"),
			Self::OutOfOrder { number } => write!(f, "block #{number} is out of order in the proof"),
			Self::BeforeCheckpoint { number } =>
				write!(f, "block #{number} is older than the trusted checkpoint"),
			Self::StorageProofInvalid =>
				write!(f, "the storage proof does not match the block's state root"),
			Self::WrongChain => write!(f, "the proof is from another chain than the chain spec's"),
			Self::RecordMismatch =>
				write!(f, "the record the server sent differs from the one in the proven state"),
			Self::UndecodableRecord => write!(f, "the proven record does not decode as an anchor"),
			Self::BatchPathInvalid =>
				write!(f, "the batch proof does not lead from the file to the anchored root"),
			Self::LeafOutsideBatch { index, leaf_count } =>
				write!(f, "leaf {index} is outside the batch of {leaf_count} leaves"),
			Self::NotABatch => write!(f, "the anchored root is not a batch"),
			Self::NoGenesisAuthorities => write!(
				f,
				"the chain spec has no GRANDPA authorities at genesis; give a raw Lode chain spec (build-spec --raw)"
			),
		}
	}
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}
