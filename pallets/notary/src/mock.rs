//! A mock runtime for the notary pallet's tests and benchmarks.

use crate as pallet_notary;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU64, Contains, Get, Time},
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Notary = pallet_notary;

	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	/// The mock's clock, in milliseconds; tests move it.
	pub static Now: u64 = 1_700_000_000_000;
}

/// The mock's clock.
pub struct Clock;

impl Time for Clock {
	type Moment = u64;
	fn now() -> u64 {
		Now::get()
	}
}

/// The lots that exist in the mock: 1 to 3.
pub struct MockLots;

impl Contains<u64> for MockLots {
	fn contains(id: &u64) -> bool {
		(1..=3).contains(id)
	}
}

/// The instruments that exist in the mock: 100.
pub struct MockInstruments;

impl Contains<u64> for MockInstruments {
	fn contains(id: &u64) -> bool {
		*id == 100
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for Test {
	fn subject() -> Result<crate::Subject, frame_benchmarking::BenchmarkError> {
		Ok(crate::Subject::Lot(1))
	}
}

/// A bound of the mock; comparable, so that tests compare whole records.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Bound<const N: u32>;

impl<const N: u32> Get<u32> for Bound<N> {
	fn get() -> u32 {
		N
	}
}

/// Deposit of every anchor.
pub const BASE: u64 = 10;
/// Deposit of each byte of memo, schema or reason.
pub const PER_BYTE: u64 = 1;
/// The longest memo.
pub const MAX_MEMO: u32 = 16;
/// The longest schema name.
pub const MAX_SCHEMA: u32 = 8;
/// The longest reason.
pub const MAX_REASON: u32 = 12;

impl pallet_notary::Config for Test {
	type WeightInfo = ();
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Clock;
	type Lots = MockLots;
	type Instruments = MockInstruments;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Test;
	type AnchorDepositBase = ConstU64<BASE>;
	type AnchorDepositPerByte = ConstU64<PER_BYTE>;
	type MaxMemoLen = Bound<MAX_MEMO>;
	type MaxSchemaLen = Bound<MAX_SCHEMA>;
	type MaxReasonLen = Bound<MAX_REASON>;
}

/// An account that anchors.
pub const ALICE: AccountId = 1;
/// Another account.
pub const BOB: AccountId = 2;
/// An account that can pay the base deposit and nothing more (with its existential deposit).
pub const POOR: AccountId = 3;
/// What `ALICE` and `BOB` start with.
pub const ENDOWMENT: u64 = 1_000;

/// Genesis with `ALICE` and `BOB` endowed and `POOR` able to pay one bare anchor, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, ENDOWMENT), (BOB, ENDOWMENT), (POOR, BASE + 1)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh genesis, then checks the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Notary::do_try_state().expect("the notary's invariants hold");
	});
}
