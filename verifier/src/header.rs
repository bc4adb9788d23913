//! Block headers as Lode encodes them, and the GRANDPA signals in their digests.
//!
//! Lode's header is Substrate's generic header over BLAKE2b-256 with 32-bit block numbers; its
//! hash is the BLAKE2b-256 of its SCALE encoding. The verifier decodes it itself rather than
//! through `sp-runtime`, whose hashing calls the runtime's host functions.

use crate::grandpa::AuthorityList;
use alloc::vec::Vec;
use codec::{Decode, Encode};
use sp_core::H256;

/// A block number.
pub type BlockNumber = u32;

/// GRANDPA's consensus engine id in digests.
pub const GRANDPA_ENGINE_ID: [u8; 4] = *b"FRNK";

/// A block header.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Header {
	/// The parent block's hash.
	pub parent_hash: H256,
	/// The block's number.
	#[codec(compact)]
	pub number: BlockNumber,
	/// The root of the state trie after the block.
	pub state_root: H256,
	/// The root of the block's extrinsics.
	pub extrinsics_root: H256,
	/// Consensus and runtime signals.
	pub digest: Vec<DigestItem>,
}

impl Header {
	/// The block's hash: BLAKE2b-256 of the encoded header.
	pub fn hash(&self) -> H256 {
		H256(sp_crypto_hashing::blake2_256(&self.encode()))
	}

	/// The GRANDPA signals this header carries, in order.
	pub fn grandpa_signals(&self) -> impl Iterator<Item = GrandpaSignal> + '_ {
		self.digest.iter().filter_map(|item| match item {
			DigestItem::Consensus(engine, data) if *engine == GRANDPA_ENGINE_ID => {
				GrandpaSignal::decode(&mut &data[..]).ok()
			},
			_ => None,
		})
	}
}

/// An item of a header's digest, encoded as Substrate encodes it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub enum DigestItem {
	/// Anything else.
	#[codec(index = 0)]
	Other(Vec<u8>),
	/// A signal from the runtime to an engine (GRANDPA's authority changes among them).
	#[codec(index = 4)]
	Consensus([u8; 4], Vec<u8>),
	/// An engine's seal (the proof of work).
	#[codec(index = 5)]
	Seal([u8; 4], Vec<u8>),
	/// An engine's input to the runtime (the block's author).
	#[codec(index = 6)]
	PreRuntime([u8; 4], Vec<u8>),
	/// The runtime's code or heap pages changed.
	#[codec(index = 8)]
	RuntimeEnvironmentUpdated,
}

/// A change of the GRANDPA authority set, as the runtime schedules it.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct ScheduledChange {
	/// The set that takes over.
	pub next_authorities: AuthorityList,
	/// Blocks after this one at which the change takes effect (0 on Lode: at this block).
	pub delay: BlockNumber,
}

/// What GRANDPA's consensus digests say.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub enum GrandpaSignal {
	/// A change that the current set finalizes: its justification proves the next set.
	#[codec(index = 1)]
	ScheduledChange(ScheduledChange),
	/// A change forced by governance after finality stalled (`note_stalled`), taking effect
	/// without the stalled set's signatures: `(median last finalized, change)`.
	#[codec(index = 2)]
	ForcedChange(BlockNumber, ScheduledChange),
	/// An authority was disabled.
	#[codec(index = 3)]
	OnDisabled(u64),
	/// A pause of finality after the given delay.
	#[codec(index = 4)]
	Pause(BlockNumber),
	/// A resumption of finality after the given delay.
	#[codec(index = 5)]
	Resume(BlockNumber),
}
