//! A test runtime holding only frame-system, the timestamp pallet and this pallet, with the
//! timestamp pallet feeding this one exactly as in Lode's PoW runtime.

use crate as pallet_difficulty;
use frame_support::{derive_impl, parameter_types};
use sp_core::U256;
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(RuntimeCall, RuntimeEvent, RuntimeError, RuntimeOrigin, RuntimeTask)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Difficulty = pallet_difficulty;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Target block time of the test runtime, in milliseconds.
pub const TARGET: u64 = 10_000;
/// Difficulty at genesis in the test runtime.
pub const INITIAL: u64 = 1_000_000;

parameter_types! {
	pub const TargetBlockTime: u64 = TARGET;
	pub const AdjustmentWindow: u32 = 10;
	pub const DampingFactor: u32 = 3;
	pub const ClampFactor: u32 = 2;
	pub MinimumDifficulty: U256 = U256::from(1_000u64);
}

impl pallet_timestamp::Config for Test {
	type Moment = u64;
	type OnTimestampSet = pallet_difficulty::Pallet<Test>;
	type MinimumPeriod = frame_support::traits::ConstU64<1>;
	type WeightInfo = ();
}

impl pallet_difficulty::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type TargetBlockTime = TargetBlockTime;
	type AdjustmentWindow = AdjustmentWindow;
	type DampingFactor = DampingFactor;
	type ClampFactor = ClampFactor;
	type MinimumDifficulty = MinimumDifficulty;
}

/// Runs `test` on a fresh chain whose genesis difficulty is `initial`, then checks the pallet's
/// storage invariants.
pub fn run_with(initial: U256, test: impl FnOnce()) {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_difficulty::GenesisConfig::<Test> { initial_difficulty: initial, ..Default::default() }
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		Difficulty::do_try_state().expect("storage invariants hold");
	});
}

/// Makes blocks spaced `interval` milliseconds apart, `count` times, starting after the last
/// block's timestamp, through the timestamp pallet as the block author would.
pub fn make_blocks(interval: u64, count: u32) {
	for _ in 0..count {
		let now = Timestamp::get() + interval;
		System::set_block_number(System::block_number() + 1);
		Timestamp::set_timestamp(now);
	}
}
