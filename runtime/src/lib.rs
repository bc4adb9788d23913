//! # Lode runtime
//!
//! The state-transition function of every Lode chain. This file only composes the runtime: the
//! pallets' configuration lives in [`configs`], the runtime APIs the node and clients call in
//! [`apis`], and the genesis presets in [`genesis_config_presets`].
//!
//! Blocks on the public chain are sealed by proof of work: the node asks this runtime for the
//! difficulty (`DifficultyApi`, answered by `pallet-difficulty`) and the miner named in the
//! block's PoW pre-runtime digest is paid by `pallet-block-reward`. GRANDPA finalizes blocks.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-style macros need a large recursion budget.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Types the node needs without knowing the runtime's details: blocks whose extrinsics are opaque
/// bytes, so the node can sync and import across runtime upgrades that change them.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

/// BABE as a session handler that only sees sessions on BABE chains (see pallet-consensus-mode).
pub type BabeOnBabeChains = pallet_consensus_mode::OnlyInBabeMode<Runtime, Babe>;

impl_opaque_keys! {
	/// The keys a validator holds: BABE produces blocks on BABE chains (the key is registered on
	/// every chain, so a validator's keys do not depend on the mode), GRANDPA votes for finality.
	pub struct SessionKeys {
		pub babe: BabeOnBabeChains,
		pub grandpa: Grandpa,
	}
}

/// The runtime's identity and version; bump `spec_version` on every change of behaviour.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("lode"),
	impl_name: Cow::Borrowed("lode-node"),
	authoring_version: 1,
	spec_version: 105,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 1,
	system_version: 1,
};

/// The block time proof of work steers towards, in milliseconds.
pub const TARGET_BLOCK_TIME_MS: u64 = 6_000;

/// Blocks per minute, hour and day at the target block time.
pub const MINUTES: BlockNumber = (60_000 / TARGET_BLOCK_TIME_MS) as BlockNumber;
/// Blocks per hour at the target block time.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day at the target block time.
pub const DAYS: BlockNumber = HOURS * 24;

/// The token's symbol, as wallets show it.
pub const TOKEN_SYMBOL: &str = "LODE";
/// Decimal places of the token: one LODE is `10^TOKEN_DECIMALS` base units.
pub const TOKEN_DECIMALS: u8 = 12;
/// Base units in one LODE.
pub const UNIT: Balance = 1_000_000_000_000;
/// Base units in one thousandth of a LODE.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// The smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;
/// A millionth of a LODE.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;

/// The storage deposit of `items` items taking `bytes` bytes: 0.01 LODE per item and
/// 0.00001 LODE per byte (10 LODE per megabyte), so that filling storage costs in proportion to
/// what it takes, and gives it back when it is freed.
pub const fn deposit(items: u32, bytes: u32) -> Balance {
	items as Balance * 10 * MILLI_UNIT + bytes as Balance * 10 * MICRO_UNIT
}
/// The SS58 address prefix of Lode accounts (42: the generic Substrate prefix, which every
/// wallet and Polkadot.js understand without configuration).
pub const SS58_PREFIX: u16 = 42;

/// Signature of a transaction: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account: the public key of its signature scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account, in base units.
pub type Balance = u128;
/// Number of transactions an account has sent.
pub type Nonce = u32;
/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;
/// The number of a block.
pub type BlockNumber = u32;
/// How transactions name accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// The checks every signed transaction goes through, in order. All are standard, so
/// Polkadot.js and offline signers handle them without a custom type bundle.
pub type TxExtension = (
	frame_system::AuthorizeCall<Runtime>,
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// An extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Migrations to run on the next runtime upgrade, besides the pallets' own.
type Migrations = ();

/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

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
	pub struct Runtime;

	// Genesis is built, and hooks run, in this order: balances before the bonds they hold,
	// the consensus mode before anything that dispatches on it, BABE before the session pallet
	// whose rotation it drives on BABE chains, the validator set before the session pallet that
	// asks it for the first validators.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(8)]
	pub type ConsensusMode = pallet_consensus_mode;
	#[runtime::pallet_index(9)]
	pub type Babe = pallet_babe;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Difficulty = pallet_difficulty;
	#[runtime::pallet_index(10)]
	pub type Authorship = pallet_authorship;
	#[runtime::pallet_index(3)]
	pub type BlockReward = pallet_block_reward;
	#[runtime::pallet_index(5)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(6)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(7)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(11)]
	pub type ValidatorSet = pallet_validator_set;
	#[runtime::pallet_index(12)]
	pub type Offences = pallet_offences;
	#[runtime::pallet_index(13)]
	pub type Historical = pallet_session::historical;
	#[runtime::pallet_index(14)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(4)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(15)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(16)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	#[runtime::pallet_index(17)]
	pub type Regulators = pallet_membership<Instance2>;
	#[runtime::pallet_index(18)]
	pub type NodeAuthorization = pallet_node_authorization;
	#[runtime::pallet_index(20)]
	pub type Provenance = pallet_provenance;
	#[runtime::pallet_index(21)]
	pub type Utility = pallet_utility;
	#[runtime::pallet_index(22)]
	pub type Multisig = pallet_multisig;
	#[runtime::pallet_index(23)]
	pub type Proxy = pallet_proxy;
	#[runtime::pallet_index(24)]
	pub type Preimage = pallet_preimage;
	#[runtime::pallet_index(25)]
	pub type Scheduler = pallet_scheduler;
	#[runtime::pallet_index(26)]
	pub type ConvictionVoting = pallet_conviction_voting;
	#[runtime::pallet_index(27)]
	pub type Referenda = pallet_referenda;
	#[runtime::pallet_index(28)]
	pub type Notary = pallet_notary;
	#[runtime::pallet_index(29)]
	pub type Assets = pallet_assets;
	#[runtime::pallet_index(30)]
	pub type AssetRegistry = pallet_asset_registry;
}

/// Unsigned transactions a pallet submits from the node (equivocation reports of BABE and
/// GRANDPA) are plain bare extrinsics.
impl<C> frame_system::offchain::CreateTransactionBase<C> for Runtime
where
	RuntimeCall: From<C>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<C> frame_system::offchain::CreateBare<C> for Runtime
where
	RuntimeCall: From<C>,
{
	fn create_bare(call: RuntimeCall) -> UncheckedExtrinsic {
		UncheckedExtrinsic::new_bare(call)
	}
}

#[cfg(test)]
mod tests;
