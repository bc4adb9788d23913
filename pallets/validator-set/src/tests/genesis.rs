//! Genesis and configuration checks.

use crate::{
	mock::*, Candidates, CurrentSession, DesiredValidators, QueuedValidators, TotalBonded,
	Validators,
};
use frame_support::traits::Hooks;

#[test]
fn genesis_bonds_the_initial_validators_and_makes_them_candidates() {
	new_test_ext(|| {
		for who in 1..=4 {
			assert_eq!(ledger(who).active, GENESIS_BOND);
			assert!(ledger(who).unlocking.is_empty());
			assert_eq!(held(who), GENESIS_BOND);
			assert_eq!(free(who), ENDOWMENT - GENESIS_BOND);
			assert!(Candidates::<Test>::contains_key(who));
		}
		assert_eq!(Candidates::<Test>::count(), 4);
		assert_eq!(TotalBonded::<Test>::get(), 4 * GENESIS_BOND);
		assert_eq!(DesiredValidators::<Test>::get(), 4);
		assert_eq!(CurrentSession::<Test>::get(), 0);
	});
}

#[test]
fn genesis_validators_serve_the_first_sessions() {
	new_test_ext(|| {
		assert_eq!(Validators::<Test>::get().to_vec(), vec![1, 2, 3, 4]);
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		// Session 1 was planned with the same set: nothing is queued.
		assert_eq!(QueuedValidators::<Test>::get(), None);
		let queued: Vec<AccountId> = Session::queued_keys().into_iter().map(|(v, _)| v).collect();
		assert_eq!(queued, vec![1, 2, 3, 4]);
		// GRANDPA votes with the validators' keys.
		let authorities: Vec<_> =
			Grandpa::grandpa_authorities().into_iter().map(|(id, _)| id).collect();
		assert_eq!(authorities, (1..=4).map(grandpa_id).collect::<Vec<_>>());
	});
}

#[test]
fn genesis_desired_validators_defaults_to_the_initial_count() {
	ExtBuilder::default()
		.validators(vec![(1, 500), (2, 400), (3, 300)])
		.desired_validators(0)
		.build_and_execute(|| {
			assert_eq!(DesiredValidators::<Test>::get(), 3);
			assert_eq!(session_validators(), vec![1, 2, 3]);
		});
}

#[test]
fn genesis_keeps_only_the_desired_number_of_validators() {
	ExtBuilder::default()
		.validators(vec![(1, 500), (2, 400), (3, 300), (4, 600)])
		.desired_validators(2)
		.build_and_execute(|| {
			assert_eq!(session_validators(), vec![1, 4]);
			assert_eq!(Candidates::<Test>::count(), 4);
		});
}

#[test]
#[should_panic(expected = "genesis bond below MinCandidateBond")]
fn genesis_rejects_a_bond_below_the_candidate_minimum() {
	ExtBuilder::default().validators(vec![(1, 500), (2, MIN_CANDIDATE_BOND - 1)]).build();
}

#[test]
#[should_panic(expected = "fewer genesis validators than MinValidators")]
fn genesis_rejects_too_few_validators() {
	ExtBuilder::default().validators(vec![(1, 500)]).desired_validators(2).build();
}

#[test]
#[should_panic(expected = "genesis desired validators out of bounds")]
fn genesis_rejects_desired_validators_above_the_maximum() {
	ExtBuilder::default().desired_validators(6).build();
}

#[test]
#[should_panic(expected = "duplicate genesis validator")]
fn genesis_rejects_a_duplicate_validator() {
	ExtBuilder::default().validators(vec![(1, 500), (2, 500), (1, 500)]).build();
}

#[test]
fn integrity_test_accepts_the_mock_configuration() {
	new_test_ext(ValidatorSet::integrity_test);
}

#[test]
#[should_panic(expected = "BondingDuration must exceed ReportWindow")]
fn integrity_test_rejects_a_bonding_duration_within_the_report_window() {
	new_test_ext(|| {
		BondingDuration::set(2);
		ValidatorSet::integrity_test();
	});
}
