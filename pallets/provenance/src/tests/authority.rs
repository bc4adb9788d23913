//! Who may undo what: suspensions belong to whoever set them, accreditation is checked where it
//! is used, and regulators supervise in their own name without governing.

use crate::{mock::*, types::*, Attestations, Error, Event, Issuers, Parties, Quarantines};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

/// A mine attested by `ISSUER` (RMAP) with a certified cobalt lot on it.
fn certified_mine() -> (FacilityId, AttestationId, LotId) {
	let mine = facility(MINER_A, FacilityKind::Mine);
	let attestation = certify(mine);
	let lot = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
	assert_eq!(crate::Lots::<Test>::get(lot).map(|lot| lot.claim()), Some(Claim::Segregated));
	(mine, attestation, lot)
}

#[test]
fn an_issuer_cannot_reinstate_what_governance_suspended() {
	new_test_ext(|| {
		let (_, id, lot_id) = certified_mine();
		assert_ok!(Provenance::suspend_attestation(root(), id));
		assert_eq!(
			Attestations::<Test>::get(id).and_then(|a| a.suspended_by),
			Some(Actor::Governance)
		);
		assert_noop!(
			Provenance::reinstate_attestation(signed(ISSUER), id),
			Error::<Test>::SuspendedByHigherAuthority
		);
		assert_noop!(
			Provenance::reinstate_attestation(signed(REGULATOR), id),
			Error::<Test>::SuspendedByHigherAuthority
		);
		assert_eq!(lot(lot_id).claim(), Claim::Unverified);
		assert_ok!(Provenance::reinstate_attestation(root(), id));
		assert_eq!(lot(lot_id).claim(), Claim::Segregated);
		assert_eq!(Attestations::<Test>::get(id).and_then(|a| a.suspended_by), None);
	});
}

#[test]
fn a_regulators_suspension_is_lifted_by_a_regulator_or_governance_not_the_issuer() {
	new_test_ext(|| {
		let (_, id, lot_id) = certified_mine();
		assert_ok!(Provenance::suspend_attestation(signed(REGULATOR), id));
		assert_eq!(
			last_event_of_kind(|event| matches!(event, Event::AttestationSuspended { .. })),
			Event::AttestationSuspended { attestation: id, by: Actor::Regulator(REGULATOR) }
		);
		assert_noop!(
			Provenance::reinstate_attestation(signed(ISSUER), id),
			Error::<Test>::SuspendedByHigherAuthority
		);
		// Another regulator may: regulators act for one authority.
		assert_ok!(Provenance::reinstate_attestation(signed(REGULATOR_2), id));
		assert_eq!(lot(lot_id).claim(), Claim::Segregated);

		// The issuer's own suspension is the issuer's (or anyone above) to undo.
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), id));
		assert_ok!(Provenance::reinstate_attestation(signed(ISSUER), id));
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), id));
		assert_ok!(Provenance::reinstate_attestation(signed(REGULATOR), id));
	});
}

#[test]
fn a_regulator_cannot_revoke_an_attestation_it_did_not_issue() {
	new_test_ext(|| {
		let (_, id, _) = certified_mine();
		assert_noop!(
			Provenance::revoke_attestation(signed(REGULATOR), id),
			Error::<Test>::NotAttestationIssuer
		);
	});
}

#[test]
fn a_withdrawn_issuer_no_longer_certifies_new_lots() {
	new_test_ext(|| {
		let (mine, _, _) = certified_mine();
		assert_ok!(Provenance::withdraw_accreditation(root(), ISSUER));
		let fresh = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_eq!(lot(fresh).claim(), Claim::Unverified);
		assert_eq!(lot(fresh).origin, LotOrigin::Mined { mine, certified_by: None });
	});
}

#[test]
fn withdrawing_an_accreditation_downgrades_the_claims_it_supported_and_reaccrediting_restores_them()
{
	new_test_ext(|| {
		let (mine, _, first) = certified_mine();
		let trade = facility(TRADER, FacilityKind::Trader);
		let second = mined(MINER_A, mine, Commodity::Cobalt, 2_000, 100_000);
		deliver(second, TRADER, trade);
		assert_ok!(Provenance::split(signed(TRADER), second, vec![500, 1_500]));
		let pieces = lot(second).children.to_vec();

		assert_ok!(Provenance::withdraw_accreditation(root(), ISSUER));
		drain_claim_queue();
		for id in [first, second].into_iter().chain(pieces.iter().copied()) {
			assert_eq!(lot(id).claim(), Claim::Unverified, "lot {id}");
		}
		assert!(provenance_events()
			.iter()
			.any(|event| matches!(event, Event::ClaimDowngraded { lot, .. } if *lot == pieces[0])));

		assert_ok!(Provenance::accredit_issuer(root(), ISSUER, Schemes::only(Scheme::Rmap)));
		drain_claim_queue();
		for id in [first, second].into_iter().chain(pieces) {
			assert_eq!(lot(id).claim(), Claim::Segregated, "lot {id}");
		}
	});
}

