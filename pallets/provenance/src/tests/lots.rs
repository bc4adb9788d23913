//! Lot creation at mines.

use crate::{mock::*, types::*, Error, Event, Lots, NextLotId};
use frame_support::{assert_noop, assert_ok};

fn create(
	who: AccountId,
	mine: FacilityId,
	quantity: u128,
	grade_ppm: u32,
	gs1_id: Option<Vec<u8>>,
) -> sp_runtime::DispatchResult {
	Provenance::create_lot(signed(who), mine, Commodity::Tin, quantity, grade_ppm, gs1_id, hash(7))
}

#[test]
fn operator_creates_a_lot_at_its_mine() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let gs1 = b"(00)106141411234567897".to_vec();
		assert_ok!(create(MINER_A, mine, 2_500_000_000, 650_000, Some(gs1.clone())));

		let stored = lot(0);
		assert_eq!(stored.id, 0);
		assert_eq!(stored.commodity, Commodity::Tin);
		assert_eq!(stored.quantity, 2_500_000_000);
		assert_eq!(stored.unit, Unit::Milligram);
		assert_eq!(stored.grade_ppm, 650_000);
		assert_eq!(stored.facility, mine);
		assert_eq!((stored.custodian, stored.owner), (MINER_A, MINER_A));
		assert_eq!(stored.status, LotStatus::Active);
		assert_eq!(stored.origin, LotOrigin::Mined { mine, certified_by: None });
		assert_eq!(stored.origin_mine, Some(mine));
		assert!(stored.parents.is_empty() && stored.children.is_empty());
		assert_eq!(stored.gs1_id.clone().map(|id| id.into_inner()), Some(gs1.clone()));
		assert_eq!(stored.evidence, hash(7));
		assert_eq!(stored.created, 1);
		assert_eq!(stored.loss, 0);
		assert_eq!(stored.claim(), Claim::Unverified);
		assert_eq!(
			last_event(),
			Event::LotCreated {
				lot: 0,
				commodity: Commodity::Tin,
				quantity: 2_500_000_000,
				unit: Unit::Milligram,
				grade_ppm: 650_000,
				facility: mine,
				custodian: MINER_A,
				gs1_id: Some(gs1.try_into().expect("fits")),
				evidence: hash(7),
				certified_by: None,
				claim: Claim::Unverified,
			}
		);
		assert_eq!(NextLotId::<Test>::get(), 1);
	});
}

#[test]
fn diamonds_are_counted_in_hundredths_of_a_carat() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let rough = mined(MINER_A, mine, Commodity::Diamond, 12_345, 1_000_000);
		assert_eq!(lot(rough).unit, Unit::CentiCarat);
		let gold = mined(MINER_A, mine, Commodity::Gold, 1_000, 5);
		assert_eq!(lot(gold).unit, Unit::Milligram);
	});
}

#[test]
fn lots_are_created_only_by_operators_at_their_own_mines() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		assert_noop!(create(STRANGER, mine, 1, 1, None), Error::<Test>::NotAParty);
		assert_noop!(create(AUDITOR, mine, 1, 1, None), Error::<Test>::MissingRole);
		assert_noop!(create(MINER_A, 42, 1, 1, None), Error::<Test>::FacilityNotFound);
		assert_noop!(create(MINER_B, mine, 1, 1, None), Error::<Test>::NotFacilityOperator);
		assert_noop!(create(TRADER, trade, 1, 1, None), Error::<Test>::NotAMine);
	});
}

#[test]
fn zero_quantities_and_grades_above_a_million_ppm_are_rejected() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		assert_noop!(create(MINER_A, mine, 0, 1, None), Error::<Test>::ZeroQuantity);
		assert_noop!(create(MINER_A, mine, 1, 1_000_001, None), Error::<Test>::InvalidGrade);
		// 3.4·10²⁹ t of anything is not a lot: quantities are bounded per unit.
		assert_noop!(create(MINER_A, mine, u128::MAX, 1, None), Error::<Test>::QuantityTooLarge);
		assert_noop!(
			create(MINER_A, mine, MaxMilligrams::get() + 1, 1, None),
			Error::<Test>::QuantityTooLarge
		);
		// The extremes are fine.
		assert_ok!(create(MINER_A, mine, MaxMilligrams::get(), 1_000_000, None));
		assert_ok!(create(MINER_A, mine, 1, 0, None));
		assert_eq!(Lots::<Test>::iter().count(), 2);
	});
}

#[test]
fn gs1_identifier_is_bounded_and_not_empty() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		assert_noop!(create(MINER_A, mine, 1, 1, Some(vec![])), Error::<Test>::InvalidGs1Id);
		assert_noop!(
			create(MINER_A, mine, 1, 1, Some(vec![b'9'; 33])),
			Error::<Test>::Gs1IdTooLong
		);
		assert_ok!(create(MINER_A, mine, 1, 1, Some(vec![b'9'; 32])));
	});
}

#[test]
fn lot_ids_are_never_reused() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let first = mined(MINER_A, mine, Commodity::Cobalt, 10, 1);
		let second = mined(MINER_A, mine, Commodity::Cobalt, 10, 1);
		assert_ok!(Provenance::consume(signed(MINER_A), first));
		let third = mined(MINER_A, mine, Commodity::Cobalt, 10, 1);
		assert_eq!((first, second, third), (0, 1, 2));
	});
}
