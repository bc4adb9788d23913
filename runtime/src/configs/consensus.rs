//! Consensus: the mode (proof of work or BABE), timestamps, proof-of-work difficulty, block
//! rewards, BABE, the bonded validator set and its sessions, offences, GRANDPA finality.

use crate::{
	AccountId, Babe, Balance, Balances, Difficulty, Historical, Offences, Runtime, RuntimeEvent,
	RuntimeHoldReason, Session, SessionKeys, ValidatorSet, TARGET_BLOCK_TIME_MS, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU32, ConstU64},
};
use pallet_consensus_mode::{ByMode, PowSessions};
use sp_core::U256;

/// A BABE epoch, in slots of [`TARGET_BLOCK_TIME_MS`]: ten minutes. On BABE chains a validator
/// session is one epoch.
pub const EPOCH_DURATION_SLOTS: u64 = 100;

/// BABE's share of primary slots and whether secondary slots are allowed, at genesis.
pub const BABE_GENESIS_EPOCH_CONFIG: sp_consensus_babe::BabeEpochConfiguration =
	sp_consensus_babe::BabeEpochConfiguration {
		c: (1, 4),
		allowed_slots: sp_consensus_babe::AllowedSlots::PrimaryAndSecondaryVRFSlots,
	};

/// The length of a BABE slot (ms): one block per slot at most, so BABE chains run at the target
/// block time. pallet-babe would derive its slot from twice the timestamp's minimum period, which
/// is short for proof of work; Lode's BABE slot is set here instead (see [`BabeSlotCheck`]).
pub const BABE_SLOT_DURATION_MS: u64 = TARGET_BLOCK_TIME_MS;

/// The BABE side of the timestamp hook: a block's timestamp must fall in the block's slot of
/// [`BABE_SLOT_DURATION_MS`]. pallet-babe's own hook measures slots in twice
/// [`MinimumPeriod`], which on this runtime is a proof-of-work figure, so it is not used.
pub struct BabeSlotCheck;

impl frame_support::traits::OnTimestampSet<u64> for BabeSlotCheck {
	fn on_timestamp_set(moment: u64) {
		let timestamp_slot = sp_consensus_babe::Slot::from(moment / BABE_SLOT_DURATION_MS);
		assert_eq!(Babe::current_slot(), timestamp_slot, "Timestamp slot must match `CurrentSlot`");
	}
}

parameter_types! {
	/// Timestamps must advance by at least this much from one block to the next (ms). Proof of
	/// work may find blocks in quick succession; BABE's slots keep its blocks
	/// [`BABE_SLOT_DURATION_MS`] apart.
	pub const MinimumPeriod: u64 = 100;
	/// The block time proof of work steers towards (ms).
	pub const TargetBlockTime: u64 = TARGET_BLOCK_TIME_MS;
	/// Blocks averaged when retargeting: about an hour at the target block time would make the
	/// difficulty slow to follow hash power leaving; 60 blocks (6 minutes) follows it within
	/// minutes while ignoring single outliers.
	pub const AdjustmentWindow: u32 = 60;
	/// The observed window span counts for a third, the expected span for two thirds.
	pub const DampingFactor: u32 = 3;
	/// The difficulty may at most double or halve from one block to the next.
	pub const ClampFactor: u32 = 2;
	/// Difficulty is never below this many expected hashes per block.
	pub MinimumDifficulty: U256 = U256::from(10_000u64);
	/// Paid, newly minted, to the miner of each block.
	pub const BlockRewardAmount: Balance = 10 * UNIT;
	/// Lode's PoW pre-runtime digest names the block's miner.
	pub const PowEngineId: sp_runtime::ConsensusEngineId = sp_consensus_pow::POW_ENGINE_ID;
	/// How long an equivocation report stays valid in the transaction pool (blocks).
	pub const ReportLongevity: u64 = REPORT_WINDOW_SESSIONS as u64 * EPOCH_DURATION_SLOTS;
}

/// Offences can be reported for this many sessions after they happened.
pub const REPORT_WINDOW_SESSIONS: u32 = 24;
/// Unbonded funds stay slashable this many sessions: longer than the report window.
pub const BONDING_DURATION_SESSIONS: u32 = 28;

/// BABE's, GRANDPA's and the session keys' weights, measured by `pallets/consensus-benchmarking`.
type ConsensusWeights = crate::weights::pallet_consensus_benchmarking::WeightInfo<Runtime>;

