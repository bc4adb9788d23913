//! `anchor_batch`: a Merkle root with its leaf count and schema.

use super::*;
use crate::{Anchors, Content, Error, Event};
use frame_support::assert_noop;

#[test]
fn a_batch_root_records_its_leaves_and_schema() {
	run(|| {
		assert_ok!(Notary::anchor_batch(
			RuntimeOrigin::signed(BOB),
			digest(1),
			12,
			b"files/1".to_vec()
		));
		let anchor = Anchors::<Test>::get(digest(1)).unwrap();
		let schema: frame_support::BoundedVec<u8, _> = b"files/1".to_vec().try_into().unwrap();
		assert_eq!(anchor.content, Content::Batch { leaf_count: 12, schema: schema.clone() });
		assert_eq!(anchor.anchored_by, BOB);
		assert_eq!(anchor.deposit, BASE + 7 * PER_BYTE);
		System::assert_last_event(
			Event::BatchAnchored {
				root: digest(1),
				leaf_count: 12,
				schema,
				by: BOB,
				deposit: BASE + 7 * PER_BYTE,
			}
			.into(),
		);
	});
}

#[test]
fn an_empty_batch_is_refused() {
	run(|| {
		assert_noop!(
			Notary::anchor_batch(RuntimeOrigin::signed(BOB), digest(2), 0, b"files/1".to_vec()),
			Error::<Test>::EmptyBatch
		);
	});
}

#[test]
fn a_batch_names_its_schema() {
	run(|| {
		assert_noop!(
			Notary::anchor_batch(RuntimeOrigin::signed(BOB), digest(2), 3, Vec::new()),
			Error::<Test>::EmptySchema
		);
		assert!(!Anchors::<Test>::contains_key(digest(2)));
	});
}

#[test]
fn a_schema_past_the_bound_is_refused() {
	run(|| {
		assert_noop!(
			Notary::anchor_batch(
				RuntimeOrigin::signed(BOB),
				digest(3),
				1,
				vec![b's'; MAX_SCHEMA as usize + 1]
			),
			Error::<Test>::SchemaTooLong
		);
	});
}

#[test]
fn a_batch_root_is_a_hash_like_any_other() {
	run(|| {
		anchor_file(ALICE, 4, b"");
		assert_noop!(
			Notary::anchor_batch(RuntimeOrigin::signed(BOB), digest(4), 3, b"x".to_vec()),
			Error::<Test>::AlreadyAnchored
		);
		assert_noop!(
			Notary::anchor_batch(RuntimeOrigin::signed(BOB), H256::zero(), 3, b"x".to_vec()),
			Error::<Test>::ZeroHash
		);
	});
}
