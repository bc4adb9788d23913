//! Deposits: whoever adds an item to storage holds a deposit for it, released to that account
//! when the item is removed, consumed or expires.
//!
//! | item | held from | released when |
//! |------|-----------|---------------|
//! | facility | its registering operator | it is deactivated |
//! | lot | the account that created it (by mining, split, merge or transform) | it is consumed (split, merged, transformed, retired) |
//! | attestation | its issuer | it is revoked, or leaves its subject's list (spent, to make room) |
//! | last observation of a lot | the observer | another observation replaces it, or the lot is consumed (the record goes) |
//! | pending transfer | its proposer | it is accepted, rejected, cancelled, expires or the lot is recalled |
//!
//! The amounts are [`Config`] constants, which the runtime sizes from each item's encoded length.
//! Every deposit is recorded in [`Deposits`] with who paid it; `try_state` checks that the
//! balance on hold of each account for each reason is the sum of its recorded deposits.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use sp_runtime::{traits::CheckedMul, ArithmeticError};

impl<T: Config> Pallet<T> {
	/// The deposit an item of this kind holds.
	pub(crate) fn deposit_of(kind: HoldReason) -> BalanceOf<T> {
		match kind {
			HoldReason::Facility => T::FacilityDeposit::get(),
			HoldReason::Lot => T::LotDeposit::get(),
			HoldReason::Attestation => T::AttestationDeposit::get(),
			HoldReason::Observation => T::ObservationDeposit::get(),
			HoldReason::Transfer => T::TransferDeposit::get(),
		}
	}

	/// Holds the deposits of `items` (all of one kind) from `who` in one go, then records them:
	/// either every deposit is held or none is (and the error, usually
	/// `TokenError::FundsUnavailable`, says why).
	pub(crate) fn hold_deposits(who: &T::AccountId, items: &[DepositItem]) -> DispatchResult {
		let Some(first) = items.first() else { return Ok(()) };
		let kind = first.kind();
		let each = Self::deposit_of(kind);
		let count = BalanceOf::<T>::from(
			u32::try_from(items.len()).map_err(|_| ArithmeticError::Overflow)?,
		);
		let total = each.checked_mul(&count).ok_or(ArithmeticError::Overflow)?;
		T::Currency::hold(&kind.into(), who, total)?;
		for item in items {
			Deposits::<T>::insert(item, Deposit { depositor: who.clone(), amount: each });
		}
		Ok(())
	}

	/// Holds one item's deposit from `who`.
	pub(crate) fn hold_deposit(who: &T::AccountId, item: DepositItem) -> DispatchResult {
		Self::hold_deposits(who, &[item])
	}

	/// Holds the deposit of `item` from `who` in place of the one recorded for it (released to
	/// whoever paid it): for a lot's last observation, which each observation replaces. If the
	/// hold fails nothing changes.
	pub(crate) fn replace_deposit(who: &T::AccountId, item: DepositItem) -> DispatchResult {
		let kind = item.kind();
		let amount = Self::deposit_of(kind);
		let previous = Deposits::<T>::get(item);
		T::Currency::hold(&kind.into(), who, amount)?;
		if let Some(previous) = previous {
			Self::release_recorded(kind, previous);
		}
		Deposits::<T>::insert(item, Deposit { depositor: who.clone(), amount });
		Ok(())
	}

	/// Releases an item's deposit to whoever paid it (nothing if it holds none).
	pub(crate) fn release_deposit(item: DepositItem) {
		if let Some(deposit) = Deposits::<T>::take(item) {
			Self::release_recorded(item.kind(), deposit);
		}
	}

	fn release_recorded(kind: HoldReason, deposit: DepositOf<T>) {
		let released = T::Currency::release(
			&kind.into(),
			&deposit.depositor,
			deposit.amount,
			Precision::BestEffort,
		);
		if released != Ok(deposit.amount) {
			frame_support::defensive!("a recorded deposit was not on hold");
		}
	}

	/// The balance `who` has on hold for items of `kind`.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn held(who: &T::AccountId, kind: HoldReason) -> BalanceOf<T> {
		use frame_support::traits::fungible::InspectHold;
		T::Currency::balance_on_hold(&kind.into(), who)
	}
}
