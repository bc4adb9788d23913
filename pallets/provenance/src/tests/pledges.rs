//! Pledged lots: a lot backing an instrument stays exactly as it is until released, and the
//! runtime hears of its recall.

use crate::{mock::*, types::*, Error, Event, Pledged};
use frame_support::{assert_noop, assert_ok};
use lode_primitives::LotPledges;

fn pledge(owner: AccountId, lot: LotId) -> sp_runtime::DispatchResult {
	<Provenance as LotPledges<AccountId>>::pledge(&owner, lot)
}

fn release(lot: LotId) -> sp_runtime::DispatchResult {
	<Provenance as LotPledges<AccountId>>::release(lot)
}

#[test]
fn a_pledged_lot_refuses_every_change_until_released() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		let bar = mined(MINER_A, mine, Commodity::Tin, 1_000_000, 600_000);
		let other = mined(MINER_A, mine, Commodity::Tin, 1_000_000, 600_000);
		assert_ok!(pledge(MINER_A, bar));
		assert_eq!(last_event(), Event::Pledged { lot: bar, owner: MINER_A });
		assert!(<Provenance as LotPledges<AccountId>>::is_pledged(bar));

		let pledged = || Error::<Test>::LotPledged;
		assert_noop!(Provenance::split(signed(MINER_A), bar, vec![500_000, 500_000]), pledged());
		assert_noop!(Provenance::merge(signed(MINER_A), vec![other, bar]), pledged());
		let output = OutputSpec { quantity: 1_000_000, grade_ppm: 600_000 };
		assert_noop!(
			Provenance::transform(
				signed(MINER_A),
				vec![bar],
				vec![output],
				ProcessKind::Concentration,
				0
			),
			pledged()
		);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), bar, SMELTER, smelter),
			pledged()
		);
		assert_noop!(
			Provenance::propose_custody_transfer(signed(MINER_A), bar, SMELTER, smelter),
			pledged()
		);
		assert_noop!(
			Provenance::propose_ownership_transfer(signed(MINER_A), bar, TRADER),
			pledged()
		);
		assert_noop!(Provenance::consume(signed(MINER_A), bar), pledged());
		// The unpledged lot beside it is free.
		assert_ok!(Provenance::split(signed(MINER_A), other, vec![400_000, 600_000]));

		assert_ok!(release(bar));
		assert_eq!(last_event(), Event::PledgeReleased { lot: bar });
		assert!(!Pledged::<Test>::contains_key(bar));
		assert_ok!(Provenance::split(signed(MINER_A), bar, vec![500_000, 500_000]));
	});
}

#[test]
fn the_custodian_of_a_pledged_lot_cannot_change_it_either() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		let bar = mined(MINER_A, mine, Commodity::Tin, 1_000_000, 600_000);
		assert_ok!(Provenance::propose_custody_transfer(signed(MINER_A), bar, SMELTER, smelter));
		assert_ok!(Provenance::accept_transfer(signed(SMELTER), bar, 1_000_000));
		// The owner pledges what a warehouse holds for it (a warehouse receipt).
		assert_ok!(pledge(MINER_A, bar));
		let pledged = || Error::<Test>::LotPledged;
		assert_noop!(Provenance::consume(signed(SMELTER), bar), pledged());
		assert_noop!(Provenance::split(signed(SMELTER), bar, vec![1, 999_999]), pledged());
		assert_noop!(
			Provenance::propose_custody_transfer(signed(SMELTER), bar, MINER_A, mine),
			pledged()
		);
	});
}

#[test]
fn only_the_owner_pledges_an_active_lot_once() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		let bar = mined(MINER_A, mine, Commodity::Tin, 1_000_000, 600_000);
		assert_noop!(pledge(MINER_A, 77), Error::<Test>::LotNotFound);
		assert_noop!(pledge(TRADER, bar), Error::<Test>::NotOwner);
		assert_noop!(release(bar), Error::<Test>::NotPledged);

		assert_ok!(Provenance::propose_transfer(signed(MINER_A), bar, SMELTER, smelter));
		assert_noop!(pledge(MINER_A, bar), Error::<Test>::LotNotActive);
		assert_ok!(Provenance::cancel_transfer(signed(MINER_A), bar));

		assert_ok!(pledge(MINER_A, bar));
		assert_noop!(pledge(MINER_A, bar), Error::<Test>::AlreadyPledged);

		let spent = mined(MINER_A, mine, Commodity::Tin, 1_000, 600_000);
		assert_ok!(Provenance::consume(signed(MINER_A), spent));
		assert_noop!(pledge(MINER_A, spent), Error::<Test>::LotFrozen);
	});
}

#[test]
fn recalling_a_pledged_lot_is_allowed_and_reported() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let bar = mined(MINER_A, mine, Commodity::Tin, 1_000_000, 600_000);
		assert_ok!(pledge(MINER_A, bar));
		// Supervision still reaches a pledged lot.
		assert_ok!(Provenance::quarantine(root(), bar, hash(3)));
		assert_ok!(Provenance::release(root(), bar));
		assert!(recall_log().is_empty());

		assert_ok!(Provenance::recall(root(), bar, hash(4)));
		assert_eq!(recall_log(), vec![(bar, true)]);
		assert_ok!(Provenance::lift_recall(root(), bar));
		assert_eq!(recall_log(), vec![(bar, true), (bar, false)]);
		// Still pledged after all of it.
		assert!(Pledged::<Test>::contains_key(bar));
		assert_noop!(Provenance::consume(signed(MINER_A), bar), Error::<Test>::LotPledged);
	});
}
