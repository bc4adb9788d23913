//! Split and merge: exact conservation of quantity, links both ways.

use crate::{mock::*, types::*, Error, Event};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::ArithmeticError;

#[test]
fn split_conserves_quantity_and_links_both_ways() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let parent = mined(MINER_A, mine, Commodity::Tantalum, 1_000, 300_000);
		assert_ok!(Provenance::split(signed(MINER_A), parent, vec![600, 300, 100]));

		let consumed = lot(parent);
		assert_eq!(consumed.status, LotStatus::Consumed);
		assert_eq!(consumed.children.to_vec(), vec![1, 2, 3]);
		for (id, quantity) in [(1, 600), (2, 300), (3, 100)] {
			let piece = lot(id);
			assert_eq!(piece.quantity, quantity);
			assert_eq!(piece.parents.to_vec(), vec![parent]);
			assert_eq!(piece.origin, LotOrigin::Split);
			assert_eq!(piece.origin_mine, Some(mine));
			assert_eq!(
				(piece.commodity, piece.grade_ppm, piece.custodian, piece.owner, piece.facility),
				(Commodity::Tantalum, 300_000, MINER_A, MINER_A, mine)
			);
			assert_eq!(piece.status, LotStatus::Active);
		}
		assert_eq!(
			last_event(),
			Event::LotSplit {
				parent,
				children: vec![(1, 600), (2, 300), (3, 100)].try_into().expect("fits"),
				commodity: Commodity::Tantalum,
				grade_ppm: 300_000,
				facility: mine,
				custodian: MINER_A,
				claim: Claim::Unverified,
			}
		);
	});
}

#[test]
fn split_rejects_bad_pieces() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 10, 1);
		let split = |pieces: Vec<u128>| Provenance::split(signed(MINER_A), id, pieces);
		assert_noop!(split(vec![10]), Error::<Test>::TooFewOutputs);
		assert_noop!(split(vec![2, 2, 2, 2, 2]), Error::<Test>::TooManyOutputs);
		assert_noop!(split(vec![10, 0]), Error::<Test>::ZeroQuantity);
		assert_noop!(split(vec![5, 4]), Error::<Test>::QuantityNotConserved);
		assert_noop!(split(vec![5, 6]), Error::<Test>::QuantityNotConserved);
		assert_noop!(split(vec![u128::MAX, 11]), ArithmeticError::Overflow);
		assert_ok!(split(vec![2, 2, 3, 3]));
	});
}

#[test]
fn only_the_custodian_splits_an_existing_active_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 10, 1);
		assert_noop!(
			Provenance::split(signed(MINER_B), id, vec![5, 5]),
			Error::<Test>::NotCustodian
		);
		assert_noop!(Provenance::split(signed(MINER_A), 9, vec![5, 5]), Error::<Test>::LotNotFound);
		assert_ok!(Provenance::split(signed(MINER_A), id, vec![5, 5]));
		assert_noop!(Provenance::split(signed(MINER_A), id, vec![5, 5]), Error::<Test>::LotFrozen);
	});
}

#[test]
fn merge_sums_quantities_and_weighs_the_grade_rounding_down() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let rich = mined(MINER_A, mine, Commodity::Cobalt, 300, 100_000);
		let poor = mined(MINER_A, mine, Commodity::Cobalt, 700, 150_001);
		assert_ok!(Provenance::merge(signed(MINER_A), vec![rich, poor]));

		// (300 × 100_000 + 700 × 150_001) / 1_000 = 135_000.7: grade 135_000, remainder 700.
		let merged = lot(2);
		assert_eq!((merged.quantity, merged.grade_ppm), (1_000, 135_000));
		assert_eq!(merged.parents.to_vec(), vec![rich, poor]);
		assert_eq!(merged.origin, LotOrigin::Merged { grade_rounding: 700 });
		assert_eq!(merged.origin_mine, Some(mine));
		for parent in [rich, poor] {
			assert_eq!(lot(parent).status, LotStatus::Consumed);
			assert_eq!(lot(parent).children.to_vec(), vec![2]);
		}
		assert_eq!(
			last_event(),
			Event::LotsMerged {
				lot: 2,
				parents: vec![rich, poor].try_into().expect("fits"),
				commodity: Commodity::Cobalt,
				quantity: 1_000,
				grade_ppm: 135_000,
				grade_rounding: 700,
				facility: mine,
				custodian: MINER_A,
				claim: Claim::Unverified,
			}
		);
	});
}

