//! The queries behind the runtime API: lot, claim, trace back and forward, origin summary.

use crate::{mock::*, types::*};
use frame_support::assert_ok;

#[test]
fn lot_info_reports_the_lot_with_its_claim() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let id = mined(MINER_A, mine, Commodity::Gold, 5_000, 999_000);
		let info = Provenance::lot_info(id).expect("lot exists");
		assert_eq!(info.id, id);
		assert_eq!(
			(info.commodity, info.quantity, info.unit),
			(Commodity::Gold, 5_000, Unit::Milligram)
		);
		assert_eq!(
			(info.grade_ppm, info.facility, info.custodian, info.owner),
			(999_000, mine, MINER_A, MINER_A)
		);
		assert_eq!(info.status, LotStatus::Active);
		assert_eq!(info.claim, Claim::Segregated);
		assert_eq!(info.certified_share_bps, 10_000);
		assert_eq!(info.origin_mine, Some(mine));
		assert!(
			info.parents.is_empty() && info.children.is_empty() && info.attestations.is_empty()
		);
		assert_eq!(info.evidence, hash(1));
		assert_eq!(info.created, 1);
	});
}

#[test]
fn unknown_lots_give_empty_answers() {
	new_test_ext(|| {
		assert_eq!(Provenance::lot_info(3), None);
		assert_eq!(Provenance::claim_of(3), None);
		assert!(Provenance::trace_back(3, 10, 10).is_empty());
		assert!(Provenance::trace_forward(3, 10, 10).is_empty());
		assert!(Provenance::origin_summary(3).is_empty());
	});
}

#[test]
fn traces_walk_parents_back_and_children_forward() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let a = mined(MINER_A, mine_a, Commodity::Tin, 100, 500_000);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 300, 500_000);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_ok!(Provenance::split(signed(TRADER), 2, vec![150, 250]));

		let back = Provenance::trace_back(3, 10, 10);
		let walked: Vec<(LotId, u32)> = back.iter().map(|node| (node.lot, node.depth)).collect();
		assert_eq!(walked, vec![(3, 0), (2, 1), (a, 2), (b, 2)]);
		let mines: Vec<LotOrigin> = back.iter().skip(2).map(|node| node.origin).collect();
		assert_eq!(
			mines,
			vec![
				LotOrigin::Mined { mine: mine_a, certified_by: None },
				LotOrigin::Mined { mine: mine_b, certified_by: None }
			]
		);
		assert_eq!(back[0].facility_kind, Some(FacilityKind::Trader));
		assert_eq!(back[1].children, vec![3, 4]);

		let forward = Provenance::trace_forward(a, 10, 10);
		let walked: Vec<(LotId, u32)> = forward.iter().map(|node| (node.lot, node.depth)).collect();
		assert_eq!(walked, vec![(a, 0), (2, 1), (3, 2), (4, 2)]);
	});
}

#[test]
fn traces_respect_depth_and_node_bounds() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let root = mined(MINER_A, mine, Commodity::Tin, 100, 500_000);
		assert_ok!(Provenance::split(signed(MINER_A), root, vec![25, 25, 25, 25]));
		assert_ok!(Provenance::split(signed(MINER_A), 1, vec![5, 20]));

		assert_eq!(Provenance::trace_forward(root, 0, 10).len(), 1);
		assert_eq!(Provenance::trace_forward(root, 1, 10).len(), 5);
		assert_eq!(Provenance::trace_forward(root, 2, 10).len(), 7);
		assert_eq!(Provenance::trace_forward(root, 2, 3).len(), 3);
		assert!(Provenance::trace_forward(root, 2, 0).is_empty());
		assert_eq!(Provenance::trace_back(5, 1, 10).len(), 2);
	});
}

#[test]
fn origin_summary_splits_material_by_mine() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		// 100 × 500_000 from A, 300 × 500_000 from B: a quarter from A.
		let a = mined(MINER_A, mine_a, Commodity::Tin, 100, 500_000);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 300, 500_000);
		assert_eq!(Provenance::origin_summary(a), vec![(mine_a, 10_000)]);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_ok!(Provenance::split(signed(TRADER), 2, vec![150, 250]));
		assert_eq!(Provenance::origin_summary(3), vec![(mine_a, 2_500), (mine_b, 7_500)]);
	});
}

