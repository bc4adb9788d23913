//! Custody and ownership: two-party transfers (propose → accept / reject / cancel, or expiry).
//!
//! Custody (who holds the material, at which facility) and ownership (whose material it is) are
//! two roles: toll processing leaves a trader's material in a smelter's custody, a sale in a
//! warehouse moves ownership alone. Handling (split, merge, transform, consume, custody
//! transfers) is the custodian's; a sale is the owner's.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use sp_runtime::{traits::CheckedAdd, ArithmeticError};

impl<T: Config> Pallet<T> {
	/// Opens a transfer of `kind` to `to` at `to_facility`; `None` leaves the lot at its facility
	/// (a sale, where custody stays).
	pub(crate) fn do_propose_transfer(
		who: T::AccountId,
		lot_id: LotId,
		kind: TransferKind,
		to: T::AccountId,
		to_facility: Option<FacilityId>,
	) -> DispatchResult {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		let to_facility = to_facility.unwrap_or(lot.facility);
		if kind.moves_custody() {
			ensure!(lot.custodian == who, Error::<T>::NotCustodian);
		}
		if kind.moves_ownership() {
			ensure!(lot.owner == who, Error::<T>::NotOwner);
		}
		Self::ensure_role(&who, Roles::OPERATOR)?;
		Self::ensure_active(&lot)?;
		Self::ensure_unpledged(lot_id)?;
		Self::ensure_role(&to, Roles::OPERATOR)?;
		if kind.moves_custody() {
			let facility = Facilities::<T>::get(to_facility).ok_or(Error::<T>::FacilityNotFound)?;
			ensure!(facility.operator == to, Error::<T>::NotFacilityOperator);
			ensure!(facility.active, Error::<T>::FacilityInactive);
			ensure!(
				!(to == lot.custodian && to_facility == lot.facility),
				Error::<T>::TransferToSelf
			);
		} else {
			ensure!(to != lot.owner, Error::<T>::TransferToSelf);
		}

		let now = frame_system::Pallet::<T>::block_number();
		let expires_at =
			now.checked_add(&T::TransferExpiry::get()).ok_or(ArithmeticError::Overflow)?;
		let open = PendingTransferCount::<T>::get();
		let open_after = open.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		Self::hold_deposit(&who, DepositItem::Transfer(lot_id))?;
		if open == 0 {
			// Nothing was pending: the expiry sweep may start from here.
			ExpiryCursor::<T>::put(now);
		}
		PendingTransferCount::<T>::put(open_after);
		let transfer = Transfer {
			kind,
			from: who.clone(),
			from_facility: lot.facility,
			to: to.clone(),
			to_facility,
			sent: lot.quantity,
			expires_at,
		};
		PendingTransfers::<T>::insert(lot_id, transfer);
		TransferExpiries::<T>::insert(expires_at, lot_id, ());
		lot.status = LotStatus::InTransit;
		let (from_facility, quantity) = (lot.facility, lot.quantity);
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::TransferProposed {
			lot: lot_id,
			kind,
			from: who,
			from_facility,
			to,
			to_facility,
			quantity,
			expires_at,
		});
		Ok(())
	}

	/// The lot and its open transfer.
	fn lot_in_transit(lot_id: LotId) -> Result<(LotOf<T>, TransferOf<T>), DispatchError> {
		let lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		let transfer = PendingTransfers::<T>::get(lot_id).ok_or(Error::<T>::NoPendingTransfer)?;
		Ok((lot, transfer))
	}

	/// Removes an open transfer and its expiry entry.
	pub(crate) fn close_transfer(lot_id: LotId, transfer: &TransferOf<T>) {
		PendingTransfers::<T>::remove(lot_id);
		TransferExpiries::<T>::remove(transfer.expires_at, lot_id);
		PendingTransferCount::<T>::mutate(|open| *open = open.saturating_sub(1));
		Self::release_deposit(DepositItem::Transfer(lot_id));
	}

	pub(crate) fn do_accept_transfer(
		who: T::AccountId,
		lot_id: LotId,
		received: u128,
	) -> DispatchResult {
		let (mut lot, transfer) = Self::lot_in_transit(lot_id)?;
		ensure!(transfer.to == who, Error::<T>::NotReceiver);
		Self::ensure_role(&who, Roles::OPERATOR)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= transfer.expires_at, Error::<T>::TransferLapsed);
		ensure!(received > 0, Error::<T>::ZeroQuantity);
		let loss = transfer.sent.checked_sub(received).ok_or(Error::<T>::ReceivedExceedsSent)?;
		if transfer.kind.moves_custody() {
			// The facility may have been handed over or deactivated since the proposal.
			Self::active_facility_of(&who, transfer.to_facility)?;
			LotsByCustodian::<T>::remove(&lot.custodian, lot_id);
			LotsByCustodian::<T>::insert(&transfer.to, lot_id, ());
			lot.custodian = transfer.to.clone();
			lot.facility = transfer.to_facility;
		} else {
			// A sale moves no material: nothing can be lost on the way.
			ensure!(loss == 0, Error::<T>::QuantityNotConserved);
		}
		if transfer.kind.moves_ownership() {
			LotsByOwner::<T>::remove(&lot.owner, lot_id);
			LotsByOwner::<T>::insert(&transfer.to, lot_id, ());
			lot.owner = transfer.to.clone();
		}
		lot.quantity = received;
		lot.loss = lot.loss.checked_add(loss).ok_or(ArithmeticError::Overflow)?;
		lot.status = LotStatus::Active;
		Lots::<T>::insert(lot_id, lot);
		Self::close_transfer(lot_id, &transfer);
		Self::deposit_event(Event::TransferAccepted {
			lot: lot_id,
			kind: transfer.kind,
			from: transfer.from,
			to: transfer.to,
			from_facility: transfer.from_facility,
			to_facility: transfer.to_facility,
			sent: transfer.sent,
			received,
			loss,
		});
		Ok(())
	}

	/// Ends a transfer without moving the lot.
	fn return_to_sender(lot_id: LotId, mut lot: LotOf<T>, transfer: &TransferOf<T>) {
		lot.status = LotStatus::Active;
		Lots::<T>::insert(lot_id, lot);
		Self::close_transfer(lot_id, transfer);
	}

	pub(crate) fn do_reject_transfer(who: T::AccountId, lot_id: LotId) -> DispatchResult {
		let (lot, transfer) = Self::lot_in_transit(lot_id)?;
		ensure!(transfer.to == who, Error::<T>::NotReceiver);
		Self::return_to_sender(lot_id, lot, &transfer);
		Self::deposit_event(Event::TransferRejected {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
		});
		Ok(())
	}

	pub(crate) fn do_cancel_transfer(who: T::AccountId, lot_id: LotId) -> DispatchResult {
		let (lot, transfer) = Self::lot_in_transit(lot_id)?;
		ensure!(transfer.from == who, Error::<T>::NotSender);
		Self::return_to_sender(lot_id, lot, &transfer);
		Self::deposit_event(Event::TransferCancelled {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
		});
		Ok(())
	}

	pub(crate) fn do_expire_transfer(lot_id: LotId) -> DispatchResult {
		let (lot, transfer) = Self::lot_in_transit(lot_id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > transfer.expires_at, Error::<T>::TransferNotExpired);
		Self::return_to_sender(lot_id, lot, &transfer);
		Self::deposit_event(Event::TransferExpired {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
		});
		Ok(())
	}
}
