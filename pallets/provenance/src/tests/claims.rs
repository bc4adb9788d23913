//! Derived claims: certification at creation, weighted shares, and downgrades through the
//! bounded recomputation queue.

use crate::{mock::*, types::*, CertifiedLotCount, Error, Event};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};

fn claim(id: LotId) -> Claim {
	lot(id).claim()
}

fn downgrades() -> Vec<(LotId, Claim, Claim)> {
	provenance_events()
		.into_iter()
		.filter_map(|event| match event {
			Event::ClaimDowngraded { lot, previous, current } => Some((lot, previous, current)),
			_ => None,
		})
		.collect()
}

fn upgrades() -> Vec<(LotId, Claim, Claim)> {
	provenance_events()
		.into_iter()
		.filter_map(|event| match event {
			Event::ClaimUpgraded { lot, previous, current } => Some((lot, previous, current)),
			_ => None,
		})
		.collect()
}

/// A certified mine lot followed by `length - 1` lossless concentrations at the mine, each
/// consuming the previous lot: ids 0..length, attestation 0.
fn certified_chain(length: u64) -> (FacilityId, AttestationId) {
	let mine = facility(MINER_A, FacilityKind::Mine);
	let attestation = certify(mine);
	let first = mined(MINER_A, mine, Commodity::Cobalt, 1_000_000, 100_000);
	// Each transform consumes lot `input` and creates lot `input + 1`.
	for input in first..first + length - 1 {
		assert_ok!(Provenance::transform(
			signed(MINER_A),
			vec![input],
			vec![OutputSpec { quantity: 1_000_000, grade_ppm: 100_000 }],
			ProcessKind::Concentration,
			0,
		));
	}
	(mine, attestation)
}

#[test]
fn a_lot_created_at_a_certified_mine_is_segregated() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		let id = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_eq!(claim(id), Claim::Segregated);
		assert_eq!(lot(id).certified_share_bps, 10_000);
		assert_eq!(lot(id).origin, LotOrigin::Mined { mine, certified_by: Some(attestation) });
		assert!(matches!(
			last_event(),
			Event::LotCreated { certified_by: Some(0), claim: Claim::Segregated, .. }
		));
		assert_eq!(CertifiedLotCount::<Test>::get(attestation), 1);
	});
}

#[test]
fn certification_needs_a_valid_attestation_at_creation() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let bare = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_eq!(claim(bare), Claim::Unverified);

		// Valid from block 5 to block 10.
		assert_ok!(Provenance::attest(
			signed(ISSUER),
			Subject::Facility(mine),
			Scheme::Itsci,
			b"ITSCI-9".to_vec(),
			5,
			10,
			hash(3),
		));
		let early = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_eq!(claim(early), Claim::Unverified);
		System::set_block_number(5);
		let within = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_eq!(claim(within), Claim::Segregated);
		System::set_block_number(11);
		let late = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_eq!(claim(late), Claim::Unverified);
		// The window mattered at creation only: the material was mined under the certificate.
		assert_eq!(claim(within), Claim::Segregated);
		assert_eq!(Provenance::claim_of(within), Some(Claim::Segregated));
	});
}

#[test]
fn a_suspended_attestation_certifies_nothing_new() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), attestation));
		let id = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_eq!(claim(id), Claim::Unverified);
		// A second, valid attestation does certify.
		let second = certify(mine);
		let next = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_eq!(lot(next).origin, LotOrigin::Mined { mine, certified_by: Some(second) });
	});
}

#[test]
fn split_pieces_inherit_the_claim() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let id = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_ok!(Provenance::split(signed(MINER_A), id, vec![1, 999]));
		assert_eq!((claim(1), claim(2)), (Claim::Segregated, Claim::Segregated));
		assert!(matches!(last_event(), Event::LotSplit { claim: Claim::Segregated, .. }));
	});
}

