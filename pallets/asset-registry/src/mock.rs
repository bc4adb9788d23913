//! A mock runtime for the asset registry's tests.

use crate as pallet_asset_registry;
use frame_support::{
	derive_impl, ensure, ord_parameter_types, parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU128, ConstU32, Contains, Hooks,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureRoot, EnsureSigned, EnsureSignedBy};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
/// Balances are `u128`, as in the runtime.
pub type Balance = u128;

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

	#[runtime::pallet_index(3)]
	pub type Assets = pallet_assets;

	#[runtime::pallet_index(4)]
	pub type Timestamp = pallet_timestamp;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_assets::config_preludes::TestDefaultConfig)]
impl pallet_assets::Config for Test {
	type Balance = Balance;
	type Currency = Balances;
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = EnsureRoot<AccountId>;
	type Freezer = ();
	type Holder = ();
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

/// Native LODE, or a token of `pallet-assets`.
pub type AssetId = NativeOrWithId<u32>;

/// A bank's EUR token, the mock's usual payment asset.
pub const EUR: u32 = 7;
/// Its minimum balance.
pub const EUR_MIN: Balance = 5;
/// A token nobody holds: an account receives it only with a native balance.
pub const GOLD: u32 = 8;

/// The EUR token as a payment asset.
pub fn eur() -> AssetId {
	NativeOrWithId::WithId(EUR)
}

parameter_types! {
	/// The pot's id.
	pub const RegistryPalletId: PalletId = PalletId(*b"lode/reg");
	/// What each block gives corporate actions: with the unit weights, 100 holders a block.
	pub ActionWeight: Weight = <() as crate::WeightInfo>::on_initialize_idle()
		.saturating_add(<() as crate::WeightInfo>::execute_action().saturating_mul(4))
		.saturating_add(<() as crate::WeightInfo>::pay_holder().saturating_mul(HOLDERS_PER_BLOCK));
}

/// Holders a block pays when nothing else is due.
pub const HOLDERS_PER_BLOCK: u64 = 100;

/// The lots that exist in the mock: 1 to 3.
pub struct MockLots;

impl Contains<u64> for MockLots {
	fn contains(id: &u64) -> bool {
		(1..=3).contains(id)
	}
}

/// Lots the benchmarks made, with their owners (lots 1 and 2 are `ISSUER`'s, 3 is `ALICE`'s).
#[frame_support::storage_alias]
pub type MockLotOwners = StorageMap<MockProvenance, frame_support::Twox64Concat, u64, AccountId>;

/// The mock's pledged lots.
#[frame_support::storage_alias]
pub type MockPledged = StorageMap<MockProvenance, frame_support::Twox64Concat, u64, ()>;

impl MockLots {
	/// Who owns `lot`, if it exists.
	pub fn owner(lot: u64) -> Option<AccountId> {
		match lot {
			1 | 2 => Some(ISSUER),
			3 => Some(ALICE),
			_ => MockLotOwners::get(lot),
		}
	}
}

/// A stand-in for the provenance pallet's pledges: the owner pledges an existing lot once.
impl lode_primitives::LotPledges<AccountId> for MockLots {
	fn pledge(owner: &AccountId, lot: u64) -> DispatchResult {
		let Some(actual) = Self::owner(lot) else { return Err("LotNotFound".into()) };
		ensure!(actual == *owner, DispatchError::Other("NotOwner"));
		ensure!(!MockPledged::contains_key(lot), DispatchError::Other("AlreadyPledged"));
		MockPledged::insert(lot, ());
		Ok(())
	}

	fn release(lot: u64) -> DispatchResult {
		ensure!(MockPledged::take(lot).is_some(), DispatchError::Other("NotPledged"));
		Ok(())
	}

