//! Pledges: a lot that backs something else (an asset-registry instrument) stays exactly as it
//! is until the pledge is released.

use crate::{pallet::*, LotId, LotStatus};
use frame_support::{ensure, pallet_prelude::*};

impl<T: Config> Pallet<T> {
	/// Fails with `LotPledged` while `lot` is pledged.
	pub(crate) fn ensure_unpledged(lot: LotId) -> DispatchResult {
		ensure!(!Pledged::<T>::contains_key(lot), Error::<T>::LotPledged);
		Ok(())
	}
}

impl<T: Config> lode_primitives::LotPledges<T::AccountId> for Pallet<T> {
	fn pledge(owner: &T::AccountId, lot_id: LotId) -> DispatchResult {
		let lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		ensure!(&lot.owner == owner, Error::<T>::NotOwner);
		ensure!(!Pledged::<T>::contains_key(lot_id), Error::<T>::AlreadyPledged);
		match lot.status {
			LotStatus::Active => {},
			LotStatus::Consumed | LotStatus::Recalled => return Err(Error::<T>::LotFrozen.into()),
			LotStatus::InTransit | LotStatus::Quarantined => {
				return Err(Error::<T>::LotNotActive.into())
			},
		}
		Pledged::<T>::insert(lot_id, ());
		Self::deposit_event(Event::Pledged { lot: lot_id, owner: owner.clone() });
		Ok(())
	}

	fn release(lot: LotId) -> DispatchResult {
		ensure!(Pledged::<T>::take(lot).is_some(), Error::<T>::NotPledged);
		Self::deposit_event(Event::PledgeReleased { lot });
		Ok(())
	}

	fn is_pledged(lot: LotId) -> bool {
		Pledged::<T>::contains_key(lot)
	}
}