#[test]
fn merge_weighs_the_certified_share_by_contained_material() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		certify(mine_a);
		// 600 × 100_000 and 400 × 150_000: equal contained material, so half certified.
		let a = mined(MINER_A, mine_a, Commodity::Cobalt, 600, 100_000);
		let b = mined(MINER_B, mine_b, Commodity::Cobalt, 400, 150_000);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_eq!(lot(2).certified_share_bps, 5_000);
		assert_eq!(claim(2), Claim::MassBalance(5_000));
		assert!(matches!(last_event(), Event::LotsMerged { claim: Claim::MassBalance(5_000), .. }));
	});
}

#[test]
fn shares_round_down() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		certify(mine_a);
		// One part certified in three: 3_333.33… bps.
		let a = mined(MINER_A, mine_a, Commodity::Gold, 1, 1);
		let b = mined(MINER_B, mine_b, Commodity::Gold, 2, 1);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_eq!(claim(2), Claim::MassBalance(3_333));
	});
}

#[test]
fn parents_without_content_are_weighed_by_quantity() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		certify(mine_a);
		let a = mined(MINER_A, mine_a, Commodity::Tin, 300, 0);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 100, 0);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_eq!(claim(2), Claim::MassBalance(7_500));
	});
}

#[test]
fn an_uncertified_parent_without_content_prevents_segregation() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		certify(mine_a);
		let a = mined(MINER_A, mine_a, Commodity::Tin, 100, 500_000);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 100, 0);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_eq!(lot(2).certified_share_bps, 10_000);
		assert!(!lot(2).fully_certified);
		assert_eq!(claim(2), Claim::MassBalance(10_000));
	});
}

#[test]
fn transform_outputs_share_the_inputs_weighted_share() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		certify(mine_a);
		// 30_000 certified and 10_000 uncertified contained: 75 % certified.
		let a = mined(MINER_A, mine_a, Commodity::Tin, 100_000, 300_000);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 50_000, 200_000);
		deliver(a, SMELTER, smelter);
		deliver(b, SMELTER, smelter);
		assert_ok!(Provenance::transform(
			signed(SMELTER),
			vec![a, b],
			vec![
				OutputSpec { quantity: 20_000, grade_ppm: 990_000 },
				OutputSpec { quantity: 19_000, grade_ppm: 990_000 },
			],
			ProcessKind::Smelting,
			1_390,
		));
		assert_eq!((claim(2), claim(3)), (Claim::MassBalance(7_500), Claim::MassBalance(7_500)));
	});
}

#[test]
fn revoking_downgrades_every_descendant_with_bounded_work_per_block() {
	new_test_ext(|| {
		let (_, attestation) = certified_chain(8);
		assert!((0..8).all(|id| claim(id) == Claim::Segregated));

		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), attestation));
		// MaxDowngradesPerBlock = 3 lots at once...
		assert_eq!(downgrades().iter().map(|(id, ..)| *id).collect::<Vec<_>>(), vec![0, 1, 2]);
		assert_eq!(claim(3), Claim::Segregated);
		assert!(Provenance::pending_claim_work() > 0);

		// ...and 3 more in each block's on_idle.
		next_block_with_idle();
		assert_eq!(downgrades().len(), 6);
		assert_eq!(claim(6), Claim::Segregated);
		assert_eq!(drain_claim_queue(), 1);

		let expected: Vec<_> =
			(0..8).map(|id| (id, Claim::Segregated, Claim::Unverified)).collect();
		assert_eq!(downgrades(), expected);
		assert!((0..8).all(|id| claim(id) == Claim::Unverified));
	});
}

#[test]
fn the_sweep_reaches_every_lot_the_attestation_certified() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		let lots: Vec<LotId> =
			(0..7).map(|_| mined(MINER_A, mine, Commodity::Gold, 10, 900_000)).collect();
		assert_eq!(CertifiedLotCount::<Test>::get(attestation), 7);
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), attestation));
		assert_eq!(downgrades().len(), 3);
		drain_claim_queue();
		assert_eq!(downgrades().len(), 7);
		assert!(lots.iter().all(|id| claim(*id) == Claim::Unverified));
	});
}

