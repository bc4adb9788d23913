//! `revoke`: only the anchoring account, once, and the anchor stays.

use super::*;
use crate::{Anchors, Error, Event, Revocation};
use frame_support::assert_noop;

#[test]
fn a_revoked_anchor_stays_marked_with_when_and_why() {
	run(|| {
		anchor_file(ALICE, 1, b"assay");
		System::set_block_number(9);
		Now::set(1_800_000_000_000);
		assert_ok!(Notary::revoke(RuntimeOrigin::signed(ALICE), digest(1), b"superseded".to_vec()));
		let anchor = Anchors::<Test>::get(digest(1)).expect("a revoked anchor stays");
		let reason: frame_support::BoundedVec<u8, _> = b"superseded".to_vec().try_into().unwrap();
		assert_eq!(
			anchor.revocation,
			Some(Revocation { block: 9, moment: 1_800_000_000_000, reason: reason.clone() })
		);
		let deposit = BASE + 5 * PER_BYTE + 10 * PER_BYTE;
		assert_eq!(anchor.deposit, deposit);
		assert_eq!(anchor.block, 1, "the anchor's own block stays");
		System::assert_last_event(
			Event::Revoked { digest: digest(1), by: ALICE, reason, deposit }.into(),
		);
		// A revoked hash cannot be anchored anew.
		assert_noop!(
			Notary::anchor(
				RuntimeOrigin::signed(BOB),
				digest(1),
				crate::HashAlgorithm::Sha256,
				crate::AnchorKind::File,
				None,
				None,
			),
			Error::<Test>::AlreadyAnchored
		);
	});
}

#[test]
fn a_batch_root_is_revoked_like_an_item() {
	run(|| {
		assert_ok!(Notary::anchor_batch(RuntimeOrigin::signed(BOB), digest(2), 5, b"x".to_vec()));
		assert_ok!(Notary::revoke(RuntimeOrigin::signed(BOB), digest(2), Vec::new()));
		assert!(Anchors::<Test>::get(digest(2)).unwrap().revocation.is_some());
	});
}

#[test]
fn only_the_anchoring_account_revokes() {
	run(|| {
		anchor_file(ALICE, 3, b"");
		assert_noop!(
			Notary::revoke(RuntimeOrigin::signed(BOB), digest(3), b"mine now".to_vec()),
			Error::<Test>::NotAnchorer
		);
		assert_noop!(
			Notary::revoke(RuntimeOrigin::root(), digest(3), b"".to_vec()),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn revoking_twice_or_an_unknown_hash_fails() {
	run(|| {
		assert_noop!(
			Notary::revoke(RuntimeOrigin::signed(ALICE), digest(4), b"".to_vec()),
			Error::<Test>::AnchorNotFound
		);
		anchor_file(ALICE, 4, b"");
		assert_ok!(Notary::revoke(RuntimeOrigin::signed(ALICE), digest(4), b"once".to_vec()));
		assert_noop!(
			Notary::revoke(RuntimeOrigin::signed(ALICE), digest(4), b"twice".to_vec()),
			Error::<Test>::AlreadyRevoked
		);
	});
}

#[test]
fn a_reason_past_the_bound_is_refused() {
	run(|| {
		anchor_file(ALICE, 5, b"");
		assert_noop!(
			Notary::revoke(
				RuntimeOrigin::signed(ALICE),
				digest(5),
				vec![b'r'; MAX_REASON as usize + 1]
			),
			Error::<Test>::ReasonTooLong
		);
		assert_ok!(Notary::revoke(
			RuntimeOrigin::signed(ALICE),
			digest(5),
			vec![b'r'; MAX_REASON as usize]
		));
	});
}
