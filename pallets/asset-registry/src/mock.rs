//! A mock runtime for the asset registry's tests.

use crate as pallet_asset_registry;
use frame_support::{
	derive_impl, ord_parameter_types,
	traits::{ConstU32, ConstU64, Contains},
};
use frame_system::EnsureSignedBy;
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
	pub type AssetRegistry = pallet_asset_registry;

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

/// The lots that exist in the mock: 1 to 3.
pub struct MockLots;

impl Contains<u64> for MockLots {
	fn contains(id: &u64) -> bool {
		(1..=3).contains(id)
	}
}

ord_parameter_types! {
	/// The mock's regulator.
	pub const Regulator: AccountId = REGULATOR;
}

/// Deposit of an instrument.
pub const INSTRUMENT_DEPOSIT: u64 = 100;
/// Deposit of a document version.
pub const DOCUMENT_DEPOSIT: u64 = 20;
/// Deposit of each byte.
pub const PER_BYTE: u64 = 1;
/// The longest name.
pub const MAX_NAME: u32 = 16;
/// The longest URI.
pub const MAX_URI: u32 = 24;
/// The longest reason of a forced transfer.
pub const MAX_REASON: u32 = 12;
/// The most coupons of a bond.
pub const MAX_COUPONS: u32 = 120;

impl pallet_asset_registry::Config for Test {
	type WeightInfo = ();
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = u32;
	type RegulatorOrigin = EnsureSignedBy<Regulator, AccountId>;
	type Lots = MockLots;
	type InstrumentDeposit = ConstU64<INSTRUMENT_DEPOSIT>;
	type DocumentDeposit = ConstU64<DOCUMENT_DEPOSIT>;
	type DepositPerByte = ConstU64<PER_BYTE>;
	type MaxNameLen = ConstU32<MAX_NAME>;
	type MaxSymbolLen = ConstU32<8>;
	type MaxSchemeLen = ConstU32<8>;
	type MaxIdentifierLen = ConstU32<16>;
	type MaxUriLen = ConstU32<MAX_URI>;
	type MaxShareClasses = ConstU32<3>;
	type MaxParties = ConstU32<4>;
	type MaxCoupons = ConstU32<MAX_COUPONS>;
	type MaxReasonLen = ConstU32<MAX_REASON>;
}

/// An issuer.
pub const ISSUER: AccountId = 1;
/// A holder.
pub const ALICE: AccountId = 2;
/// Another holder.
pub const BOB: AccountId = 3;
/// An account that cannot pay a deposit.
pub const POOR: AccountId = 4;
/// The regulator.
pub const REGULATOR: AccountId = 5;
/// A third holder (no balance needed: holdings are the pallet's).
pub const CHARLIE: AccountId = 6;
/// What `ISSUER`, `ALICE` and `BOB` start with.
pub const ENDOWMENT: u64 = 10_000;

/// Runs `test` on a fresh genesis at block 1, then checks the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ISSUER, ENDOWMENT), (ALICE, ENDOWMENT), (BOB, ENDOWMENT), (POOR, 10)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		test();
		AssetRegistry::do_try_state().expect("the asset registry's invariants hold");
	});
}
