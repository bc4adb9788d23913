//! Documents: versions supersede, never erase.

use super::*;
use frame_support::{assert_noop, traits::fungible::InspectHold};
use sp_core::H256;

#[test]
fn a_new_version_supersedes_and_the_old_one_stays() {
	run(|| {
		let id = open_bond();
		let file = |uri: &[u8], hash: u8| {
			AssetRegistry::file_document(
				RuntimeOrigin::signed(ISSUER),
				id,
				b"prospectus".to_vec(),
				uri.to_vec(),
				H256::repeat_byte(hash),
			)
		};
		assert_ok!(file(b"ipfs://first", 1));
		assert_ok!(file(b"ipfs://second", 2));
		let name: BoundedVec<u8, _> = BoundedVec::truncate_from(b"prospectus".to_vec());
		assert_eq!(LatestDocument::<Test>::get(id, &name), Some(2));
		let first = Documents::<Test>::get((id, &name, 1)).expect("version 1 stays");
		let second = Documents::<Test>::get((id, &name, 2)).expect("version 2");
		assert_eq!(
			(first.content_hash, second.content_hash),
			(H256::repeat_byte(1), H256::repeat_byte(2))
		);
		assert_eq!(second.deposit, DOCUMENT_DEPOSIT + 10 + 13);
		System::assert_last_event(
			Event::DocumentFiled {
				instrument: id,
				name,
				version: 2,
				uri: second.uri,
				content_hash: H256::repeat_byte(2),
				by: ISSUER,
				deposit: second.deposit,
			}
			.into(),
		);
		let held = Balances::balance_on_hold(&HoldReason::Document.into(), &ISSUER);
		assert_eq!(held, first.deposit + second.deposit);
	});
}

#[test]
fn bad_documents_are_refused_by_name() {
	run(|| {
		let id = open_bond();
		let file =
			|who: AccountId, instrument: InstrumentId, name: &[u8], uri: &[u8], hash: H256| {
				AssetRegistry::file_document(
					RuntimeOrigin::signed(who),
					instrument,
					name.to_vec(),
					uri.to_vec(),
					hash,
				)
			};
		let hash = H256::repeat_byte(1);
		assert_noop!(file(ALICE, id, b"terms", b"u", hash), Error::<Test>::NotIssuer);
		assert_noop!(file(ISSUER, 9, b"terms", b"u", hash), Error::<Test>::InstrumentNotFound);
		assert_noop!(file(ISSUER, id, b"", b"u", hash), Error::<Test>::EmptyName);
		assert_noop!(
			file(ISSUER, id, &[b'n'; MAX_NAME as usize + 1], b"u", hash),
			Error::<Test>::NameTooLong
		);
		assert_noop!(
			file(ISSUER, id, b"terms", &[b'u'; MAX_URI as usize + 1], hash),
			Error::<Test>::UriTooLong
		);
		assert_noop!(
			file(ISSUER, id, b"terms", b"u", H256::zero()),
			Error::<Test>::ZeroContentHash
		);
	});
}
