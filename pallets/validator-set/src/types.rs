//! Types stored by the validator-set pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, DefaultNoBound, EqNoBound,
	PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::SessionIndex;

/// Part of a bond on its way out: still held (and slashable) until session `unlock_at` starts.
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
pub struct UnlockChunk<Balance> {
	/// The amount unbonded.
	pub value: Balance,
	/// The first session in which `withdraw_unbonded` releases it.
	pub unlock_at: SessionIndex,
}

/// An account's bond: everything in it is held under [`crate::HoldReason::Bonded`].
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DefaultNoBound,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxChunks))]
#[codec(mel_bound(Balance: MaxEncodedLen))]
pub struct Ledger<Balance: Clone + PartialEq + Eq + Default + core::fmt::Debug, MaxChunks: Get<u32>>
{
	/// The bond that counts for candidacy and selection.
	pub active: Balance,
	/// Unbonded parts waiting for their session, oldest first (ascending `unlock_at`).
	pub unlocking: BoundedVec<UnlockChunk<Balance>, MaxChunks>,
}

impl<Balance, MaxChunks> Ledger<Balance, MaxChunks>
where
	Balance: Copy + Clone + PartialEq + Eq + Default + core::fmt::Debug + Zero + Saturating + Ord,
	MaxChunks: Get<u32>,
{
	/// Active plus unlocking: what the account has on hold.
	pub fn total(&self) -> Balance {
		self.unlocking.iter().fold(self.active, |total, chunk| total.saturating_add(chunk.value))
	}

	/// Whether nothing is left in the ledger.
	pub fn is_empty(&self) -> bool {
		self.total().is_zero()
	}

	/// Removes the chunks unlocked by session `now` and returns their sum.
	pub fn take_matured(&mut self, now: SessionIndex) -> Balance {
		let mut matured = Balance::zero();
		self.unlocking.retain(|chunk| {
			if chunk.unlock_at <= now {
				matured = matured.saturating_add(chunk.value);
				false
			} else {
				true
			}
		});
		matured
	}

	/// Takes `amount` (at most the total) out of the ledger: the active bond first, then the
	/// unlocking chunks, the most recently unbonded first. Returns what was taken.
	pub fn slash(&mut self, amount: Balance) -> Balance {
		let from_active = amount.min(self.active);
		self.active = self.active.saturating_sub(from_active);
		let mut remaining = amount.saturating_sub(from_active);
		for chunk in self.unlocking.iter_mut().rev() {
			if remaining.is_zero() {
				break;
			}
			let taken = remaining.min(chunk.value);
			chunk.value = chunk.value.saturating_sub(taken);
			remaining = remaining.saturating_sub(taken);
		}
		self.unlocking.retain(|chunk| !chunk.value.is_zero());
		amount.saturating_sub(remaining)
	}
}

/// What was already slashed from one offender for the offences of one session.
///
/// `pallet-offences` reports every offender of a time slot again, with a larger fraction, when a
/// new concurrent offender shows up; only the increase is slashed.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct SlashRecord<Balance> {
	/// The largest fraction applied so far.
	pub fraction: Perbill,
	/// The amount slashed so far.
	pub amount: Balance,
}
