//! Units: issuing, moving and burning them, and the compliance every receiving path passes.

use crate::{
	Allowed, Compliance, Config, Error, Event, FrozenAccounts, FrozenUnits, Holdings,
	Ineligibility, Instrument, InstrumentId, InstrumentKind, InstrumentStatus, Instruments, Pallet,
	Portfolio, TransferRefusal, Units,
};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use sp_runtime::{ArithmeticError, DispatchError};

impl<T: Config> Pallet<T> {
	/// Whether `from` could move `amount` units of `instrument` to `to` now, or the exact
	/// reason it could not (what `transfer` would fail with).
	pub fn can_transfer(
		instrument: InstrumentId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: Units,
	) -> Result<(), TransferRefusal> {
		let record =
			Instruments::<T>::get(instrument).ok_or(TransferRefusal::InstrumentNotFound)?;
		if amount == 0 {
			return Err(TransferRefusal::ZeroAmount);
		}
		if from == to {
			return Err(TransferRefusal::SelfTransfer);
		}
		match record.status {
			InstrumentStatus::Active => {},
			InstrumentStatus::Paused => return Err(TransferRefusal::InstrumentPaused),
			InstrumentStatus::Suspended => return Err(TransferRefusal::InstrumentSuspended),
			InstrumentStatus::Closed => return Err(TransferRefusal::InstrumentClosed),
		}
		if FrozenAccounts::<T>::contains_key(instrument, from) {
			return Err(TransferRefusal::SenderFrozen);
		}
		if FrozenAccounts::<T>::contains_key(instrument, to) {
			return Err(TransferRefusal::ReceiverFrozen);
		}
		Self::eligibility(instrument, &record, from).map_err(|why| match why {
			Ineligibility::NotAllowed => TransferRefusal::SenderNotAllowed,
			why => TransferRefusal::SenderIneligible(why),
		})?;
		Self::eligibility(instrument, &record, to).map_err(|why| match why {
			Ineligibility::NotAllowed => TransferRefusal::ReceiverNotAllowed,
			why => TransferRefusal::ReceiverIneligible(why),
		})?;
		let held = Holdings::<T>::get(instrument, from);
		if held < amount {
			return Err(TransferRefusal::InsufficientUnits);
		}
		if held.saturating_sub(Self::frozen_units(instrument, from)) < amount {
			return Err(TransferRefusal::UnitsFrozen);
		}
		if held.saturating_sub(crate::BookedTotal::<T>::get(instrument, from)) < amount {
			return Err(TransferRefusal::UnitsInBooks);
		}
		Ok(())
	}

	/// How many of `who`'s units of `instrument` may not move.
	pub fn frozen_units(instrument: InstrumentId, who: &T::AccountId) -> Units {
		FrozenUnits::<T>::get(instrument, who).map_or(0, |(units, _)| units)
	}

	/// Whether `who` passes the instrument's compliance rule, or why not.
	pub fn eligibility(
		id: InstrumentId,
		instrument: &Instrument<T>,
		who: &T::AccountId,
	) -> Result<(), Ineligibility> {
		match instrument.compliance {
			Compliance::Open => Ok(()),
			Compliance::AllowList => {
				Allowed::<T>::contains_key(id, who).then_some(()).ok_or(Ineligibility::NotAllowed)
			},
			Compliance::Claims => Self::claims_eligibility(id, who),
		}
	}

	/// That `to` may receive units of the instrument, as a dispatch error.
	pub(crate) fn ensure_may_receive(
		id: InstrumentId,
		instrument: &Instrument<T>,
		to: &T::AccountId,
	) -> DispatchResult {
		Self::eligibility(id, instrument, to).map_err(|why| {
			Error::<T>::from(match why {
				Ineligibility::NotAllowed => TransferRefusal::ReceiverNotAllowed,
				why => TransferRefusal::ReceiverIneligible(why),
			})
			.into()
		})
	}

	/// The instrument, if `who` is its issuer.
	pub(crate) fn issued_by(
		who: &T::AccountId,
		id: InstrumentId,
	) -> Result<Instrument<T>, DispatchError> {
		let instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		ensure!(instrument.issuer == *who, Error::<T>::NotIssuer);
		Ok(instrument)
	}

