//! `try_state` notices broken invariants (these tests break storage on purpose, so they do not
//! run the check at the end as the others do).

use crate::{
	mock::*, Candidates, DesiredValidators, Ledgers, TotalBonded, UnlockChunk, Validators,
};
use frame_support::{
	assert_ok,
	traits::fungible::{Mutate, MutateHold},
	BoundedVec,
};

fn broken(break_storage: impl FnOnce()) -> bool {
	let mut ext = ExtBuilder::default().build();
	ext.execute_with(|| {
		assert_ok!(ValidatorSet::do_try_state());
		break_storage();
		ValidatorSet::do_try_state().is_err()
	})
}

#[test]
fn total_bonded_out_of_step_is_noticed() {
	assert!(broken(|| TotalBonded::<Test>::mutate(|total| *total += 1)));
}

#[test]
fn a_hold_out_of_step_with_its_ledger_is_noticed() {
	assert!(broken(|| {
		let reason = RuntimeHoldReason::ValidatorSet(crate::HoldReason::Bonded);
		assert_ok!(Balances::hold(&reason, &1, 1));
	}));
	assert!(broken(|| {
		let reason = RuntimeHoldReason::ValidatorSet(crate::HoldReason::Bonded);
		let _ = Balances::mint_into(&7, 100);
		assert_ok!(Balances::hold(&reason, &7, 10));
		Ledgers::<Test>::mutate(7, |ledger| {
			*ledger = Some(crate::Ledger { active: 20, unlocking: Default::default() })
		});
		TotalBonded::<Test>::mutate(|total| *total += 20);
	}));
}

#[test]
fn a_candidate_below_the_minimum_is_noticed() {
	assert!(broken(|| Ledgers::<Test>::mutate(1, |ledger| {
		if let Some(ledger) = ledger {
			ledger.active = MIN_CANDIDATE_BOND - 1;
			ledger.unlocking = BoundedVec::truncate_from(vec![UnlockChunk {
				value: GENESIS_BOND - MIN_CANDIDATE_BOND + 1,
				unlock_at: 4,
			}]);
		}
	})));
	assert!(broken(|| Candidates::<Test>::insert(7, ())));
}

#[test]
fn unsorted_unlocking_chunks_are_noticed() {
	// Same total, same hold: only the order is wrong.
	assert!(broken(|| Ledgers::<Test>::mutate(1, |ledger| {
		*ledger = Some(crate::Ledger {
			active: GENESIS_BOND - 200,
			unlocking: BoundedVec::truncate_from(vec![
				UnlockChunk { value: 100, unlock_at: 5 },
				UnlockChunk { value: 100, unlock_at: 4 },
			]),
		})
	})));
}

#[test]
fn desired_validators_out_of_bounds_are_noticed() {
	assert!(broken(|| DesiredValidators::<Test>::put(1)));
	assert!(broken(|| DesiredValidators::<Test>::put(6)));
}

#[test]
fn an_unsorted_validator_set_is_noticed() {
	assert!(broken(|| Validators::<Test>::put(BoundedVec::truncate_from(vec![2, 1]))));
}
