//! Facilities: registered, updated, handed over and deactivated by their operators.

use crate::{functions::Caller, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, BoundedVec};
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	/// Checks a facility's location and external ids.
	fn checked_location(
		country: CountryCode,
		latitude: i32,
		longitude: i32,
		rmi_id: Option<Vec<u8>>,
		gln: Option<Gln>,
	) -> Result<Option<BoundedVec<u8, T::MaxExternalIdLen>>, DispatchError> {
		ensure!(country.is_valid(), Error::<T>::InvalidCountryCode);
		ensure!(
			(-MAX_LATITUDE..=MAX_LATITUDE).contains(&latitude)
				&& (-MAX_LONGITUDE..=MAX_LONGITUDE).contains(&longitude),
			Error::<T>::InvalidCoordinates
		);
		let rmi_id = match rmi_id {
			Some(id) => {
				ensure!(!id.is_empty(), Error::<T>::InvalidExternalId);
				Some(BoundedVec::try_from(id).map_err(|_| Error::<T>::ExternalIdTooLong)?)
			},
			None => None,
		};
		if let Some(gln) = &gln {
			ensure!(gln.is_valid(), Error::<T>::InvalidGln);
		}
		Ok(rmi_id)
	}

	pub(crate) fn do_register_facility(
		operator: T::AccountId,
		kind: FacilityKind,
		country: CountryCode,
		latitude: i32,
		longitude: i32,
		rmi_id: Option<Vec<u8>>,
		gln: Option<Gln>,
	) -> Result<FacilityId, DispatchError> {
		Self::ensure_role(&operator, Roles::OPERATOR)?;
		let rmi_id = Self::checked_location(country, latitude, longitude, rmi_id, gln)?;

		let facility = NextFacilityId::<T>::get();
		let next = facility.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		Self::hold_deposit(&operator, DepositItem::Facility(facility))?;
		NextFacilityId::<T>::put(next);
		FacilitiesByOperator::<T>::insert(&operator, facility, ());
		Facilities::<T>::insert(
			facility,
			Facility {
				kind,
				country,
				latitude,
				longitude,
				rmi_id: rmi_id.clone(),
				gln,
				operator: operator.clone(),
				active: true,
			},
		);
		Self::deposit_event(Event::FacilityRegistered {
			facility,
			operator,
			kind,
			country,
			latitude,
			longitude,
			rmi_id,
			gln,
		});
		Ok(facility)
	}

	pub(crate) fn do_update_facility(
		who: T::AccountId,
		facility: FacilityId,
		country: CountryCode,
		latitude: i32,
		longitude: i32,
		rmi_id: Option<Vec<u8>>,
		gln: Option<Gln>,
	) -> DispatchResult {
		let mut record = Self::active_facility_of(&who, facility)?;
		Self::ensure_role(&who, Roles::OPERATOR)?;
		let rmi_id = Self::checked_location(country, latitude, longitude, rmi_id, gln)?;
		record.country = country;
		record.latitude = latitude;
		record.longitude = longitude;
		record.rmi_id = rmi_id.clone();
		record.gln = gln;
		Facilities::<T>::insert(facility, record);
		Self::deposit_event(Event::FacilityUpdated {
			facility,
			country,
			latitude,
			longitude,
			rmi_id,
			gln,
		});
		Ok(())
	}

	pub(crate) fn do_deactivate_facility(
		by: Caller<T::AccountId>,
		facility: FacilityId,
	) -> DispatchResult {
		let mut record = Facilities::<T>::get(facility).ok_or(Error::<T>::FacilityNotFound)?;
		let by = match by {
			Caller::Authority(actor) => actor,
			Caller::Signed(who) => {
				ensure!(record.operator == who, Error::<T>::NotFacilityOperator);
				Actor::Operator(who)
			},
		};
		ensure!(record.active, Error::<T>::FacilityInactive);
		record.active = false;
		Facilities::<T>::insert(facility, record);
		Self::release_deposit(DepositItem::Facility(facility));
		Self::deposit_event(Event::FacilityDeactivated { facility, by });
		Ok(())
	}

	pub(crate) fn do_transfer_facility(
		who: T::AccountId,
		facility: FacilityId,
		to: T::AccountId,
	) -> DispatchResult {
		let mut record = Self::active_facility_of(&who, facility)?;
		ensure!(to != who, Error::<T>::TransferToSelf);
		Self::ensure_role(&to, Roles::OPERATOR)?;
		FacilitiesByOperator::<T>::remove(&who, facility);
		FacilitiesByOperator::<T>::insert(&to, facility, ());
		record.operator = to.clone();
		Facilities::<T>::insert(facility, record);
		Self::deposit_event(Event::FacilityOperatorChanged { facility, from: who, to });
		Ok(())
	}
}
