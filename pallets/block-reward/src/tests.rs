//! The author named in the pre-runtime digest is paid; nobody else is.

use crate::{mock::*, Event};
use codec::Encode;
use frame_support::traits::{fungible::Inspect, Hooks};
use sp_runtime::DigestItem;

const MINER: u64 = 7;

fn name_author(engine: [u8; 4], data: Vec<u8>) {
	System::deposit_log(DigestItem::PreRuntime(engine, data));
}

#[test]
fn the_author_in_the_digest_is_paid() {
	new_test_ext().execute_with(|| {
		name_author(TEST_ENGINE, MINER.encode());
		let issuance = Balances::total_issuance();
		BlockReward::on_finalize(1);
		assert_eq!(Balances::balance(&MINER), REWARD);
		assert_eq!(Balances::total_issuance(), issuance + REWARD);
		System::assert_last_event(Event::Rewarded { author: MINER, amount: REWARD }.into());
	});
}

#[test]
fn rewards_accumulate_over_blocks() {
	new_test_ext().execute_with(|| {
		for block in 2..=4 {
			System::initialize(&block, &Default::default(), &Default::default());
			name_author(TEST_ENGINE, MINER.encode());
			BlockReward::on_finalize(block);
		}
		assert_eq!(Balances::balance(&MINER), 3 * REWARD);
	});
}

#[test]
fn a_block_without_author_pays_nobody() {
	new_test_ext().execute_with(|| {
		let issuance = Balances::total_issuance();
		BlockReward::on_finalize(1);
		assert_eq!(Balances::total_issuance(), issuance);
		assert!(System::events().is_empty());
	});
}

#[test]
fn another_engines_digest_is_ignored() {
	new_test_ext().execute_with(|| {
		name_author(*b"babe", MINER.encode());
		BlockReward::on_finalize(1);
		assert_eq!(Balances::balance(&MINER), 0);
		assert_eq!(BlockReward::author(), None);
	});
}

#[test]
fn an_undecodable_author_pays_nobody() {
	new_test_ext().execute_with(|| {
		name_author(TEST_ENGINE, vec![1, 2]);
		let issuance = Balances::total_issuance();
		BlockReward::on_finalize(1);
		assert_eq!(Balances::total_issuance(), issuance);
		assert_eq!(BlockReward::author(), None);
	});
}

#[test]
fn the_first_digest_of_the_engine_names_the_author() {
	new_test_ext().execute_with(|| {
		name_author(TEST_ENGINE, MINER.encode());
		name_author(TEST_ENGINE, 8u64.encode());
		assert_eq!(BlockReward::author(), Some(MINER));
	});
}

#[test]
fn a_failed_mint_leaves_the_block_standing_and_says_so() {
	new_test_ext().execute_with(|| {
		// Total issuance at its maximum: minting the reward would overflow it.
		pallet_balances::TotalIssuance::<Test>::put(u64::MAX);
		name_author(TEST_ENGINE, MINER.encode());
		BlockReward::on_finalize(1);
		assert_eq!(Balances::balance(&MINER), 0);
		assert_eq!(Balances::total_issuance(), u64::MAX);
		System::assert_last_event(Event::RewardFailed { author: MINER, amount: REWARD }.into());
	});
}
