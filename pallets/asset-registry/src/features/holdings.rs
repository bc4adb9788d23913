//! Units: issuing, moving and burning them, and the compliance every receiving path passes.

use crate::{
	Allowed, Compliance, Config, Error, Event, Holdings, Instrument, InstrumentId, InstrumentKind,
	InstrumentStatus, Instruments, Pallet, TransferRefusal, Units,
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
		if record.status == InstrumentStatus::Paused {
			return Err(TransferRefusal::InstrumentPaused);
		}
		if !Self::may_hold(instrument, &record, from) {
			return Err(TransferRefusal::SenderNotAllowed);
		}
		if !Self::may_hold(instrument, &record, to) {
			return Err(TransferRefusal::ReceiverNotAllowed);
		}
		if Holdings::<T>::get(instrument, from) < amount {
			return Err(TransferRefusal::InsufficientUnits);
		}
		Ok(())
	}

	/// Whether `who` passes the instrument's compliance rule.
	fn may_hold(id: InstrumentId, instrument: &Instrument<T>, who: &T::AccountId) -> bool {
		match instrument.compliance {
			Compliance::Open => true,
			Compliance::AllowList => Allowed::<T>::contains_key(id, who),
		}
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
		ensure!(instrument.status == InstrumentStatus::Active, Error::<T>::InstrumentPaused);
		ensure!(Self::may_hold(id, &instrument, &to), Error::<T>::ReceiverNotAllowed);
		let supply = instrument.supply.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		if let InstrumentKind::Equity(terms) = &instrument.kind {
			ensure!(supply <= terms.authorised_shares, Error::<T>::ExceedsAuthorisedShares);
		}
		let held = Holdings::<T>::get(id, &to);
		let after = held.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		if held == 0 {
			instrument.holders =
				instrument.holders.checked_add(1).ok_or(ArithmeticError::Overflow)?;
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
		let sender = Holdings::<T>::get(id, &from);
		let receiver = Holdings::<T>::get(id, &to);
		let sender_after = sender.checked_sub(amount).ok_or(Error::<T>::InsufficientUnits)?;
		let receiver_after = receiver.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		if receiver == 0 {
			instrument.holders =
				instrument.holders.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		}
		if sender_after == 0 {
			instrument.holders = instrument.holders.saturating_sub(1);
			Holdings::<T>::remove(id, &from);
		} else {
			Holdings::<T>::insert(id, &from, sender_after);
		}
		Holdings::<T>::insert(id, &to, receiver_after);
		Instruments::<T>::insert(id, instrument);
		Self::deposit_event(Event::Transferred { instrument: id, from, to, amount });
		Ok(())
	}

	pub(crate) fn do_burn(
		who: &T::AccountId,
		id: InstrumentId,
		from: T::AccountId,
		amount: Units,
	) -> DispatchResult {
		let mut instrument = Self::issued_by(who, id)?;
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		let held = Holdings::<T>::get(id, &from);
		let after = held.checked_sub(amount).ok_or(Error::<T>::InsufficientUnits)?;
		instrument.supply =
			instrument.supply.checked_sub(amount).ok_or(ArithmeticError::Underflow)?;
		if after == 0 {
			instrument.holders = instrument.holders.saturating_sub(1);
			Holdings::<T>::remove(id, &from);
		} else {
			Holdings::<T>::insert(id, &from, after);
		}
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
		}
	}
}
