//! Governance of the set's size.

use crate::{mock::*, DesiredValidators, Error, Event};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn governance_sets_the_desired_number_of_validators() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::set_desired_validators(root(), 2));
		assert_eq!(DesiredValidators::<Test>::get(), 2);
		assert_eq!(last_event(), Event::DesiredValidatorsSet { count: 2 });
		assert_ok!(ValidatorSet::set_desired_validators(root(), 5));
		assert_eq!(DesiredValidators::<Test>::get(), 5);
	});
}

#[test]
fn desired_validators_outside_the_bounds_fail() {
	new_test_ext(|| {
		// MinValidators is 2 and MaxValidators 5 in the mock.
		assert_noop!(
			ValidatorSet::set_desired_validators(root(), 1),
			Error::<Test>::DesiredValidatorsOutOfBounds
		);
		assert_noop!(
			ValidatorSet::set_desired_validators(root(), 6),
			Error::<Test>::DesiredValidatorsOutOfBounds
		);
	});
}

#[test]
fn set_desired_validators_needs_governance() {
	new_test_ext(|| {
		assert_noop!(ValidatorSet::set_desired_validators(signed(1), 3), DispatchError::BadOrigin);
	});
}

#[test]
fn a_smaller_set_takes_effect_at_the_next_planning() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::bond(signed(2), 10));
		assert_ok!(ValidatorSet::bond(signed(3), 20));
		assert_ok!(ValidatorSet::set_desired_validators(root(), 2));
		next_session(); // session 1 was planned at genesis; session 2 is planned now
		assert_eq!(session_validators(), vec![1, 2, 3, 4]);
		next_session();
		assert_eq!(session_validators(), vec![2, 3]);
	});
}
