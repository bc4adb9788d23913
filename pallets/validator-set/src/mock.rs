//! A mock runtime for the validator-set pallet's tests and benchmarks: balances, session (with
//! the historical session pallet) keyed by GRANDPA keys, GRANDPA, offences and this pallet, wired
//! as Lode's runtime wires them.

use crate::{self as pallet_validator_set, CreditOf};
use codec::Encode;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU32, ConstU64, Imbalance, OnFinalize, OnUnbalanced},
};
use frame_system::EnsureRoot;
use sp_consensus_grandpa::{EquivocationProof, RoundNumber, SetId};
use sp_core::{crypto::Pair as _, ed25519, proof_of_possession::ProofOfPossessionGenerator, H256};
use sp_runtime::{impl_opaque_keys, testing::TestXt, traits::OpaqueKeys, BuildStorage};
use sp_staking::SessionIndex;

type Block = frame_system::mocking::MockBlock<Test>;
pub type AccountId = u64;
pub type Balance = u64;

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
	pub type Balances = pallet_balances;

	// Before Session: its genesis asks this pallet for the first sessions' validators.
	#[runtime::pallet_index(2)]
	pub type ValidatorSet = pallet_validator_set;

	#[runtime::pallet_index(3)]
	pub type Session = pallet_session;

	#[runtime::pallet_index(4)]
	pub type Historical = pallet_session::historical;

	#[runtime::pallet_index(5)]
	pub type Authorship = pallet_authorship;

	#[runtime::pallet_index(6)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(7)]
	pub type Offences = pallet_offences;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

impl<C> frame_system::offchain::CreateTransactionBase<C> for Test
where
	RuntimeCall: From<C>,
{
	type RuntimeCall = RuntimeCall;
	type Extrinsic = TestXt<RuntimeCall, ()>;
}

impl<C> frame_system::offchain::CreateBare<C> for Test
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: Self::RuntimeCall) -> Self::Extrinsic {
		TestXt::new_bare(call)
	}
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type ExistentialDeposit = ConstU64<1>;
}

impl_opaque_keys! {
	pub struct MockSessionKeys {
		pub grandpa: Grandpa,
	}
}

impl pallet_session::Config for Test {
	#[allow(deprecated)]
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<ConstU64<10>, ConstU64<0>>;
	type NextSessionRotation = pallet_session::PeriodicSessions<ConstU64<10>, ConstU64<0>>;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, ValidatorSet>;
	type SessionHandler = <MockSessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = MockSessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ();
}

impl pallet_session::historical::Config for Test {
	#[allow(deprecated)]
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = crate::UnitIdentification;
}

impl pallet_authorship::Config for Test {
	type FindAuthor = ();
	type EventHandler = ();
}

impl pallet_grandpa::Config for Test {
	#[allow(deprecated)]
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<16>;
	type MaxNominators = ConstU32<0>;
	// Covers the report window, so GRANDPA accepts reports for all of it.
	type MaxSetIdSessionEntries = ConstU64<8>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ConstU64<100>>;
}

impl pallet_offences::Config for Test {
	#[allow(deprecated)]
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

/// Smallest bond.
pub const MIN_BOND: Balance = 10;
/// Smallest candidate bond.
pub const MIN_CANDIDATE_BOND: Balance = 100;
/// The bond of each genesis validator.
pub const GENESIS_BOND: Balance = 1_000;
/// Every account's balance at genesis.
pub const ENDOWMENT: Balance = 10_000;

parameter_types! {
	pub static RewardPerSession: Balance = 1_000;
	pub static BondingDuration: SessionIndex = 4;
	pub static ReportWindow: SessionIndex = 2;
	/// Everything handed to `Config::Slash` so far.
	pub static SlashedFunds: Balance = 0;
}

/// Records slashed funds, then burns them.
pub struct SlashSink;
impl OnUnbalanced<CreditOf<Test>> for SlashSink {
	fn on_nonzero_unbalanced(credit: CreditOf<Test>) {
		SlashedFunds::mutate(|total| *total += credit.peek());
	}
}

impl pallet_validator_set::Config for Test {
	type WeightInfo = ();
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Slash = SlashSink;
	type SessionKeys = Session;
	type SessionHistory = Historical;
	type GovernanceOrigin = EnsureRoot<AccountId>;
	type MinBond = ConstU64<MIN_BOND>;
	type MinCandidateBond = ConstU64<MIN_CANDIDATE_BOND>;
	type BondingDuration = BondingDuration;
	type ReportWindow = ReportWindow;
	type MaxUnlockingChunks = ConstU32<3>;
	type MinValidators = ConstU32<2>;
	type MaxValidators = ConstU32<5>;
	type MaxCandidates = ConstU32<8>;
	type RewardPerSession = RewardPerSession;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockBenchmarkHelper;
}

/// Sets session keys without a proof of possession, as a runtime's helper would.
#[cfg(feature = "runtime-benchmarks")]
pub struct MockBenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockBenchmarkHelper {
	fn set_session_keys(who: &AccountId) {
		<Session as pallet_session::SessionInterface>::set_keys(who, session_keys(*who))
			.expect("a funded account can set keys");
	}
}

/// The GRANDPA key pair of `who` (a deterministic test key).
pub fn grandpa_pair(who: AccountId) -> ed25519::Pair {
	let mut seed = [0x6c; 32];
	seed[..8].copy_from_slice(&who.to_le_bytes());
	ed25519::Pair::from_seed(&seed)
}

/// The GRANDPA authority id of `who`.
pub fn grandpa_id(who: AccountId) -> sp_consensus_grandpa::AuthorityId {
	grandpa_pair(who).public().into()
}

/// The session keys of `who`.
pub fn session_keys(who: AccountId) -> MockSessionKeys {
	MockSessionKeys { grandpa: grandpa_id(who) }
}

/// Sets `who`'s session keys through `pallet_session::set_keys`, with a proof of possession.
pub fn set_keys(who: AccountId) {
	let mut pair = grandpa_pair(who);
	let proof = pair.generate_proof_of_possession(&who.encode());
	assert_ok!(Session::set_keys(RuntimeOrigin::signed(who), session_keys(who), proof.encode()));
}

/// Genesis: validators with their bonds, and which accounts have session keys.
pub struct ExtBuilder {
	validators: Vec<(AccountId, Balance)>,
	desired_validators: u32,
	keys: Vec<AccountId>,
}

impl Default for ExtBuilder {
	/// Validators 1 to 4 bonding `GENESIS_BOND` each, all four desired; accounts 1 to 6 have
	/// session keys; accounts 1 to 20 hold `ENDOWMENT`.
	fn default() -> Self {
		Self {
			validators: (1..=4).map(|who| (who, GENESIS_BOND)).collect(),
			desired_validators: 4,
			keys: (1..=6).collect(),
		}
	}
}

impl ExtBuilder {
	/// Replaces the genesis validators.
	pub fn validators(mut self, validators: Vec<(AccountId, Balance)>) -> Self {
		self.validators = validators;
		self
	}

