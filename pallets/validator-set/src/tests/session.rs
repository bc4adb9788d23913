//! Planning validator sets for `pallet-session`.

use crate::{mock::*, Event, QueuedValidators, Validators};
use frame_support::assert_ok;
use pallet_session::SessionManager;

/// Bonds `amount`, sets keys when missing and declares candidacy.
fn new_candidate(who: AccountId, amount: Balance) {
	if Session::load_keys(&who).is_none() {
		set_keys(who);
	}
	assert_ok!(ValidatorSet::bond(signed(who), amount));
	assert_ok!(ValidatorSet::candidate(signed(who)));
}

#[test]
fn the_largest_bonds_are_selected_and_sorted_by_account() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::set_desired_validators(root(), 3));
		new_candidate(5, 3_000);
		new_candidate(6, 500);
		assert_ok!(ValidatorSet::bond(signed(2), 100));
		// Bonds: 1: 1000, 2: 1100, 3: 1000, 4: 1000, 5: 3000, 6: 500.
		assert_eq!(ValidatorSet::select_validators().map(|set| set.to_vec()), Ok(vec![1, 2, 5]));

		next_session();
		assert_eq!(
			validator_set_events().last(),
			Some(&Event::NewValidatorSet { session: 2, validators: vec![1, 2, 5] })
		);
		assert_eq!(QueuedValidators::<Test>::get().map(|(session, _)| session), Some(2));
		// Session 1 still runs the genesis set; the new set serves session 2.
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		next_session();
		assert_eq!(session_validators(), vec![1, 2, 5]);
		assert_eq!(Validators::<Test>::get().to_vec(), vec![1, 2, 5]);
		assert_eq!(QueuedValidators::<Test>::get(), None);
	});
}

#[test]
fn ties_go_to_the_smaller_account_id() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::set_desired_validators(root(), 3));
		// 1 to 4 all bond 1000: 1, 2 and 3 win.
		assert_eq!(ValidatorSet::select_validators().map(|set| set.to_vec()), Ok(vec![1, 2, 3]));
		// A larger bond beats the tie.
		assert_ok!(ValidatorSet::bond(signed(4), 1));
		assert_eq!(ValidatorSet::select_validators().map(|set| set.to_vec()), Ok(vec![1, 2, 4]));
	});
}

#[test]
fn selection_is_capped_by_desired_validators() {
	new_test_ext(|| {
		new_candidate(5, 200);
		new_candidate(6, 200);
		assert_ok!(ValidatorSet::set_desired_validators(root(), 5));
		assert_eq!(
			ValidatorSet::select_validators().map(|set| set.to_vec()),
			Ok(vec![1, 2, 3, 4, 5])
		);
	});
}

#[test]
fn a_new_candidate_with_a_larger_bond_displaces_the_smallest() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(1), 10));
		assert_ok!(ValidatorSet::bond(signed(2), 10));
		assert_ok!(ValidatorSet::bond(signed(3), 10));
		new_candidate(5, 2_000);
		start_session(2);
		assert_eq!(session_validators(), vec![1, 2, 3, 5]);
		// GRANDPA follows the session's validators.
		let authorities: Vec<_> =
			Grandpa::grandpa_authorities().into_iter().map(|(id, _)| id).collect();
		assert_eq!(authorities, [1, 2, 3, 5].into_iter().map(grandpa_id).collect::<Vec<_>>());
	});
}

#[test]
fn chill_takes_effect_at_the_next_planning() {
	new_test_ext(|| {
		new_candidate(5, 500);
		next_session();
		assert_ok!(ValidatorSet::chill(signed(4)));
		// Session 2 was planned when session 1 started, before the chill.
		next_session();
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		next_session();
		assert_eq!(session_validators(), vec![1, 2, 3, 5]);
	});
}

#[test]
fn an_unchanged_set_is_not_planned_again() {
	new_test_ext(|| {
		let set_id = Grandpa::current_set_id();
		start_session(3);
		assert!(!validator_set_events()
			.iter()
			.any(|event| matches!(event, Event::NewValidatorSet { .. })));
		assert_eq!(ValidatorSet::new_session(4), None);
		// GRANDPA keeps its authority set.
		assert_eq!(Grandpa::current_set_id(), set_id);
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn too_few_candidates_keep_the_current_set() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::chill(signed(2)));
		assert_ok!(ValidatorSet::chill(signed(3)));
		assert_ok!(ValidatorSet::chill(signed(4)));
		next_session();
		assert_eq!(
			validator_set_events().last(),
			Some(&Event::NotEnoughCandidates { session: 2, candidates: 1 })
		);
		next_session();
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		assert_eq!(Validators::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
		// Two candidates are enough (MinValidators is 2).
		assert_ok!(ValidatorSet::candidate(signed(3)));
		start_session(4);
		assert_eq!(session_validators(), vec![1, 3]);
	});
}

#[test]
fn candidates_without_session_keys_are_skipped() {
	new_test_ext(|| {
		assert_ok!(Session::purge_keys(signed(4)));
		assert_eq!(ValidatorSet::select_validators().map(|set| set.to_vec()), Ok(vec![1, 2, 3]));
		start_session(2);
		assert_eq!(session_validators(), vec![1, 2, 3]);
	});
}

#[test]
fn too_few_candidates_with_keys_count_as_too_few() {
	new_test_ext(|| {
		for who in 2..=4 {
			assert_ok!(Session::purge_keys(signed(who)));
		}
		assert_eq!(ValidatorSet::select_validators(), Err(1));
		assert_eq!(ValidatorSet::new_session(2), None);
	});
}

#[test]
fn historical_session_roots_are_pruned_past_the_report_window() {
	new_test_ext(|| {
		start_session(5);
		// The report window is 2 sessions: sessions 3 to 5 stay provable (and 6 is planned).
		for session in 0..3 {
			assert_eq!(pallet_session::historical::HistoricalSessions::<Test>::get(session), None);
		}
		for session in 3..=6 {
			assert!(pallet_session::historical::HistoricalSessions::<Test>::get(session).is_some());
		}
	});
}
