//! A test runtime with balances and this pallet, reading the author from a test engine's
//! pre-runtime digest.

use crate::{self as pallet_block_reward, PreRuntimeAuthor};
use frame_support::{derive_impl, parameter_types};
use sp_runtime::{BuildStorage, ConsensusEngineId};

type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeTask,
		RuntimeFreezeReason,
		RuntimeHoldReason
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type BlockReward = pallet_block_reward;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type ExistentialDeposit = ExistentialDeposit;
}

/// The engine id the test runtime reads authors from.
pub const TEST_ENGINE: ConsensusEngineId = *b"test";
/// The reward of one block in the test runtime.
pub const REWARD: u64 = 50;

parameter_types! {
	pub const ExistentialDeposit: u64 = 10;
	pub const Reward: u64 = REWARD;
	pub const Engine: ConsensusEngineId = TEST_ENGINE;
}

impl pallet_block_reward::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type FindAuthor = PreRuntimeAuthor<Engine>;
	type Reward = Reward;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkEngine = Engine;
}

/// A fresh chain at block 1 with no balances.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}
