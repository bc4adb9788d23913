//! Queries behind the runtime API: an anchor by hash, the anchors of a subject, a page at a time.

use super::*;
use crate::{queries::MAX_PAGE, Subject};

#[test]
fn anchor_of_reads_an_anchor_revoked_or_not() {
	run(|| {
		assert!(Notary::anchor_of(digest(1)).is_none());
		anchor_file(ALICE, 1, b"");
		assert_eq!(Notary::anchor_of(digest(1)).map(|anchor| anchor.anchored_by), Some(ALICE));
		assert_ok!(Notary::revoke(RuntimeOrigin::signed(ALICE), digest(1), b"".to_vec()));
		assert!(Notary::anchor_of(digest(1)).unwrap().revocation.is_some());
	});
}

#[test]
fn the_anchors_of_a_subject_come_a_page_at_a_time() {
	run(|| {
		for seed in 1..=5u8 {
			assert_ok!(Notary::anchor(
				RuntimeOrigin::signed(BOB),
				digest(seed),
				crate::HashAlgorithm::Sha256,
				crate::AnchorKind::Evidence,
				Some(Subject::Lot(3)),
				None,
			));
		}
		anchor_file(BOB, 6, b"about nothing");
		let all = Notary::anchors_of(Subject::Lot(3), None, MAX_PAGE + 1);
		let mut sorted = all.clone();
		sorted.sort();
		assert_eq!(sorted, (1..=5u8).map(digest).collect::<Vec<_>>());
		let first = Notary::anchors_of(Subject::Lot(3), None, 2);
		let second = Notary::anchors_of(Subject::Lot(3), first.last().copied(), 2);
		let third = Notary::anchors_of(Subject::Lot(3), second.last().copied(), 2);
		assert_eq!([first, second, third].concat(), all);
		assert!(Notary::anchors_of(Subject::Lot(2), None, 10).is_empty());
	});
}

#[test]
fn the_anchor_key_is_where_the_record_is_stored() {
	run(|| {
		anchor_file(ALICE, 7, b"k");
		let key = Notary::anchor_key(digest(7));
		let raw = sp_io::storage::get(&key).expect("the record under its key");
		let decoded: crate::AnchorOf<Test> = codec::Decode::decode(&mut &raw[..]).unwrap();
		assert_eq!(Some(decoded), Notary::anchor_of(digest(7)));
		// twox128("Notary") ++ twox128("Anchors") ++ blake2_128(hash) ++ hash.
		assert_eq!(key.len(), 16 + 16 + 16 + 32);
		assert_eq!(&key[48..], digest(7).as_bytes());
	});
}
