//! Issuing, moving and burning units; compliance on every receiving path; `can_transfer`.

use super::*;
use frame_support::assert_noop;

fn allow_list_bond() -> InstrumentId {
	register(Identifier::Isin(*ISIN), InstrumentKind::Bond(bond_terms()), Compliance::AllowList)
}

fn holding(id: InstrumentId, who: AccountId) -> Units {
	Holdings::<Test>::get(id, who)
}

#[test]
fn the_issuer_issues_holders_transfer_and_the_issuer_burns() {
	run(|| {
		let id = open_bond();
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 500));
		System::assert_last_event(
			Event::Issued { instrument: id, to: ALICE, amount: 500, supply: 500 }.into(),
		);
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 200));
		System::assert_last_event(
			Event::Transferred { instrument: id, from: ALICE, to: BOB, amount: 200 }.into(),
		);
		assert_eq!((holding(id, ALICE), holding(id, BOB)), (300, 200));
		assert_eq!(Instruments::<Test>::get(id).unwrap().holders, 2);
		// Moving everything leaves no zero holding behind.
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(BOB), id, ALICE, 200));
		assert!(!Holdings::<Test>::contains_key(id, BOB));
		assert_eq!(Instruments::<Test>::get(id).unwrap().holders, 1);
		assert_ok!(AssetRegistry::burn(RuntimeOrigin::signed(ISSUER), id, ALICE, 100));
		System::assert_last_event(
			Event::Burnt { instrument: id, from: ALICE, amount: 100, supply: 400 }.into(),
		);
		assert_eq!(Instruments::<Test>::get(id).unwrap().supply, 400);
	});
}

#[test]
fn only_the_issuer_issues_burns_and_keeps_the_allow_list() {
	run(|| {
		let id = open_bond();
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ALICE), id, ALICE, 1),
			Error::<Test>::NotIssuer
		);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_noop!(
			AssetRegistry::burn(RuntimeOrigin::signed(ALICE), id, ALICE, 1),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			AssetRegistry::set_allowed(RuntimeOrigin::signed(ALICE), id, ALICE, true),
			Error::<Test>::NotIssuer
		);
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), 9, ALICE, 1),
			Error::<Test>::InstrumentNotFound
		);
	});
}

#[test]
fn bad_amounts_are_refused_and_nothing_changes() {
	run(|| {
		let id = open_bond();
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 11),
			Error::<Test>::InsufficientUnits
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, ALICE, 1),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			AssetRegistry::burn(RuntimeOrigin::signed(ISSUER), id, ALICE, 11),
			Error::<Test>::InsufficientUnits
		);
		assert_noop!(
			AssetRegistry::burn(RuntimeOrigin::signed(ISSUER), id, ALICE, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), 9, BOB, 1),
			Error::<Test>::InstrumentNotFound
		);
	});
}

#[test]
fn an_allow_list_instrument_reaches_only_allowed_accounts_on_every_path() {
	run(|| {
		let id = allow_list_bond();
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10),
			Error::<Test>::ReceiverNotAllowed
		);
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, ALICE, true));
		System::assert_last_event(
			Event::AllowListChanged { instrument: id, account: ALICE, allowed: true, by: ISSUER }
				.into(),
		);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 5),
			Err(TransferRefusal::ReceiverNotAllowed)
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 5),
			Error::<Test>::ReceiverNotAllowed
		);
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, BOB, true));
		assert_eq!(AssetRegistry::can_transfer(id, &ALICE, &BOB, 5), Ok(()));
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 5));
		// Taken off the list, Alice keeps her units but can no longer send them.
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, ALICE, false));
		assert_eq!(holding(id, ALICE), 5);
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 1),
			Err(TransferRefusal::SenderNotAllowed)
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 1),
			Error::<Test>::SenderNotAllowed
		);
	});
}

#[test]
fn can_transfer_names_each_reason() {
	run(|| {
		let id = open_bond();
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_eq!(
			AssetRegistry::can_transfer(9, &ALICE, &BOB, 1),
			Err(TransferRefusal::InstrumentNotFound)
		);
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 0),
			Err(TransferRefusal::ZeroAmount)
		);
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &ALICE, 1),
			Err(TransferRefusal::SelfTransfer)
		);
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 11),
			Err(TransferRefusal::InsufficientUnits)
		);
		assert_eq!(AssetRegistry::can_transfer(id, &ALICE, &BOB, 10), Ok(()));
		// A paused instrument refuses everything.
		assert_ok!(AssetRegistry::pause(RuntimeOrigin::signed(ISSUER), id));
		assert_eq!(
			AssetRegistry::can_transfer(id, &ALICE, &BOB, 1),
			Err(TransferRefusal::InstrumentPaused)
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, BOB, 1),
			Error::<Test>::InstrumentPaused
		);
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, BOB, 1),
			Error::<Test>::InstrumentPaused
		);
	});
}

