//! A revoked role stops acting; facilities are updated, deactivated and handed over; recalls
//! can be lifted.

use crate::{mock::*, types::*, Error, Event, Facilities, Recalls};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn a_party_whose_role_was_revoked_can_no_longer_handle_its_lots() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		let a = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		let b = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		deliver(a, TRADER, trade);
		deliver(b, TRADER, trade);
		assert_ok!(Provenance::revoke_roles(root(), TRADER, Roles::OPERATOR));

		let refused = || Error::<Test>::NotAParty;
		assert_noop!(Provenance::split(signed(TRADER), a, vec![500, 500]), refused());
		assert_noop!(Provenance::merge(signed(TRADER), vec![a, b]), refused());
		assert_noop!(
			Provenance::transform(
				signed(TRADER),
				vec![a],
				vec![OutputSpec { quantity: 500, grade_ppm: 900_000 }],
				ProcessKind::Concentration,
				50,
			),
			refused()
		);
		assert_noop!(Provenance::propose_transfer(signed(TRADER), a, SMELTER, smelter), refused());
		assert_noop!(
			Provenance::propose_custody_transfer(signed(TRADER), a, SMELTER, smelter),
			refused()
		);
		assert_noop!(Provenance::propose_ownership_transfer(signed(TRADER), a, SMELTER), refused());
		assert_noop!(Provenance::consume(signed(TRADER), a), refused());
		assert_noop!(
			Provenance::observe(
				signed(TRADER),
				a,
				BusinessStep::Inspecting,
				Disposition::Active,
				hash(1)
			),
			refused()
		);
		assert_noop!(
			Provenance::create_lot(signed(TRADER), trade, Commodity::Tin, 1, 1, None, hash(1)),
			refused()
		);
	});
}

#[test]
fn a_receiver_whose_role_was_revoked_cannot_accept_and_the_sender_gets_the_lot_back() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::revoke_roles(root(), TRADER, Roles::OPERATOR));
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 1_000),
			Error::<Test>::NotAParty
		);
		// Rejecting undoes, and needs no role.
		assert_ok!(Provenance::reject_transfer(signed(TRADER), id));
		assert_eq!((lot(id).custodian, lot(id).status), (MINER_A, LotStatus::Active));
	});
}

#[test]
fn an_auditor_without_the_operator_role_cannot_handle_lots_it_does_not_hold() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_noop!(Provenance::consume(signed(AUDITOR), id), Error::<Test>::NotCustodian);
	});
}

#[test]
fn an_operator_updates_deactivates_and_hands_over_its_facility() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let gln = Gln(*b"5412345000013");
		assert_ok!(Provenance::update_facility(
			signed(MINER_A),
			mine,
			CountryCode(*b"RW"),
			-1_900_000,
			29_900_000,
			Some(b"CID000001".to_vec()),
			Some(gln),
		));
		let updated = Facilities::<Test>::get(mine).expect("facility");
		assert_eq!(
			(updated.country, updated.latitude, updated.gln),
			(CountryCode(*b"RW"), -1_900_000, Some(gln))
		);
		assert_eq!(updated.kind, FacilityKind::Mine);
		assert!(
			matches!(last_event(), Event::FacilityUpdated { facility, .. } if facility == mine)
		);
		assert_noop!(
			Provenance::update_facility(
				signed(MINER_B),
				mine,
				CountryCode(*b"RW"),
				0,
				0,
				None,
				None
			),
			Error::<Test>::NotFacilityOperator
		);
		assert_noop!(
			Provenance::update_facility(
				signed(MINER_A),
				mine,
				CountryCode(*b"RW"),
				91_000_000,
				0,
				None,
				None
			),
			Error::<Test>::InvalidCoordinates
		);

		assert_noop!(
			Provenance::transfer_facility(signed(MINER_A), mine, STRANGER),
			Error::<Test>::NotAParty
		);
		assert_noop!(
			Provenance::transfer_facility(signed(MINER_A), mine, MINER_A),
			Error::<Test>::TransferToSelf
		);
		assert_ok!(Provenance::transfer_facility(signed(MINER_A), mine, MINER_B));
		assert_eq!(
			last_event(),
			Event::FacilityOperatorChanged { facility: mine, from: MINER_A, to: MINER_B }
		);
		assert_eq!(Provenance::facilities_of(&MINER_B, None, 10), vec![mine]);
		assert!(Provenance::facilities_of(&MINER_A, None, 10).is_empty());
		assert_noop!(
			Provenance::create_lot(signed(MINER_A), mine, Commodity::Tin, 1, 1, None, hash(1)),
			Error::<Test>::NotFacilityOperator
		);
		let id = mined(MINER_B, mine, Commodity::Tin, 1_000, 500_000);

		assert_noop!(
			Provenance::deactivate_facility(signed(MINER_A), mine),
			Error::<Test>::NotFacilityOperator
		);
		assert_ok!(Provenance::deactivate_facility(signed(MINER_B), mine));
		assert_eq!(
			last_event(),
			Event::FacilityDeactivated { facility: mine, by: Actor::Operator(MINER_B) }
		);
		assert_noop!(
			Provenance::deactivate_facility(signed(MINER_B), mine),
			Error::<Test>::FacilityInactive
		);
		assert_noop!(
			Provenance::create_lot(signed(MINER_B), mine, Commodity::Tin, 1, 1, None, hash(1)),
			Error::<Test>::FacilityInactive
		);
		assert_noop!(
			Provenance::attest(
				signed(ISSUER),
				Subject::Facility(mine),
				Scheme::Rmap,
				b"R".to_vec(),
				1,
				10,
				hash(1)
			),
			Error::<Test>::FacilityInactive
		);
		// Lots at a closed facility may still leave; none may arrive.
		let trade = facility(TRADER, FacilityKind::Trader);
		deliver(id, TRADER, trade);
		assert_noop!(
			Provenance::propose_transfer(signed(TRADER), id, MINER_B, mine),
			Error::<Test>::FacilityInactive
		);
	});
}

