//! Declaring and withdrawing candidacy.

use crate::{mock::*, Candidates, Error, Event};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

/// Account 5 has session keys from genesis but no bond; account 7 has neither.
const KEYED: AccountId = 5;
const KEYLESS: AccountId = 7;

#[test]
fn bonded_account_with_keys_becomes_a_candidate() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(KEYED), MIN_CANDIDATE_BOND));
		assert_ok!(ValidatorSet::candidate(signed(KEYED)));
		assert!(Candidates::<Test>::contains_key(KEYED));
		assert_eq!(Candidates::<Test>::count(), 5);
		assert_eq!(last_event(), Event::CandidateAdded { who: KEYED });
	});
}

#[test]
fn keys_set_through_pallet_session_qualify() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(KEYLESS), MIN_CANDIDATE_BOND));
		assert_noop!(ValidatorSet::candidate(signed(KEYLESS)), Error::<Test>::SessionKeysNotSet);
		set_keys(KEYLESS);
		assert_ok!(ValidatorSet::candidate(signed(KEYLESS)));
	});
}

#[test]
fn candidate_twice_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::candidate(signed(1)), Error::<Test>::AlreadyCandidate);
	});
}

#[test]
fn candidate_without_a_bond_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::candidate(signed(KEYED)), Error::<Test>::NotBonded);
	});
}

#[test]
fn candidate_with_a_small_bond_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(KEYED), MIN_CANDIDATE_BOND - 1));
		assert_noop!(
			ValidatorSet::candidate(signed(KEYED)),
			Error::<Test>::InsufficientCandidateBond
		);
		// Unlocking funds do not count.
		assert_ok!(ValidatorSet::bond(signed(KEYED), 50));
		assert_ok!(ValidatorSet::unbond(signed(KEYED), 50));
		assert_noop!(
			ValidatorSet::candidate(signed(KEYED)),
			Error::<Test>::InsufficientCandidateBond
		);
	});
}

#[test]
fn candidate_without_session_keys_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(KEYLESS), MIN_CANDIDATE_BOND));
		assert_noop!(ValidatorSet::candidate(signed(KEYLESS)), Error::<Test>::SessionKeysNotSet);
	});
}

#[test]
fn candidate_after_purging_keys_fails() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(KEYED), MIN_CANDIDATE_BOND));
		assert_ok!(Session::purge_keys(signed(KEYED)));
		assert_noop!(ValidatorSet::candidate(signed(KEYED)), Error::<Test>::SessionKeysNotSet);
	});
}

#[test]
fn candidates_are_bounded() {
	new_test_ext(|| {
		// Four genesis candidates; the mock allows eight.
		for who in 5..=9 {
			set_keys_if_missing(who);
			assert_ok!(ValidatorSet::bond(signed(who), MIN_CANDIDATE_BOND));
		}
		for who in 5..=8 {
			assert_ok!(ValidatorSet::candidate(signed(who)));
		}
		assert_eq!(Candidates::<Test>::count(), 8);
		assert_noop!(ValidatorSet::candidate(signed(9)), Error::<Test>::TooManyCandidates);
		// A chill frees a place.
		assert_ok!(ValidatorSet::chill(signed(8)));
		assert_ok!(ValidatorSet::candidate(signed(9)));
	});
}

fn set_keys_if_missing(who: AccountId) {
	if Session::load_keys(&who).is_none() {
		set_keys(who);
	}
}

#[test]
fn chill_withdraws_candidacy() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::chill(signed(2)));
		assert!(!Candidates::<Test>::contains_key(2));
		assert_eq!(Candidates::<Test>::count(), 3);
		assert_eq!(last_event(), Event::Chilled { who: 2 });
		// The bond stays.
		assert_eq!(ledger(2).active, GENESIS_BOND);
		// And candidacy can be declared again.
		assert_ok!(ValidatorSet::candidate(signed(2)));
	});
}

#[test]
fn chill_of_a_non_candidate_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::chill(signed(KEYED)), Error::<Test>::NotCandidate);
		assert_ok!(ValidatorSet::chill(signed(1)));
		assert_noop!(ValidatorSet::chill(signed(1)), Error::<Test>::NotCandidate);
	});
}

#[test]
fn governance_can_chill_a_candidate() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::force_chill(root(), 3));
		assert!(!Candidates::<Test>::contains_key(3));
		assert_eq!(last_event(), Event::Chilled { who: 3 });
	});
}

#[test]
fn force_chill_needs_governance() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::force_chill(signed(1), 3), DispatchError::BadOrigin);
	});
}

#[test]
fn force_chill_of_a_non_candidate_fails() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::force_chill(root(), KEYED), Error::<Test>::NotCandidate);
	});
}
