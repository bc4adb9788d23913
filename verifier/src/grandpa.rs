//! GRANDPA justifications: the precommits of an authority set that finalize a block.
//!
//! A justification of block B by set `(set_id, authorities)` holds:
//! - every precommit is signed (ed25519) by a member of the set over
//!   `(Precommit(target), round, set_id)`, as GRANDPA signs;
//! - every precommit's target is B or a descendant of B, shown by the ancestry headers the
//!   justification carries (each of which some precommit needs: no spare headers);
//! - the distinct signers weigh at least the set's threshold, `total − ⌊(total − 1) / 3⌋`
//!   (more than two thirds).

use crate::{
	header::{BlockNumber, Header},
	Error,
};
use alloc::{collections::btree_map::BTreeMap, collections::btree_set::BTreeSet, vec::Vec};
use codec::{Decode, Encode};
use sp_core::H256;

/// An authority's ed25519 public key.
pub type AuthorityId = [u8; 32];
/// Authorities with their voting weights.
pub type AuthorityList = Vec<(AuthorityId, u64)>;

/// A vote to finalize a block and its ancestors.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Precommit {
	/// The block voted for.
	pub target_hash: H256,
	/// Its number.
	pub target_number: BlockNumber,
}

/// A precommit with its signer and signature.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct SignedPrecommit {
	/// The vote.
	pub precommit: Precommit,
	/// The ed25519 signature over the localized vote.
	pub signature: [u8; 64],
	/// The signer.
	pub id: AuthorityId,
}

/// The precommits that finalize a target block.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Commit {
	/// The finalized block.
	pub target_hash: H256,
	/// Its number.
	pub target_number: BlockNumber,
	/// The votes.
	pub precommits: Vec<SignedPrecommit>,
}

/// A GRANDPA justification, encoded as Substrate's `GrandpaJustification`.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Justification {
	/// The round the commit was made in.
	pub round: u64,
	/// The commit.
	pub commit: Commit,
	/// Headers between the target and the precommits' targets.
	pub votes_ancestries: Vec<Header>,
}

/// An authority set: its id (0 at genesis, one more at each change) and its members.
#[derive(Clone, Debug, PartialEq, Eq, Encode, Decode)]
pub struct AuthoritySet {
	/// The set's id.
	pub set_id: u64,
	/// The members and their weights.
	pub authorities: AuthorityList,
}

/// The message an authority signs for a precommit: GRANDPA's `Message::Precommit` (index 1),
/// then the round and the set id.
fn signed_payload(precommit: &Precommit, round: u64, set_id: u64) -> Vec<u8> {
	let mut payload = Vec::with_capacity(1 + 36 + 16);
	1u8.encode_to(&mut payload);
	precommit.encode_to(&mut payload);
	round.encode_to(&mut payload);
	set_id.encode_to(&mut payload);
	payload
}

/// Whether `signature` by `id` over the precommit in `round` of set `set_id` is valid.
pub fn signature_valid(
	id: &AuthorityId,
	signature: &[u8; 64],
	precommit: &Precommit,
	round: u64,
	set_id: u64,
) -> bool {
	let Ok(key) = ed25519_zebra::VerificationKey::try_from(*id) else { return false };
	let signature = ed25519_zebra::Signature::from(*signature);
	key.verify(&signature, &signed_payload(precommit, round, set_id)).is_ok()
}

/// How many later set ids a failed signature is tried against, to tell a missing set change
/// from a forged signature.
const GAP_SEARCH: u64 = 16;

impl AuthoritySet {
	/// The weight the signers of a commit must reach.
	pub fn threshold(&self) -> u64 {
		let total = self.total_weight();
		total.saturating_sub(total.saturating_sub(1) / 3)
	}

	fn total_weight(&self) -> u64 {
		self.authorities.iter().fold(0u64, |sum, (_, weight)| sum.saturating_add(*weight))
	}

	fn weight_of(&self, id: &AuthorityId) -> Option<u64> {
		self.authorities.iter().find(|(member, _)| member == id).map(|(_, weight)| *weight)
	}

	/// Checks that `justification` finalizes the block `(hash, number)` by this set.
	pub fn verify(
		&self,
		justification: &Justification,
		hash: H256,
		number: BlockNumber,
	) -> Result<(), Error> {
		let commit = &justification.commit;
		if commit.target_hash != hash || commit.target_number != number {
			return Err(Error::JustificationForAnotherBlock { number });
		}
		if commit.precommits.is_empty() {
			return Err(Error::NotEnoughVotes { number, weight: 0, threshold: self.threshold() });
		}
		let ancestry: BTreeMap<H256, &Header> =
			justification.votes_ancestries.iter().map(|header| (header.hash(), header)).collect();
		let mut visited = BTreeSet::new();
		let mut signers = BTreeSet::new();
		let mut weight = 0u64;
		for signed in &commit.precommits {
			let Some(member_weight) = self.weight_of(&signed.id) else {
				return Err(Error::UnknownAuthority { set_id: self.set_id, number });
			};
			if !signature_valid(
				&signed.id,
				&signed.signature,
				&signed.precommit,
				justification.round,
				self.set_id,
			) {
				return Err(self.signature_failure(signed, justification.round, number));
			}
			descends(&signed.precommit, commit, &ancestry, &mut visited)
				.ok_or(Error::PrecommitNotDescendant { number })?;
			if signers.insert(signed.id) {
				weight = weight.saturating_add(member_weight);
			}
		}
		if visited.len() != ancestry.len() {
			return Err(Error::UnusedAncestry { number });
		}
		let threshold = self.threshold();
		if weight < threshold {
			return Err(Error::NotEnoughVotes { number, weight, threshold });
		}
		Ok(())
	}

	/// Why a member's signature failed: it signs for a later set (so a set change is missing
	/// from the chain of changes) or it is not a signature of this round and set at all.
	fn signature_failure(
		&self,
		signed: &SignedPrecommit,
		round: u64,
		number: BlockNumber,
	) -> Error {
		let later =
			(1..=GAP_SEARCH).map(|ahead| self.set_id.saturating_add(ahead)).find(|set_id| {
				signature_valid(&signed.id, &signed.signature, &signed.precommit, round, *set_id)
			});
		match later {
			Some(signed_for) => Error::SetChangeGap { expected: self.set_id, signed_for },
			None => Error::BadSignature { set_id: self.set_id, number },
		}
	}
}

/// Walks from the precommit's target to the commit's target through the ancestry headers,
/// recording each header used; `None` if the target is not the commit's target or a
/// descendant of it that the ancestry shows.
fn descends(
	precommit: &Precommit,
	commit: &Commit,
	ancestry: &BTreeMap<H256, &Header>,
	visited: &mut BTreeSet<H256>,
) -> Option<()> {
	let mut hash = precommit.target_hash;
	let mut number = precommit.target_number;
	loop {
		if hash == commit.target_hash {
			return (number == commit.target_number).then_some(());
		}
		if number <= commit.target_number {
			return None;
		}
		let header = ancestry.get(&hash)?;
		if header.number != number {
			return None;
		}
		visited.insert(hash);
		hash = header.parent_hash;
		number = number.checked_sub(1)?;
	}
}
