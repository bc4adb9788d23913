//! Delivery versus payment: every party affirms, then every leg moves in one step, or none.

use super::*;
use frame_support::{assert_noop, traits::fungible::InspectHold};

/// EUR balance of `who`.
fn eur_of(who: AccountId) -> Balance {
	pallet_assets::Pallet::<Test>::balance(EUR, who)
}

/// ALICE sells `units` of `bond` to BOB for `price` EUR, BOB paying ISSUER's fee of 10 EUR.
fn trade(bond: InstrumentId, units: Units, price: Balance) -> Vec<LegOf<Test>> {
	vec![
		Leg { from: ALICE, to: BOB, asset: LegAsset::Units { instrument: bond, amount: units } },
		Leg { from: BOB, to: ALICE, asset: LegAsset::Payment { asset: eur(), amount: price } },
		Leg { from: BOB, to: ISSUER, asset: LegAsset::Payment { asset: eur(), amount: 10 } },
	]
}

/// A bond of which ALICE holds 100 units, and BOB 5 000 EUR.
fn setup() -> InstrumentId {
	let bond = open_bond();
	assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 100));
	assert_ok!(pallet_assets::Pallet::<Test>::transfer(
		RuntimeOrigin::signed(ISSUER),
		EUR,
		BOB,
		5_000
	));
	bond
}

#[test]
fn a_trade_settles_whole_once_every_party_affirms() {
	run(|| {
		let bond = setup();
		// BOB proposes: a party, he affirms by proposing and holds the deposit.
		assert_ok!(AssetRegistry::propose_settlement(
			RuntimeOrigin::signed(BOB),
			trade(bond, 40, 4_000)
		));
		let id = LastSettlementId::<Test>::get();
		let record = Settlements::<Test>::get(id).unwrap();
		assert_eq!(record.parties.to_vec(), vec![ALICE, BOB, ISSUER]);
		assert_eq!(record.affirmed.to_vec(), vec![BOB]);
		assert_eq!(
			Balances::balance_on_hold(&HoldReason::Settlement.into(), &BOB),
			SETTLEMENT_DEPOSIT
		);

		let affirm = |who| AssetRegistry::affirm_settlement(RuntimeOrigin::signed(who), id);
		assert_noop!(affirm(CHARLIE), Error::<Test>::NotAParty);
		assert_noop!(affirm(BOB), Error::<Test>::AlreadyAffirmed);
		assert_noop!(
			AssetRegistry::execute_settlement(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotFullyAffirmed
		);
		assert_ok!(affirm(ALICE));
		// Nothing has moved until the last party affirms.
		assert_eq!(Holdings::<Test>::get(bond, BOB), 0);
		assert_eq!(eur_of(ALICE), 0);
		let issuer_eur = eur_of(ISSUER);
		assert_ok!(affirm(ISSUER));
		System::assert_has_event(Event::Settled { settlement: id }.into());
		assert_eq!(Holdings::<Test>::get(bond, ALICE), 60);
		assert_eq!(Holdings::<Test>::get(bond, BOB), 40);
		assert_eq!(eur_of(ALICE), 4_000);
		assert_eq!(eur_of(BOB), 5_000 - 4_010);
		assert_eq!(eur_of(ISSUER), issuer_eur + 10);
		let record = Settlements::<Test>::get(id).unwrap();
		assert_eq!(record.status, SettlementStatus::Settled);
		assert_eq!(record.settled_at, Some(1));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Settlement.into(), &BOB), 0);
		assert_noop!(affirm(ALICE), Error::<Test>::SettlementNotPending);
	});
}

#[test]
fn a_leg_that_cannot_move_moves_nothing_and_the_trade_waits() {
	run(|| {
		let bond = setup();
		// BOB cannot pay 6 000: the units must not move either.
		assert_ok!(AssetRegistry::propose_settlement(
			RuntimeOrigin::signed(ALICE),
			trade(bond, 40, 6_000)
		));
		let id = LastSettlementId::<Test>::get();
		assert_ok!(AssetRegistry::affirm_settlement(RuntimeOrigin::signed(ISSUER), id));
		assert_ok!(AssetRegistry::affirm_settlement(RuntimeOrigin::signed(BOB), id));
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::AssetRegistry(Event::SettlementFailed { settlement, leg: 1, .. }) if settlement == id
		)));
		assert_eq!(Holdings::<Test>::get(bond, ALICE), 100);
		assert_eq!(Holdings::<Test>::get(bond, BOB), 0);
		assert_eq!(eur_of(BOB), 5_000);
		assert_eq!(Settlements::<Test>::get(id).unwrap().status, SettlementStatus::Pending);

		// Funded, BOB tries again and it settles.
		assert_ok!(pallet_assets::Pallet::<Test>::transfer(
			RuntimeOrigin::signed(ISSUER),
			EUR,
			BOB,
			2_000
		));
		assert_noop!(
			AssetRegistry::execute_settlement(RuntimeOrigin::signed(CHARLIE), id),
			Error::<Test>::NotAParty
		);
		assert_ok!(AssetRegistry::execute_settlement(RuntimeOrigin::signed(BOB), id));
		System::assert_has_event(Event::Settled { settlement: id }.into());
		assert_eq!(Holdings::<Test>::get(bond, BOB), 40);
		assert_eq!(eur_of(ALICE), 6_000);
	});
}

