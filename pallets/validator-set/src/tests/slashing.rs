//! Slashing: GRANDPA equivocations reported through `pallet-offences`, and the offence handler.

use crate::WeightInfo;
use crate::{
	mock::*, Candidates, Event, ForfeitedRewards, OffenceSlashes, TotalBonded, UnlockChunk,
};
use frame_support::{assert_noop, assert_ok, weights::Weight};
use sp_runtime::Perbill;
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

/// What GRANDPA slashes for one equivocator among four validators: (3 × 1 / 4)² = 56.25 %.
const ONE_IN_FOUR: Balance = 562;

/// Hands an offence of `offenders` in `session` straight to the handler; returns its weight.
fn offence(offenders: &[AccountId], fraction: Perbill, session: u32) -> Weight {
	let details: Vec<_> = offenders
		.iter()
		.map(|who| OffenceDetails { offender: (*who, ()), reporters: vec![] })
		.collect();
	let fractions = vec![fraction; offenders.len()];
	<ValidatorSet as OnOffenceHandler<_, _, _>>::on_offence(&details, &fractions, session)
}

fn offences_pallet_reported() -> bool {
	System::events().iter().any(|record| matches!(record.event, RuntimeEvent::Offences(_)))
}

#[test]
fn grandpa_equivocation_slashes_the_bond_and_chills_the_offender() {
	new_test_ext(|| {
		start_session(1);
		let issuance = Balances::total_issuance();
		assert_ok!(report_equivocation(1, 2, 1));

		assert!(offences_pallet_reported());
		let events = validator_set_events();
		assert!(events.contains(&Event::Slashed {
			who: 2,
			amount: ONE_IN_FOUR,
			offence_session: 1
		}));
		assert_eq!(events.last(), Some(&Event::Chilled { who: 2 }));
		assert_eq!(ledger(2).active, GENESIS_BOND - ONE_IN_FOUR);
		assert_eq!(held(2), GENESIS_BOND - ONE_IN_FOUR);
		// Only session 0's reward so far.
		assert_eq!(free(2), ENDOWMENT - GENESIS_BOND + 250);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND - ONE_IN_FOUR);
		assert_eq!(SlashedFunds::get(), ONE_IN_FOUR);
		assert_eq!(Balances::total_issuance(), issuance - ONE_IN_FOUR);
		assert!(!Candidates::<Test>::contains_key(2));
		assert_eq!(ForfeitedRewards::<Test>::get().to_vec(), vec![2]);

		// Session 2 was planned before the report; the offender is gone from session 3 on.
		start_session(2);
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		next_session();
		assert_eq!(session_validators(), vec![1, 3, 4]);
	});
}

#[test]
fn grandpa_equivocation_slashes_unlocking_chunks_after_the_active_bond() {
	new_test_ext(|| {
		start_session(1);
		// The validator tries to leave before its equivocation is reported.
		assert_ok!(ValidatorSet::chill(signed(2)));
		assert_ok!(ValidatorSet::unbond(signed(2), 800));
		assert_ok!(report_equivocation(1, 2, 1));

		let slashed = ledger(2);
		assert_eq!(slashed.active, 0);
		assert_eq!(
			slashed.unlocking.to_vec(),
			vec![UnlockChunk { value: GENESIS_BOND - ONE_IN_FOUR, unlock_at: 5 }]
		);
		assert_eq!(held(2), GENESIS_BOND - ONE_IN_FOUR);
		assert_eq!(SlashedFunds::get(), ONE_IN_FOUR);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND - ONE_IN_FOUR);

		start_session(5);
		assert_ok!(ValidatorSet::withdraw_unbonded(signed(2)));
		// Rewards of sessions 0 and 2 (session 1 forfeited, out of the set from session 3).
		assert_eq!(free(2), ENDOWMENT - ONE_IN_FOUR + 2 * 250);
	});
}

#[test]
fn a_repeated_report_slashes_nothing_more() {
	new_test_ext(|| {
		start_session(1);
		assert_ok!(report_equivocation(1, 2, 1));
		assert_noop!(
			report_equivocation(3, 2, 1),
			pallet_grandpa::Error::<Test>::DuplicateOffenceReport
		);
		assert_eq!(ledger(2).active, GENESIS_BOND - ONE_IN_FOUR);
	});
}

#[test]
fn equivocations_in_several_rounds_of_a_session_slash_once() {
	new_test_ext(|| {
		start_session(1);
		assert_ok!(report_equivocation(1, 2, 1));
		assert_ok!(report_equivocation(1, 2, 2));
		assert_eq!(ledger(2).active, GENESIS_BOND - ONE_IN_FOUR);
		assert_eq!(SlashedFunds::get(), ONE_IN_FOUR);
	});
}

