//! Issuer and regulator controls: freezes of accounts and of units, pause and suspension, and
//! forced transfers. A regulator's freeze or suspension is lifted by a regulator only, and each
//! control's event names who acted.

use crate::{
	Config, Controller, Error, Event, FrozenAccounts, FrozenUnits, Holdings, InstrumentId,
	InstrumentStatus, Instruments, Pallet, StoppedBy, Units,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, BoundedVec};
use frame_system::{ensure_signed, pallet_prelude::OriginFor};
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// The signed caller as the instrument's issuer.
	pub(crate) fn issuer_of(
		origin: OriginFor<T>,
		id: InstrumentId,
	) -> Result<Controller<T::AccountId>, DispatchError> {
		let who = ensure_signed(origin)?;
		Self::issued_by(&who, id)?;
		Ok(Controller::Issuer(who))
	}

	pub(crate) fn do_freeze(
		id: InstrumentId,
		account: T::AccountId,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		ensure!(Instruments::<T>::contains_key(id), Error::<T>::InstrumentNotFound);
		if let Some(current) = FrozenAccounts::<T>::get(id, &account) {
			// A regulator takes over an issuer's freeze (so the issuer cannot lift it).
			let takes_over =
				matches!((&by, &current), (Controller::Regulator(_), Controller::Issuer(_)));
			ensure!(takes_over, Error::<T>::AlreadyFrozen);
		}
		FrozenAccounts::<T>::insert(id, &account, by.clone());
		Self::deposit_event(Event::AccountFrozen { instrument: id, account, by });
		Ok(())
	}

	pub(crate) fn do_thaw(
		id: InstrumentId,
		account: T::AccountId,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		ensure!(Instruments::<T>::contains_key(id), Error::<T>::InstrumentNotFound);
		let current = FrozenAccounts::<T>::get(id, &account).ok_or(Error::<T>::NotFrozen)?;
		ensure!(by.overrides(&current), Error::<T>::ByRegulator);
		FrozenAccounts::<T>::remove(id, &account);
		Self::deposit_event(Event::AccountThawed { instrument: id, account, by });
		Ok(())
	}

	pub(crate) fn do_freeze_units(
		id: InstrumentId,
		account: T::AccountId,
		amount: Units,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		ensure!(Instruments::<T>::contains_key(id), Error::<T>::InstrumentNotFound);
		ensure!(amount <= Holdings::<T>::get(id, &account), Error::<T>::FreezeExceedsHolding);
		if let Some((_, current)) = FrozenUnits::<T>::get(id, &account) {
			ensure!(by.overrides(&current), Error::<T>::ByRegulator);
		}
		if amount == 0 {
			FrozenUnits::<T>::remove(id, &account);
		} else {
			FrozenUnits::<T>::insert(id, &account, (amount, by.clone()));
		}
		Self::deposit_event(Event::UnitsFrozen { instrument: id, account, amount, by });
		Ok(())
	}

	/// Pauses (the issuer) or suspends (a regulator) an instrument.
	pub(crate) fn do_stop(
		id: InstrumentId,
		to: InstrumentStatus,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		let mut instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		ensure!(instrument.status != InstrumentStatus::Closed, Error::<T>::InstrumentClosed);
		match to {
			InstrumentStatus::Suspended => ensure!(
				instrument.status != InstrumentStatus::Suspended,
				Error::<T>::InstrumentSuspended
			),
			_ => ensure!(instrument.status == InstrumentStatus::Active, Error::<T>::NotActive),
		}
		instrument.status = to;
		Instruments::<T>::insert(id, instrument);
		StoppedBy::<T>::insert(id, by.clone());
		Self::deposit_event(match to {
			InstrumentStatus::Suspended => Event::Suspended { instrument: id, by },
			_ => Event::Paused { instrument: id, by },
		});
		Ok(())
	}

	/// Unpauses (from `Paused`, the issuer) or reinstates (from `Suspended` or `Paused`, a
	/// regulator) an instrument.
	pub(crate) fn do_restart(
		id: InstrumentId,
		from: InstrumentStatus,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		let mut instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		match from {
			InstrumentStatus::Suspended => ensure!(
				matches!(instrument.status, InstrumentStatus::Suspended | InstrumentStatus::Paused),
				Error::<T>::NotSuspended
			),
			_ => {
				ensure!(instrument.status != InstrumentStatus::Suspended, Error::<T>::ByRegulator);
				ensure!(instrument.status == InstrumentStatus::Paused, Error::<T>::NotPaused);
			},
		}
		instrument.status = InstrumentStatus::Active;
		Instruments::<T>::insert(id, instrument);
		StoppedBy::<T>::remove(id);
		Self::deposit_event(match from {
			InstrumentStatus::Suspended => Event::Reinstated { instrument: id, by },
			_ => Event::Unpaused { instrument: id, by },
		});
		Ok(())
	}

	pub(crate) fn do_force_transfer(
		id: InstrumentId,
		from: T::AccountId,
		to: T::AccountId,
		amount: Units,
		reason: Vec<u8>,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		let mut instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(from != to, Error::<T>::SelfTransfer);
		ensure!(!reason.is_empty(), Error::<T>::EmptyReason);
		let reason: BoundedVec<u8, T::MaxReasonLen> =
			reason.try_into().map_err(|_| Error::<T>::ReasonTooLong)?;
		ensure!(instrument.status != InstrumentStatus::Suspended, Error::<T>::InstrumentSuspended);
		ensure!(instrument.status != InstrumentStatus::Closed, Error::<T>::InstrumentClosed);
		ensure!(!FrozenAccounts::<T>::contains_key(id, &to), Error::<T>::ReceiverFrozen);
		Self::ensure_may_receive(id, &instrument, &to)?;
		Self::move_units(id, &mut instrument, &from, &to, amount)?;
		Instruments::<T>::insert(id, instrument);
		Self::deposit_event(Event::ForceTransferred {
			instrument: id,
			from,
			to,
			amount,
			reason,
			by,
		});
		Ok(())
	}
}