#[test]
fn compliance_applies_to_a_settlements_units() {
	run(|| {
		let bond = register(
			Identifier::Isin(*ISIN),
			InstrumentKind::Bond(bond_terms()),
			Compliance::AllowList,
		);
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), bond, ALICE, true));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 100));
		assert_ok!(pallet_assets::Pallet::<Test>::transfer(
			RuntimeOrigin::signed(ISSUER),
			EUR,
			BOB,
			5_000
		));
		assert_ok!(AssetRegistry::propose_settlement(
			RuntimeOrigin::signed(ALICE),
			trade(bond, 40, 4_000)
		));
		let id = LastSettlementId::<Test>::get();
		assert_ok!(AssetRegistry::affirm_settlement(RuntimeOrigin::signed(ISSUER), id));
		assert_ok!(AssetRegistry::affirm_settlement(RuntimeOrigin::signed(BOB), id));
		// BOB is not on the allow-list: the units leg fails, so no payment moved either.
		assert!(System::events().iter().any(|record| matches!(
			record.event,
			RuntimeEvent::AssetRegistry(Event::SettlementFailed { leg: 0, .. })
		)));
		assert_eq!(eur_of(BOB), 5_000);
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), bond, BOB, true));
		assert_ok!(AssetRegistry::execute_settlement(RuntimeOrigin::signed(ALICE), id));
		assert_eq!(Holdings::<Test>::get(bond, BOB), 40);
	});
}

#[test]
fn affirmations_are_withdrawn_and_trades_cancelled_before_they_settle() {
	run(|| {
		let bond = setup();
		// CHARLIE, a broker, proposes the trade.
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), CHARLIE, 1_000));
		assert_ok!(AssetRegistry::propose_settlement(
			RuntimeOrigin::signed(CHARLIE),
			trade(bond, 40, 4_000)
		));
		let id = LastSettlementId::<Test>::get();
		// A proposer that is no party affirms nothing, but holds the deposit.
		assert!(Settlements::<Test>::get(id).unwrap().affirmed.is_empty());
		assert_ok!(AssetRegistry::affirm_settlement(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(
			AssetRegistry::withdraw_affirmation(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotAffirmed
		);
		assert_ok!(AssetRegistry::withdraw_affirmation(RuntimeOrigin::signed(ALICE), id));
		System::assert_last_event(
			Event::AffirmationWithdrawn { settlement: id, party: ALICE }.into(),
		);
		assert!(Settlements::<Test>::get(id).unwrap().affirmed.is_empty());
		assert_noop!(
			AssetRegistry::cancel_settlement(RuntimeOrigin::signed(POOR), id),
			Error::<Test>::NotAParty
		);
		assert_ok!(AssetRegistry::cancel_settlement(RuntimeOrigin::signed(BOB), id));
		System::assert_last_event(Event::SettlementCancelled { settlement: id, by: BOB }.into());
		assert_eq!(Settlements::<Test>::get(id).unwrap().status, SettlementStatus::Cancelled);
		assert_eq!(Balances::balance_on_hold(&HoldReason::Settlement.into(), &CHARLIE), 0);
		assert_noop!(
			AssetRegistry::affirm_settlement(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::SettlementNotPending
		);
		assert_noop!(
			AssetRegistry::cancel_settlement(RuntimeOrigin::signed(BOB), 99),
			Error::<Test>::SettlementNotFound
		);
		assert_eq!(Holdings::<Test>::get(bond, ALICE), 100);
	});
}

#[test]
fn bad_settlements_are_refused_by_name() {
	run(|| {
		let bond = setup();
		let propose = |legs: Vec<LegOf<Test>>| {
			AssetRegistry::propose_settlement(RuntimeOrigin::signed(ALICE), legs)
		};
		let units = |from, to, instrument, amount| Leg {
			from,
			to,
			asset: LegAsset::Units { instrument, amount },
		};
		let pay =
			|from, to, amount| Leg { from, to, asset: LegAsset::Payment { asset: eur(), amount } };
		assert_noop!(propose(vec![units(ALICE, BOB, bond, 1)]), Error::<Test>::TooFewLegs);
		assert_noop!(propose(vec![pay(BOB, ALICE, 1); 5]), Error::<Test>::TooManyLegs);
		assert_noop!(
			propose(vec![units(ALICE, ALICE, bond, 1), pay(BOB, ALICE, 1)]),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			propose(vec![units(ALICE, BOB, 99, 1), pay(BOB, ALICE, 1)]),
			Error::<Test>::InstrumentNotFound
		);
		assert_noop!(
			propose(vec![units(ALICE, BOB, bond, 0), pay(BOB, ALICE, 1)]),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			propose(vec![units(ALICE, BOB, bond, 1), pay(BOB, ALICE, 0)]),
			Error::<Test>::ZeroAmount
		);
		// POOR cannot hold the deposit.
		assert!(AssetRegistry::propose_settlement(
			RuntimeOrigin::signed(POOR),
			vec![units(ALICE, BOB, bond, 1), pay(BOB, ALICE, 1)]
		)
		.is_err());
		assert_eq!(LastSettlementId::<Test>::get(), 0);
	});
}
