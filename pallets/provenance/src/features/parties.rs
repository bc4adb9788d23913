//! Parties and issuers: roles and accreditations, granted by governance.

use crate::{pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, traits::Get};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_grant_roles(
		who: T::AccountId,
		granted: Roles,
		jurisdiction: CountryCode,
	) -> DispatchResult {
		ensure!(!granted.is_empty(), Error::<T>::InvalidRoles);
		ensure!(jurisdiction.is_valid(), Error::<T>::InvalidCountryCode);
		let roles =
			Parties::<T>::get(&who).map(|party| party.roles).unwrap_or_default().union(granted);
		Parties::<T>::insert(&who, Party { roles, jurisdiction });
		Self::deposit_event(Event::RolesGranted { who, granted, roles, jurisdiction });
		Ok(())
	}

	pub(crate) fn do_revoke_roles(who: T::AccountId, revoked: Roles) -> DispatchResult {
		ensure!(!revoked.is_empty(), Error::<T>::InvalidRoles);
		let mut party = Parties::<T>::get(&who).ok_or(Error::<T>::NotAParty)?;
		party.roles = party.roles.difference(revoked);
		if party.roles.is_empty() {
			Parties::<T>::remove(&who);
		} else {
			Parties::<T>::insert(&who, party);
		}
		Self::deposit_event(Event::RolesRevoked { who, revoked, roles: party.roles });
		Ok(())
	}

	/// Accredits (or re-accredits) an issuer; returns the claim-queue steps taken.
	pub(crate) fn do_accredit_issuer(
		issuer: T::AccountId,
		schemes: Schemes,
	) -> Result<u32, DispatchError> {
		ensure!(!schemes.is_empty(), Error::<T>::InvalidSchemes);
		Issuers::<T>::insert(&issuer, schemes);
		Self::deposit_event(Event::IssuerAccredited { issuer: issuer.clone(), schemes });
		Ok(Self::recompute_issuer(issuer))
	}

	/// Withdraws an accreditation; returns the claim-queue steps taken.
	pub(crate) fn do_withdraw_accreditation(issuer: T::AccountId) -> Result<u32, DispatchError> {
		ensure!(Issuers::<T>::contains_key(&issuer), Error::<T>::IssuerNotFound);
		Issuers::<T>::remove(&issuer);
		Self::deposit_event(Event::AccreditationWithdrawn { issuer: issuer.clone() });
		Ok(Self::recompute_issuer(issuer))
	}

	/// Queues the claims an issuer's attestations support and takes the first steps.
	fn recompute_issuer(issuer: T::AccountId) -> u32 {
		if IssuerAttestationCount::<T>::get(&issuer) == 0 {
			return 0;
		}
		Self::enqueue(ClaimWork::Issuer { issuer, next: 0 });
		Self::process_claim_work(T::MaxDowngradesPerBlock::get())
	}

	/// Whether `issuer` is accredited for `scheme` now.
	pub(crate) fn is_accredited(issuer: &T::AccountId, scheme: Scheme) -> bool {
		Issuers::<T>::get(issuer).is_some_and(|schemes| schemes.contains(scheme))
	}
}