	pub(crate) fn do_issue(
		who: &T::AccountId,
		id: InstrumentId,
		to: T::AccountId,
		amount: Units,
	) -> DispatchResult {
		let mut instrument = Self::issued_by(who, id)?;
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(
			!matches!(instrument.kind, InstrumentKind::Contract(_)),
			Error::<T>::ContractsHaveNoUnits
		);
		match instrument.status {
			InstrumentStatus::Active => {},
			InstrumentStatus::Paused => return Err(Error::<T>::InstrumentPaused.into()),
			InstrumentStatus::Suspended => return Err(Error::<T>::InstrumentSuspended.into()),
			InstrumentStatus::Closed => return Err(Error::<T>::InstrumentClosed.into()),
		}
		ensure!(!FrozenAccounts::<T>::contains_key(id, &to), Error::<T>::ReceiverFrozen);
		Self::ensure_may_receive(id, &instrument, &to)?;
		let supply = instrument.supply.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		match &instrument.kind {
			InstrumentKind::Equity(terms) => {
				ensure!(supply <= terms.authorised_shares, Error::<T>::ExceedsAuthorisedShares)
			},
			InstrumentKind::Bond(terms) => {
				ensure!(Self::redemption_fits(terms, supply), Error::<T>::PaymentTooLarge)
			},
			_ => {},
		}
		let held = Holdings::<T>::get(id, &to);
		Self::note_change(id, &to, held);
		let after = held.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		if held == 0 {
			instrument.holders =
				instrument.holders.checked_add(1).ok_or(ArithmeticError::Overflow)?;
			Portfolio::<T>::insert(&to, id, ());
		}
		instrument.supply = supply;
		Holdings::<T>::insert(id, &to, after);
		Instruments::<T>::insert(id, instrument);
		Self::deposit_event(Event::Issued { instrument: id, to, amount, supply });
		Ok(())
	}

	pub(crate) fn do_transfer(
		id: InstrumentId,
		from: T::AccountId,
		to: T::AccountId,
		amount: Units,
	) -> DispatchResult {
		Self::can_transfer(id, &from, &to, amount).map_err(Error::<T>::from)?;
		let mut instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		Self::move_units(id, &mut instrument, &from, &to, amount)?;
		Instruments::<T>::insert(id, instrument);
		Self::deposit_event(Event::Transferred { instrument: id, from, to, amount });
		Ok(())
	}

	/// Moves `amount` units from `from` to `to`, keeping the holder count and the frozen part
	/// (at most what `from` still holds). The caller stores `instrument`.
	pub(crate) fn move_units(
		id: InstrumentId,
		instrument: &mut Instrument<T>,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: Units,
	) -> DispatchResult {
		let sender = Holdings::<T>::get(id, from);
		let receiver = Holdings::<T>::get(id, to);
		let sender_after = sender.checked_sub(amount).ok_or(Error::<T>::InsufficientUnits)?;
		let receiver_after = receiver.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		Self::note_change(id, from, sender);
		Self::note_change(id, to, receiver);
		if receiver == 0 {
			instrument.holders =
				instrument.holders.checked_add(1).ok_or(ArithmeticError::Overflow)?;
			Portfolio::<T>::insert(to, id, ());
		}
		Self::set_holding(id, instrument, from, sender_after);
		Holdings::<T>::insert(id, to, receiver_after);
		Ok(())
	}

