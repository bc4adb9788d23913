//! Two-party transfers: propose, accept, reject, cancel, expire.

use crate::{
	mock::*, types::*, Error, Event, ExpiryCursor, PendingTransferCount, PendingTransfers,
	TransferExpiries,
};
use frame_support::{assert_noop, assert_ok};

struct Setup {
	mine: FacilityId,
	trade: FacilityId,
	lot: LotId,
}

fn setup() -> Setup {
	let mine = facility(MINER_A, FacilityKind::Mine);
	let trade = facility(TRADER, FacilityKind::Trader);
	let lot = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
	Setup { mine, trade, lot }
}

#[test]
fn accepted_transfer_moves_custody_and_ownership_and_records_loss() {
	new_test_ext(|| {
		let Setup { mine, trade, lot: id } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_eq!(lot(id).status, LotStatus::InTransit);
		assert_eq!(
			last_event(),
			Event::TransferProposed {
				lot: id,
				kind: TransferKind::Both,
				from: MINER_A,
				from_facility: mine,
				to: TRADER,
				to_facility: trade,
				quantity: 1_000,
				expires_at: 11,
			}
		);
		assert!(PendingTransfers::<Test>::contains_key(id));
		assert!(TransferExpiries::<Test>::contains_key(11, id));
		assert_eq!(PendingTransferCount::<Test>::get(), 1);

		assert_ok!(Provenance::accept_transfer(signed(TRADER), id, 990));
		let moved = lot(id);
		assert_eq!(moved.status, LotStatus::Active);
		assert_eq!((moved.custodian, moved.owner, moved.facility), (TRADER, TRADER, trade));
		assert_eq!((moved.quantity, moved.loss), (990, 10));
		assert_eq!(
			last_event(),
			Event::TransferAccepted {
				lot: id,
				kind: TransferKind::Both,
				from: MINER_A,
				to: TRADER,
				from_facility: mine,
				to_facility: trade,
				sent: 1_000,
				received: 990,
				loss: 10,
			}
		);
		assert!(!PendingTransfers::<Test>::contains_key(id));
		assert!(!TransferExpiries::<Test>::contains_key(11, id));
		assert_eq!(PendingTransferCount::<Test>::get(), 0);
	});
}

#[test]
fn losses_accumulate_over_transfers() {
	new_test_ext(|| {
		let Setup { mine, trade, lot: id } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::accept_transfer(signed(TRADER), id, 995));
		assert_ok!(Provenance::propose_transfer(signed(TRADER), id, MINER_A, mine));
		assert_ok!(Provenance::accept_transfer(signed(MINER_A), id, 990));
		assert_eq!((lot(id).quantity, lot(id).loss), (990, 10));
	});
}

#[test]
fn receiver_rejects_and_the_lot_stays_with_the_sender() {
	new_test_ext(|| {
		let Setup { mine, trade, lot: id } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::reject_transfer(signed(TRADER), id));
		assert_eq!(last_event(), Event::TransferRejected { lot: id, from: MINER_A, to: TRADER });
		let kept = lot(id);
		assert_eq!(
			(kept.status, kept.custodian, kept.facility),
			(LotStatus::Active, MINER_A, mine)
		);
		assert_eq!(PendingTransferCount::<Test>::get(), 0);
	});
}

#[test]
fn sender_cancels() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::cancel_transfer(signed(MINER_A), id));
		assert_eq!(last_event(), Event::TransferCancelled { lot: id, from: MINER_A, to: TRADER });
		assert_eq!((lot(id).status, lot(id).custodian), (LotStatus::Active, MINER_A));
	});
}

#[test]
fn anyone_expires_an_overdue_transfer() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		System::set_block_number(11);
		assert_noop!(
			Provenance::expire_transfer(signed(STRANGER), id),
			Error::<Test>::TransferNotExpired
		);
		System::set_block_number(12);
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 1_000),
			Error::<Test>::TransferLapsed
		);
		assert_ok!(Provenance::expire_transfer(signed(STRANGER), id));
		assert_eq!(last_event(), Event::TransferExpired { lot: id, from: MINER_A, to: TRADER });
		assert_eq!((lot(id).status, lot(id).custodian), (LotStatus::Active, MINER_A));
	});
}

#[test]
fn receiver_may_accept_in_the_last_block() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		System::set_block_number(11);
		assert_ok!(Provenance::accept_transfer(signed(TRADER), id, 1_000));
	});
}

