//! Storage invariants, checked by `try_state` and after every unit test.

use crate::pallet::*;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - `TotalBonded` equals the sum of the ledgers' totals and the sum of the funds held under
	///   `HoldReason::Bonded` by the bonded accounts; no ledger is empty;
	/// - unlocking chunks are non-zero, strictly ascending by session and within bounds;
	/// - every candidate has an active bond of at least `MinCandidateBond`, and the candidate
	///   count is right and within `MaxCandidates`;
	/// - `DesiredValidators` lies within `[MinValidators, MaxValidators]`;
	/// - the current and queued validator sets are sorted without duplicates, and forfeited
	///   rewards belong to current validators;
	/// - slash records lie within the report window.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let reason = T::RuntimeHoldReason::from(HoldReason::Bonded);
		let mut ledgers_total = BalanceOf::<T>::zero();
		let mut held_total = BalanceOf::<T>::zero();
		for (who, ledger) in Ledgers::<T>::iter() {
			ensure!(!ledger.is_empty(), "empty ledger left in storage");
			ensure!(
				ledger.unlocking.len() as u32 <= T::MaxUnlockingChunks::get(),
				"too many unlocking chunks"
			);
			ensure!(
				ledger.unlocking.iter().all(|chunk| !chunk.value.is_zero()),
				"empty unlocking chunk"
			);
			ensure!(
				ledger.unlocking.windows(2).all(|pair| pair[0].unlock_at < pair[1].unlock_at),
				"unlocking chunks not sorted by session"
			);
			let held = T::Currency::balance_on_hold(&reason, &who);
			ensure!(held == ledger.total(), "held balance differs from the ledger");
			ledgers_total = ledgers_total.saturating_add(ledger.total());
			held_total = held_total.saturating_add(held);
		}
		ensure!(TotalBonded::<T>::get() == ledgers_total, "TotalBonded differs from the ledgers");
		ensure!(TotalBonded::<T>::get() == held_total, "TotalBonded differs from the holds");

		let mut candidates = 0u32;
		for who in Candidates::<T>::iter_keys() {
			let ledger = Ledgers::<T>::get(&who).ok_or("candidate without a bond")?;
			ensure!(
				ledger.active >= T::MinCandidateBond::get(),
				"candidate below MinCandidateBond"
			);
			candidates = candidates.saturating_add(1);
		}
		ensure!(Candidates::<T>::count() == candidates, "wrong candidate count");
		ensure!(candidates <= T::MaxCandidates::get(), "more than MaxCandidates candidates");

		let desired = DesiredValidators::<T>::get();
		ensure!(
			desired >= T::MinValidators::get() && desired <= T::MaxValidators::get(),
			"DesiredValidators out of bounds"
		);

		let validators = Validators::<T>::get();
		ensure!(
			validators.windows(2).all(|pair| pair[0] < pair[1]),
			"validators not sorted or duplicated"
		);
		if let Some((session, queued)) = QueuedValidators::<T>::get() {
			ensure!(session > CurrentSession::<T>::get(), "validators queued for a past session");
			ensure!(
				queued.windows(2).all(|pair| pair[0] < pair[1]),
				"queued validators not sorted or duplicated"
			);
		}
		ensure!(
			ForfeitedRewards::<T>::get().iter().all(|who| validators.contains(who)),
			"forfeited reward of a non-validator"
		);

		let oldest = CurrentSession::<T>::get().saturating_sub(T::ReportWindow::get());
		ensure!(
			OffenceSlashes::<T>::iter_keys().all(|(session, _)| session >= oldest),
			"slash record older than the report window"
		);
		Ok(())
	}
}