#[test]
fn trace_back_over_a_thousand_lot_lineage_stays_within_bounds() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let first = mined(MINER_A, mine, Commodity::Tungsten, 1_000_000, 700_000);
		// Each transform consumes lot `input` and creates lot `input + 1`.
		for input in first..first + 999 {
			assert_ok!(Provenance::transform(
				signed(MINER_A),
				vec![input],
				vec![OutputSpec { quantity: 1_000_000, grade_ppm: 700_000 }],
				ProcessKind::Concentration,
				0,
			));
		}
		let last = crate::NextLotId::<Test>::get() - 1;
		assert_eq!(last, 999);

		let lineage = Provenance::trace_back(last, u32::MAX, u32::MAX);
		assert_eq!(lineage.len(), 1_000);
		let deepest = lineage.last().expect("non-empty");
		assert_eq!((deepest.lot, deepest.depth), (first, 999));
		assert_eq!(deepest.origin, LotOrigin::Mined { mine, certified_by: Some(0) });
		assert!(lineage.iter().enumerate().all(|(depth, node)| node.depth == depth as u32));

		// The caller's bounds hold.
		assert_eq!(Provenance::trace_back(last, 10, u32::MAX).len(), 11);
		assert_eq!(Provenance::trace_back(last, u32::MAX, 250).len(), 250);
		assert_eq!(Provenance::trace_forward(first, u32::MAX, u32::MAX).len(), 1_000);

		// The whole lineage keeps the mine's certification and its single origin.
		assert_eq!(Provenance::claim_of(last), Some(Claim::Segregated));
		assert_eq!(Provenance::origin_summary(last), vec![(mine, 10_000)]);
	});
}

#[test]
fn the_runtime_cap_bounds_traces_whatever_the_caller_asks() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		// A wide tree: 1 + 4 + 16 + 64 + 256 + 1024 + 2048 lots, more than MaxTraceNodes (2_000).
		let root = mined(MINER_A, mine, Commodity::Gold, 1 << 20, 1);
		let mut level = vec![root];
		for _ in 0..5 {
			let mut next = Vec::new();
			for id in level {
				let quantity = lot(id).quantity / 4;
				assert_ok!(Provenance::split(signed(MINER_A), id, vec![quantity; 4]));
				next.extend(lot(id).children.iter().copied());
			}
			level = next;
		}
		for id in level.iter().take(1_024) {
			let half = lot(*id).quantity / 2;
			assert_ok!(Provenance::split(signed(MINER_A), *id, vec![half, half]));
		}
		assert_eq!(crate::NextLotId::<Test>::get(), 1 + 4 + 16 + 64 + 256 + 1_024 + 2_048);
		assert_eq!(Provenance::trace_forward(root, u32::MAX, u32::MAX).len(), 2_000);
	});
}

#[test]
fn the_runtime_api_is_declared() {
	use pallet_provenance_runtime_api::ProvenanceApi;
	use sp_api::RuntimeApiInfo;
	type Api = dyn ProvenanceApi<frame_system::mocking::MockBlock<Test>, AccountId, u64>;
	// The id by which nodes and clients find the API: blake2b-64 of the trait's name,
	// 0xa80e8df62647c17a (the same rule gives `Core` its well-known 0xdf6acb689907609b).
	assert_eq!(<Api as RuntimeApiInfo>::ID, [0xa8, 0x0e, 0x8d, 0xf6, 0x26, 0x47, 0xc1, 0x7a]);
	assert_eq!(<Api as RuntimeApiInfo>::VERSION, 1);
}

#[test]
fn holdings_are_paged_and_forget_consumed_lots() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let ids: Vec<LotId> =
			(0..5).map(|_| mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000)).collect();
		let first = Provenance::lots_of(&MINER_A, false, None, 2);
		assert_eq!(first.len(), 2);
		let second = Provenance::lots_of(&MINER_A, false, first.last().copied(), 2);
		let third = Provenance::lots_of(&MINER_A, false, second.last().copied(), 2);
		let mut all: Vec<LotId> = [first, second, third].concat();
		all.sort();
		assert_eq!(all, ids);
		assert_ok!(Provenance::consume(signed(MINER_A), ids[0]));
		assert_eq!(Provenance::lots_of(&MINER_A, true, None, 10).len(), 4);
		assert_eq!(Provenance::facilities_of(&MINER_A, None, 10), vec![mine]);
		assert!(Provenance::lots_of(&TRADER, false, None, 10).is_empty());
	});
}

#[test]
fn attestations_of_a_subject_are_listed() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let first = certify(mine);
		let second = certify(mine);
		assert_eq!(Provenance::attestations_of(Subject::Facility(mine)), vec![first, second]);
		assert!(Provenance::attestations_of(Subject::Lot(0)).is_empty());
	});
}

#[test]
fn a_claim_is_reported_pending_until_its_recomputation_is_done() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let attestation = certify(mine);
		// A chain longer than the mock's 3 recomputations per call.
		let mut id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		let root_lot = id;
		for _ in 0..6 {
			assert_ok!(Provenance::split(signed(MINER_A), id, vec![1, lot(id).quantity - 1]));
			id = lot(id).children[1];
		}
		assert!(!Provenance::claim_pending(id));
		assert_eq!(lot(id).claim(), Claim::Segregated);
		assert_ok!(Provenance::suspend_attestation(signed(ISSUER), attestation));
		// The leaf still says Segregated, and says it is not final.
		assert_eq!(lot(id).claim(), Claim::Segregated);
		assert!(Provenance::claim_pending(id));
		assert!(Provenance::lot_info(id).is_some_and(|info| info.claim_pending));
		drain_claim_queue();
		assert!(!Provenance::claim_pending(id));
		assert!(!Provenance::claim_pending(root_lot));
		assert_eq!(lot(id).claim(), Claim::Unverified);
	});
}