#[test]
fn a_concurrent_offender_raises_the_fraction_for_both() {
	new_test_ext(|| {
		start_session(1);
		assert_ok!(report_equivocation(1, 2, 1));
		// Two equivocators among four in one round: min((3 × 2 / 4)², 1) = 100 %.
		assert_ok!(report_equivocation(1, 3, 1));

		// 2 loses what the first report left; 3 loses everything.
		assert!(validator_set_events().contains(&Event::Slashed {
			who: 2,
			amount: GENESIS_BOND - ONE_IN_FOUR,
			offence_session: 1,
		}));
		assert!(validator_set_events().contains(&Event::Slashed {
			who: 3,
			amount: GENESIS_BOND,
			offence_session: 1,
		}));
		assert!(crate::Ledgers::<Test>::get(2).is_none());
		assert!(crate::Ledgers::<Test>::get(3).is_none());
		assert_eq!((held(2), held(3)), (0, 0));
		assert_eq!(SlashedFunds::get(), 2 * GENESIS_BOND);
		assert_eq!(TotalBonded::<Test>::get(), 2 * GENESIS_BOND);
		assert_eq!(Candidates::<Test>::count(), 2);
		assert_eq!(ForfeitedRewards::<Test>::get().to_vec(), vec![2, 3]);
	});
}

#[test]
fn a_report_within_the_window_is_accepted() {
	new_test_ext(|| {
		start_session(2);
		let proof = equivocation_proof(2, Grandpa::current_set_id(), 1);
		let key_owner = key_owner_proof(2);
		start_session(4);
		assert_ok!(Grandpa::report_equivocation(signed(1), Box::new(proof), key_owner));
		assert!(validator_set_events().contains(&Event::Slashed {
			who: 2,
			amount: ONE_IN_FOUR,
			offence_session: 2,
		}));
	});
}

#[test]
fn a_report_past_the_window_cannot_be_proven() {
	new_test_ext(|| {
		start_session(1);
		let proof = equivocation_proof(2, Grandpa::current_set_id(), 1);
		let key_owner = key_owner_proof(2);
		// The report window is 2 sessions: session 1's record is pruned when session 4 starts.
		start_session(4);
		assert_noop!(
			Grandpa::report_equivocation(signed(1), Box::new(proof), key_owner),
			pallet_grandpa::Error::<Test>::InvalidKeyOwnershipProof
		);
		assert_eq!(ledger(2).active, GENESIS_BOND);
	});
}

#[test]
fn an_offence_older_than_the_window_is_ignored() {
	new_test_ext(|| {
		start_session(3);
		assert_eq!(offence(&[2], Perbill::from_percent(50), 0), Weight::zero());
		assert_eq!(last_event(), Event::OffenceIgnored { who: 2, offence_session: 0 });
		assert_eq!(ledger(2).active, GENESIS_BOND);
		assert!(Candidates::<Test>::contains_key(2));
		// Session 1 is still within the window.
		offence(&[2], Perbill::from_percent(50), 1);
		assert_eq!(ledger(2).active, GENESIS_BOND / 2);
	});
}

#[test]
fn a_slash_takes_the_newest_chunks_first() {
	new_test_ext(|| {
		const STAKER: AccountId = 7;
		assert_ok!(ValidatorSet::bond(signed(STAKER), 300));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 100)); // unlocks at 4
		next_session();
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 100)); // unlocks at 5
														 // The mock's database weights are zero: the weight is the slash's own.
		assert_eq!(offence(&[STAKER], Perbill::from_percent(50), 1), <() as WeightInfo>::slash());
		let slashed = ledger(STAKER);
		assert_eq!(slashed.active, 0);
		assert_eq!(
			slashed.unlocking.to_vec(),
			vec![UnlockChunk { value: 100, unlock_at: 4 }, UnlockChunk { value: 50, unlock_at: 5 }]
		);
		assert_eq!(held(STAKER), 150);
		// Not a validator: there is no reward to forfeit, and no candidacy to end.
		assert!(ForfeitedRewards::<Test>::get().is_empty());
		assert_eq!(last_event(), Event::Slashed { who: STAKER, amount: 150, offence_session: 1 });
	});
}

#[test]
fn a_zero_fraction_chills_without_slashing() {
	new_test_ext(|| {
		offence(&[2], Perbill::zero(), 0);
		assert_eq!(ledger(2).active, GENESIS_BOND);
		assert!(!validator_set_events().iter().any(|event| matches!(event, Event::Slashed { .. })));
		assert_eq!(last_event(), Event::Chilled { who: 2 });
		assert_eq!(ForfeitedRewards::<Test>::get().to_vec(), vec![2]);
	});
}

#[test]
fn an_offender_without_a_bond_is_only_recorded() {
	new_test_ext(|| {
		offence(&[9], Perbill::from_percent(50), 0);
		assert!(validator_set_events().is_empty());
		assert_eq!(OffenceSlashes::<Test>::get(0, 9).map(|record| record.amount), Some(0));
	});
}

#[test]
fn slash_records_expire_with_the_report_window() {
	new_test_ext(|| {
		start_session(1);
		assert_ok!(report_equivocation(1, 2, 1));
		assert!(OffenceSlashes::<Test>::get(1, 2).is_some());
		start_session(3);
		assert!(OffenceSlashes::<Test>::get(1, 2).is_some());
		next_session();
		assert!(OffenceSlashes::<Test>::get(1, 2).is_none());
	});
}
