//! Instruments backed by provenance lots: pledged by the issuer, one instrument per lot, held
//! while units are outstanding, and flagged when a backing lot is recalled.

use super::*;
use frame_support::assert_noop;
use lode_primitives::{LotPledges, OnLotRecall};
use sp_runtime::{DispatchError, DispatchResult};

fn pledge(who: AccountId, id: InstrumentId, lot: LotId) -> DispatchResult {
	AssetRegistry::pledge_backing(RuntimeOrigin::signed(who), id, lot)
}

fn release(who: AccountId, id: InstrumentId, lot: LotId) -> DispatchResult {
	AssetRegistry::release_backing(RuntimeOrigin::signed(who), id, lot)
}

#[test]
fn the_issuer_pledges_its_lots_and_a_lot_backs_one_instrument() {
	run(|| {
		let id = open_bond();
		assert_ok!(pledge(ISSUER, id, 1));
		System::assert_last_event(
			Event::BackingPledged { instrument: id, lot: 1, by: ISSUER }.into(),
		);
		assert_eq!(Backing::<Test>::get(id).into_inner(), vec![1]);
		assert_eq!(BackedBy::<Test>::get(1), Some(id));
		assert!(MockLots::is_pledged(1));

		let other = register(
			other_id(b"BBG000B9XRY4"),
			InstrumentKind::Bond(bond_terms()),
			Compliance::Open,
		);
		assert_noop!(pledge(ISSUER, id, 1), Error::<Test>::LotBacksAnInstrument);
		assert_noop!(pledge(ISSUER, other, 1), Error::<Test>::LotBacksAnInstrument);
		assert_noop!(pledge(ALICE, id, 2), Error::<Test>::NotIssuer);
		assert_noop!(pledge(ISSUER, 99, 2), Error::<Test>::InstrumentNotFound);
		// Provenance's refusals pass through unchanged: another owner's lot, a lot that is not.
		assert_noop!(pledge(ISSUER, id, 3), DispatchError::Other("NotOwner"));
		assert_noop!(pledge(ISSUER, id, 77), DispatchError::Other("LotNotFound"));

		MockLotOwners::insert(50, ISSUER);
		MockLotOwners::insert(51, ISSUER);
		assert_ok!(pledge(ISSUER, id, 2));
		assert_ok!(pledge(ISSUER, id, 50));
		assert_eq!(Backing::<Test>::get(id).len() as u32, MAX_BACKING);
		assert_noop!(pledge(ISSUER, id, 51), Error::<Test>::TooManyBackingLots);
		assert_ok!(pledge(ISSUER, other, 51));
	});
}

#[test]
fn backing_stays_while_units_are_outstanding_unless_a_regulator_releases_it() {
	run(|| {
		let id = open_bond();
		assert_ok!(pledge(ISSUER, id, 1));
		assert_ok!(pledge(ISSUER, id, 2));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_noop!(release(ISSUER, id, 1), Error::<Test>::UnitsOutstanding);
		assert_noop!(release(ALICE, id, 1), Error::<Test>::NotIssuer);
		assert_noop!(release(ISSUER, id, 3), Error::<Test>::NotBackingLot);
		assert_noop!(release(ISSUER, 99, 1), Error::<Test>::InstrumentNotFound);

		assert_ok!(release(REGULATOR, id, 1));
		System::assert_last_event(
			Event::BackingReleased { instrument: id, lot: 1, by: Controller::Regulator(REGULATOR) }
				.into(),
		);
		assert!(!MockLots::is_pledged(1));
		assert_eq!(BackedBy::<Test>::get(1), None);
		assert_eq!(Backing::<Test>::get(id).into_inner(), vec![2]);
		assert_noop!(release(REGULATOR, id, 1), Error::<Test>::NotBackingLot);

		// Once every unit is gone the issuer releases the rest itself.
		assert_ok!(AssetRegistry::burn(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_ok!(release(ISSUER, id, 2));
		System::assert_last_event(
			Event::BackingReleased { instrument: id, lot: 2, by: Controller::Issuer(ISSUER) }
				.into(),
		);
		assert!(!Backing::<Test>::contains_key(id));
		// A released lot may back another instrument.
		assert_ok!(pledge(ISSUER, id, 2));
	});
}

#[test]
fn a_closed_instrument_takes_no_new_backing() {
	run(|| {
		let id = open_bond();
		assert_ok!(pledge(ISSUER, id, 1));
		// As a bond is after its redemption (see the actions tests): no units, closed.
		Instruments::<Test>::mutate(id, |bond| {
			bond.as_mut().expect("registered").status = InstrumentStatus::Closed
		});
		assert_noop!(pledge(ISSUER, id, 2), Error::<Test>::InstrumentClosed);
		assert_ok!(release(ISSUER, id, 1));
	});
}

#[test]
fn a_recalled_backing_lot_flags_the_instrument_until_lifted_or_released() {
	run(|| {
		let id = open_bond();
		assert_ok!(pledge(ISSUER, id, 1));
		assert_ok!(pledge(ISSUER, id, 2));
		System::set_block_number(7);
		<AssetRegistry as OnLotRecall>::recalled(1);
		System::assert_last_event(Event::BackingRecalled { instrument: id, lot: 1 }.into());
		assert_eq!(RecalledBacking::<Test>::get(id, 1), Some(7));
		// Heard twice (the lot and its claim), flagged once.
		let events = System::events().len();
		<AssetRegistry as OnLotRecall>::recalled(1);
		assert_eq!(System::events().len(), events);
		// A lot that backs nothing flags nothing.
		<AssetRegistry as OnLotRecall>::recalled(3);
		assert_eq!(System::events().len(), events);

		<AssetRegistry as OnLotRecall>::recall_lifted(1);
		System::assert_last_event(Event::BackingRecallLifted { instrument: id, lot: 1 }.into());
		assert_eq!(RecalledBacking::<Test>::get(id, 1), None);
		<AssetRegistry as OnLotRecall>::recall_lifted(1);
		assert_eq!(System::events().len(), events + 1);

		<AssetRegistry as OnLotRecall>::recalled(2);
		assert_ok!(release(ISSUER, id, 2));
		assert_eq!(RecalledBacking::<Test>::iter().count(), 0);
	});
}
