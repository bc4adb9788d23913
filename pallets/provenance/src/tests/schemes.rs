//! Schemes fit commodities, and smelters and refiners need chain of custody.

use crate::{mock::*, types::*, Error};
use frame_support::{assert_noop, assert_ok};

/// Attests `facility` under `scheme` by `ISSUER_2` (accredited for every scheme).
fn attest_facility(facility: FacilityId, scheme: Scheme) -> AttestationId {
	let now = System::block_number();
	assert_ok!(Provenance::attest(
		signed(ISSUER_2),
		Subject::Facility(facility),
		scheme,
		b"CERT-1".to_vec(),
		now,
		now + 1_000,
		hash(7),
	));
	crate::NextAttestationId::<Test>::get() - 1
}

#[test]
fn a_kimberley_process_attestation_certifies_diamonds_not_cobalt() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let kp = attest_facility(mine, Scheme::Kp);
		let cobalt = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_eq!(lot(cobalt).claim(), Claim::Unverified);
		assert_eq!(lot(cobalt).origin, LotOrigin::Mined { mine, certified_by: None });
		let stones = mined(MINER_A, mine, Commodity::Diamond, 500, 1_000_000);
		assert_eq!(lot(stones).claim(), Claim::Segregated);
		assert_eq!(lot(stones).origin, LotOrigin::Mined { mine, certified_by: Some(kp) });
	});
}

#[test]
fn each_scheme_certifies_the_commodities_of_its_scope() {
	use Commodity::*;
	type Coverage = StandardCoverage<frame_support::traits::Everything>;
	let all = [Cobalt, Tin, Tantalum, Tungsten, Gold, Diamond];
	let scope =
		|scheme| all.into_iter().filter(|c| Coverage::covers(scheme, *c)).collect::<Vec<_>>();
	assert_eq!(scope(Scheme::Kp), vec![Diamond]);
	assert_eq!(scope(Scheme::Rmap), vec![Cobalt, Tin, Tantalum, Tungsten, Gold]);
	assert_eq!(scope(Scheme::Itsci), vec![Cobalt, Tin, Tantalum, Tungsten, Gold]);
	assert_eq!(scope(Scheme::Lbma), vec![Gold]);
	assert_eq!(scope(Scheme::Rjc), vec![Gold]);
	assert_eq!(scope(Scheme::Audit), all.to_vec());
	type NoAudit = StandardCoverage<frame_support::traits::Nothing>;
	assert!(!NoAudit::covers(Scheme::Audit, Gold));
}

#[test]
fn a_lot_attestation_of_a_scheme_outside_its_commodity_is_refused() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let cobalt = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		let now = System::block_number();
		let attest = |scheme| {
			Provenance::attest(
				signed(ISSUER_2),
				Subject::Lot(cobalt),
				scheme,
				b"CERT".to_vec(),
				now,
				now + 10,
				hash(1),
			)
		};
		assert_noop!(attest(Scheme::Kp), Error::<Test>::SchemeNotForCommodity);
		assert_noop!(attest(Scheme::Lbma), Error::<Test>::SchemeNotForCommodity);
		assert_ok!(attest(Scheme::Rmap));
	});
}

/// A certified cobalt concentrate delivered to a smelter, smelted into metal.
fn smelt_certified_ore(smelter_scheme: Option<Scheme>) -> (FacilityId, LotId) {
	let mine = facility(MINER_A, FacilityKind::Mine);
	certify(mine);
	let smelter = facility(SMELTER, FacilityKind::Smelter);
	if let Some(scheme) = smelter_scheme {
		attest_facility(smelter, scheme);
	}
	let ore = mined(MINER_A, mine, Commodity::Cobalt, 1_000_000, 100_000);
	deliver(ore, SMELTER, smelter);
	assert_ok!(Provenance::transform(
		signed(SMELTER),
		vec![ore],
		vec![OutputSpec { quantity: 98_000, grade_ppm: 1_000_000 }],
		ProcessKind::Smelting,
		2_000,
	));
	(smelter, lot(ore).children[0])
}

#[test]
fn metal_from_a_smelter_without_chain_of_custody_is_not_segregated() {
	new_test_ext(|| {
		let (_, metal) = smelt_certified_ore(None);
		assert_eq!(lot(metal).claim(), Claim::MassBalance(10_000));
		assert!(matches!(lot(metal).origin, LotOrigin::Transformed { custody: None, .. }));
	});
}

#[test]
fn a_smelters_attestation_of_another_commodity_is_no_chain_of_custody() {
	new_test_ext(|| {
		let (_, metal) = smelt_certified_ore(Some(Scheme::Kp));
		assert_eq!(lot(metal).claim(), Claim::MassBalance(10_000));
	});
}

#[test]
fn metal_from_an_rmap_smelter_is_segregated_until_its_attestation_is_suspended() {
	new_test_ext(|| {
		let (smelter, metal) = smelt_certified_ore(Some(Scheme::Rmap));
		let custody = crate::FacilityAttestations::<Test>::get(smelter)[0];
		assert_eq!(
			lot(metal).origin,
			LotOrigin::Transformed {
				process: ProcessKind::Smelting,
				declared_loss: 2_000,
				custody: Some(custody),
			}
		);
		assert_eq!(lot(metal).claim(), Claim::Segregated);
		// Refining the metal at the same smelter keeps it segregated.
		assert_ok!(Provenance::transform(
			signed(SMELTER),
			vec![metal],
			vec![OutputSpec { quantity: 97_000, grade_ppm: 1_000_000 }],
			ProcessKind::Refining,
			1_000,
		));
		let refined = lot(metal).children[0];
		assert_eq!(lot(refined).claim(), Claim::Segregated);

		assert_ok!(Provenance::suspend_attestation(signed(REGULATOR), custody));
		drain_claim_queue();
		assert_eq!(lot(metal).claim(), Claim::MassBalance(10_000));
		assert_eq!(lot(refined).claim(), Claim::MassBalance(10_000));
		assert_ok!(Provenance::reinstate_attestation(root(), custody));
		drain_claim_queue();
		assert_eq!(lot(refined).claim(), Claim::Segregated);
	});
}

#[test]
fn concentration_and_manufacturing_need_no_chain_of_custody() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let ore = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::transform(
			signed(MINER_A),
			vec![ore],
			vec![OutputSpec { quantity: 600, grade_ppm: 700_000 }],
			ProcessKind::Concentration,
			80,
		));
		assert_eq!(lot(lot(ore).children[0]).claim(), Claim::Segregated);
	});
}
