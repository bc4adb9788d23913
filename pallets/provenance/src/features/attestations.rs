//! Attestations: issued by accredited issuers about facilities and lots; suspended, reinstated
//! and revoked by the issuer, regulators and governance.
//!
//! An attestation certifies material only while it is *in force*: its status is `Valid`, its
//! issuer is accredited for its scheme now, and its scheme covers the commodity
//! ([`Config::SchemeCoverage`]). Lots certified by it are recomputed when any of these changes.

use crate::{functions::Caller, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, traits::Get, BoundedVec};
use frame_system::pallet_prelude::*;
use sp_core::H256;
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_attest(
		issuer: T::AccountId,
		subject: Subject,
		scheme: Scheme,
		certificate_id: Vec<u8>,
		valid_from: BlockNumberFor<T>,
		valid_until: BlockNumberFor<T>,
		document_hash: H256,
	) -> Result<AttestationId, DispatchError> {
		ensure!(Self::is_accredited(&issuer, scheme), Error::<T>::IssuerNotAccredited);
		ensure!(!certificate_id.is_empty(), Error::<T>::EmptyCertificateId);
		let certificate_id: BoundedVec<u8, T::MaxCertificateIdLen> =
			BoundedVec::try_from(certificate_id).map_err(|_| Error::<T>::CertificateIdTooLong)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(valid_from <= valid_until && now <= valid_until, Error::<T>::InvalidValidityWindow);

		let id = NextAttestationId::<T>::get();
		let next_id = id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		let mut list = match subject {
			Subject::Facility(facility) => {
				let record = Facilities::<T>::get(facility).ok_or(Error::<T>::FacilityNotFound)?;
				ensure!(record.active, Error::<T>::FacilityInactive);
				FacilityAttestations::<T>::get(facility)
			},
			Subject::Lot(lot) => {
				let record = Lots::<T>::get(lot).ok_or(Error::<T>::LotNotFound)?;
				ensure!(
					T::SchemeCoverage::covers(scheme, record.commodity),
					Error::<T>::SchemeNotForCommodity
				);
				LotAttestations::<T>::get(lot)
			},
		};
		let spent = |old: &AttestationOf<T>| {
			old.status == AttestationStatus::Revoked || old.valid_until < now
		};
		let from_issuer = list
			.iter()
			.filter_map(Attestations::<T>::get)
			.filter(|old| old.issuer == issuer && !spent(old))
			.count();
		ensure!(
			from_issuer < T::MaxAttestationsPerIssuer::get() as usize,
			Error::<T>::TooManyAttestationsFromIssuer
		);
		let mut evicted = None;
		if list.is_full() {
			// A revoked or expired attestation makes room; its record stays in `Attestations`.
			let position =
				list.iter().position(|old| Attestations::<T>::get(old).is_none_or(|a| spent(&a)));
			if let Some(position) = position {
				evicted = Some(list.remove(position));
			}
		}
		list.try_push(id).map_err(|_| Error::<T>::TooManyAttestations)?;
		let index = IssuerAttestationCount::<T>::get(&issuer);
		let next_index = index.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		Self::hold_deposit(&issuer, DepositItem::Attestation(id))?;
		if let Some(old) = evicted {
			Self::release_deposit(DepositItem::Attestation(old));
		}
		match subject {
			Subject::Facility(facility) => FacilityAttestations::<T>::insert(facility, list),
			Subject::Lot(lot) => LotAttestations::<T>::insert(lot, list),
		}
		NextAttestationId::<T>::put(next_id);
		IssuerAttestations::<T>::insert(&issuer, index, id);
		IssuerAttestationCount::<T>::insert(&issuer, next_index);
		Attestations::<T>::insert(
			id,
			Attestation {
				issuer: issuer.clone(),
				subject,
				scheme,
				certificate_id: certificate_id.clone(),
				valid_from,
				valid_until,
				document_hash,
				status: AttestationStatus::Valid,
				issued_at: now,
				suspended_by: None,
			},
		);
		Self::deposit_event(Event::AttestationIssued {
			attestation: id,
			issuer,
			subject,
			scheme,
			certificate_id,
			valid_from,
			valid_until,
			document_hash,
		});
		Ok(id)
	}

	/// Whether attestation `id` certifies material of `commodity` now: `Valid`, its issuer
	/// accredited for its scheme, its scheme covering the commodity. (Its validity window
	/// matters when the material is certified, at lot creation or processing, not afterwards.)
	pub(crate) fn attestation_in_force(id: AttestationId, commodity: Commodity) -> bool {
		Attestations::<T>::get(id).is_some_and(|attestation| {
			attestation.status == AttestationStatus::Valid
				&& Self::is_accredited(&attestation.issuer, attestation.scheme)
				&& T::SchemeCoverage::covers(attestation.scheme, commodity)
		})
	}

	/// The first attestation of `facility` in force for `commodity` and within its window at
	/// `now`, if any.
	pub(crate) fn valid_attestation_of(
		facility: FacilityId,
		commodity: Commodity,
		now: &BlockNumberFor<T>,
	) -> Option<AttestationId> {
		FacilityAttestations::<T>::get(facility).into_iter().find(|id| {
			Attestations::<T>::get(id).is_some_and(|attestation| attestation.is_valid_at(now))
				&& Self::attestation_in_force(*id, commodity)
		})
	}

	/// Records that `attestation` certified `lot`, so that a change of the attestation
	/// recomputes it.
	pub(crate) fn register_certified(attestation: AttestationId, lot: LotId) -> DispatchResult {
		let index = CertifiedLotCount::<T>::get(attestation);
		CertifiedLots::<T>::insert(attestation, index, lot);
		CertifiedLotCount::<T>::insert(
			attestation,
			index.checked_add(1).ok_or(ArithmeticError::Overflow)?,
		);
		Ok(())
	}

	/// The attestation and the actor `by` acts as: a signed caller must be its issuer.
	fn attestation_for(
		by: Caller<T::AccountId>,
		id: AttestationId,
	) -> Result<(AttestationOf<T>, ActorOf<T>), DispatchError> {
		let attestation = Attestations::<T>::get(id).ok_or(Error::<T>::AttestationNotFound)?;
		let actor = match by {
			Caller::Authority(actor) => actor,
			Caller::Signed(who) => {
				ensure!(attestation.issuer == who, Error::<T>::NotAttestationIssuer);
				Actor::Issuer(who)
			},
		};
		Ok((attestation, actor))
	}

	/// Stores the attestation, queues the lots it certified for recomputation and takes the
	/// first steps; returns the steps taken.
	fn store_and_recompute(id: AttestationId, attestation: AttestationOf<T>) -> u32 {
		Attestations::<T>::insert(id, attestation);
		if CertifiedLotCount::<T>::get(id) == 0 {
			return 0;
		}
		Self::enqueue(ClaimWork::Attestation { attestation: id, next: 0 });
		Self::process_claim_work(T::MaxDowngradesPerBlock::get())
	}

	pub(crate) fn do_suspend_attestation(
		by: Caller<T::AccountId>,
		id: AttestationId,
	) -> Result<u32, DispatchError> {
		let (mut attestation, by) = Self::attestation_for(by, id)?;
		ensure!(attestation.status == AttestationStatus::Valid, Error::<T>::AttestationNotValid);
		attestation.status = AttestationStatus::Suspended;
		attestation.suspended_by = Some(by.clone());
		Self::deposit_event(Event::AttestationSuspended { attestation: id, by });
		Ok(Self::store_and_recompute(id, attestation))
	}

	pub(crate) fn do_reinstate_attestation(
		by: Caller<T::AccountId>,
		id: AttestationId,
	) -> Result<u32, DispatchError> {
		let (mut attestation, by) = Self::attestation_for(by, id)?;
		ensure!(
			attestation.status == AttestationStatus::Suspended,
			Error::<T>::AttestationNotSuspended
		);
		let suspender_rank = attestation.suspended_by.as_ref().map_or(0, Actor::rank);
		ensure!(by.rank() >= suspender_rank, Error::<T>::SuspendedByHigherAuthority);
		attestation.status = AttestationStatus::Valid;
		attestation.suspended_by = None;
		Self::deposit_event(Event::AttestationReinstated { attestation: id, by });
		Ok(Self::store_and_recompute(id, attestation))
	}

	pub(crate) fn do_revoke_attestation(
		by: Caller<T::AccountId>,
		id: AttestationId,
	) -> Result<u32, DispatchError> {
		let (mut attestation, by) = Self::attestation_for(by, id)?;
		ensure!(attestation.status != AttestationStatus::Revoked, Error::<T>::AlreadyRevoked);
		let was_valid = attestation.status == AttestationStatus::Valid;
		attestation.status = AttestationStatus::Revoked;
		attestation.suspended_by = None;
		Self::release_deposit(DepositItem::Attestation(id));
		Self::deposit_event(Event::AttestationRevoked { attestation: id, by });
		if was_valid {
			Ok(Self::store_and_recompute(id, attestation))
		} else {
			// A suspended attestation's lots are already downgraded.
			Attestations::<T>::insert(id, attestation);
			Ok(0)
		}
	}
}