#[test]
fn on_idle_expires_overdue_transfers() {
	new_test_ext(|| {
		let Setup { mine, trade, lot: first } = setup();
		let second = mined(MINER_A, mine, Commodity::Cobalt, 500, 100_000);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), first, TRADER, trade));
		System::set_block_number(3);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), second, TRADER, trade));
		// Expiring at 11 and 13: swept from blocks 12 and 14.
		while System::block_number() < 12 {
			next_block_with_idle();
		}
		assert_eq!(lot(first).status, LotStatus::Active);
		assert_eq!(lot(second).status, LotStatus::InTransit);
		assert_eq!(last_event(), Event::TransferExpired { lot: first, from: MINER_A, to: TRADER });
		while System::block_number() < 14 {
			next_block_with_idle();
		}
		assert_eq!(lot(second).status, LotStatus::Active);
		assert_eq!(PendingTransferCount::<Test>::get(), 0);
		assert_eq!(ExpiryCursor::<Test>::get(), 14);
		let expired = provenance_events()
			.into_iter()
			.filter(|event| matches!(event, Event::TransferExpired { .. }))
			.count();
		assert_eq!(expired, 2);
	});
}

#[test]
fn on_idle_without_weight_does_nothing() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		System::set_block_number(20);
		use frame_support::{traits::Hooks, weights::Weight};
		assert_eq!(Provenance::on_idle(20, Weight::zero()), Weight::zero());
		assert_eq!(lot(id).status, LotStatus::InTransit);
	});
}

#[test]
fn only_the_custodian_proposes() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_noop!(
			Provenance::propose_transfer(signed(TRADER), id, TRADER, trade),
			Error::<Test>::NotCustodian
		);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), 77, TRADER, trade),
			Error::<Test>::LotNotFound
		);
	});
}

#[test]
fn receiver_must_be_an_operator_of_the_destination() {
	new_test_ext(|| {
		let Setup { mine, trade, lot: id } = setup();
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, STRANGER, trade),
			Error::<Test>::NotAParty
		);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, AUDITOR, trade),
			Error::<Test>::MissingRole
		);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, TRADER, 99),
			Error::<Test>::FacilityNotFound
		);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, TRADER, mine),
			Error::<Test>::NotFacilityOperator
		);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, MINER_A, mine),
			Error::<Test>::TransferToSelf
		);
		// Moving between one's own facilities is a transfer too.
		let store = facility(MINER_A, FacilityKind::Warehouse);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, MINER_A, store));
		assert_ok!(Provenance::accept_transfer(signed(MINER_A), id, 1_000));
		assert_eq!(lot(id).facility, store);
	});
}

#[test]
fn a_lot_in_transit_waits() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade),
			Error::<Test>::LotNotActive
		);
		assert_noop!(
			Provenance::split(signed(MINER_A), id, vec![500, 500]),
			Error::<Test>::LotNotActive
		);
		assert_noop!(Provenance::consume(signed(MINER_A), id), Error::<Test>::LotNotActive);
	});
}

#[test]
fn only_the_receiver_answers_and_only_the_sender_cancels() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_noop!(
			Provenance::accept_transfer(signed(MINER_B), id, 1_000),
			Error::<Test>::NotReceiver
		);
		assert_noop!(Provenance::reject_transfer(signed(MINER_A), id), Error::<Test>::NotReceiver);
		assert_noop!(Provenance::cancel_transfer(signed(TRADER), id), Error::<Test>::NotSender);
	});
}

#[test]
fn received_quantity_is_positive_and_at_most_what_was_sent() {
	new_test_ext(|| {
		let Setup { trade, lot: id, .. } = setup();
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 0),
			Error::<Test>::ZeroQuantity
		);
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 1_001),
			Error::<Test>::ReceivedExceedsSent
		);
	});
}

#[test]
fn answering_without_an_open_transfer_fails() {
	new_test_ext(|| {
		let Setup { lot: id, .. } = setup();
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 1),
			Error::<Test>::NoPendingTransfer
		);
		assert_noop!(
			Provenance::reject_transfer(signed(TRADER), id),
			Error::<Test>::NoPendingTransfer
		);
		assert_noop!(
			Provenance::cancel_transfer(signed(MINER_A), id),
			Error::<Test>::NoPendingTransfer
		);
		assert_noop!(
			Provenance::expire_transfer(signed(MINER_A), id),
			Error::<Test>::NoPendingTransfer
		);
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), 1234, 1),
			Error::<Test>::LotNotFound
		);
	});
}