#[test]
fn narrowing_an_accreditation_downgrades_attestations_of_the_schemes_it_drops() {
	new_test_ext(|| {
		let (_, _, id) = certified_mine();
		// ISSUER keeps ITSCI but loses RMAP, the scheme of its attestation.
		assert_ok!(Provenance::accredit_issuer(root(), ISSUER, Schemes::only(Scheme::Itsci)));
		drain_claim_queue();
		assert_eq!(lot(id).claim(), Claim::Unverified);
	});
}

#[test]
fn a_regulator_supervises_but_does_not_govern() {
	new_test_ext(|| {
		let congo = CountryCode(*b"CD");
		assert_noop!(
			Provenance::accredit_issuer(signed(REGULATOR), STRANGER, Schemes::ALL),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Provenance::withdraw_accreditation(signed(REGULATOR), ISSUER),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Provenance::grant_roles(signed(REGULATOR), STRANGER, Roles::OPERATOR, congo),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Provenance::revoke_roles(signed(REGULATOR), MINER_A, Roles::OPERATOR),
			DispatchError::BadOrigin
		);
		assert!(Issuers::<Test>::get(STRANGER).is_none());
		assert!(Parties::<Test>::get(STRANGER).is_none());

		let (_, _, id) = certified_mine();
		assert_noop!(Provenance::lift_recall(signed(REGULATOR), id), DispatchError::BadOrigin);
		assert_ok!(Provenance::quarantine(signed(REGULATOR), id, hash(3)));
		assert_eq!(
			last_event(),
			Event::LotQuarantined { lot: id, by: Actor::Regulator(REGULATOR), reason: hash(3) }
		);
		assert_ok!(Provenance::release(signed(REGULATOR_2), id));
		assert_eq!(last_event(), Event::LotReleased { lot: id, by: Actor::Regulator(REGULATOR_2) });
		assert_ok!(Provenance::recall(signed(REGULATOR), id, hash(4)));
		assert_eq!(
			last_event_of_kind(|event| matches!(event, Event::LotRecalled { .. })),
			Event::LotRecalled { lot: id, by: Actor::Regulator(REGULATOR), reason: hash(4) }
		);
	});
}

#[test]
fn a_regulator_cannot_release_what_governance_quarantined() {
	new_test_ext(|| {
		let (_, _, id) = certified_mine();
		assert_ok!(Provenance::quarantine(root(), id, hash(3)));
		assert_eq!(Quarantines::<Test>::get(id), Some(Actor::Governance));
		assert_noop!(
			Provenance::release(signed(REGULATOR), id),
			Error::<Test>::QuarantinedByHigherAuthority
		);
		assert_noop!(Provenance::release(signed(ISSUER), id), DispatchError::BadOrigin);
		assert_ok!(Provenance::release(root(), id));
		assert_eq!(Quarantines::<Test>::get(id), None);
	});
}

#[test]
fn one_issuer_cannot_fill_a_subjects_attestation_slots() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		// The mock allows 3 attestations per subject, 2 in force per issuer.
		certify(mine);
		certify(mine);
		let now = System::block_number();
		let attest = |issuer| {
			Provenance::attest(
				signed(issuer),
				Subject::Facility(mine),
				Scheme::Rmap,
				b"RMAP-0002".to_vec(),
				now,
				now + 10,
				hash(2),
			)
		};
		assert_noop!(attest(ISSUER), Error::<Test>::TooManyAttestationsFromIssuer);
		assert_ok!(attest(ISSUER_2));
		// A revoked attestation no longer counts against its issuer's slots, and makes room.
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), 0));
		assert_ok!(attest(ISSUER));
		// All three slots in force: nobody else gets in.
		assert_noop!(attest(ISSUER_2), Error::<Test>::TooManyAttestations);
	});
}