/// Who made the block: the miner named in the PoW pre-runtime digest on a proof-of-work chain,
/// the validator of the BABE slot on a BABE chain.
pub type BlockAuthor = ByMode<
	Runtime,
	pallet_block_reward::PreRuntimeAuthor<PowEngineId>,
	pallet_session::FindAccountFromAuthorIndex<Runtime, Babe>,
>;

impl pallet_consensus_mode::Config for Runtime {}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	/// Each block's timestamp retargets the proof-of-work difficulty on a proof-of-work chain, and
	/// is checked against the slot on a BABE chain.
	type OnTimestampSet = ByMode<Runtime, Difficulty, BabeSlotCheck>;
	type MinimumPeriod = MinimumPeriod;
	/// Benchmarked in this runtime, so the difficulty retarget it triggers is included.
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_difficulty::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type TargetBlockTime = TargetBlockTime;
	type AdjustmentWindow = AdjustmentWindow;
	type DampingFactor = DampingFactor;
	type ClampFactor = ClampFactor;
	type MinimumDifficulty = MinimumDifficulty;
}

impl pallet_block_reward::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type FindAuthor = BlockAuthor;
	type Reward = BlockRewardAmount;
	type WeightInfo = crate::weights::pallet_block_reward::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkEngine = PowEngineId;
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = BlockAuthor;
	type EventHandler = ();
}

impl pallet_babe::Config for Runtime {
	type EpochDuration = ConstU64<EPOCH_DURATION_SLOTS>;
	type ExpectedBlockTime = ConstU64<TARGET_BLOCK_TIME_MS>;
	/// Epochs change with sessions (pallet-session drives BABE through its session handler).
	type EpochChangeTrigger = pallet_babe::ExternalTrigger;
	type DisabledValidators = Session;
	/// Benchmarked here by `pallets/consensus-benchmarking` (a full equivocation report).
	type WeightInfo = pallet_consensus_benchmarking::BabeWeights<ConsensusWeights>;
	type MaxAuthorities = ConstU32<100>;
	type MaxNominators = ConstU32<0>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_babe::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}

impl pallet_validator_set::Config for Runtime {
	type WeightInfo = crate::weights::pallet_validator_set::WeightInfo<Runtime>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Slashed bonds are burned.
	type Slash = ();
	type SessionKeys = Session;
	type SessionHistory = Historical;
	type GovernanceOrigin = crate::configs::Governance;
	type MinBond = ConstU128<{ 100 * UNIT }>;
	type MinCandidateBond = ConstU128<{ 10_000 * UNIT }>;
	type BondingDuration = ConstU32<BONDING_DURATION_SESSIONS>;
	type ReportWindow = ConstU32<REPORT_WINDOW_SESSIONS>;
	type MaxUnlockingChunks = ConstU32<16>;
	type MinValidators = ConstU32<1>;
	type MaxValidators = ConstU32<100>;
	type MaxCandidates = ConstU32<1_000>;
	type RewardPerSession = ConstU128<{ 100 * UNIT }>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::SessionKeysHelper;
}

/// Sessions: every `SessionLength` blocks (genesis) on a proof-of-work chain, every BABE epoch on
/// a BABE chain.
pub type SessionRotation = ByMode<Runtime, PowSessions<Runtime>, Babe>;

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = SessionRotation;
	type NextSessionRotation = SessionRotation;
	type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, ValidatorSet>;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = pallet_session::disabling::UpToLimitDisablingStrategy;
	/// Benchmarked here by `pallets/consensus-benchmarking` (keys with ownership proofs).
	type WeightInfo = pallet_consensus_benchmarking::SessionWeights<ConsensusWeights>;
	type Currency = Balances;
	/// Held while session keys are registered, against filling storage with keys.
	type KeyDeposit = ConstU128<UNIT>;
}

impl pallet_session::historical::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type FullIdentification = ();
	type FullIdentificationOf = pallet_validator_set::UnitIdentification;
}

impl pallet_offences::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
	type OnOffenceHandler = ValidatorSet;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Benchmarked here by `pallets/consensus-benchmarking` (a full equivocation report).
	type WeightInfo = pallet_consensus_benchmarking::GrandpaWeights<ConsensusWeights>;
	type MaxAuthorities = ConstU32<100>;
	type MaxNominators = ConstU32<0>;
	/// Set-id history kept for equivocation reports: the whole report window.
	type MaxSetIdSessionEntries = ConstU64<{ REPORT_WINDOW_SESSIONS as u64 }>;
	type KeyOwnerProof = sp_session::MembershipProof;
	type EquivocationReportSystem =
		pallet_grandpa::EquivocationReportSystem<Self, Offences, Historical, ReportLongevity>;
}
