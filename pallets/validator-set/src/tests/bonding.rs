//! Bonding, unbonding and withdrawing.

use crate::{mock::*, Error, Event, Ledgers, TotalBonded, UnlockChunk};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};

/// Account 7 has no bond, no keys and is no candidate.
const STAKER: AccountId = 7;

fn chunk(value: Balance, unlock_at: u32) -> UnlockChunk<Balance> {
	UnlockChunk { value, unlock_at }
}

#[test]
fn bond_holds_funds_and_creates_a_ledger() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_eq!(ledger(STAKER).active, 500);
		assert!(ledger(STAKER).unlocking.is_empty());
		assert_eq!(held(STAKER), 500);
		assert_eq!(free(STAKER), ENDOWMENT - 500);
		assert_eq!(Balances::total_balance(&STAKER), ENDOWMENT);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND + 500);
		assert_eq!(last_event(), Event::Bonded { who: STAKER, amount: 500 });
	});
}

#[test]
fn bond_extra_adds_to_the_active_bond() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		// Once the active bond is above the minimum, any extra amount is fine.
		assert_ok!(ValidatorSet::bond(signed(STAKER), 1));
		assert_eq!(ledger(STAKER).active, 501);
		assert_eq!(held(STAKER), 501);
		assert_eq!(last_event(), Event::Bonded { who: STAKER, amount: 1 });
	});
}

#[test]
fn bond_may_use_everything_above_the_existential_deposit() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), ENDOWMENT - 1));
		assert_eq!(free(STAKER), 1);
		assert_noop!(ValidatorSet::bond(signed(STAKER), 1), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn bond_of_zero_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::bond(signed(STAKER), 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn first_bond_below_the_minimum_fails() {
	new_test_ext(|| {
		assert_noop!(
			ValidatorSet::bond(signed(STAKER), MIN_BOND - 1),
			Error::<Test>::BondBelowMinimum
		);
		assert_ok!(ValidatorSet::bond(signed(STAKER), MIN_BOND));
	});
}

#[test]
fn bond_beyond_the_free_balance_fails() {
	new_test_ext(|| {
		assert_noop!(
			ValidatorSet::bond(signed(STAKER), ENDOWMENT + 1),
			Error::<Test>::InsufficientBalance
		);
		// An account without funds cannot bond either.
		assert_noop!(ValidatorSet::bond(signed(99), MIN_BOND), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn unbond_moves_funds_into_a_chunk_that_unlocks_after_the_bonding_duration() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		start_session(2);
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 200));
		assert_eq!(ledger(STAKER).active, 300);
		assert_eq!(ledger(STAKER).unlocking.to_vec(), vec![chunk(200, 2 + 4)]);
		// Still held, and still counted as bonded.
		assert_eq!(held(STAKER), 500);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND + 500);
		assert_eq!(last_event(), Event::Unbonded { who: STAKER, amount: 200, unlock_at: 6 });
	});
}

#[test]
fn unbonds_in_one_session_share_a_chunk() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 100));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 50));
		assert_eq!(ledger(STAKER).unlocking.to_vec(), vec![chunk(150, 4)]);
		next_session();
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 20));
		assert_eq!(ledger(STAKER).unlocking.to_vec(), vec![chunk(150, 4), chunk(20, 5)]);
		assert_eq!(ledger(STAKER).active, 330);
	});
}

#[test]
fn unbond_of_everything_is_allowed() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 500));
		assert_eq!(ledger(STAKER).active, 0);
		assert_eq!(ledger(STAKER).total(), 500);
	});
}

#[test]
fn unbond_of_zero_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_noop!(ValidatorSet::unbond(signed(STAKER), 0), Error::<Test>::ZeroAmount);
	});
}

#[test]
fn unbond_without_a_bond_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::unbond(signed(STAKER), 10), Error::<Test>::NotBonded);
	});
}

#[test]
fn unbond_beyond_the_active_bond_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 200));
		// The unlocking part does not count.
		assert_noop!(
			ValidatorSet::unbond(signed(STAKER), 301),
			Error::<Test>::InsufficientActiveBond
		);
	});
}

#[test]
fn unbond_leaving_a_dust_bond_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_noop!(
			ValidatorSet::unbond(signed(STAKER), 500 - MIN_BOND + 1),
			Error::<Test>::RemainderBelowMinimum
		);
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 500 - MIN_BOND));
		assert_eq!(ledger(STAKER).active, MIN_BOND);
	});
}

#[test]
fn candidate_cannot_unbond_below_the_candidate_bond() {
	new_test_ext(|| {
		assert_noop!(
			ValidatorSet::unbond(signed(1), GENESIS_BOND - MIN_CANDIDATE_BOND + 1),
			Error::<Test>::CandidateBondBelowMinimum
		);
		// Nor everything: a candidate must chill first.
		assert_noop!(
			ValidatorSet::unbond(signed(1), GENESIS_BOND),
			Error::<Test>::CandidateBondBelowMinimum
		);
		assert_ok!(ValidatorSet::unbond(signed(1), GENESIS_BOND - MIN_CANDIDATE_BOND));
		assert_eq!(ledger(1).active, MIN_CANDIDATE_BOND);
	});
}

#[test]
fn chilled_candidate_can_unbond_everything() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::chill(signed(1)));
		assert_ok!(ValidatorSet::unbond(signed(1), GENESIS_BOND));
		assert_eq!(ledger(1).active, 0);
	});
}

