//! Accreditation and the life of attestations: issue, suspend, reinstate, revoke.

use crate::{
	mock::*, types::*, Attestations, Error, Event, FacilityAttestations, Issuers, LotAttestations,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn attest(
	issuer: AccountId,
	subject: Subject,
	scheme: Scheme,
	certificate_id: &[u8],
	valid_from: u64,
	valid_until: u64,
) -> sp_runtime::DispatchResult {
	Provenance::attest(
		signed(issuer),
		subject,
		scheme,
		certificate_id.to_vec(),
		valid_from,
		valid_until,
		hash(3),
	)
}

#[test]
fn governance_accredits_and_withdraws_issuers() {
	new_test_ext(|| {
		let kp = Schemes::only(Scheme::Kp);
		assert_ok!(Provenance::accredit_issuer(root(), STRANGER, kp));
		assert_eq!(Issuers::<Test>::get(STRANGER), Some(kp));
		assert_eq!(last_event(), Event::IssuerAccredited { issuer: STRANGER, schemes: kp });

		assert_ok!(Provenance::withdraw_accreditation(root(), STRANGER));
		assert_eq!(Issuers::<Test>::get(STRANGER), None);
		assert_eq!(last_event(), Event::AccreditationWithdrawn { issuer: STRANGER });
		assert_noop!(
			Provenance::withdraw_accreditation(root(), STRANGER),
			Error::<Test>::IssuerNotFound
		);
		assert_noop!(
			Provenance::accredit_issuer(root(), STRANGER, Schemes::default()),
			Error::<Test>::InvalidSchemes
		);
	});
}

#[test]
fn accredited_issuer_attests_a_facility_and_a_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(attest(ISSUER, Subject::Facility(mine), Scheme::Rmap, b"RMAP-7", 1, 500));
		assert_eq!(
			last_event(),
			Event::AttestationIssued {
				attestation: 0,
				issuer: ISSUER,
				subject: Subject::Facility(mine),
				scheme: Scheme::Rmap,
				certificate_id: b"RMAP-7".to_vec().try_into().expect("fits"),
				valid_from: 1,
				valid_until: 500,
				document_hash: hash(3),
			}
		);
		let stored = Attestations::<Test>::get(0).expect("attestation 0");
		assert_eq!(stored.issuer, ISSUER);
		assert_eq!(stored.status, AttestationStatus::Valid);
		assert_eq!(stored.issued_at, 1);
		assert_eq!(FacilityAttestations::<Test>::get(mine).to_vec(), vec![0]);

		assert_ok!(attest(ISSUER, Subject::Lot(id), Scheme::Itsci, b"ITSCI-1", 1, 50));
		assert_eq!(LotAttestations::<Test>::get(id).to_vec(), vec![1]);
		assert_eq!(Provenance::lot_info(id).map(|info| info.attestations), Some(vec![1]));
	});
}

#[test]
fn only_issuers_accredited_for_the_scheme_attest() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let subject = Subject::Facility(mine);
		assert_noop!(
			attest(STRANGER, subject, Scheme::Rmap, b"X", 1, 5),
			Error::<Test>::IssuerNotAccredited
		);
		assert_noop!(
			attest(ISSUER, subject, Scheme::Kp, b"X", 1, 5),
			Error::<Test>::IssuerNotAccredited
		);
		assert_ok!(Provenance::withdraw_accreditation(root(), ISSUER));
		assert_noop!(
			attest(ISSUER, subject, Scheme::Rmap, b"X", 1, 5),
			Error::<Test>::IssuerNotAccredited
		);
		assert_ok!(attest(ISSUER_2, subject, Scheme::Kp, b"KP-1", 1, 5));
	});
}

#[test]
fn attestation_fields_are_validated() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let subject = Subject::Facility(mine);
		System::set_block_number(10);
		assert_noop!(
			attest(ISSUER, subject, Scheme::Rmap, b"", 10, 20),
			Error::<Test>::EmptyCertificateId
		);
		assert_noop!(
			attest(ISSUER, subject, Scheme::Rmap, &[b'1'; 17], 10, 20),
			Error::<Test>::CertificateIdTooLong
		);
		assert_noop!(
			attest(ISSUER, subject, Scheme::Rmap, b"X", 21, 20),
			Error::<Test>::InvalidValidityWindow
		);
		// A window already over.
		assert_noop!(
			attest(ISSUER, subject, Scheme::Rmap, b"X", 1, 9),
			Error::<Test>::InvalidValidityWindow
		);
		assert_noop!(
			attest(ISSUER, Subject::Facility(9), Scheme::Rmap, b"X", 10, 20),
			Error::<Test>::FacilityNotFound
		);
		assert_noop!(
			attest(ISSUER, Subject::Lot(9), Scheme::Rmap, b"X", 10, 20),
			Error::<Test>::LotNotFound
		);
		// A window starting later is fine.
		assert_ok!(attest(ISSUER, subject, Scheme::Rmap, &[b'1'; 16], 30, 40));
	});
}

