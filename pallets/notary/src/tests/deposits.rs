//! Deposits: held from the anchoring account, sized by the stored bytes, checked by try_state.

use super::*;
use crate::{Anchors, HoldReason};
use frame_support::{
	assert_noop,
	traits::fungible::{InspectHold, MutateHold},
};
use sp_runtime::TokenError;

fn held(who: AccountId) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Notary(HoldReason::Anchor), &who)
}

#[test]
fn each_anchor_holds_its_deposit_and_a_revocation_adds_its_reason() {
	run(|| {
		anchor_file(ALICE, 1, b"abc");
		assert_eq!(held(ALICE), BASE + 3 * PER_BYTE);
		assert_ok!(Notary::anchor_batch(
			RuntimeOrigin::signed(ALICE),
			digest(2),
			4,
			b"ab".to_vec()
		));
		assert_eq!(held(ALICE), 2 * BASE + 5 * PER_BYTE);
		assert_ok!(Notary::revoke(RuntimeOrigin::signed(ALICE), digest(1), b"wxyz".to_vec()));
		assert_eq!(held(ALICE), 2 * BASE + 9 * PER_BYTE);
		assert_eq!(Balances::free_balance(ALICE), ENDOWMENT - held(ALICE));
		assert_eq!(held(BOB), 0);
	});
}

#[test]
fn an_account_that_cannot_pay_anchors_nothing() {
	run(|| {
		// POOR can pay a bare anchor, not one with a memo.
		assert_noop!(
			Notary::anchor(
				RuntimeOrigin::signed(POOR),
				digest(3),
				crate::HashAlgorithm::Sha256,
				crate::AnchorKind::File,
				None,
				Some(b"m".to_vec()),
			),
			TokenError::FundsUnavailable
		);
		assert_noop!(
			Notary::anchor_batch(RuntimeOrigin::signed(POOR), digest(3), 1, b"m".to_vec()),
			TokenError::FundsUnavailable
		);
		anchor_file(POOR, 3, b"");
		assert_eq!(held(POOR), BASE);
		// Nor revoke with a reason it cannot pay for.
		assert_noop!(
			Notary::revoke(RuntimeOrigin::signed(POOR), digest(3), b"why".to_vec()),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn the_invariant_check_catches_a_deposit_that_differs_from_the_hold() {
	new_test_ext().execute_with(|| {
		anchor_file(ALICE, 4, b"");
		assert!(Notary::do_try_state().is_ok());
		assert_ok!(Balances::hold(&RuntimeHoldReason::Notary(HoldReason::Anchor), &ALICE, 1));
		assert!(Notary::do_try_state().is_err(), "one unit held that no anchor records");
		assert_ok!(Balances::release(
			&RuntimeHoldReason::Notary(HoldReason::Anchor),
			&ALICE,
			1,
			frame_support::traits::tokens::Precision::Exact
		));
		assert!(Notary::do_try_state().is_ok());
		Anchors::<Test>::mutate(digest(4), |anchor| {
			if let Some(anchor) = anchor {
				anchor.deposit += 1;
			}
		});
		assert!(Notary::do_try_state().is_err(), "a record that claims more than is held");
	});
}

#[test]
fn the_invariant_check_catches_a_broken_count_or_index() {
	new_test_ext().execute_with(|| {
		assert_ok!(Notary::anchor(
			RuntimeOrigin::signed(ALICE),
			digest(5),
			crate::HashAlgorithm::Sha256,
			crate::AnchorKind::File,
			Some(crate::Subject::Lot(1)),
			None,
		));
		assert!(Notary::do_try_state().is_ok());
		crate::AnchorCount::<Test>::put(2);
		assert!(Notary::do_try_state().is_err());
		crate::AnchorCount::<Test>::put(1);
		crate::AnchorsBySubject::<Test>::remove(crate::Subject::Lot(1), digest(5));
		assert!(Notary::do_try_state().is_err());
		crate::AnchorsBySubject::<Test>::insert(crate::Subject::Lot(2), digest(5), ());
		assert!(Notary::do_try_state().is_err());
	});
}