#[test]
fn reinstating_restores_the_claims() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		let id = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_ok!(Provenance::split(signed(MINER_A), id, vec![400, 600]));
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), attestation));
		drain_claim_queue();
		assert_eq!(downgrades().len(), 3);
		assert!((0..3).all(|id| claim(id) == Claim::Unverified));

		assert_ok!(Provenance::reinstate_attestation(signed(ISSUER), attestation));
		drain_claim_queue();
		assert_eq!(
			upgrades(),
			vec![
				(0, Claim::Unverified, Claim::Segregated),
				(1, Claim::Unverified, Claim::Segregated),
				(2, Claim::Unverified, Claim::Segregated),
			]
		);
	});
}

#[test]
fn revoking_a_suspended_attestation_changes_no_claim() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), attestation));
		assert_eq!(downgrades().len(), 1);
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), attestation));
		assert_eq!(Provenance::pending_claim_work(), 0);
		assert_eq!(downgrades().len(), 1);
		// Revoked for ever: no reinstatement, no new certified lot.
		assert_eq!(claim(mined(MINER_A, mine, Commodity::Cobalt, 1, 1)), Claim::Unverified);
	});
}

#[test]
fn recalling_an_ancestor_downgrades_its_blends() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let first = mined(MINER_A, mine, Commodity::Cobalt, 600, 100_000);
		let second = mined(MINER_A, mine, Commodity::Cobalt, 400, 100_000);
		assert_ok!(Provenance::merge(signed(MINER_A), vec![first, second]));
		assert_ok!(Provenance::split(signed(MINER_A), 2, vec![500, 500]));
		assert_eq!(claim(4), Claim::Segregated);

		// Recall the consumed first lot: 60 % of the blend loses its certification.
		assert_ok!(Provenance::recall(signed(MINER_A), first, hash(6)));
		drain_claim_queue();
		assert_eq!(lot(first).status, LotStatus::Recalled);
		assert_eq!(
			downgrades(),
			vec![
				(first, Claim::Segregated, Claim::Unverified),
				(2, Claim::Segregated, Claim::MassBalance(4_000)),
				(3, Claim::Segregated, Claim::MassBalance(4_000)),
				(4, Claim::Segregated, Claim::MassBalance(4_000)),
			]
		);
		assert_eq!(claim(second), Claim::Segregated);
	});
}

#[test]
fn lots_created_after_a_revocation_are_unverified() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		assert_ok!(Provenance::revoke_attestation(root(), attestation));
		let id = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_eq!(claim(id), Claim::Unverified);
	});
}

#[test]
fn anyone_may_advance_the_claim_queue() {
	new_test_ext(|| {
		assert_noop!(
			Provenance::process_claim_queue(signed(STRANGER), 10),
			Error::<Test>::NoClaimWork
		);
		let (_, attestation) = certified_chain(8);
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), attestation));
		assert_eq!(downgrades().len(), 3);
		// Capped at MaxDowngradesPerBlock whatever is asked.
		assert_ok!(Provenance::process_claim_queue(signed(STRANGER), 100));
		assert_eq!(downgrades().len(), 6);
		assert_ok!(Provenance::process_claim_queue(signed(STRANGER), 1));
		assert_eq!(downgrades().len(), 7);
		assert_ok!(Provenance::process_claim_queue(signed(STRANGER), 3));
		assert_eq!(downgrades().len(), 8);
		assert_eq!(Provenance::pending_claim_work(), 0);
	});
}

#[test]
fn on_idle_takes_only_the_steps_its_weight_allows() {
	new_test_ext(|| {
		let (_, attestation) = certified_chain(8);
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), attestation));
		assert_eq!(downgrades().len(), 3);
		use crate::weights::WeightInfo;
		let step = <() as WeightInfo>::recompute_claim();

		assert_eq!(Provenance::on_idle(2, Weight::zero()), Weight::zero());
		assert_eq!(downgrades().len(), 3);
		Provenance::on_idle(2, step.saturating_mul(2).saturating_sub(Weight::from_parts(1, 1)));
		assert_eq!(downgrades().len(), 4);
		Provenance::on_idle(2, step.saturating_mul(2));
		assert_eq!(downgrades().len(), 6);
	});
}