#[test]
fn a_regulator_deactivates_a_facility_in_its_own_name() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		assert_noop!(
			Provenance::deactivate_facility(signed(STRANGER), mine),
			Error::<Test>::NotFacilityOperator
		);
		assert_ok!(Provenance::deactivate_facility(signed(REGULATOR), mine));
		assert_eq!(
			last_event(),
			Event::FacilityDeactivated { facility: mine, by: Actor::Regulator(REGULATOR) }
		);
	});
}

#[test]
fn a_transfer_to_a_facility_handed_over_meanwhile_cannot_be_accepted() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::transfer_facility(signed(TRADER), trade, SMELTER));
		assert_noop!(
			Provenance::accept_transfer(signed(TRADER), id, 1_000),
			Error::<Test>::NotFacilityOperator
		);
	});
}

#[test]
fn governance_lifts_a_mistaken_recall_and_the_claims_come_back() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		deliver(id, TRADER, trade);
		assert_ok!(Provenance::split(signed(TRADER), id, vec![300, 700]));
		let pieces = lot(id).children.to_vec();
		assert_ok!(Provenance::recall(signed(MINER_A), id, hash(5)));
		drain_claim_queue();
		assert_eq!(lot(pieces[0]).claim(), Claim::Unverified);

		assert_noop!(Provenance::lift_recall(signed(MINER_A), id), DispatchError::BadOrigin);
		assert_noop!(Provenance::lift_recall(root(), pieces[0]), Error::<Test>::NotRecalled);
		assert_noop!(Provenance::lift_recall(root(), 99), Error::<Test>::LotNotFound);
		assert_ok!(Provenance::lift_recall(root(), id));
		assert_eq!(lot(id).status, LotStatus::Consumed);
		assert!(Recalls::<Test>::get(id).is_none());
		assert!(provenance_events().contains(&Event::RecallLifted {
			lot: id,
			by: Actor::Governance,
			status: LotStatus::Consumed,
		}));
		drain_claim_queue();
		for piece in pieces {
			assert_eq!(lot(piece).claim(), Claim::Segregated);
			assert!(provenance_events().iter().any(|event| matches!(
				event,
				Event::ClaimUpgraded { lot, current: Claim::Segregated, .. } if *lot == piece
			)));
		}
	});
}

#[test]
fn a_lifted_recall_of_a_lot_in_transit_leaves_it_active_with_its_sender() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::propose_transfer(signed(MINER_A), id, TRADER, trade));
		assert_ok!(Provenance::recall(root(), id, hash(5)));
		assert_ok!(Provenance::lift_recall(root(), id));
		assert_eq!((lot(id).status, lot(id).custodian), (LotStatus::Active, MINER_A));
		assert!(crate::PendingTransfers::<Test>::get(id).is_none());
	});
}

#[test]
fn a_recalled_quarantined_lot_is_quarantined_again_when_the_recall_is_lifted() {
	new_test_ext(|| {
		let mine = facility(MINER_A, FacilityKind::Mine);
		let id = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::quarantine(signed(REGULATOR), id, hash(1)));
		assert_ok!(Provenance::recall(signed(REGULATOR), id, hash(2)));
		assert_noop!(Provenance::release(signed(REGULATOR), id), Error::<Test>::NotQuarantined);
		assert_ok!(Provenance::lift_recall(root(), id));
		assert_eq!(lot(id).status, LotStatus::Quarantined);
		assert_ok!(Provenance::release(signed(REGULATOR), id));
	});
}

#[test]
fn a_mine_operator_recalls_only_its_own_mines_lots_or_those_it_still_owns() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let theirs = mined(MINER_B, mine_b, Commodity::Tin, 1_000, 500_000);
		assert_noop!(
			Provenance::recall(signed(MINER_A), theirs, hash(1)),
			Error::<Test>::NotRecallAuthority
		);
		// A lot split at its own mine and still owned: recallable.
		let own = mined(MINER_A, mine_a, Commodity::Tin, 1_000, 500_000);
		assert_ok!(Provenance::split(signed(MINER_A), own, vec![400, 600]));
		let piece = lot(own).children[0];
		assert_ok!(Provenance::recall(signed(MINER_A), piece, hash(1)));
		// Sold on: the buyer's material is recalled at the source, not piece by piece.
		let other = lot(own).children[1];
		let trade = facility(TRADER, FacilityKind::Trader);
		deliver(other, TRADER, trade);
		assert_noop!(
			Provenance::recall(signed(MINER_A), other, hash(1)),
			Error::<Test>::NotRecallAuthority
		);
	});
}
