//! A notary proof and its verification, from a trusted starting point to the anchor record.
//!
//! The chain of trust, each link checked here:
//! 1. the starting point: the chain spec's genesis hash and GRANDPA authorities (set 0), or a
//!    checkpoint the user trusts (a later set id, its authorities, its first block);
//! 2. each authority-set change after it: the block that signals the change (a standard
//!    `ScheduledChange`, taking effect at that block) and its justification by the set it
//!    replaces, which proves the next set;
//! 3. the proven block F: its justification by the set the changes lead to;
//! 4. F's state: a read proof, against F's state root, of the anchor's key (its record, or its
//!    absence) and of `System::BlockHash(0)`, which must be the trusted genesis hash (so a
//!    chain with the same authorities but another genesis cannot pass).
//!
//! A forced change (`note_stalled`, after finality stalled) is signed by nobody the stalled set
//! trusts: verification stops there with [`Error::ForcedChange`], and the user verifies from a
//! checkpoint after it, published by whoever governs the chain.

use crate::{
	anchor::AnchorRecord,
	grandpa::{AuthorityList, AuthoritySet, Justification},
	header::{BlockNumber, GrandpaSignal, Header},
	storage, Error,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeAll, Encode};
use sp_core::H256;

/// A change of the authority set: the block that signals it, with the justification of that
/// block by the set it replaces (none for a forced change, which the stalled set never signs).
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct SetChange {
	/// The block whose digest signals the change.
	pub header: Header,
	/// Its justification by the outgoing set.
	pub justification: Option<Justification>,
}

/// Everything `notary_prove` answers with, SCALE-encoded in its `proof` field.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct NotaryProof {
	/// The set changes from the starting point the client asked for to F's set, in order.
	pub set_changes: Vec<SetChange>,
	/// The proven block F, finalized.
	pub header: Header,
	/// F's justification.
	pub justification: Justification,
	/// Trie nodes proving the anchor's key and `System::BlockHash(0)` at F's state root.
	pub storage_proof: Vec<Vec<u8>>,
	/// The anchor record as the server read it (`None`: not anchored).
	pub record: Option<Vec<u8>>,
}

/// What a verifier trusts without proof.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Trust {
	/// The chain's genesis hash, computed from the chain spec.
	pub genesis_hash: H256,
	/// The authority set in force after `block`.
	pub set: AuthoritySet,
	/// The block after which that set finalizes (0 for the genesis set; for a set that a
	/// forced change brought in, the block that forced it).
	pub block: BlockNumber,
}

impl Trust {
	/// Trust in the chain spec alone: its genesis hash and its genesis authorities, set 0.
	pub fn genesis(genesis_hash: H256, authorities: AuthorityList) -> Self {
		Self { genesis_hash, set: AuthoritySet { set_id: 0, authorities }, block: 0 }
	}
}

/// What a verified proof establishes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verified {
	/// The genesis hash the proof is checked against.
	pub genesis_hash: H256,
	/// The finalized block the answer is read at.
	pub block_number: BlockNumber,
	/// Its hash.
	pub block_hash: H256,
	/// The authority set that finalized it.
	pub set_id: u64,
	/// The anchor, or `None` when the state proves the hash was never anchored.
	pub anchor: Option<AnchorRecord>,
}

impl NotaryProof {
	/// Decodes a proof from its bytes, refusing trailing bytes.
	pub fn decode_bytes(bytes: &[u8]) -> Result<Self, Error> {
		Self::decode_all(&mut &bytes[..]).map_err(|_| Error::Undecodable)
	}

	/// Checks the whole proof that `hash` is (or is not) anchored, from `trust`.
	pub fn verify(&self, hash: &H256, trust: &Trust) -> Result<Verified, Error> {
		let (set, last_change) = follow_set_changes(trust, &self.set_changes)?;
		let number = self.header.number;
		if number <= trust.block {
			return Err(Error::BeforeCheckpoint { number });
		}
		if last_change.is_some_and(|last| number <= last) {
			return Err(Error::OutOfOrder { number });
		}
		let block_hash = self.header.hash();
		set.verify(&self.justification, block_hash, number)?;

		let root = &self.header.state_root;
		let genesis = storage::read(&self.storage_proof, root, &storage::genesis_hash_key())?;
		if genesis != Some(trust.genesis_hash.encode()) {
			return Err(Error::WrongChain);
		}
		let value = storage::read(&self.storage_proof, root, &storage::anchor_key(hash))?;
		if value != self.record {
			return Err(Error::RecordMismatch);
		}
		let anchor = value
			.map(|bytes| {
				AnchorRecord::decode_all(&mut &bytes[..]).map_err(|_| Error::UndecodableRecord)
			})
			.transpose()?;
		Ok(Verified {
			genesis_hash: trust.genesis_hash,
			block_number: number,
			block_hash,
			set_id: set.set_id,
			anchor,
		})
	}
}

/// Follows the set changes from `trust`: each must be justified by the set in force and signal
/// the next one. Returns the set in force after them and the last change's block.
pub fn follow_set_changes(
	trust: &Trust,
	changes: &[SetChange],
) -> Result<(AuthoritySet, Option<BlockNumber>), Error> {
	let mut set = trust.set.clone();
	let mut last: Option<BlockNumber> = None;
	for change in changes {
		let header = &change.header;
		let number = header.number;
		if number <= trust.block || last.is_some_and(|last| number <= last) {
			return Err(Error::OutOfOrder { number });
		}
		let signals: Vec<GrandpaSignal> = header.grandpa_signals().collect();
		if signals.iter().any(|signal| matches!(signal, GrandpaSignal::ForcedChange(..))) {
			return Err(Error::ForcedChange { set_id: set.set_id, number });
		}
		let next = signals
			.into_iter()
			.find_map(|signal| match signal {
				GrandpaSignal::ScheduledChange(change) => Some(change),
				_ => None,
			})
			.ok_or(Error::MissingSetChange { number })?;
		if next.delay != 0 {
			return Err(Error::DelayedChange { number });
		}
		let justification =
			change.justification.as_ref().ok_or(Error::MissingSetChange { number })?;
		set.verify(justification, header.hash(), number)?;
		set = AuthoritySet {
			set_id: set.set_id.saturating_add(1),
			authorities: next.next_authorities,
		};
		last = Some(number);
	}
	Ok((set, last))
}
