//! frame-system: block limits, account model, versioning.

use crate::{
	AccountId, Balance, Block, BlockNumber, Hash, Nonce, PalletInfo, Runtime, RuntimeCall,
	RuntimeEvent, RuntimeOrigin, RuntimeTask, SS58_PREFIX, VERSION,
};
use frame_support::{
	derive_impl, parameter_types,
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight},
};
use frame_system::limits::{BlockLength, BlockWeights};
use sp_runtime::Perbill;
use sp_version::RuntimeVersion;

/// Share of a block's weight and length that ordinary transactions may fill; the rest is kept
/// for operational extrinsics and inherents.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	/// Block hashes kept for `CheckEra` and `system.blockHash`.
	pub const BlockHashCount: BlockNumber = 2400;
	/// The runtime version, exposed to the node.
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute per block, a third of the target block time.
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// At most 5 MiB of extrinsics per block.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(frame_support::dispatch::DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO * *max
		})
		.build();
	/// The SS58 prefix Lode addresses are shown with.
	pub const SS58Prefix: u16 = SS58_PREFIX;
}

/// The calls the runtime refuses whoever makes them: node authorization's self-service calls,
/// with which any account could claim peer ids and grow unbounded lists of extra connections
/// (their weights are constants whatever the list's length). On Lode only governance manages
/// the node list.
pub struct LodeCallFilter;

impl frame_support::traits::Contains<crate::RuntimeCall> for LodeCallFilter {
	fn contains(call: &crate::RuntimeCall) -> bool {
		use pallet_node_authorization::Call as NodeCall;
		!matches!(
			call,
			crate::RuntimeCall::NodeAuthorization(
				NodeCall::claim_node { .. }
					| NodeCall::remove_claim { .. }
					| NodeCall::transfer_node { .. }
					| NodeCall::add_connections { .. }
					| NodeCall::remove_connections { .. }
			)
		)
	}
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type BaseCallFilter = LodeCallFilter;
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// ParityDB is the node's database; its measured costs are of the same order as RocksDB's,
	/// whose benchmarked constants are the ones the SDK publishes.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = frame_support::traits::ConstU32<16>;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = frame_system::SubstrateExtensionsWeight<Runtime>;
}