#[test]
fn merge_of_lots_from_two_mines_has_no_single_origin_mine() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let a = mined(MINER_A, mine_a, Commodity::Tin, 10, 1);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 10, 1);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_eq!(lot(2).origin_mine, None);
	});
}

#[test]
fn merge_rejects_mixed_or_bad_inputs() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let other_mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let cobalt = mined(MINER_A, mine, Commodity::Cobalt, 10, 1);
		let cobalt_2 = mined(MINER_A, mine, Commodity::Cobalt, 10, 1);
		let tin = mined(MINER_A, mine, Commodity::Tin, 10, 1);
		let elsewhere = mined(MINER_A, other_mine, Commodity::Cobalt, 10, 1);
		let merge = |lots: Vec<LotId>| Provenance::merge(signed(MINER_A), lots);

		assert_noop!(merge(vec![cobalt, tin]), Error::<Test>::CommodityMismatch);
		assert_noop!(merge(vec![cobalt, elsewhere]), Error::<Test>::FacilityMismatch);
		assert_noop!(merge(vec![cobalt, cobalt]), Error::<Test>::DuplicateLot);
		assert_noop!(merge(vec![cobalt]), Error::<Test>::TooFewInputs);
		assert_noop!(merge(vec![0, 1, 2, 3, 4]), Error::<Test>::TooManyInputs);
		assert_noop!(merge(vec![cobalt, 99]), Error::<Test>::LotNotFound);

		let foreign =
			mined(MINER_B, facility(MINER_B, FacilityKind::Mine), Commodity::Cobalt, 1, 1);
		assert_noop!(merge(vec![cobalt, foreign]), Error::<Test>::NotCustodian);

		assert_ok!(Provenance::propose_transfer(signed(MINER_A), cobalt_2, TRADER, trade));
		assert_noop!(merge(vec![cobalt, cobalt_2]), Error::<Test>::LotNotActive);
		assert_ok!(Provenance::cancel_transfer(signed(MINER_A), cobalt_2));

		// MINER_A sells cobalt_2 to MINER_B and keeps it in custody: two owners.
		assert_ok!(Provenance::propose_ownership_transfer(signed(MINER_A), cobalt_2, MINER_B));
		assert_ok!(Provenance::accept_transfer(signed(MINER_B), cobalt_2, 10));
		assert_noop!(merge(vec![cobalt, cobalt_2]), Error::<Test>::OwnerMismatch);
	});
}

#[test]
fn a_merge_above_the_quantity_bound_is_refused() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let bound = MaxMilligrams::get();
		let huge = mined(MINER_A, mine, Commodity::Gold, bound, 1);
		let more = mined(MINER_A, mine, Commodity::Gold, 1, 1);
		assert_noop!(
			Provenance::merge(signed(MINER_A), vec![huge, more]),
			Error::<Test>::QuantityTooLarge
		);
	});
}

#[test]
fn merged_lots_are_frozen() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let a = mined(MINER_A, mine, Commodity::Gold, 5, 1);
		let b = mined(MINER_A, mine, Commodity::Gold, 5, 1);
		let c = mined(MINER_A, mine, Commodity::Gold, 5, 1);
		assert_ok!(Provenance::merge(signed(MINER_A), vec![a, b]));
		assert_noop!(Provenance::merge(signed(MINER_A), vec![a, c]), Error::<Test>::LotFrozen);
	});
}
