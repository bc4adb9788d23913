//! Issuer and regulator controls: freezes, pause, suspension, forced transfers.

use super::*;
use frame_support::assert_noop;

fn issuer() -> RuntimeOrigin {
	RuntimeOrigin::signed(ISSUER)
}

fn regulator() -> RuntimeOrigin {
	RuntimeOrigin::signed(REGULATOR)
}

/// An open bond with 100 units held by Alice.
fn held_bond() -> InstrumentId {
	let id = open_bond();
	assert_ok!(AssetRegistry::issue(issuer(), id, ALICE, 100));
	id
}

#[test]
fn a_frozen_account_neither_sends_nor_receives_until_thawed() {
	run(|| {
		let id = held_bond();
		assert_ok!(AssetRegistry::freeze(issuer(), id, ALICE));
		System::assert_last_event(
			Event::AccountFrozen { instrument: id, account: ALICE, by: Controller::Issuer(ISSUER) }
				.into(),
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 1),
			Error::<Test>::SenderFrozen
		);
		assert_ok!(AssetRegistry::freeze(issuer(), id, BOB));
		assert_noop!(AssetRegistry::issue(issuer(), id, BOB, 1), Error::<Test>::ReceiverFrozen);
		assert_eq!(
			AssetRegistry::can_transfer(id, &CHARLIE, &BOB, 1),
			Err(TransferRefusal::ReceiverFrozen)
		);
		assert_noop!(AssetRegistry::freeze(issuer(), id, ALICE), Error::<Test>::AlreadyFrozen);
		assert_ok!(AssetRegistry::thaw(issuer(), id, ALICE));
		System::assert_last_event(
			Event::AccountThawed { instrument: id, account: ALICE, by: Controller::Issuer(ISSUER) }
				.into(),
		);
		assert_noop!(AssetRegistry::thaw(issuer(), id, ALICE), Error::<Test>::NotFrozen);
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, CHARLIE, 1));
		assert_noop!(
			AssetRegistry::freeze(RuntimeOrigin::signed(ALICE), id, BOB),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn a_regulators_freeze_is_lifted_by_a_regulator_only() {
	run(|| {
		let id = held_bond();
		assert_ok!(AssetRegistry::freeze(issuer(), id, ALICE));
		// The regulator takes the issuer's freeze over; the issuer can no longer lift it.
		assert_ok!(AssetRegistry::regulator_freeze(regulator(), id, ALICE));
		System::assert_last_event(
			Event::AccountFrozen {
				instrument: id,
				account: ALICE,
				by: Controller::Regulator(REGULATOR),
			}
			.into(),
		);
		assert_noop!(
			AssetRegistry::regulator_freeze(regulator(), id, ALICE),
			Error::<Test>::AlreadyFrozen
		);
		assert_noop!(AssetRegistry::thaw(issuer(), id, ALICE), Error::<Test>::ByRegulator);
		assert_noop!(
			AssetRegistry::regulator_thaw(RuntimeOrigin::signed(BOB), id, ALICE),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(AssetRegistry::regulator_thaw(regulator(), id, ALICE));
		assert_noop!(
			AssetRegistry::regulator_freeze(regulator(), 9, ALICE),
			Error::<Test>::InstrumentNotFound
		);
	});
}

#[test]
fn frozen_units_stay_put_and_follow_the_holding_down() {
	run(|| {
		let id = held_bond();
		assert_noop!(
			AssetRegistry::freeze_units(issuer(), id, ALICE, 101),
			Error::<Test>::FreezeExceedsHolding
		);
		assert_ok!(AssetRegistry::freeze_units(issuer(), id, ALICE, 60));
		System::assert_last_event(
			Event::UnitsFrozen {
				instrument: id,
				account: ALICE,
				amount: 60,
				by: Controller::Issuer(ISSUER),
			}
			.into(),
		);
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 41),
			Err(TransferRefusal::UnitsFrozen)
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 41),
			Error::<Test>::UnitsFrozen
		);
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 40));
		// Burning below the frozen part lowers it to what is left.
		assert_ok!(AssetRegistry::burn(issuer(), id, ALICE, 20));
		assert_eq!(AssetRegistry::frozen_units(id, &ALICE), 40);
		assert_ok!(AssetRegistry::freeze_units(issuer(), id, ALICE, 0));
		assert!(!FrozenUnits::<Test>::contains_key(id, ALICE));
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 40));
	});
}

#[test]
fn a_paused_instrument_moves_nothing_until_unpaused() {
	run(|| {
		let id = held_bond();
		assert_noop!(AssetRegistry::unpause(issuer(), id), Error::<Test>::NotPaused);
		assert_ok!(AssetRegistry::pause(issuer(), id));
		System::assert_last_event(
			Event::Paused { instrument: id, by: Controller::Issuer(ISSUER) }.into(),
		);
		assert_noop!(AssetRegistry::pause(issuer(), id), Error::<Test>::NotActive);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 1),
			Error::<Test>::InstrumentPaused
		);
		assert_noop!(AssetRegistry::issue(issuer(), id, BOB, 1), Error::<Test>::InstrumentPaused);
		assert_ok!(AssetRegistry::unpause(issuer(), id));
		System::assert_last_event(
			Event::Unpaused { instrument: id, by: Controller::Issuer(ISSUER) }.into(),
		);
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 1));
		assert_noop!(
			AssetRegistry::pause(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotIssuer
		);
	});
}