#[test]
fn an_equity_issues_up_to_its_authorised_shares_and_a_contract_has_no_units() {
	run(|| {
		let shares = register(
			other_id(b"EQ"),
			InstrumentKind::Equity(EquityTerms {
				authorised_shares: 100,
				dividend_asset: eur(),
				classes: BoundedVec::truncate_from(vec![ShareClass {
					name: BoundedVec::truncate_from(b"A".to_vec()),
					votes_per_share: 1,
				}]),
			}),
			Compliance::Open,
		);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), shares, ALICE, 100));
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), shares, BOB, 1),
			Error::<Test>::ExceedsAuthorisedShares
		);
		let deal = register(
			other_id(b"CT"),
			InstrumentKind::Contract(ContractTerms {
				parties: BoundedVec::truncate_from(vec![ALICE, BOB]),
				document: sp_core::H256::repeat_byte(1),
			}),
			Compliance::Open,
		);
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), deal, ALICE, 1),
			Error::<Test>::ContractsHaveNoUnits
		);
	});
}

#[test]
fn a_spender_moves_up_to_its_approval_through_the_same_checks() {
	run(|| {
		let id = register(
			Identifier::Isin(*ISIN),
			InstrumentKind::Bond(bond_terms()),
			Compliance::AllowList,
		);
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, ALICE, true));
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, BOB, true));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 100));
		assert_noop!(
			AssetRegistry::approve(RuntimeOrigin::signed(ALICE), id, ALICE, 5),
			Error::<Test>::SelfTransfer
		);
		assert_noop!(
			AssetRegistry::approve(RuntimeOrigin::signed(ALICE), 9, BOB, 5),
			Error::<Test>::InstrumentNotFound
		);
		assert_ok!(AssetRegistry::approve(RuntimeOrigin::signed(ALICE), id, BOB, 30));
		System::assert_last_event(
			Event::Approved { instrument: id, owner: ALICE, spender: BOB, amount: 30 }.into(),
		);
		let spend = |to: AccountId, amount: Units| {
			AssetRegistry::transfer_from(RuntimeOrigin::signed(BOB), id, ALICE, to, amount)
		};
		assert_noop!(spend(BOB, 31), Error::<Test>::ApprovalExceeded);
		// The receiver still passes compliance.
		assert_noop!(spend(CHARLIE, 10), Error::<Test>::ReceiverNotAllowed);
		assert_ok!(spend(BOB, 20));
		System::assert_last_event(
			Event::TransferredByApproval {
				instrument: id,
				spender: BOB,
				from: ALICE,
				to: BOB,
				amount: 20,
				remaining: 10,
			}
			.into(),
		);
		assert_ok!(spend(BOB, 10));
		assert!(!Approvals::<Test>::contains_key((id, ALICE, BOB)), "a used-up approval is gone");
		assert_noop!(spend(BOB, 1), Error::<Test>::ApprovalExceeded);
		assert_eq!((holding(id, ALICE), holding(id, BOB)), (70, 30));
		// Withdrawn with 0.
		assert_ok!(AssetRegistry::approve(RuntimeOrigin::signed(ALICE), id, BOB, 5));
		assert_ok!(AssetRegistry::approve(RuntimeOrigin::signed(ALICE), id, BOB, 0));
		assert_noop!(spend(BOB, 1), Error::<Test>::ApprovalExceeded);
	});
}

#[test]
fn another_pallet_moving_units_through_the_trait_passes_the_same_compliance() {
	use lode_primitives::InstrumentTransfers;
	run(|| {
		let id = allow_list_bond();
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, ALICE, true));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 100));
		let via_trait = |to: AccountId, amount| {
			<AssetRegistry as InstrumentTransfers<AccountId>>::transfer(id, &ALICE, &to, amount)
		};
		// Bob is not on the allow-list: refused by name, nothing moves.
		assert_noop!(
			<AssetRegistry as InstrumentTransfers<AccountId>>::can_transfer(id, &ALICE, &BOB, 10),
			Error::<Test>::ReceiverNotAllowed
		);
		assert_noop!(via_trait(BOB, 10), Error::<Test>::ReceiverNotAllowed);
		// A freeze stops it as it stops the call.
		assert_ok!(AssetRegistry::set_allowed(RuntimeOrigin::signed(ISSUER), id, BOB, true));
		assert_ok!(AssetRegistry::freeze(RuntimeOrigin::signed(ISSUER), id, ALICE));
		assert_noop!(via_trait(BOB, 10), Error::<Test>::SenderFrozen);
		assert_ok!(AssetRegistry::thaw(RuntimeOrigin::signed(ISSUER), id, ALICE));
		assert_noop!(via_trait(BOB, 101), Error::<Test>::InsufficientUnits);

		assert_ok!(via_trait(BOB, 10));
		System::assert_last_event(
			Event::Transferred { instrument: id, from: ALICE, to: BOB, amount: 10 }.into(),
		);
		let units =
			|who| -> Units { <AssetRegistry as InstrumentTransfers<AccountId>>::units(id, &who) };
		assert_eq!((units(ALICE), units(BOB)), (90, 10));
	});
}
