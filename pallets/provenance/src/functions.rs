//! Helpers every feature shares: origins, roles, access to lots and facilities, and weights. The
//! calls' logic lives in `features/`, one file per concern.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::*;
use sp_runtime::ArithmeticError;

/// Who called: an authority (governance or a regulator) or a plain signed account, whose right
/// to act the call checks (issuer of the attestation, operator of the mine, …).
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Caller<AccountId> {
	/// Governance or a regulator.
	Authority(Actor<AccountId>),
	/// A signed account.
	Signed(AccountId),
}

impl<T: Config> Pallet<T> {
	// ----- origins -----

	/// Governance or a regulator; anything else is `BadOrigin`.
	pub(crate) fn ensure_authority(origin: OriginFor<T>) -> Result<ActorOf<T>, DispatchError> {
		match Self::authority_or_signed(origin)? {
			Caller::Authority(actor) => Ok(actor),
			Caller::Signed(_) => Err(DispatchError::BadOrigin),
		}
	}

	/// Governance, a regulator, or (as [`Caller::Signed`]) any other signed account.
	pub(crate) fn authority_or_signed(
		origin: OriginFor<T>,
	) -> Result<Caller<T::AccountId>, DispatchError> {
		let origin = match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => return Ok(Caller::Authority(Actor::Governance)),
			Err(origin) => origin,
		};
		match T::RegulatorOrigin::try_origin(origin) {
			Ok(regulator) => Ok(Caller::Authority(Actor::Regulator(regulator))),
			Err(origin) => Ok(Caller::Signed(ensure_signed(origin)?)),
		}
	}

	/// Governance, or (as [`Caller::Signed`]) any signed account, regulators included.
	pub(crate) fn governance_or_signed(
		origin: OriginFor<T>,
	) -> Result<Caller<T::AccountId>, DispatchError> {
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Ok(Caller::Authority(Actor::Governance)),
			Err(origin) => Ok(Caller::Signed(ensure_signed(origin)?)),
		}
	}

	// ----- parties -----

	/// Fails unless `who` is a party holding `role`.
	pub(crate) fn ensure_role(who: &T::AccountId, role: Roles) -> DispatchResult {
		let party = Parties::<T>::get(who).ok_or(Error::<T>::NotAParty)?;
		ensure!(party.roles.contains(role), Error::<T>::MissingRole);
		Ok(())
	}

	// ----- facilities -----

	/// The facility, provided it is active and operated by `who`.
	pub(crate) fn active_facility_of(
		who: &T::AccountId,
		facility: FacilityId,
	) -> Result<FacilityOf<T>, DispatchError> {
		let record = Facilities::<T>::get(facility).ok_or(Error::<T>::FacilityNotFound)?;
		ensure!(record.operator == *who, Error::<T>::NotFacilityOperator);
		ensure!(record.active, Error::<T>::FacilityInactive);
		Ok(record)
	}

	// ----- lots -----

	/// Holds the deposits of the next `count` lots from `who`, whose ids `next_lot_id` then
	/// hands out; returns the first.
	pub(crate) fn reserve_lots(who: &T::AccountId, count: usize) -> Result<LotId, DispatchError> {
		let first = NextLotId::<T>::get();
		let count = u64::try_from(count).map_err(|_| ArithmeticError::Overflow)?;
		let end = first.checked_add(count).ok_or(ArithmeticError::Overflow)?;
		let items: alloc::vec::Vec<DepositItem> = (first..end).map(DepositItem::Lot).collect();
		Self::hold_deposits(who, &items)?;
		Ok(first)
	}

	/// Releases what a consumed lot held: its deposit, and its last observation with its
	/// deposit (the observation stays in the events).
	pub(crate) fn release_consumed(lot: LotId) {
		Self::release_deposit(DepositItem::Lot(lot));
		Self::release_deposit(DepositItem::Observation(lot));
		LastObservation::<T>::remove(lot);
	}

	/// Takes the next lot id.
	pub(crate) fn next_lot_id() -> Result<LotId, DispatchError> {
		let id = NextLotId::<T>::get();
		NextLotId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		Ok(id)
	}

	/// Stores a new lot and indexes it under its custodian and its owner.
	pub(crate) fn store_new_lot(lot: LotOf<T>) {
		LotsByCustodian::<T>::insert(&lot.custodian, lot.id, ());
		LotsByOwner::<T>::insert(&lot.owner, lot.id, ());
		Lots::<T>::insert(lot.id, lot);
	}

	/// Takes a lot being consumed out of its custodian's and owner's holdings.
	pub(crate) fn unindex_lot(lot: &LotOf<T>) {
		LotsByCustodian::<T>::remove(&lot.custodian, lot.id);
		LotsByOwner::<T>::remove(&lot.owner, lot.id);
	}

	/// The lot, provided `who` is its custodian and still holds the operator role: a party
	/// whose role was revoked no longer handles lots.
	pub(crate) fn lot_of_custodian(
		who: &T::AccountId,
		lot: LotId,
	) -> Result<LotOf<T>, DispatchError> {
		let lot = Lots::<T>::get(lot).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.custodian == *who, Error::<T>::NotCustodian);
		Self::ensure_role(who, Roles::OPERATOR)?;
		Ok(lot)
	}

	/// Fails unless the lot is active: consumed and recalled lots are frozen, lots in transit or
	/// in quarantine wait.
	pub(crate) fn ensure_active(lot: &LotOf<T>) -> DispatchResult {
		match lot.status {
			LotStatus::Active => Ok(()),
			LotStatus::Consumed | LotStatus::Recalled => Err(Error::<T>::LotFrozen.into()),
			LotStatus::InTransit | LotStatus::Quarantined => Err(Error::<T>::LotNotActive.into()),
		}
	}

	/// Fails when `quantity` is zero or above the bound of `unit`.
	pub(crate) fn ensure_quantity(quantity: u128, unit: Unit) -> DispatchResult {
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		let bound = match unit {
			Unit::Milligram => T::MaxMilligrams::get(),
			Unit::CentiCarat => T::MaxCentiCarats::get(),
		};
		ensure!(quantity <= bound, Error::<T>::QuantityTooLarge);
		Ok(())
	}

	// ----- weights -----

	/// A list length as a benchmark parameter, capped at its bound.
	pub(crate) fn weight_len(len: usize, max: u32) -> u32 {
		u32::try_from(len).unwrap_or(u32::MAX).min(max)
	}

	/// Weight of `steps` claim recomputations.
	pub(crate) fn claim_steps_weight(steps: u32) -> Weight {
		use crate::weights::WeightInfo;
		T::WeightInfo::recompute_claim().saturating_mul(u64::from(steps))
	}

	/// Weight of the claim recomputations a downgrading call takes at most.
	pub(crate) fn claim_work_weight() -> Weight {
		Self::claim_steps_weight(T::MaxDowngradesPerBlock::get())
	}
}
