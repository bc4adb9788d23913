//! Observations, consumption, recall, error declarations and quarantine.

use crate::{mock::*, types::*, Error, Event, LastObservation, PendingTransfers};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn observe(who: AccountId, id: LotId) -> sp_runtime::DispatchResult {
	Provenance::observe(signed(who), id, BusinessStep::Assaying, Disposition::Conformant, hash(9))
}

#[test]
fn custodian_and_auditors_record_observations() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tungsten, 1_000, 600_000);
		assert_ok!(observe(MINER_A, id));
		assert_eq!(
			last_event(),
			Event::LotObserved {
				lot: id,
				observer: MINER_A,
				facility: mine,
				business_step: BusinessStep::Assaying,
				disposition: Disposition::Conformant,
				evidence: hash(9),
			}
		);
		System::set_block_number(5);
		assert_ok!(Provenance::observe(
			signed(AUDITOR),
			id,
			BusinessStep::Sampling,
			Disposition::NonConformant,
			hash(10)
		));
		assert_eq!(
			LastObservation::<Test>::get(id),
			Some(Observation {
				observer: AUDITOR,
				business_step: BusinessStep::Sampling,
				disposition: Disposition::NonConformant,
				evidence: hash(10),
				at: 5,
			})
		);
		// Observing changes nothing else.
		assert_eq!(lot(id).status, LotStatus::Active);
	});
}

#[test]
fn strangers_cannot_observe() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tungsten, 1_000, 600_000);
		assert_noop!(observe(STRANGER, id), Error::<Test>::NotCustodian);
		assert_noop!(observe(MINER_B, id), Error::<Test>::NotCustodian);
		assert_noop!(observe(MINER_A, 5), Error::<Test>::LotNotFound);
	});
}

#[test]
fn consumed_lots_are_frozen() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Gold, 1_000, 900_000);
		let other = mined(MINER_A, mine, Commodity::Gold, 1_000, 900_000);
		assert_ok!(Provenance::consume(signed(MINER_A), id));
		assert_eq!(
			last_event(),
			Event::LotConsumed { lot: id, custodian: MINER_A, facility: mine }
		);
		assert_eq!(lot(id).status, LotStatus::Consumed);

		let frozen = || Error::<Test>::LotFrozen;
		assert_noop!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade), frozen());
		assert_noop!(Provenance::split(signed(MINER_A), id, vec![500, 500]), frozen());
		assert_noop!(Provenance::merge(signed(MINER_A), vec![id, other]), frozen());
		assert_noop!(
			Provenance::transform(
				signed(MINER_A),
				vec![id],
				vec![OutputSpec { quantity: 900, grade_ppm: 1_000_000 }],
				ProcessKind::Concentration,
				0,
			),
			frozen()
		);
		assert_noop!(Provenance::consume(signed(MINER_A), id), frozen());
		assert_noop!(observe(MINER_A, id), frozen());
		assert_noop!(Provenance::quarantine(root(), id, hash(1)), frozen());
	});
}

#[test]
fn only_the_custodian_consumes() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Gold, 1_000, 900_000);
		assert_noop!(Provenance::consume(signed(TRADER), id), Error::<Test>::NotCustodian);
		assert_noop!(Provenance::consume(signed(MINER_A), 3), Error::<Test>::LotNotFound);
	});
}

#[test]
fn governance_recalls_a_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		deliver(id, TRADER, trade);
		assert_ok!(Provenance::recall(root(), id, hash(4)));
		assert_eq!(lot(id).status, LotStatus::Recalled);
		assert!(provenance_events().contains(&Event::LotRecalled {
			lot: id,
			by: Actor::Governance,
			reason: hash(4)
		}));
		assert_noop!(Provenance::recall(root(), id, hash(4)), Error::<Test>::AlreadyRecalled);
		// A recalled lot is frozen for its custodian.
		assert_noop!(Provenance::consume(signed(TRADER), id), Error::<Test>::LotFrozen);
	});
}

#[test]
fn the_origin_mine_operator_recalls_its_material_wherever_it_is() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		deliver(id, TRADER, trade);
		assert_ok!(Provenance::split(signed(TRADER), id, vec![400, 600]));
		// The pieces are the trader's: the mine recalls at the source, the lot it created.
		assert_noop!(
			Provenance::recall(signed(MINER_A), 1, hash(5)),
			Error::<Test>::NotRecallAuthority
		);
		assert_ok!(Provenance::recall(signed(MINER_A), id, hash(5)));
		assert!(provenance_events().contains(&Event::LotRecalled {
			lot: id,
			by: Actor::Operator(MINER_A),
			reason: hash(5)
		}));
		assert_eq!(lot(id).status, LotStatus::Recalled);
		drain_claim_queue();
		for piece in [1, 2] {
			assert_eq!(lot(piece).status, LotStatus::Active);
			assert_eq!(lot(piece).claim(), Claim::Unverified);
		}
	});
}