	fn is_pledged(lot: u64) -> bool {
		MockPledged::contains_key(lot)
	}
}

ord_parameter_types! {
	/// The mock's regulator.
	pub const Regulator: AccountId = REGULATOR;
}

/// Deposit of an instrument.
pub const INSTRUMENT_DEPOSIT: Balance = 100;
/// Deposit of a document version.
pub const DOCUMENT_DEPOSIT: Balance = 20;
/// Deposit of each byte.
pub const PER_BYTE: Balance = 1;
/// The longest name.
pub const MAX_NAME: u32 = 16;
/// The longest URI.
pub const MAX_URI: u32 = 24;
/// The longest reason of a forced transfer.
pub const MAX_REASON: u32 = 12;
/// The most coupons of a bond.
pub const MAX_COUPONS: u32 = 120;
/// The most topics, issuers or jurisdictions of claim rules.
pub const MAX_CLAIM_RULES: u32 = 3;
/// The deposit of a claim.
pub const CLAIM_DEPOSIT: Balance = 7;
/// The most named books of an account.
pub const MAX_BOOKS: u32 = 2;
/// The most legs of a settlement.
pub const MAX_LEGS: u32 = 4;
/// The deposit of a pending settlement.
pub const SETTLEMENT_DEPOSIT: Balance = 30;
/// The most actions of an instrument scheduled or open.
pub const MAX_OPEN: u32 = 3;

impl pallet_asset_registry::Config for Test {
	type WeightInfo = ();
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = AssetId;
	type Payments = UnionOf<Balances, Assets, NativeFromLeft, AssetId, AccountId>;
	type Time = Timestamp;
	type PalletId = RegistryPalletId;
	type ActionWeight = ActionWeight;
	type MaxOpenActions = ConstU32<MAX_OPEN>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Test;
	type RegulatorOrigin = EnsureSignedBy<Regulator, AccountId>;
	type Lots = MockLots;
	type BackingLots = MockLots;
	type MaxBackingLots = ConstU32<MAX_BACKING>;
	type InstrumentDeposit = ConstU128<INSTRUMENT_DEPOSIT>;
	type DocumentDeposit = ConstU128<DOCUMENT_DEPOSIT>;
	type DepositPerByte = ConstU128<PER_BYTE>;
	type MaxNameLen = ConstU32<MAX_NAME>;
	type MaxSymbolLen = ConstU32<8>;
	type MaxSchemeLen = ConstU32<8>;
	type MaxIdentifierLen = ConstU32<16>;
	type MaxUriLen = ConstU32<MAX_URI>;
	type MaxShareClasses = ConstU32<3>;
	type MaxParties = ConstU32<4>;
	type MaxCoupons = ConstU32<MAX_COUPONS>;
	type MaxReasonLen = ConstU32<MAX_REASON>;
	type MaxLegs = ConstU32<MAX_LEGS>;
	type MaxBooks = ConstU32<MAX_BOOKS>;
	type MaxClaimRules = ConstU32<MAX_CLAIM_RULES>;
	type ClaimDeposit = ConstU128<CLAIM_DEPOSIT>;
	type SettlementDeposit = ConstU128<SETTLEMENT_DEPOSIT>;
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
pub const ENDOWMENT: Balance = 10_000;
/// The EUR `ISSUER` starts with.
pub const ISSUER_EUR: Balance = 100_000_000;

/// The most lots backing one instrument.
pub const MAX_BACKING: u32 = 3;

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AssetId, AccountId> for Test {
	fn payment_asset() -> AssetId {
		eur()
	}

	fn backing_lot(owner: &AccountId) -> u64 {
		let lot = 1_000 + MockLotOwners::iter_keys().count() as u64;
		MockLotOwners::insert(lot, *owner);
		lot
	}
}

/// The mock's genesis: balances, the EUR token, and a fresh clock.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ISSUER, ENDOWMENT), (ALICE, ENDOWMENT), (BOB, ENDOWMENT), (POOR, 10)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_assets::GenesisConfig::<Test> {
		assets: vec![(EUR, ISSUER, true, EUR_MIN), (GOLD, ISSUER, false, 1)],
		metadata: vec![],
		accounts: vec![(EUR, ISSUER, ISSUER_EUR)],
		next_asset_id: None,
		reserves: vec![],
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on a fresh genesis at block 1, then checks the pallet's invariants.
pub fn run(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		System::set_block_number(1);
		test();
		AssetRegistry::do_try_state().expect("the asset registry's invariants hold");
	});
}

/// Sets the clock to `moment` and runs the next block's start (the asset registry's
/// `on_initialize`, which reads the clock as the parent block's timestamp); checks the
/// invariants after it. Returns the weight the registry used.
pub fn next_block_at(moment: u64) -> Weight {
	pallet_timestamp::Now::<Test>::put(moment);
	let number = System::block_number() + 1;
	System::set_block_number(number);
	let used = AssetRegistry::on_initialize(number);
	AssetRegistry::do_try_state().expect("the asset registry's invariants hold");
	used
}

/// Runs blocks at `moment` until no payout is left; returns how many it took.
pub fn run_payouts_at(moment: u64) -> u32 {
	let mut blocks = 0;
	loop {
		next_block_at(moment);
		blocks += 1;
		if crate::Payouts::<Test>::iter().next().is_none() {
			return blocks;
		}
		assert!(blocks < 10_000, "payouts never end");
	}
}