#[test]
fn a_suspension_is_lifted_by_a_regulator_only_and_stops_even_forced_transfers() {
	run(|| {
		let id = held_bond();
		assert_noop!(
			AssetRegistry::suspend(RuntimeOrigin::signed(ISSUER), id),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_noop!(AssetRegistry::reinstate(regulator(), id), Error::<Test>::NotSuspended);
		assert_ok!(AssetRegistry::suspend(regulator(), id));
		System::assert_last_event(
			Event::Suspended { instrument: id, by: Controller::Regulator(REGULATOR) }.into(),
		);
		assert_noop!(AssetRegistry::suspend(regulator(), id), Error::<Test>::InstrumentSuspended);
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 1),
			Err(TransferRefusal::InstrumentSuspended)
		);
		assert_noop!(AssetRegistry::unpause(issuer(), id), Error::<Test>::ByRegulator);
		assert_noop!(
			AssetRegistry::force_transfer(issuer(), id, ALICE, BOB, 1, b"court".to_vec()),
			Error::<Test>::InstrumentSuspended
		);
		assert_ok!(AssetRegistry::reinstate(regulator(), id));
		System::assert_last_event(
			Event::Reinstated { instrument: id, by: Controller::Regulator(REGULATOR) }.into(),
		);
		assert_eq!(Instruments::<Test>::get(id).unwrap().status, InstrumentStatus::Active);
		// A paused instrument can be suspended, and a reinstatement ends both.
		assert_ok!(AssetRegistry::pause(issuer(), id));
		assert_ok!(AssetRegistry::suspend(regulator(), id));
		assert_ok!(AssetRegistry::reinstate(regulator(), id));
		assert_eq!(Instruments::<Test>::get(id).unwrap().status, InstrumentStatus::Active);
	});
}

#[test]
fn a_forced_transfer_moves_a_frozen_holders_units_but_the_receiver_passes_compliance() {
	run(|| {
		let id = register(
			Identifier::Isin(*ISIN),
			InstrumentKind::Bond(bond_terms()),
			Compliance::AllowList,
		);
		assert_ok!(AssetRegistry::set_allowed(issuer(), id, ALICE, true));
		assert_ok!(AssetRegistry::issue(issuer(), id, ALICE, 100));
		assert_ok!(AssetRegistry::freeze(issuer(), id, ALICE));
		assert_ok!(AssetRegistry::freeze_units(issuer(), id, ALICE, 100));
		let force = |to: AccountId, amount: Units, reason: &[u8]| {
			AssetRegistry::force_transfer(issuer(), id, ALICE, to, amount, reason.to_vec())
		};
		assert_noop!(force(BOB, 10, b"lost key"), Error::<Test>::ReceiverNotAllowed);
		assert_ok!(AssetRegistry::set_allowed(issuer(), id, BOB, true));
		assert_noop!(force(BOB, 10, b""), Error::<Test>::EmptyReason);
		assert_noop!(
			force(BOB, 10, &[b'r'; MAX_REASON as usize + 1]),
			Error::<Test>::ReasonTooLong
		);
		assert_noop!(force(BOB, 0, b"lost key"), Error::<Test>::ZeroAmount);
		assert_noop!(force(ALICE, 1, b"lost key"), Error::<Test>::SelfTransfer);
		assert_noop!(force(BOB, 101, b"lost key"), Error::<Test>::InsufficientUnits);
		assert_noop!(
			AssetRegistry::force_transfer(
				RuntimeOrigin::signed(BOB),
				id,
				ALICE,
				BOB,
				1,
				b"mine".to_vec()
			),
			Error::<Test>::NotIssuer
		);
		assert_ok!(force(BOB, 30, b"lost key"));
		System::assert_last_event(
			Event::ForceTransferred {
				instrument: id,
				from: ALICE,
				to: BOB,
				amount: 30,
				reason: BoundedVec::truncate_from(b"lost key".to_vec()),
				by: Controller::Issuer(ISSUER),
			}
			.into(),
		);
		assert_eq!(Holdings::<Test>::get(id, BOB), 30);
		assert_eq!(
			AssetRegistry::frozen_units(id, &ALICE),
			70,
			"the frozen part follows the holding"
		);
		assert_ok!(AssetRegistry::freeze(issuer(), id, CHARLIE));
		assert_ok!(AssetRegistry::set_allowed(issuer(), id, CHARLIE, true));
		assert_noop!(force(CHARLIE, 1, b"lost key"), Error::<Test>::ReceiverFrozen);
	});
}
