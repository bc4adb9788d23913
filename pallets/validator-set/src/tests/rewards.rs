//! Session rewards.

use crate::{mock::*, Event, ForfeitedRewards};
use frame_support::assert_ok;
use sp_runtime::Perbill;
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

/// Reports an offence of `who` in the session in progress, slashing `fraction` of its bond.
fn offence(who: AccountId, fraction: Perbill) {
	let details = OffenceDetails { offender: (who, ()), reporters: vec![] };
	let session = Session::current_index();
	let _ =
		<ValidatorSet as OnOffenceHandler<_, _, _>>::on_offence(&[details], &[fraction], session);
}

#[test]
fn the_reward_is_shared_equally_by_the_session_validators() {
	new_test_ext(|| {
		let issuance = Balances::total_issuance();
		next_session();
		for who in 1..=4 {
			assert_eq!(free(who), ENDOWMENT - GENESIS_BOND + 250);
		}
		assert_eq!(free(5), ENDOWMENT);
		assert_eq!(Balances::total_issuance(), issuance + 1_000);
		assert!(validator_set_events().contains(&Event::SessionRewarded {
			session: 0,
			per_validator: 250,
			rewarded: 4,
		}));
	});
}

#[test]
fn the_remainder_is_not_minted() {
	ExtBuilder::default().validators(vec![(1, 1_000), (2, 1_000), (3, 1_000)]).build_and_execute(
		|| {
			let issuance = Balances::total_issuance();
			next_session();
			for who in 1..=3 {
				assert_eq!(free(who), ENDOWMENT - 1_000 + 333);
			}
			assert_eq!(Balances::total_issuance(), issuance + 999);
		},
	);
}

#[test]
fn rewards_go_to_the_validators_of_the_session_that_ended() {
	new_test_ext(|| {
		assert_ok!(ValidatorSet::chill(signed(4)));
		// Account 5 has session keys from genesis.
		assert_ok!(ValidatorSet::bond(signed(5), 500));
		assert_ok!(ValidatorSet::candidate(signed(5)));
		start_session(2); // session 2 is served by 1, 2, 3 and 5
		let before: Vec<Balance> = (1..=5).map(free).collect();
		next_session();
		let gained: Vec<Balance> =
			(1..=5).map(|who| free(who) - before[who as usize - 1]).collect();
		assert_eq!(gained, vec![250, 250, 250, 0, 250]);
	});
}

#[test]
fn an_offender_forfeits_the_reward_of_the_session() {
	new_test_ext(|| {
		let issuance = Balances::total_issuance();
		offence(2, Perbill::from_percent(10));
		assert_eq!(ForfeitedRewards::<Test>::get().to_vec(), vec![2]);
		next_session();
		assert_eq!(free(2), ENDOWMENT - GENESIS_BOND);
		for who in [1, 3, 4] {
			assert_eq!(free(who), ENDOWMENT - GENESIS_BOND + 250);
		}
		assert!(validator_set_events().contains(&Event::SessionRewarded {
			session: 0,
			per_validator: 250,
			rewarded: 3,
		}));
		// 100 slashed and burnt, 750 minted.
		assert_eq!(Balances::total_issuance(), issuance + 750 - 100);
		assert!(ForfeitedRewards::<Test>::get().is_empty());

		// Still in the set planned before the offence, it earns the next session's reward.
		next_session();
		assert_eq!(free(2), ENDOWMENT - GENESIS_BOND + 250);
	});
}

#[test]
fn a_reward_too_small_to_share_mints_nothing() {
	new_test_ext(|| {
		RewardPerSession::set(3);
		let issuance = Balances::total_issuance();
		next_session();
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(validator_set_events().contains(&Event::SessionRewarded {
			session: 0,
			per_validator: 0,
			rewarded: 0,
		}));
	});
}
