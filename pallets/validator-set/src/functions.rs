//! The logic behind the calls: each `do_*` validates, mutates and deposits its event.

use crate::{pallet::*, types::*};
use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
		Get, ValidatorRegistration,
	},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	ArithmeticError, DispatchResult, Saturating,
};

impl<T: Config> Pallet<T> {
	/// Bonds `value` more of `who`'s free balance.
	pub(crate) fn do_bond(who: T::AccountId, value: BalanceOf<T>) -> DispatchResult {
		ensure!(!value.is_zero(), Error::<T>::ZeroAmount);
		let mut ledger = Ledgers::<T>::get(&who).unwrap_or_default();
		let active = ledger.active.checked_add(&value).ok_or(ArithmeticError::Overflow)?;
		ensure!(active >= T::MinBond::get(), Error::<T>::BondBelowMinimum);
		let total_bonded =
			TotalBonded::<T>::get().checked_add(&value).ok_or(ArithmeticError::Overflow)?;
		// Holding may use everything above the existential deposit, frozen funds included (as
		// staking does); freezes still apply to the total balance.
		ensure!(
			T::Currency::reducible_balance(&who, Preservation::Protect, Fortitude::Force) >= value,
			Error::<T>::InsufficientBalance
		);
		T::Currency::hold(&HoldReason::Bonded.into(), &who, value)?;
		ledger.active = active;
		Ledgers::<T>::insert(&who, ledger);
		TotalBonded::<T>::put(total_bonded);
		Self::deposit_event(Event::Bonded { who, amount: value });
		Ok(())
	}

	/// Moves `value` of `who`'s active bond into a chunk unlocking `BondingDuration` sessions
	/// from now (merged with a chunk of the same session, inserted in session order).
	pub(crate) fn do_unbond(who: T::AccountId, value: BalanceOf<T>) -> DispatchResult {
		ensure!(!value.is_zero(), Error::<T>::ZeroAmount);
		let mut ledger = Ledgers::<T>::get(&who).ok_or(Error::<T>::NotBonded)?;
		ensure!(value <= ledger.active, Error::<T>::InsufficientActiveBond);
		let remaining = ledger.active.saturating_sub(value);
		ensure!(
			remaining.is_zero() || remaining >= T::MinBond::get(),
			Error::<T>::RemainderBelowMinimum
		);
		if Candidates::<T>::contains_key(&who) {
			ensure!(remaining >= T::MinCandidateBond::get(), Error::<T>::CandidateBondBelowMinimum);
		}
		let unlock_at = CurrentSession::<T>::get().saturating_add(T::BondingDuration::get());
		// Chunks stay sorted even if a runtime upgrade shortened the bonding duration.
		match ledger.unlocking.binary_search_by_key(&unlock_at, |chunk| chunk.unlock_at) {
			Ok(index) => {
				if let Some(chunk) = ledger.unlocking.get_mut(index) {
					chunk.value =
						chunk.value.checked_add(&value).ok_or(ArithmeticError::Overflow)?;
				}
			},
			Err(index) => ledger
				.unlocking
				.try_insert(index, UnlockChunk { value, unlock_at })
				.map_err(|_| Error::<T>::TooManyUnlockingChunks)?,
		}
		ledger.active = remaining;
		Ledgers::<T>::insert(&who, ledger);
		Self::deposit_event(Event::Unbonded { who, amount: value, unlock_at });
		Ok(())
	}

	/// Releases `who`'s matured chunks; removes the ledger once nothing is left.
	pub(crate) fn do_withdraw_unbonded(who: T::AccountId) -> DispatchResult {
		let mut ledger = Ledgers::<T>::get(&who).ok_or(Error::<T>::NotBonded)?;
		let amount = ledger.take_matured(CurrentSession::<T>::get());
		ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);
		ensure!(!Self::is_accountable(&who), Error::<T>::StillAccountable);
		LastServedSession::<T>::remove(&who);
		T::Currency::release(&HoldReason::Bonded.into(), &who, amount, Precision::Exact)?;
		TotalBonded::<T>::mutate(|total| *total = total.saturating_sub(amount));
		if ledger.is_empty() {
			Ledgers::<T>::remove(&who);
		} else {
			Ledgers::<T>::insert(&who, ledger);
		}
		Self::deposit_event(Event::Withdrawn { who, amount });
		Ok(())
	}

	/// Whether `who` validates the current or the next session, or served a session whose
	/// offences may still be reported.
	pub fn is_accountable(who: &T::AccountId) -> bool {
		let current = CurrentSession::<T>::get();
		Validators::<T>::get().contains(who)
			|| QueuedValidators::<T>::get().is_some_and(|(_, queued)| queued.contains(who))
			|| LastServedSession::<T>::get(who)
				.is_some_and(|last| current <= last.saturating_add(T::ReportWindow::get()))
	}

	/// Makes `who` a candidate.
	pub(crate) fn do_candidate(who: T::AccountId) -> DispatchResult {
		ensure!(!Candidates::<T>::contains_key(&who), Error::<T>::AlreadyCandidate);
		let ledger = Ledgers::<T>::get(&who).ok_or(Error::<T>::NotBonded)?;
		ensure!(ledger.active >= T::MinCandidateBond::get(), Error::<T>::InsufficientCandidateBond);
		ensure!(T::SessionKeys::is_registered(&who), Error::<T>::SessionKeysNotSet);
		ensure!(Candidates::<T>::count() < T::MaxCandidates::get(), Error::<T>::TooManyCandidates);
		Candidates::<T>::insert(&who, ());
		Self::deposit_event(Event::CandidateAdded { who });
		Ok(())
	}

	/// Removes `who` from candidacy.
	pub(crate) fn do_chill(who: &T::AccountId) -> DispatchResult {
		ensure!(Candidates::<T>::contains_key(who), Error::<T>::NotCandidate);
		Candidates::<T>::remove(who);
		Self::deposit_event(Event::Chilled { who: who.clone() });
		Ok(())
	}

	/// Sets [`DesiredValidators`].
	pub(crate) fn do_set_desired_validators(count: u32) -> DispatchResult {
		ensure!(
			count >= T::MinValidators::get() && count <= T::MaxValidators::get(),
			Error::<T>::DesiredValidatorsOutOfBounds
		);
		DesiredValidators::<T>::put(count);
		Self::deposit_event(Event::DesiredValidatorsSet { count });
		Ok(())
	}
}
