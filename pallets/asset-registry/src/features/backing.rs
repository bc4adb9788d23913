//! Instruments backed by provenance lots: the issuer pledges lots it owns, each backs one
//! instrument at most and stays as it is while pledged, and a recall of one flags the
//! instrument until the recall is lifted or the lot released.

use crate::{
	BackedBy, Backing, Config, Controller, Error, Event, InstrumentId, InstrumentStatus,
	Instruments, LotId, Pallet, RecalledBacking,
};
use frame_support::{ensure, pallet_prelude::DispatchResult};
use lode_primitives::{LotPledges, OnLotRecall};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_pledge_backing(
		who: &T::AccountId,
		id: InstrumentId,
		lot: LotId,
	) -> DispatchResult {
		let instrument = Self::issued_by(who, id)?;
		ensure!(instrument.status != InstrumentStatus::Closed, Error::<T>::InstrumentClosed);
		ensure!(!BackedBy::<T>::contains_key(lot), Error::<T>::LotBacksAnInstrument);
		let mut backing = Backing::<T>::get(id);
		backing.try_push(lot).map_err(|_| Error::<T>::TooManyBackingLots)?;
		T::BackingLots::pledge(who, lot)?;
		Backing::<T>::insert(id, backing);
		BackedBy::<T>::insert(lot, id);
		Self::deposit_event(Event::BackingPledged { instrument: id, lot, by: who.clone() });
		Ok(())
	}

	pub(crate) fn do_release_backing(
		id: InstrumentId,
		lot: LotId,
		by: Controller<T::AccountId>,
	) -> DispatchResult {
		let instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		ensure!(BackedBy::<T>::get(lot) == Some(id), Error::<T>::NotBackingLot);
		if matches!(by, Controller::Issuer(_)) {
			let settled = instrument.supply == 0 || instrument.status == InstrumentStatus::Closed;
			ensure!(settled, Error::<T>::UnitsOutstanding);
		}
		T::BackingLots::release(lot)?;
		Backing::<T>::mutate_exists(id, |backing| {
			if let Some(lots) = backing {
				lots.retain(|backing_lot| *backing_lot != lot);
				if lots.is_empty() {
					*backing = None;
				}
			}
		});
		BackedBy::<T>::remove(lot);
		RecalledBacking::<T>::remove(id, lot);
		Self::deposit_event(Event::BackingReleased { instrument: id, lot, by });
		Ok(())
	}

	/// Backing lots are pledged, back the instrument that lists them and only it, and only
	/// backing lots are flagged as recalled.
	pub(crate) fn try_state_backing() -> Result<(), TryRuntimeError> {
		let mut listed = 0usize;
		for (id, lots) in Backing::<T>::iter() {
			if !Instruments::<T>::contains_key(id) {
				return Err("backing of an instrument that does not exist".into());
			}
			for lot in lots.iter() {
				if BackedBy::<T>::get(lot) != Some(id) || !T::BackingLots::is_pledged(*lot) {
					return Err("a backing lot is not pledged to its instrument".into());
				}
				listed = listed.saturating_add(1);
			}
		}
		if BackedBy::<T>::iter().count() != listed {
			return Err("a lot is recorded as backing an instrument that does not list it".into());
		}
		for (id, lot, _) in RecalledBacking::<T>::iter() {
			if BackedBy::<T>::get(lot) != Some(id) {
				return Err("a recall flag on a lot that does not back the instrument".into());
			}
		}
		Ok(())
	}
}

/// Provenance reports recalls here: a recalled lot that backs an instrument flags it.
impl<T: Config> OnLotRecall for Pallet<T> {
	fn recalled(lot: LotId) {
		let Some(id) = BackedBy::<T>::get(lot) else { return };
		if RecalledBacking::<T>::contains_key(id, lot) {
			return;
		}
		RecalledBacking::<T>::insert(id, lot, frame_system::Pallet::<T>::block_number());
		Self::deposit_event(Event::BackingRecalled { instrument: id, lot });
	}

	fn recall_lifted(lot: LotId) {
		let Some(id) = BackedBy::<T>::get(lot) else { return };
		if RecalledBacking::<T>::take(id, lot).is_some() {
			Self::deposit_event(Event::BackingRecallLifted { instrument: id, lot });
		}
	}
}