#[test]
fn others_cannot_recall() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let a = mined(MINER_A, mine_a, Commodity::Tin, 1_000, 500_000);
		let b = mined(MINER_B, mine_b, Commodity::Tin, 1_000, 500_000);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_noop!(
			Provenance::recall(signed(STRANGER), a, hash(1)),
			Error::<Test>::NotRecallAuthority
		);
		// The custodian is not the origin mine's operator.
		assert_noop!(
			Provenance::recall(signed(TRADER), a, hash(1)),
			Error::<Test>::NotRecallAuthority
		);
		assert_noop!(
			Provenance::recall(signed(MINER_B), a, hash(1)),
			Error::<Test>::NotRecallAuthority
		);
		// A blend of two mines has no single origin mine: governance only.
		assert_ok!(Provenance::merge(signed(TRADER), vec![a, b]));
		assert_noop!(
			Provenance::recall(signed(MINER_A), 2, hash(1)),
			Error::<Test>::NotRecallAuthority
		);
		assert_noop!(Provenance::recall(root(), 42, hash(1)), Error::<Test>::LotNotFound);
		assert_ok!(Provenance::recall(root(), 2, hash(1)));
	});
}

#[test]
fn recalling_a_lot_in_transit_cancels_the_transfer() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::recall(signed(MINER_A), id, hash(3)));
		assert!(!PendingTransfers::<Test>::contains_key(id));
		assert!(provenance_events().contains(&Event::TransferCancelled {
			lot: id,
			from: MINER_A,
			to: TRADER
		}));
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 1_000),
			Error::<Test>::NoPendingTransfer
		);
	});
}

#[test]
fn parties_declare_errors_with_a_correction() {
	new_test_ext(|| {
		System::set_block_number(3);
		let event = EventRef { block: 2, index: 4 };
		assert_ok!(Provenance::declare_error(signed(TRADER), event, hash(8)));
		assert_eq!(
			last_event(),
			Event::ErrorDeclared { declarer: TRADER, event, correction: hash(8) }
		);
		assert_noop!(
			Provenance::declare_error(signed(TRADER), EventRef { block: 4, index: 0 }, hash(8)),
			Error::<Test>::EventInFuture
		);
		assert_noop!(
			Provenance::declare_error(signed(STRANGER), event, hash(8)),
			Error::<Test>::NotAParty
		);
	});
}

#[test]
fn governance_quarantines_and_releases() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_noop!(
			Provenance::quarantine(signed(MINER_A), id, hash(1)),
			DispatchError::BadOrigin
		);
		assert_noop!(Provenance::release(root(), id), Error::<Test>::NotQuarantined);
		assert_ok!(Provenance::quarantine(root(), id, hash(1)));
		assert_eq!(
			last_event(),
			Event::LotQuarantined { lot: id, by: Actor::Governance, reason: hash(1) }
		);
		assert_eq!(lot(id).status, LotStatus::Quarantined);
		assert_noop!(
			Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade),
			Error::<Test>::LotNotActive
		);
		assert_noop!(Provenance::quarantine(root(), id, hash(1)), Error::<Test>::LotNotActive);
		assert_noop!(Provenance::release(signed(MINER_A), id), DispatchError::BadOrigin);
		assert_ok!(Provenance::release(root(), id));
		assert_eq!(last_event(), Event::LotReleased { lot: id, by: Actor::Governance });
		assert_eq!(lot(id).status, LotStatus::Active);
		assert_noop!(Provenance::quarantine(root(), 9, hash(1)), Error::<Test>::LotNotFound);
		assert_noop!(Provenance::release(root(), 9), Error::<Test>::LotNotFound);
	});
}

#[test]
fn only_an_auditor_observes_a_quarantined_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::quarantine(signed(REGULATOR), id, hash(1)));
		assert_noop!(observe(MINER_A, id), Error::<Test>::LotNotActive);
		assert!(LastObservation::<Test>::get(id).is_none());
		assert_ok!(observe(AUDITOR, id));
		assert_eq!(LastObservation::<Test>::get(id).map(|o| o.observer), Some(AUDITOR));
	});
}

#[test]
fn only_an_auditor_observes_a_recalled_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::recall(root(), id, hash(1)));
		assert_noop!(observe(MINER_A, id), Error::<Test>::LotFrozen);
		assert_noop!(observe(STRANGER, id), Error::<Test>::NotCustodian);
		assert_ok!(observe(AUDITOR, id));
		assert!(matches!(last_event(), Event::LotObserved { observer: AUDITOR, .. }));
	});
}

#[test]
fn nobody_observes_a_consumed_lot() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::consume(signed(MINER_A), id));
		assert_noop!(observe(AUDITOR, id), Error::<Test>::LotFrozen);
	});
}
