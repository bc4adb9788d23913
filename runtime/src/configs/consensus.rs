//! Consensus: timestamps, proof-of-work difficulty, block rewards, GRANDPA finality.

use crate::{Balance, Balances, Difficulty, Runtime, RuntimeEvent, TARGET_BLOCK_TIME_MS, UNIT};
use frame_support::{parameter_types, traits::ConstU32};
use sp_core::U256;

parameter_types! {
	/// Timestamps must advance by at least this much from one block to the next (ms).
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
}

impl pallet_timestamp::Config for Runtime {
	/// Milliseconds since the Unix epoch.
	type Moment = u64;
	/// Each block's timestamp retargets the proof-of-work difficulty.
	type OnTimestampSet = Difficulty;
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
	type FindAuthor = pallet_block_reward::PreRuntimeAuthor<PowEngineId>;
	type Reward = BlockRewardAmount;
	type WeightInfo = crate::weights::pallet_block_reward::WeightInfo<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkEngine = PowEngineId;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	// pallet-grandpa's own benchmarked weights (its `default_weights.rs`) are implemented on `()`.
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<100>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = frame_support::traits::ConstU64<0>;
	// Equivocation reports need key-ownership proofs from pallet-session's historical module;
	// they arrive with the validator set (bonded validators, sessions, offences).
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}
