//! Contracts: draft, signed by each party over the document's hash, executed or terminated.

use super::*;
use frame_support::assert_noop;
use sp_core::H256;

/// The contract's text, hashed.
const TEXT: H256 = H256::repeat_byte(9);

/// A contract between ALICE, BOB and CHARLIE, registered by ISSUER.
fn three_party_contract() -> InstrumentId {
	let terms = ContractTerms {
		parties: BoundedVec::truncate_from(vec![ALICE, BOB, CHARLIE]),
		document: TEXT,
	};
	register(other_id(b"C-1"), InstrumentKind::Contract(terms), Compliance::Open)
}

fn status(id: InstrumentId) -> ContractStatus {
	Contracts::<Test>::get(id).expect("a contract has its record").status
}

#[test]
fn each_party_signs_the_text_once_then_it_is_executed() {
	run(|| {
		let id = three_party_contract();
		assert_eq!(status(id), ContractStatus::Draft);
		let sign =
			|who, document| AssetRegistry::sign_contract(RuntimeOrigin::signed(who), id, document);
		assert_noop!(sign(ISSUER, TEXT), Error::<Test>::NotAParty);
		assert_noop!(sign(ALICE, H256::repeat_byte(8)), Error::<Test>::DocumentMismatch);
		assert_noop!(
			AssetRegistry::execute_contract(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotFullySigned
		);
		assert_ok!(sign(ALICE, TEXT));
		System::assert_last_event(
			Event::ContractSigned { instrument: id, party: ALICE, signed: 1, of: 3 }.into(),
		);
		assert_noop!(sign(ALICE, TEXT), Error::<Test>::AlreadySigned);
		assert_ok!(sign(BOB, TEXT));
		assert_eq!(status(id), ContractStatus::Draft);
		System::set_block_number(5);
		assert_ok!(sign(CHARLIE, TEXT));
		assert_eq!(status(id), ContractStatus::Signed);
		let record = Contracts::<Test>::get(id).unwrap();
		assert_eq!(record.signatures.to_vec(), vec![(ALICE, 1), (BOB, 1), (CHARLIE, 5)]);
		assert_noop!(sign(CHARLIE, TEXT), Error::<Test>::ContractNotDraft);
		assert_noop!(
			AssetRegistry::execute_contract(RuntimeOrigin::signed(POOR), id),
			Error::<Test>::NotAParty
		);
		// The issuer, not a party, may declare it executed.
		assert_ok!(AssetRegistry::execute_contract(RuntimeOrigin::signed(ISSUER), id));
		System::assert_last_event(Event::ContractExecuted { instrument: id, by: ISSUER }.into());
		assert_eq!(status(id), ContractStatus::Executed);
		assert_noop!(
			AssetRegistry::execute_contract(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::AlreadyExecuted
		);
		// An executed contract ends by termination; a terminated one is never executed.
		assert_ok!(AssetRegistry::terminate_contract(
			RuntimeOrigin::signed(CHARLIE),
			id,
			b"delivered".to_vec()
		));
		assert_noop!(
			AssetRegistry::execute_contract(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::ContractTerminated
		);
	});
}

#[test]
fn a_party_or_the_issuer_terminates_it_once_with_a_reason() {
	run(|| {
		let id = three_party_contract();
		let terminate = |who, reason: &[u8]| {
			AssetRegistry::terminate_contract(RuntimeOrigin::signed(who), id, reason.to_vec())
		};
		assert_noop!(terminate(POOR, b"no"), Error::<Test>::NotAParty);
		assert_noop!(terminate(BOB, b""), Error::<Test>::EmptyReason);
		assert_noop!(terminate(BOB, &[b'r'; 13]), Error::<Test>::ReasonTooLong);
		assert_ok!(AssetRegistry::sign_contract(RuntimeOrigin::signed(ALICE), id, TEXT));
		assert_ok!(terminate(BOB, b"withdrawn"));
		System::assert_last_event(
			Event::ContractTerminated {
				instrument: id,
				by: BOB,
				from: ContractStatus::Draft,
				reason: BoundedVec::truncate_from(b"withdrawn".to_vec()),
			}
			.into(),
		);
		assert_eq!(status(id), ContractStatus::Terminated);
		assert_noop!(terminate(ISSUER, b"again"), Error::<Test>::ContractTerminated);
		assert_noop!(
			AssetRegistry::sign_contract(RuntimeOrigin::signed(CHARLIE), id, TEXT),
			Error::<Test>::ContractNotDraft
		);
	});
}

#[test]
fn only_contracts_are_signed() {
	run(|| {
		let bond = open_bond();
		assert_noop!(
			AssetRegistry::sign_contract(RuntimeOrigin::signed(ALICE), bond, TEXT),
			Error::<Test>::NotAContract
		);
		assert_noop!(
			AssetRegistry::execute_contract(RuntimeOrigin::signed(ISSUER), bond),
			Error::<Test>::NotAContract
		);
		assert_noop!(
			AssetRegistry::terminate_contract(RuntimeOrigin::signed(ISSUER), 99, b"x".to_vec()),
			Error::<Test>::InstrumentNotFound
		);
		assert!(Contracts::<Test>::get(bond).is_none());
	});
}