	/// Sets the genesis `DesiredValidators`.
	pub fn desired_validators(mut self, count: u32) -> Self {
		self.desired_validators = count;
		self
	}

	/// Storage at genesis (session 0), at block 1 so that events are recorded.
	pub fn build(self) -> sp_io::TestExternalities {
		let validators: Vec<AccountId> = self.validators.iter().map(|(who, _)| *who).collect();
		let (authority_keys, other_keys): (Vec<_>, Vec<_>) = self
			.keys
			.iter()
			.map(|who| (*who, *who, session_keys(*who)))
			.partition(|(who, ..)| validators.contains(who));
		let storage = RuntimeGenesisConfig {
			system: Default::default(),
			balances: pallet_balances::GenesisConfig {
				balances: (1..=20).map(|who| (who, ENDOWMENT)).collect(),
				..Default::default()
			},
			validator_set: pallet_validator_set::GenesisConfig {
				validators: self.validators,
				desired_validators: self.desired_validators,
			},
			session: pallet_session::GenesisConfig {
				keys: authority_keys,
				non_authority_keys: other_keys,
			},
			grandpa: Default::default(),
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
			ValidatorSet::do_try_state().expect("storage invariants hold after the test");
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

/// Rotates sessions, one block each, until session `index` has started; GRANDPA enacts each
/// authority set change in the block that schedules it.
pub fn start_session(index: SessionIndex) {
	while Session::current_index() < index {
		let block = System::block_number() + 1;
		System::set_block_number(block);
		Session::rotate_session();
		Grandpa::on_finalize(block);
	}
	assert_eq!(crate::CurrentSession::<Test>::get(), index);
}

/// Starts the next session.
pub fn next_session() {
	start_session(Session::current_index() + 1)
}

/// The pallet's events so far, oldest first.
pub fn validator_set_events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::ValidatorSet(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The pallet's last event.
pub fn last_event() -> crate::Event<Test> {
	validator_set_events().pop().expect("an event was deposited")
}

/// The validators of the session in progress, as `pallet-session` has them.
pub fn session_validators() -> Vec<AccountId> {
	Session::validators()
}

/// `who`'s ledger.
pub fn ledger(who: AccountId) -> crate::LedgerOf<Test> {
	crate::Ledgers::<Test>::get(who).expect("account is bonded")
}

/// `who`'s funds held as bond.
pub fn held(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::ValidatorSet(crate::HoldReason::Bonded), &who)
}

/// `who`'s free balance.
pub fn free(who: AccountId) -> Balance {
	Balances::free_balance(who)
}

/// A GRANDPA equivocation of `offender`: two prevotes for different blocks in one round.
pub fn equivocation_proof(
	offender: AccountId,
	set_id: SetId,
	round: RoundNumber,
) -> EquivocationProof<H256, u64> {
	let pair = grandpa_pair(offender);
	let prevote = |target_hash: H256| {
		let prevote = finality_grandpa::Prevote { target_hash, target_number: 1 };
		let message = finality_grandpa::Message::Prevote(prevote.clone());
		let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
		(prevote, pair.sign(&payload).into())
	};
	EquivocationProof::new(
		set_id,
		sp_consensus_grandpa::Equivocation::Prevote(finality_grandpa::Equivocation {
			round_number: round,
			identity: grandpa_id(offender),
			first: prevote(H256::repeat_byte(1)),
			second: prevote(H256::repeat_byte(2)),
		}),
	)
}

/// Proves that `offender`'s GRANDPA key belongs to it in the session in progress.
pub fn key_owner_proof(offender: AccountId) -> sp_session::MembershipProof {
	use frame_support::traits::KeyOwnerProofSystem;
	Historical::prove((sp_consensus_grandpa::KEY_TYPE, grandpa_id(offender)))
		.expect("the offender is a validator of the session in progress")
}

/// Reports a GRANDPA equivocation of `offender` in `round` of the current authority set, signed
/// by `reporter`, proving key ownership in the session in progress.
pub fn report_equivocation(
	reporter: AccountId,
	offender: AccountId,
	round: RoundNumber,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	let proof = equivocation_proof(offender, Grandpa::current_set_id(), round);
	Grandpa::report_equivocation(signed(reporter), Box::new(proof), key_owner_proof(offender))
}
