//! Storage has a deposit: held when an item is added, released to whoever paid it when the item
//! goes. `try_state` (run after every test) checks that the balance on hold is the sum of the
//! recorded deposits.

use crate::{mock::*, types::*, Deposits, HoldReason, LastObservation};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::TokenError;

fn held(who: AccountId, reason: HoldReason) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Provenance(reason), &who)
}

fn free(who: AccountId) -> u64 {
	Balances::balance(&who)
}

#[test]
fn a_facility_holds_its_deposit_until_it_is_deactivated() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		assert_eq!(held(MINER_A, HoldReason::Facility), 10);
		assert_eq!(free(MINER_A), ENDOWMENT - 10);
		assert_eq!(
			Deposits::<Test>::get(DepositItem::Facility(mine)),
			Some(Deposit { depositor: MINER_A, amount: 10 })
		);
		assert_ok!(Provenance::deactivate_facility(signed(REGULATOR), mine));
		assert_eq!(held(MINER_A, HoldReason::Facility), 0);
		assert_eq!(free(MINER_A), ENDOWMENT);
	});
}

#[test]
fn lots_hold_their_deposits_until_consumed_and_pay_them_back_to_who_made_them() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_eq!(held(MINER_A, HoldReason::Lot), 5);
		// A transfer holds the proposer's deposit while it is open.
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_eq!(held(MINER_A, HoldReason::Transfer), 3);
		assert_ok!(Provenance::accept_transfer(signed(TRADER), id, 1_000));
		assert_eq!(held(MINER_A, HoldReason::Transfer), 0);
		// The trader splits the miner's lot: the miner gets the lot's deposit back, the trader
		// pays for the three pieces.
		assert_ok!(Provenance::split(signed(TRADER), id, vec![300, 300, 400]));
		assert_eq!(held(MINER_A, HoldReason::Lot), 0);
		assert_eq!(held(TRADER, HoldReason::Lot), 15);
		let pieces = lot(id).children.to_vec();
		assert_ok!(Provenance::merge(signed(TRADER), vec![pieces[0], pieces[1]]));
		assert_eq!(held(TRADER, HoldReason::Lot), 10);
		assert_ok!(Provenance::consume(signed(TRADER), pieces[2]));
		assert_eq!(held(TRADER, HoldReason::Lot), 5);
		assert_eq!(free(MINER_A), ENDOWMENT - 10);
	});
}

#[test]
fn an_observation_holds_the_observers_deposit_until_replaced_or_the_lot_consumed() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Gold, 1_000, 900_000);
		let observe = |who| {
			Provenance::observe(
				signed(who),
				id,
				BusinessStep::Assaying,
				Disposition::Active,
				hash(1),
			)
		};
		assert_ok!(observe(AUDITOR));
		assert_eq!(held(AUDITOR, HoldReason::Observation), 2);
		assert_ok!(observe(MINER_A));
		assert_eq!(held(AUDITOR, HoldReason::Observation), 0);
		assert_eq!(held(MINER_A, HoldReason::Observation), 2);
		assert_ok!(Provenance::consume(signed(MINER_A), id));
		assert_eq!(held(MINER_A, HoldReason::Observation), 0);
		assert!(LastObservation::<Test>::get(id).is_none());
	});
}

#[test]
fn an_attestation_holds_the_issuers_deposit_until_revoked_or_evicted() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let first = certify(mine);
		assert_eq!(held(ISSUER, HoldReason::Attestation), 7);
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), first));
		assert_eq!(held(ISSUER, HoldReason::Attestation), 0);
		// An expired attestation's deposit comes back when it leaves a full list.
		let now = System::block_number();
		let attest = |issuer, until| {
			Provenance::attest(
				signed(issuer),
				Subject::Facility(mine),
				Scheme::Rmap,
				b"R".to_vec(),
				now,
				until,
				hash(1),
			)
		};
		assert_ok!(attest(ISSUER, now + 1));
		assert_ok!(attest(ISSUER_2, now + 100));
		assert_eq!(held(ISSUER, HoldReason::Attestation), 7);
		System::set_block_number(now + 2);
		// The list holds the revoked one, the expired one and ISSUER_2's: the revoked one leaves.
		assert_ok!(attest(ISSUER_2, now + 100));
		assert_eq!(held(ISSUER, HoldReason::Attestation), 7);
		// Full again: the expired one leaves and its issuer is paid back.
		assert_ok!(Provenance::attest(
			signed(ISSUER),
			Subject::Facility(mine),
			Scheme::Rmap,
			b"R".to_vec(),
			now + 2,
			now + 100,
			hash(1),
		));
		assert_eq!(held(ISSUER, HoldReason::Attestation), 7);
		assert_eq!(held(ISSUER_2, HoldReason::Attestation), 14);
	});
}

#[test]
fn a_party_that_cannot_pay_the_deposit_adds_nothing() {
	new_test_ext(|| {
		assert_noop!(
			Provenance::register_facility(
				signed(PAUPER),
				FacilityKind::Mine,
				CountryCode(*b"CD"),
				0,
				0,
				None,
				None
			),
			TokenError::FundsUnavailable
		);
		let mine = facility(MINER_A, FacilityKind::Mine);
		assert_ok!(Provenance::transfer_facility(signed(MINER_A), mine, PAUPER));
		assert_noop!(
			Provenance::create_lot(signed(PAUPER), mine, Commodity::Tin, 1, 1, None, hash(1)),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn a_split_holds_every_pieces_deposit_or_none() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		// Leave MINER_A enough for two more lot deposits, not three (and the existential deposit).
		let spare = free(MINER_A) - 11;
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
			&MINER_A,
			&STRANGER,
			spare,
			frame_support::traits::tokens::Preservation::Preserve,
		));
		assert_noop!(
			Provenance::split(signed(MINER_A), id, vec![300, 300, 400]),
			TokenError::FundsUnavailable
		);
		assert_ok!(Provenance::split(signed(MINER_A), id, vec![500, 500]));
	});
}
