//! `anchor`: what it records, and every way it fails.

use super::*;
use crate::{
	Anchor, AnchorCount, AnchorKind, Anchors, Content, Error, Event, HashAlgorithm, Subject,
};
use codec::{Decode, Encode};
use frame_support::assert_noop;

#[test]
fn an_anchor_records_every_field_and_says_so() {
	run(|| {
		System::set_block_number(7);
		Now::set(1_750_000_000_000);
		assert_ok!(Notary::anchor(
			RuntimeOrigin::signed(ALICE),
			digest(1),
			HashAlgorithm::Keccak256,
			AnchorKind::Certificate,
			Some(Subject::Lot(2)),
			Some(b"RMAP 2026".to_vec()),
		));
		let memo = b"RMAP 2026".to_vec().try_into().unwrap();
		let deposit = BASE + 9 * PER_BYTE;
		assert_eq!(
			Anchors::<Test>::get(digest(1)),
			Some(Anchor {
				content: Content::Item {
					algorithm: HashAlgorithm::Keccak256,
					kind: AnchorKind::Certificate,
					subject: Some(Subject::Lot(2)),
					memo: b"RMAP 2026".to_vec().try_into().unwrap(),
				},
				anchored_by: ALICE,
				block: 7,
				moment: 1_750_000_000_000,
				deposit,
				revocation: None,
			})
		);
		assert_eq!(AnchorCount::<Test>::get(), 1);
		System::assert_last_event(
			Event::Anchored {
				digest: digest(1),
				algorithm: HashAlgorithm::Keccak256,
				kind: AnchorKind::Certificate,
				subject: Some(Subject::Lot(2)),
				memo,
				by: ALICE,
				deposit,
			}
			.into(),
		);
	});
}

#[test]
fn memo_and_subject_are_optional() {
	run(|| {
		assert_ok!(Notary::anchor(
			RuntimeOrigin::signed(BOB),
			digest(2),
			HashAlgorithm::Blake2b256,
			AnchorKind::Record,
			None,
			None,
		));
		let anchor = Anchors::<Test>::get(digest(2)).unwrap();
		assert_eq!(anchor.deposit, BASE);
		assert!(
			matches!(anchor.content, Content::Item { subject: None, ref memo, .. } if memo.is_empty())
		);
	});
}

#[test]
fn a_hash_is_anchored_once_and_the_first_anchor_stays() {
	run(|| {
		anchor_file(ALICE, 3, b"first");
		let first = Anchors::<Test>::get(digest(3));
		for who in [ALICE, BOB] {
			assert_noop!(
				Notary::anchor(
					RuntimeOrigin::signed(who),
					digest(3),
					HashAlgorithm::Blake2b256,
					AnchorKind::Other,
					None,
					None,
				),
				Error::<Test>::AlreadyAnchored
			);
		}
		assert_eq!(Anchors::<Test>::get(digest(3)), first);
	});
}

#[test]
fn the_zero_hash_is_refused() {
	run(|| {
		assert_noop!(
			Notary::anchor(
				RuntimeOrigin::signed(ALICE),
				H256::zero(),
				HashAlgorithm::Sha256,
				AnchorKind::File,
				None,
				None,
			),
			Error::<Test>::ZeroHash
		);
	});
}

#[test]
fn a_memo_of_the_longest_length_passes_and_one_byte_more_is_refused() {
	run(|| {
		anchor_file(ALICE, 4, &[b'x'; MAX_MEMO as usize]);
		assert_noop!(
			Notary::anchor(
				RuntimeOrigin::signed(ALICE),
				digest(5),
				HashAlgorithm::Sha256,
				AnchorKind::File,
				None,
				Some(vec![b'x'; MAX_MEMO as usize + 1]),
			),
			Error::<Test>::MemoTooLong
		);
	});
}

#[test]
fn a_subject_must_exist() {
	run(|| {
		for subject in [Subject::Lot(4), Subject::Instrument(7), Subject::Lot(0)] {
			assert_noop!(
				Notary::anchor(
					RuntimeOrigin::signed(ALICE),
					digest(6),
					HashAlgorithm::Sha256,
					AnchorKind::Evidence,
					Some(subject),
					None,
				),
				Error::<Test>::SubjectNotFound
			);
		}
		assert_ok!(Notary::anchor(
			RuntimeOrigin::signed(ALICE),
			digest(6),
			HashAlgorithm::Sha256,
			AnchorKind::Evidence,
			Some(Subject::Instrument(100)),
			None,
		));
	});
}

#[test]
fn an_unsigned_or_root_origin_cannot_anchor() {
	run(|| {
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::root()] {
			assert_noop!(
				Notary::anchor(
					origin,
					digest(8),
					HashAlgorithm::Sha256,
					AnchorKind::File,
					None,
					None,
				),
				sp_runtime::DispatchError::BadOrigin
			);
		}
	});
}

#[test]
fn an_unknown_algorithm_tag_does_not_decode() {
	let call = RuntimeCall::Notary(crate::Call::anchor {
		hash: digest(9),
		algorithm: HashAlgorithm::Keccak256,
		kind: AnchorKind::File,
		subject: None,
		memo: None,
	});
	let mut bytes = call.encode();
	// Pallet index, call index, 32 bytes of hash, then the algorithm's tag.
	assert_eq!(bytes[34], 2, "Keccak-256 is tag 2");
	assert!(RuntimeCall::decode(&mut &bytes[..]).is_ok());
	bytes[34] = 3;
	assert!(RuntimeCall::decode(&mut &bytes[..]).is_err());
	// Each algorithm's tag is fixed: a verifier decodes records by it.
	assert_eq!(HashAlgorithm::Blake2b256.encode(), vec![0]);
	assert_eq!(HashAlgorithm::Sha256.encode(), vec![1]);
	assert_eq!(HashAlgorithm::Keccak256.encode(), vec![2]);
}
