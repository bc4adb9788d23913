//! A mock runtime for the provenance pallet's tests and benchmarks.

use crate::{self as pallet_provenance, types::*};
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU16, ConstU32, ConstU64, Hooks},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSignedBy};
use sp_core::H256;
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
	pub type Provenance = pallet_provenance;

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
	pub const MaxTraceNodes: u32 = 2_000;
	/// 1_000 t, in milligrams.
	pub const MaxMilligrams: u128 = 1_000_000_000_000;
	/// 1_000_000 carats, in hundredths of a carat.
	pub const MaxCentiCarats: u128 = 100_000_000;
}

/// The regulators of the mock: `REGULATOR` and `REGULATOR_2`.
pub struct Regulators;

impl frame_support::traits::SortedMembers<AccountId> for Regulators {
	fn sorted_members() -> Vec<AccountId> {
		vec![REGULATOR, REGULATOR_2]
	}
}

impl pallet_provenance::Config for Test {
	type WeightInfo = ();
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type RegulatorOrigin = EnsureSignedBy<Regulators, AccountId>;
	type SchemeCoverage = StandardCoverage<frame_support::traits::Everything>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FacilityDeposit = ConstU64<10>;
	type LotDeposit = ConstU64<5>;
	type AttestationDeposit = ConstU64<7>;
	type ObservationDeposit = ConstU64<2>;
	type TransferDeposit = ConstU64<3>;
	type MaxInputs = ConstU32<4>;
	type MaxOutputs = ConstU32<4>;
	type MaxExternalIdLen = ConstU32<16>;
	type MaxGs1IdLen = ConstU32<32>;
	type MaxCertificateIdLen = ConstU32<16>;
	type MaxAttestationsPerSubject = ConstU32<3>;
	type MaxAttestationsPerIssuer = ConstU32<2>;
	type MaxMilligrams = MaxMilligrams;
	type MaxCentiCarats = MaxCentiCarats;
	type TransferExpiry = ConstU64<10>;
	type MaxDowngradesPerBlock = ConstU32<3>;
	type MaxTraceNodes = MaxTraceNodes;
	type MaxConcentrationLossBps = ConstU16<3_000>;
	type MaxSmeltingLossBps = ConstU16<500>;
	type MaxRefiningLossBps = ConstU16<200>;
	type MaxManufacturingLossBps = ConstU16<500>;
	type MaxCuttingLossBps = ConstU16<6_000>;
	type OnRecall = RecallLog;
}

/// Operator of mine A (certified in the scenario).
pub const MINER_A: AccountId = 1;
/// Operator of mine B (not certified).
pub const MINER_B: AccountId = 2;
/// A trader (comptoir).
pub const TRADER: AccountId = 3;
/// A smelter.
pub const SMELTER: AccountId = 4;
/// A refiner.
pub const REFINER: AccountId = 5;
/// A battery manufacturer.
pub const MAKER: AccountId = 6;
/// An auditor.
pub const AUDITOR: AccountId = 7;
/// An issuer accredited for RMAP and ITSCI.
pub const ISSUER: AccountId = 8;
/// A second issuer, accredited for every scheme.
pub const ISSUER_2: AccountId = 9;
/// A regulator.
pub const REGULATOR: AccountId = 10;
/// A second regulator.
pub const REGULATOR_2: AccountId = 11;
/// An operator without funds: it cannot pay a deposit.
pub const PAUPER: AccountId = 12;
/// An account with no role.
pub const STRANGER: AccountId = 99;
/// What every account but `PAUPER` starts with.
pub const ENDOWMENT: u64 = 1_000_000;
/// The accounts endowed at genesis: all of the above but `PAUPER`, and account 0.
pub const ENDOWED: [AccountId; 13] = [
	MINER_A,
	MINER_B,
	TRADER,
	SMELTER,
	REFINER,
	MAKER,
	AUDITOR,
	ISSUER,
	ISSUER_2,
	REGULATOR,
	REGULATOR_2,
	STRANGER,
	0,
];

/// Genesis: every actor above registered with its roles.
pub struct ExtBuilder {
	parties: Vec<(AccountId, Roles, CountryCode)>,
	issuers: Vec<(AccountId, Schemes)>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		let operator = Roles::OPERATOR;
		Self {
			parties: vec![
				(MINER_A, operator, CountryCode(*b"CD")),
				(MINER_B, operator, CountryCode(*b"CD")),
				(TRADER, operator, CountryCode(*b"CD")),
				(SMELTER, operator, CountryCode(*b"CN")),
				(REFINER, operator, CountryCode(*b"FI")),
				(MAKER, operator, CountryCode(*b"KR")),
				(AUDITOR, Roles::AUDITOR, CountryCode(*b"CH")),
				(PAUPER, operator, CountryCode(*b"CD")),
			],
			issuers: vec![
				(ISSUER, Schemes::only(Scheme::Rmap).with(Scheme::Itsci)),
				(ISSUER_2, Schemes::ALL),
			],
		}
	}
}

