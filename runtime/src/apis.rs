//! The runtime APIs the node and clients call.

use crate::{
	configs::{BABE_GENESIS_EPOCH_CONFIG, BABE_SLOT_DURATION_MS, EPOCH_DURATION_SLOTS},
	AccountId, AssetRegistry, Babe, Balance, Block, BlockNumber, ConsensusMode, Difficulty,
	Executive, Grandpa, Historical, InherentDataExt, Nonce, Notary, Provenance, Runtime,
	RuntimeCall, RuntimeGenesisConfig, SessionKeys, System, TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::traits::KeyOwnerProofSystem;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use pallet_provenance_runtime_api::{Claim, FacilityId, LotId, LotInfo, TraceNode};
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata, U256};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: frame_support::view_functions::ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, frame_support::view_functions::ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			// Offchain workers run on permissioned (BABE) chains only. Lode's one offchain worker
			// is node authorization's, which restricts peering to the listed nodes: on the open
			// proof-of-work chain, with no nodes listed, it would cut every node off.
			if ConsensusMode::is_babe() {
				Executive::offchain_worker(header)
			}
		}
	}

	impl sp_consensus_pow::DifficultyApi<Block, U256> for Runtime {
		fn difficulty() -> U256 {
			Difficulty::difficulty()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl sp_consensus_babe::BabeApi<Block> for Runtime {
		fn configuration() -> sp_consensus_babe::BabeConfiguration {
			let epoch_config = Babe::epoch_config().unwrap_or(BABE_GENESIS_EPOCH_CONFIG);
			sp_consensus_babe::BabeConfiguration {
				slot_duration: BABE_SLOT_DURATION_MS,
				epoch_length: EPOCH_DURATION_SLOTS,
				c: epoch_config.c,
				authorities: Babe::authorities().to_vec(),
				randomness: Babe::randomness(),
				allowed_slots: epoch_config.allowed_slots,
			}
		}

		fn current_epoch_start() -> sp_consensus_babe::Slot {
			Babe::current_epoch_start()
		}

		fn current_epoch() -> sp_consensus_babe::Epoch {
			Babe::current_epoch()
		}

		fn next_epoch() -> sp_consensus_babe::Epoch {
			Babe::next_epoch()
		}

		fn generate_key_ownership_proof(
			_slot: sp_consensus_babe::Slot,
			authority_id: sp_consensus_babe::AuthorityId,
		) -> Option<sp_consensus_babe::OpaqueKeyOwnershipProof> {
			Historical::prove((sp_consensus_babe::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_babe::OpaqueKeyOwnershipProof::new)
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_babe::EquivocationProof<<Block as BlockT>::Header>,
			key_owner_proof: sp_consensus_babe::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Babe::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}
	}

	impl pallet_consensus_mode::ConsensusModeApi<Block> for Runtime {
		fn mode() -> pallet_consensus_mode::ConsensusMode {
			ConsensusMode::mode()
		}
	}

	impl pallet_provenance_runtime_api::ProvenanceApi<Block, AccountId, BlockNumber> for Runtime {
		fn lot(id: LotId) -> Option<LotInfo<AccountId, BlockNumber>> {
			Provenance::lot_info(id)
		}

		fn trace_back(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode> {
			Provenance::trace_back(id, max_depth, max_nodes)
		}

		fn trace_forward(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode> {
			Provenance::trace_forward(id, max_depth, max_nodes)
		}

		fn origin_summary(id: LotId) -> Vec<(FacilityId, u16)> {
			Provenance::origin_summary(id)
		}

		fn claim(id: LotId) -> Option<Claim> {
			Provenance::claim_of(id)
		}

		fn claim_pending(id: LotId) -> Option<bool> {
			pallet_provenance::Lots::<Runtime>::contains_key(id)
				.then(|| Provenance::claim_pending(id))
		}

		fn lots_held(who: AccountId, after: Option<LotId>, limit: u32) -> Vec<LotId> {
			Provenance::lots_of(&who, false, after, limit)
		}

		fn lots_owned(who: AccountId, after: Option<LotId>, limit: u32) -> Vec<LotId> {
			Provenance::lots_of(&who, true, after, limit)
		}

		fn facilities_of(
			operator: AccountId,
			after: Option<FacilityId>,
			limit: u32,
		) -> Vec<FacilityId> {
			Provenance::facilities_of(&operator, after, limit)
		}

		fn attestations_of(subject: pallet_provenance::Subject) -> Vec<pallet_provenance::AttestationId> {
			Provenance::attestations_of(subject)
		}
	}

	impl pallet_notary_runtime_api::NotaryApi<Block, pallet_notary::AnchorOf<Runtime>> for Runtime {
		fn anchor(hash: sp_core::H256) -> Option<pallet_notary::AnchorOf<Runtime>> {
			Notary::anchor_of(hash)
		}

		fn anchors_of(
			subject: pallet_notary::Subject,
			after: Option<sp_core::H256>,
			limit: u32,
		) -> Vec<sp_core::H256> {
			Notary::anchors_of(subject, after, limit)
		}
	}

	impl pallet_asset_registry_runtime_api::AssetRegistryApi<
		Block,
		AccountId,
		pallet_asset_registry::Instrument<Runtime>,
		pallet_asset_registry::CorporateAction<Runtime>,
		Balance,
	> for Runtime {
		fn instrument(id: u64) -> Option<pallet_asset_registry::Instrument<Runtime>> {
			pallet_asset_registry::Instruments::<Runtime>::get(id)
		}

		fn holdings(who: AccountId, after: Option<u64>, limit: u32) -> Vec<(u64, u128)> {
			AssetRegistry::holdings_of(&who, after, limit)
		}

		fn holders(id: u64, after: Option<AccountId>, limit: u32) -> Vec<(AccountId, u128)> {
			AssetRegistry::holders_of(id, after, limit)
		}

		fn upcoming_actions(
			id: u64,
		) -> Vec<(u64, pallet_asset_registry::CorporateAction<Runtime>, Balance)> {
			AssetRegistry::upcoming_actions(id)
		}

		fn action(id: u64) -> Option<pallet_asset_registry::CorporateAction<Runtime>> {
			pallet_asset_registry::Actions::<Runtime>::get(id)
		}

		fn claimable(who: AccountId, action: u64) -> Option<Balance> {
			pallet_asset_registry::Claimable::<Runtime>::get(action, who)
		}

		fn can_transfer(
			id: u64,
			from: AccountId,
			to: AccountId,
			amount: u128,
		) -> Result<(), pallet_asset_registry::TransferRefusal> {
			AssetRegistry::can_transfer(id, &from, &to, amount)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use crate::*;
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use pallet_node_authorization_benchmarking::Pallet as NodeAuthorizationBench;
			use pallet_consensus_benchmarking::Pallet as ConsensusBench;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, AllPalletsWithSystem::storage_info())
		}

		#[allow(non_local_definitions)]
		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use crate::*;
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use pallet_node_authorization_benchmarking::Pallet as NodeAuthorizationBench;
			use pallet_consensus_benchmarking::Pallet as ConsensusBench;

			impl frame_system_benchmarking::Config for Runtime {}
			impl pallet_node_authorization_benchmarking::Config for Runtime {}

			let whitelist: Vec<sp_storage::TrackedStorageKey> =
				AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an offline tool: failing loudly with a backtrace is what it is for.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