#[test]
fn unbond_beyond_the_chunk_limit_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		for _ in 0..3 {
			assert_ok!(ValidatorSet::unbond(signed(STAKER), 10));
			next_session();
		}
		assert_eq!(ledger(STAKER).unlocking.len(), 3);
		assert_noop!(
			ValidatorSet::unbond(signed(STAKER), 10),
			Error::<Test>::TooManyUnlockingChunks
		);
	});
}

#[test]
fn withdraw_releases_matured_chunks_only() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 100)); // unlocks at session 4
		next_session();
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 50)); // unlocks at session 5
		start_session(4);

		assert_ok!(ValidatorSet::withdraw_unbonded(signed(STAKER)));
		assert_eq!(ledger(STAKER).unlocking.to_vec(), vec![chunk(50, 5)]);
		assert_eq!(ledger(STAKER).active, 350);
		assert_eq!(held(STAKER), 400);
		assert_eq!(free(STAKER), ENDOWMENT - 400);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND + 400);
		assert_eq!(last_event(), Event::Withdrawn { who: STAKER, amount: 100 });
	});
}

#[test]
fn withdraw_before_the_chunk_matures_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_noop!(
			ValidatorSet::withdraw_unbonded(signed(STAKER)),
			Error::<Test>::NothingToWithdraw
		);
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 100));
		start_session(3);
		assert_noop!(
			ValidatorSet::withdraw_unbonded(signed(STAKER)),
			Error::<Test>::NothingToWithdraw
		);
		next_session();
		assert_ok!(ValidatorSet::withdraw_unbonded(signed(STAKER)));
	});
}

#[test]
fn withdraw_without_a_bond_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::withdraw_unbonded(signed(STAKER)), Error::<Test>::NotBonded);
	});
}

#[test]
fn withdrawing_everything_removes_the_ledger() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 500));
		start_session(4);
		assert_ok!(ValidatorSet::withdraw_unbonded(signed(STAKER)));
		assert!(!Ledgers::<Test>::contains_key(STAKER));
		assert_eq!(held(STAKER), 0);
		assert_eq!(free(STAKER), ENDOWMENT);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND);
		// The account may bond again from scratch.
		assert_noop!(ValidatorSet::bond(signed(STAKER), 1), Error::<Test>::BondBelowMinimum);
		assert_ok!(ValidatorSet::bond(signed(STAKER), MIN_BOND));
	});
}

#[test]
fn a_validator_kept_for_want_of_candidates_cannot_withdraw() {
	new_test_ext(|| {
		for who in 2..=4 {
			assert_ok!(ValidatorSet::chill(signed(who)));
		}
		assert_ok!(ValidatorSet::unbond(signed(4), GENESIS_BOND));
		// One candidate is too few: the genesis set stays, chilled validators included.
		start_session(4);
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		assert_noop!(ValidatorSet::withdraw_unbonded(signed(4)), Error::<Test>::StillAccountable);

		// New candidates replace the set from session 6 on.
		for who in [5, 6] {
			assert_ok!(ValidatorSet::bond(signed(who), 500));
			assert_ok!(ValidatorSet::candidate(signed(who)));
		}
		next_session();
		// Queued for session 6 or not, 4 still serves session 5.
		assert_noop!(ValidatorSet::withdraw_unbonded(signed(4)), Error::<Test>::StillAccountable);
		next_session();
		assert_eq!(session_validators(), vec![1, 5, 6]);
		assert_eq!(crate::LastServedSession::<Test>::get(4), Some(5));
		// Offences of session 5 may be reported until session 7 ends.
		start_session(7);
		assert_noop!(ValidatorSet::withdraw_unbonded(signed(4)), Error::<Test>::StillAccountable);
		next_session();
		assert_ok!(ValidatorSet::withdraw_unbonded(signed(4)));
		assert!(!Ledgers::<Test>::contains_key(4));
		assert_eq!(crate::LastServedSession::<Test>::get(4), None);
	});
}

#[test]
fn a_validator_in_the_next_set_cannot_withdraw() {
	new_test_ext(|| {
		// A short bonding duration, so that a chunk matures before 5 starts validating.
		BondingDuration::set(1);
		assert_ok!(ValidatorSet::bond(signed(5), 2_000));
		assert_ok!(ValidatorSet::unbond(signed(5), 500)); // unlocks at session 1
		assert_ok!(ValidatorSet::candidate(signed(5)));
		assert_ok!(ValidatorSet::set_desired_validators(root(), 5));
		start_session(1);
		assert!(!session_validators().contains(&5));
		assert!(crate::QueuedValidators::<Test>::get().is_some_and(|(_, set)| set.contains(&5)));
		assert_noop!(ValidatorSet::withdraw_unbonded(signed(5)), Error::<Test>::StillAccountable);
	});
}

#[test]
fn a_shorter_bonding_duration_keeps_chunks_in_order() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(STAKER), 500));
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 100)); // unlocks at 4
		next_session();
		// As after a runtime upgrade shortening the duration.
		BondingDuration::set(1);
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 50)); // unlocks at 2
		assert_ok!(ValidatorSet::unbond(signed(STAKER), 25)); // merged
		assert_eq!(ledger(STAKER).unlocking.to_vec(), vec![chunk(75, 2), chunk(100, 4)]);
		start_session(2);
		assert_ok!(ValidatorSet::withdraw_unbonded(signed(STAKER)));
		assert_eq!(last_event(), Event::Withdrawn { who: STAKER, amount: 75 });
	});
}