impl ExtBuilder {
	/// Storage at genesis, at block 1 (so that events are recorded).
	pub fn build(self) -> sp_io::TestExternalities {
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: ENDOWED.into_iter().map(|who| (who, ENDOWMENT)).collect(),
				..Default::default()
			},
			provenance: pallet_provenance::GenesisConfig {
				parties: self.parties,
				issuers: self.issuers,
			},
		}
		.build_storage()
		.expect("genesis storage builds");
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}

	/// Runs `test`, then checks every storage invariant.
	pub fn build_and_execute(self, test: impl FnOnce()) {
		self.build().execute_with(|| {
			test();
			Provenance::do_try_state().expect("storage invariants hold after the test");
		});
	}
}

/// Runs `test` on the default genesis, then checks every storage invariant.
pub fn new_test_ext(test: impl FnOnce()) {
	ExtBuilder::default().build_and_execute(test)
}

/// Externalities for the benchmark test suite.
#[cfg(feature = "runtime-benchmarks")]
pub fn new_bench_ext() -> sp_io::TestExternalities {
	ExtBuilder::default().build()
}

// ----- helpers for tests -----

pub fn signed(who: AccountId) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

pub fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

pub fn hash(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

/// The pallet's events so far, oldest first.
pub fn provenance_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::Provenance(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The pallet's last event.
pub fn last_event() -> crate::Event<Test> {
	provenance_events().pop().expect("an event was deposited")
}

std::thread_local! {
	/// What [`RecallLog`] was told: `(lot, true)` for a recall, `(lot, false)` for a lift.
	pub static RECALL_LOG: core::cell::RefCell<Vec<(LotId, bool)>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// Records the recalls and lifts the pallet reports to [`Config::OnRecall`](crate::Config).
pub struct RecallLog;

impl lode_primitives::OnLotRecall for RecallLog {
	fn recalled(lot: LotId) {
		RECALL_LOG.with(|log| log.borrow_mut().push((lot, true)));
	}
	fn recall_lifted(lot: LotId) {
		RECALL_LOG.with(|log| log.borrow_mut().push((lot, false)));
	}
}

/// What [`RecallLog`] was told so far.
pub fn recall_log() -> Vec<(LotId, bool)> {
	RECALL_LOG.with(|log| log.borrow().clone())
}

/// Registers a facility of `kind` operated by `operator`, in the DRC, and returns its id.
pub fn facility(operator: AccountId, kind: FacilityKind) -> FacilityId {
	assert_ok!(Provenance::register_facility(
		signed(operator),
		kind,
		CountryCode(*b"CD"),
		-10_700_000,
		25_500_000,
		None,
		None,
	));
	crate::NextFacilityId::<Test>::get() - 1
}

/// Creates a lot at `mine` (operated by `operator`) and returns its id.
pub fn mined(
	operator: AccountId,
	mine: FacilityId,
	commodity: Commodity,
	quantity: u128,
	grade_ppm: u32,
) -> LotId {
	assert_ok!(Provenance::create_lot(
		signed(operator),
		mine,
		commodity,
		quantity,
		grade_ppm,
		None,
		hash(1),
	));
	crate::NextLotId::<Test>::get() - 1
}

/// Issues an RMAP attestation of `facility` by `ISSUER`, valid from now for 1_000 blocks.
pub fn certify(facility: FacilityId) -> AttestationId {
	let now = System::block_number();
	assert_ok!(Provenance::attest(
		signed(ISSUER),
		Subject::Facility(facility),
		Scheme::Rmap,
		b"RMAP-0001".to_vec(),
		now,
		now + 1_000,
		hash(2),
	));
	crate::NextAttestationId::<Test>::get() - 1
}

/// Moves `lot` from its custodian to `to` at `to_facility`, received in full.
pub fn deliver(lot: LotId, to: AccountId, to_facility: FacilityId) {
	let record = crate::Lots::<Test>::get(lot).expect("lot exists");
	assert_ok!(Provenance::propose_transfer(signed(record.custodian), lot, to, to_facility));
	assert_ok!(Provenance::accept_transfer(signed(to), lot, record.quantity));
}

/// The stored lot.
pub fn lot(id: LotId) -> crate::LotOf<Test> {
	crate::Lots::<Test>::get(id).expect("lot exists")
}

/// Advances one block, running `on_idle` with plenty of weight.
pub fn next_block_with_idle() -> Weight {
	let now = System::block_number() + 1;
	System::set_block_number(now);
	Provenance::on_idle(now, Weight::MAX)
}

/// Runs `on_idle` block after block until the claim queue is empty; returns the blocks used.
pub fn drain_claim_queue() -> u32 {
	let mut blocks = 0;
	while Provenance::pending_claim_work() > 0 {
		next_block_with_idle();
		blocks += 1;
		assert!(blocks < 1_000, "the claim queue does not drain");
	}
	blocks
}

/// The pallet's last event matching `kind`.
pub fn last_event_of_kind(kind: impl Fn(&crate::Event<Test>) -> bool) -> crate::Event<Test> {
	provenance_events().into_iter().rev().find(|event| kind(event)).expect("such an event")
}