	/// Whether a bond's redemption for `supply` units fits the balance type (so every payment
	/// of the bond can be computed and moved).
	fn redemption_fits(
		terms: &crate::BondTerms<crate::AssetIdOf<T>, crate::BalanceOf<T>>,
		supply: Units,
	) -> bool {
		Self::bond_rates(terms).is_some_and(|(_, redemption, denominator)| {
			sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				supply,
				redemption,
				denominator,
				sp_runtime::Rounding::Down,
			)
			.and_then(super::actions::to_balance::<T>)
			.is_some()
		})
	}

	/// Stores `units` as `who`'s holding after a decrease: removes an emptied holding (and its
	/// holder) and lowers a frozen part above what is left.
	pub(crate) fn set_holding(
		id: InstrumentId,
		instrument: &mut Instrument<T>,
		who: &T::AccountId,
		units: Units,
	) {
		if units == 0 {
			instrument.holders = instrument.holders.saturating_sub(1);
			Holdings::<T>::remove(id, who);
			Portfolio::<T>::remove(who, id);
		} else {
			Holdings::<T>::insert(id, who, units);
		}
		FrozenUnits::<T>::mutate_exists(id, who, |frozen| match frozen {
			Some(_) if units == 0 => *frozen = None,
			Some((part, _)) if *part > units => *part = units,
			_ => {},
		});
		Self::fit_books(id, who, units);
	}

	pub(crate) fn do_burn(
		who: &T::AccountId,
		id: InstrumentId,
		from: T::AccountId,
		amount: Units,
	) -> DispatchResult {
		let mut instrument = Self::issued_by(who, id)?;
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(instrument.status != InstrumentStatus::Closed, Error::<T>::InstrumentClosed);
		let held = Holdings::<T>::get(id, &from);
		let after = held.checked_sub(amount).ok_or(Error::<T>::InsufficientUnits)?;
		Self::note_change(id, &from, held);
		instrument.supply =
			instrument.supply.checked_sub(amount).ok_or(ArithmeticError::Underflow)?;
		Self::set_holding(id, &mut instrument, &from, after);
		let supply = instrument.supply;
		Instruments::<T>::insert(id, instrument);
		Self::deposit_event(Event::Burnt { instrument: id, from, amount, supply });
		Ok(())
	}

	pub(crate) fn do_set_allowed(
		who: &T::AccountId,
		id: InstrumentId,
		account: T::AccountId,
		allowed: bool,
	) -> DispatchResult {
		Self::issued_by(who, id)?;
		if allowed {
			Allowed::<T>::insert(id, &account, ());
		} else {
			Allowed::<T>::remove(id, &account);
		}
		Self::deposit_event(Event::AllowListChanged {
			instrument: id,
			account,
			allowed,
			by: who.clone(),
		});
		Ok(())
	}

	pub(crate) fn do_approve(
		id: InstrumentId,
		owner: T::AccountId,
		spender: T::AccountId,
		amount: Units,
	) -> DispatchResult {
		ensure!(Instruments::<T>::contains_key(id), Error::<T>::InstrumentNotFound);
		ensure!(owner != spender, Error::<T>::SelfTransfer);
		if amount == 0 {
			crate::Approvals::<T>::remove((id, &owner, &spender));
		} else {
			crate::Approvals::<T>::insert((id, &owner, &spender), amount);
		}
		Self::deposit_event(Event::Approved { instrument: id, owner, spender, amount });
		Ok(())
	}

	pub(crate) fn do_transfer_from(
		id: InstrumentId,
		spender: T::AccountId,
		from: T::AccountId,
		to: T::AccountId,
		amount: Units,
	) -> DispatchResult {
		let approved = crate::Approvals::<T>::get((id, &from, &spender)).unwrap_or(0);
		let remaining = approved.checked_sub(amount).ok_or(Error::<T>::ApprovalExceeded)?;
		Self::can_transfer(id, &from, &to, amount).map_err(Error::<T>::from)?;
		let mut instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		Self::move_units(id, &mut instrument, &from, &to, amount)?;
		Instruments::<T>::insert(id, instrument);
		if remaining == 0 {
			crate::Approvals::<T>::remove((id, &from, &spender));
		} else {
			crate::Approvals::<T>::insert((id, &from, &spender), remaining);
		}
		Self::deposit_event(Event::TransferredByApproval {
			instrument: id,
			spender,
			from,
			to,
			amount,
			remaining,
		});
		Ok(())
	}
}

impl<T: Config> From<TransferRefusal> for Error<T> {
	fn from(refusal: TransferRefusal) -> Self {
		match refusal {
			TransferRefusal::InstrumentNotFound => Self::InstrumentNotFound,
			TransferRefusal::InstrumentPaused => Self::InstrumentPaused,
			TransferRefusal::InsufficientUnits => Self::InsufficientUnits,
			TransferRefusal::ReceiverNotAllowed => Self::ReceiverNotAllowed,
			TransferRefusal::SenderNotAllowed => Self::SenderNotAllowed,
			TransferRefusal::ZeroAmount => Self::ZeroAmount,
			TransferRefusal::SelfTransfer => Self::SelfTransfer,
			TransferRefusal::InstrumentSuspended => Self::InstrumentSuspended,
			TransferRefusal::SenderFrozen => Self::SenderFrozen,
			TransferRefusal::ReceiverFrozen => Self::ReceiverFrozen,
			TransferRefusal::UnitsFrozen => Self::UnitsFrozen,
			TransferRefusal::InstrumentClosed => Self::InstrumentClosed,
			TransferRefusal::ReceiverIneligible(Ineligibility::ClaimExpired(_)) => {
				Self::ReceiverClaimExpired
			},
			TransferRefusal::ReceiverIneligible(_) => Self::ReceiverMissingClaim,
			TransferRefusal::SenderIneligible(Ineligibility::ClaimExpired(_)) => {
				Self::SenderClaimExpired
			},
			TransferRefusal::SenderIneligible(_) => Self::SenderMissingClaim,
			TransferRefusal::UnitsInBooks => Self::UnitsInBooks,
		}
	}
}

/// Other pallets move units through the same checks as the `transfer` call.
impl<T: Config> lode_primitives::InstrumentTransfers<T::AccountId> for Pallet<T> {
	fn units(instrument: InstrumentId, who: &T::AccountId) -> Units {
		Holdings::<T>::get(instrument, who)
	}

	fn can_transfer(
		instrument: InstrumentId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: Units,
	) -> DispatchResult {
		Self::can_transfer(instrument, from, to, amount).map_err(|why| Error::<T>::from(why).into())
	}

	fn transfer(
		instrument: InstrumentId,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: Units,
	) -> DispatchResult {
		frame_support::storage::with_storage_layer(|| {
			Self::do_transfer(instrument, from.clone(), to.clone(), amount)
		})
	}
}