#[test]
fn attestations_per_subject_are_bounded() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		for subject in [Subject::Facility(mine), Subject::Lot(id)] {
			// Two from one issuer (its cap), one from another.
			for issuer in [ISSUER, ISSUER, ISSUER_2] {
				assert_ok!(attest(issuer, subject, Scheme::Rmap, b"R", 1, 9));
			}
			assert_noop!(
				attest(ISSUER_2, subject, Scheme::Rmap, b"R", 1, 9),
				Error::<Test>::TooManyAttestations
			);
		}
	});
}

#[test]
fn revoked_or_expired_attestations_make_room() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let subject = Subject::Facility(mine);
		assert_ok!(attest(ISSUER, subject, Scheme::Rmap, b"R0", 1, 5));
		assert_ok!(attest(ISSUER_2, subject, Scheme::Rmap, b"R1", 1, 100));
		assert_ok!(attest(ISSUER_2, subject, Scheme::Rmap, b"R2", 1, 100));
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER_2), 1));
		// Full: the revoked attestation 1 leaves.
		assert_ok!(attest(ISSUER, subject, Scheme::Rmap, b"R3", 1, 100));
		assert_eq!(FacilityAttestations::<Test>::get(mine).to_vec(), vec![0, 2, 3]);
		assert_noop!(
			attest(ISSUER_2, subject, Scheme::Rmap, b"R4", 1, 100),
			Error::<Test>::TooManyAttestations
		);
		// Past block 5, attestation 0 has expired and leaves.
		System::set_block_number(6);
		assert_ok!(attest(ISSUER_2, subject, Scheme::Rmap, b"R4", 6, 100));
		assert_eq!(FacilityAttestations::<Test>::get(mine).to_vec(), vec![2, 3, 4]);
		// The records stay.
		assert!(Attestations::<Test>::contains_key(0) && Attestations::<Test>::contains_key(1));
	});
}

#[test]
fn issuer_suspends_reinstates_and_revokes() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = certify(mine);
		let status = || Attestations::<Test>::get(id).map(|attestation| attestation.status);

		assert_noop!(
			Provenance::reinstate_attestation(signed(ISSUER), id),
			Error::<Test>::AttestationNotSuspended
		);
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), id));
		assert_eq!(status(), Some(AttestationStatus::Suspended));
		assert_eq!(
			last_event(),
			Event::AttestationSuspended { attestation: id, by: Actor::Issuer(ISSUER) }
		);
		assert_noop!(
			Provenance::suspend_attestation(signed(ISSUER), id),
			Error::<Test>::AttestationNotValid
		);

		assert_ok!(Provenance::reinstate_attestation(signed(ISSUER), id));
		assert_eq!(status(), Some(AttestationStatus::Valid));
		assert_eq!(
			last_event(),
			Event::AttestationReinstated { attestation: id, by: Actor::Issuer(ISSUER) }
		);

		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), id));
		assert_eq!(status(), Some(AttestationStatus::Revoked));
		assert_eq!(
			last_event(),
			Event::AttestationRevoked { attestation: id, by: Actor::Issuer(ISSUER) }
		);
		assert_noop!(
			Provenance::revoke_attestation(signed(ISSUER), id),
			Error::<Test>::AlreadyRevoked
		);
		assert_noop!(
			Provenance::suspend_attestation(signed(ISSUER), id),
			Error::<Test>::AttestationNotValid
		);
		assert_noop!(
			Provenance::reinstate_attestation(signed(ISSUER), id),
			Error::<Test>::AttestationNotSuspended
		);
	});
}

#[test]
fn only_the_issuer_or_governance_changes_an_attestation() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = certify(mine);
		assert_noop!(
			Provenance::suspend_attestation(signed(ISSUER_2), id),
			Error::<Test>::NotAttestationIssuer
		);
		assert_noop!(
			Provenance::revoke_attestation(signed(MINER_A), id),
			Error::<Test>::NotAttestationIssuer
		);
		assert_noop!(
			Provenance::reinstate_attestation(signed(ISSUER_2), id),
			Error::<Test>::NotAttestationIssuer
		);
		assert_noop!(
			Provenance::suspend_attestation(signed(ISSUER), 5),
			Error::<Test>::AttestationNotFound
		);
		assert_noop!(
			Provenance::revoke_attestation(RuntimeOrigin::none(), id),
			DispatchError::BadOrigin
		);
		assert_ok!(Provenance::suspend_attestation(root(), id));
		assert_eq!(
			last_event(),
			Event::AttestationSuspended { attestation: id, by: Actor::Governance }
		);
		assert_ok!(Provenance::reinstate_attestation(root(), id));
		assert_ok!(Provenance::revoke_attestation(root(), id));
		assert_eq!(
			last_event(),
			Event::AttestationRevoked { attestation: id, by: Actor::Governance }
		);
	});
}
