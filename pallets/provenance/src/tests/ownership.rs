//! Owner and custodian are two roles: toll processing, warehousing and sales.

use crate::{mock::*, types::*, Error, Event};
use frame_support::{assert_noop, assert_ok};

#[test]
fn toll_processing_leaves_the_traders_material_in_the_smelters_custody() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		let ore = mined(MINER_A, mine, Commodity::Cobalt, 1_000_000, 100_000);
		deliver(ore, TRADER, trade);

		// The trader sends its ore to be smelted: custody moves, ownership stays.
		assert_ok!(Provenance::propose_custody_transfer(signed(TRADER), ore, SMELTER, smelter));
		assert!(matches!(
			last_event(),
			Event::TransferProposed { kind: TransferKind::Custody, from: TRADER, to: SMELTER, .. }
		));
		assert_ok!(Provenance::accept_transfer(signed(SMELTER), ore, 1_000_000));
		let held = lot(ore);
		assert_eq!((held.custodian, held.owner, held.facility), (SMELTER, TRADER, smelter));
		assert_eq!(Provenance::lots_of(&SMELTER, false, None, 10), vec![ore]);
		assert_eq!(Provenance::lots_of(&TRADER, true, None, 10), vec![ore]);
		assert!(Provenance::lots_of(&TRADER, false, None, 10).is_empty());

		// Handling is the custodian's; the owner cannot.
		assert_noop!(
			Provenance::split(signed(TRADER), ore, vec![1, 999_999]),
			Error::<Test>::NotCustodian
		);
		assert_ok!(Provenance::transform(
			signed(SMELTER),
			vec![ore],
			vec![OutputSpec { quantity: 98_000, grade_ppm: 1_000_000 }],
			ProcessKind::Smelting,
			2_000,
		));
		let metal = lot(ore).children[0];
		assert_eq!((lot(metal).custodian, lot(metal).owner), (SMELTER, TRADER));

		// Selling is the owner's: the smelter cannot sell the trader's metal, nor send it on
		// as if it owned it.
		assert_noop!(
			Provenance::propose_ownership_transfer(signed(SMELTER), metal, MAKER),
			Error::<Test>::NotOwner
		);
		let plant = facility(MAKER, FacilityKind::Manufacturer);
		assert_noop!(
			Provenance::propose_transfer(signed(SMELTER), metal, MAKER, plant),
			Error::<Test>::NotOwner
		);
		// The trader sells the metal while it sits at the smelter.
		assert_ok!(Provenance::propose_ownership_transfer(signed(TRADER), metal, MAKER));
		assert_noop!(
			Provenance::accept_transfer(signed(MAKER), metal, 97_000),
			Error::<Test>::QuantityNotConserved
		);
		assert_ok!(Provenance::accept_transfer(signed(MAKER), metal, 98_000));
		let sold = lot(metal);
		assert_eq!((sold.custodian, sold.owner, sold.facility), (SMELTER, MAKER, smelter));
		assert!(matches!(
			last_event(),
			Event::TransferAccepted {
				kind: TransferKind::Ownership,
				from: TRADER,
				to: MAKER,
				loss: 0,
				..
			}
		));
		// The smelter ships to the new owner's plant: custody only, and now the owner holds it.
		assert_ok!(Provenance::propose_custody_transfer(signed(SMELTER), metal, MAKER, plant));
		assert_ok!(Provenance::accept_transfer(signed(MAKER), metal, 97_900));
		let delivered = lot(metal);
		assert_eq!(
			(delivered.custodian, delivered.owner, delivered.facility),
			(MAKER, MAKER, plant)
		);
		assert_eq!(delivered.loss, 100);
	});
}

#[test]
fn an_ownership_transfer_needs_another_operator_and_an_active_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Gold, 1_000, 900_000);
		assert_noop!(
			Provenance::propose_ownership_transfer(signed(MINER_A), id, MINER_A),
			Error::<Test>::TransferToSelf
		);
		assert_noop!(
			Provenance::propose_ownership_transfer(signed(MINER_A), id, STRANGER),
			Error::<Test>::NotAParty
		);
		assert_noop!(
			Provenance::propose_ownership_transfer(signed(MINER_A), 99, TRADER),
			Error::<Test>::LotNotFound
		);
		assert_ok!(Provenance::propose_ownership_transfer(signed(MINER_A), id, TRADER));
		assert_noop!(
			Provenance::propose_ownership_transfer(signed(MINER_A), id, MINER_B),
			Error::<Test>::LotNotActive
		);
		assert_ok!(Provenance::cancel_transfer(signed(MINER_A), id));
		assert_eq!(lot(id).owner, MINER_A);
	});
}
