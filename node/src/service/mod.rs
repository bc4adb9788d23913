//! The node's services: client, database, networking, transaction pool, RPC, block import,
//! block production and finality.
//!
//! The parts every consensus engine shares are here; [`pow`] and [`babe`] hold what is
//! particular to each block-production engine. Which one runs is the chain's consensus mode,
//! which the runtime states (`ConsensusModeApi`) and the node reads at startup.

mod babe;
mod pow;
mod rpc_nodelay;
mod shutdown;

pub use pow::MiningConfig;

use futures::FutureExt;
use lode_runtime::{apis::RuntimeApi, opaque::Block};
use pallet_consensus_mode::{ConsensusMode, ConsensusModeApi};
use sc_client_api::{Backend, BlockBackend};
use sc_consensus::BoxBlockImport;
use sc_consensus_grandpa::SharedVoterState;
use sc_service::{error::Error as ServiceError, Configuration, TaskManager};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::OffchainTransactionPoolFactory;
use sp_api::ProvideRuntimeApi;
use std::{sync::Arc, time::Duration};

/// The client, executing the runtime's wasm.
pub type FullClient = sc_service::TFullClient<
	Block,
	RuntimeApi,
	sc_executor::WasmExecutor<sp_io::SubstrateHostFunctions>,
>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type GrandpaLink = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;

/// Blocks between two GRANDPA justifications that are stored and served to syncing peers.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// The block-production engine of the chain, with what starting it needs.
pub enum Engine {
	/// Proof of work: the import the miner's blocks go through.
	Pow(BoxBlockImport<Block>),
	/// BABE: its block import and the link to its epoch data.
	Babe { import: babe::BabeImport, link: sc_consensus_babe::BabeLink<Block> },
}

/// The parts of the node that subcommands (import, export, revert, …) use too.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	sc_transaction_pool::TransactionPoolHandle<Block, FullClient>,
	(Engine, GrandpaLink, Option<Telemetry>),
>;

/// The chain's consensus mode, as its runtime states it (fixed at genesis).
pub fn consensus_mode(client: &FullClient) -> Result<ConsensusMode, ServiceError> {
	let best = client.chain_info().best_hash;
	client.runtime_api().mode(best).map_err(|error| {
		ServiceError::Other(format!(
			"this chain's runtime does not state its consensus mode (ConsensusModeApi): {error}"
		))
	})
}

/// Builds the client, the transaction pool and the import pipeline of the chain's mode: PoW seal
/// check → finality guard → GRANDPA → client, or BABE slot and VRF check → GRANDPA → client.
pub fn new_partial(config: &Configuration) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|endpoints| !endpoints.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<sp_io::SubstrateHostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			Vec::new(),
		)?;
	let client = Arc::new(client);
	let mode = consensus_mode(&client)?;

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			shutdown::QuietOnShutdown::of(&task_manager),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&client,
		select_chain.clone(),
		telemetry.as_ref().map(|telemetry| telemetry.handle()),
	)?;

	let (import_queue, engine) = match mode {
		ConsensusMode::Pow => {
			let pow_import =
				pow::block_import(client.clone(), grandpa_block_import.clone(), &select_chain);
			let import_queue = sc_consensus_pow::import_queue(
				Box::new(pow_import.clone()),
				Some(Box::new(grandpa_block_import)),
				lode_pow::LodePow::new(client.clone()),
				&shutdown::QuietOnShutdown::of(&task_manager),
				config.prometheus_registry(),
			)?;
			(import_queue, Engine::Pow(Box::new(pow_import)))
		},
		ConsensusMode::Babe => {
			let babe_config = sc_consensus_babe::configuration(&*client)?;
			let slot_duration = babe_config.slot_duration();
			let (import, link) = sc_consensus_babe::block_import(
				babe_config,
				grandpa_block_import.clone(),
				client.clone(),
				babe::SlotInherents { slot_duration },
				select_chain.clone(),
				OffchainTransactionPoolFactory::new(transaction_pool.clone()),
			)?;
			let (import_queue, worker) =
				sc_consensus_babe::import_queue(sc_consensus_babe::ImportQueueParams {
					link: link.clone(),
					block_import: import.clone(),
					justification_import: Some(Box::new(grandpa_block_import)),
					client: client.clone(),
					slot_duration,
					spawner: &shutdown::QuietOnShutdown::of(&task_manager),
					registry: config.prometheus_registry(),
					telemetry: telemetry.as_ref().map(|telemetry| telemetry.handle()),
				})?;
			// BABE's epoch worker (an essential task) runs as long as a handle to it exists: keep
			// one for the life of the node, whoever else (RPC, subcommands) holds one or not.
			task_manager.spawn_handle().spawn("babe-worker-handle", None, async move {
				let _handle = worker;
				futures::future::pending::<()>().await
			});
			(import_queue, Engine::Babe { import, link })
		},
	};

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (engine, grandpa_link, telemetry),
	})
}

/// Builds and starts a full node: networking, RPC, mining if asked, and the GRANDPA voter.
pub fn new_full<Network>(
	config: Configuration,
	mining: MiningConfig,
) -> Result<TaskManager, ServiceError>
where
	Network: sc_network::NetworkBackend<Block, <Block as sp_runtime::traits::Block>::Hash>,
{
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (engine, grandpa_link, mut telemetry),
	} = new_partial(&config)?;
	if matches!(engine, Engine::Babe { .. }) && mining.author.is_some() {
		return Err(ServiceError::Other(
			"this chain produces blocks with BABE: --mine is for proof-of-work chains; run a \
			 validator (--validator) instead"
				.into(),
		));
	}

	let mut net_config = sc_network::config::FullNetworkConfiguration::<
		Block,
		<Block as sp_runtime::traits::Block>::Hash,
		Network,
	>::new(&config.network, config.prometheus_registry().cloned());
	let metrics = Network::register_notification_metrics(config.prometheus_registry());

	let genesis_hash = client
		.block_hash(0)
		.ok()
		.flatten()
		.ok_or_else(|| ServiceError::Other("the database has no genesis block".into()))?;
	let grandpa_protocol_name =
		sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
	// The GRANDPA protocol is registered only where the voter runs to serve it: with litep2p, a
	// registered protocol whose handle is dropped closes every connection the node makes, so a
	// `--no-grandpa` node would never keep a peer.
	let enable_grandpa = !config.disable_grandpa;
	let grandpa_notification_service = enable_grandpa.then(|| {
		let (grandpa_protocol_config, notification_service) =
			sc_consensus_grandpa::grandpa_peers_set_config::<_, Network>(
				grandpa_protocol_name.clone(),
				metrics.clone(),
				net_config.peer_store_handle(),
			);
		net_config.add_notification_protocol(grandpa_protocol_config);
		notification_service
	});

	// No warp sync: a warp-synced node lacks the parent state the PoW import needs to read the
	// difficulty, so proof-of-work chains sync block by block.
	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: None,
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	if config.offchain_worker.enabled {
		let offchain_workers =
			sc_offchain::OffchainWorkers::new(sc_offchain::OffchainWorkerOptions {
				runtime_api_provider: client.clone(),
				is_validator: config.role.is_authority(),
				keystore: Some(keystore_container.keystore()),
				offchain_db: backend.offchain_storage(),
				transaction_pool: Some(OffchainTransactionPoolFactory::new(
					transaction_pool.clone(),
				)),
				network_provider: Arc::new(network.clone()),
				enable_http_requests: false,
				custom_extensions: |_| vec![],
			})?;
		task_manager.spawn_handle().spawn(
			"offchain-workers-runner",
			"offchain-worker",
			offchain_workers.run(client.clone(), task_manager.spawn_handle()).boxed(),
		);
	}

	let role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let prometheus_registry = config.prometheus_registry().cloned();

	let rpc_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();
		let authority_set = grandpa_link.shared_authority_set().clone();
		Box::new(move |_| {
			let deps = crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				authority_set: authority_set.clone(),
			};
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	let rpc_handlers = sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;
	rpc_nodelay::disable_nagle(rpc_handlers.listen_addresses());

	let proposer_factory = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|telemetry| telemetry.handle()),
	);
	match engine {
		Engine::Pow(pow_import) => {
			if let Some(author) = mining.author {
				pow::start_mining(
					&task_manager,
					client.clone(),
					pow_import,
					select_chain,
					proposer_factory,
					sync_service.clone(),
					author,
					mining.threads,
				)?;
			}
		},
		Engine::Babe { import, link } => {
			if role.is_authority() {
				let slot_duration = link.config().slot_duration();
				let worker = sc_consensus_babe::start_babe(sc_consensus_babe::BabeParams {
					keystore: keystore_container.keystore(),
					client: client.clone(),
					select_chain,
					env: proposer_factory,
					block_import: import,
					sync_oracle: sync_service.clone(),
					justification_sync_link: sync_service.clone(),
					create_inherent_data_providers: babe::SlotInherents { slot_duration },
					force_authoring,
					backoff_authoring_blocks: None::<()>,
					babe_link: link,
					block_proposal_slot_portion: sc_consensus_babe::SlotProportion::new(0.5),
					max_block_proposal_slot_portion: None,
					telemetry: telemetry.as_ref().map(|telemetry| telemetry.handle()),
				})?;
				shutdown::QuietOnShutdown::of(&task_manager).spawn_blocking(
					"babe-proposer",
					Some("block-authoring"),
					worker,
				);
			}
		},
	}

	if let Some(notification_service) = grandpa_notification_service {
		// Only validators vote; other nodes follow finality through justifications.
		let keystore = role.is_authority().then(|| keystore_container.keystore());
		let grandpa_config = sc_consensus_grandpa::Config {
			gossip_duration: Duration::from_millis(333),
			justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
			name: Some(name),
			observer_enabled: false,
			keystore,
			local_role: role,
			telemetry: telemetry.as_ref().map(|telemetry| telemetry.handle()),
			protocol_name: grandpa_protocol_name,
		};
		let voter = sc_consensus_grandpa::run_grandpa_voter(sc_consensus_grandpa::GrandpaParams {
			config: grandpa_config,
			link: grandpa_link,
			network,
			sync: sync_service,
			notification_service,
			voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
			prometheus_registry,
			shared_voter_state: SharedVoterState::empty(),
			telemetry: telemetry.as_ref().map(|telemetry| telemetry.handle()),
			offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
		})?;
		// Finality is essential: if the voter fails, the node stops rather than run without it.
		shutdown::QuietOnShutdown::of(&task_manager).spawn_blocking("grandpa-voter", None, voter);
	}

	Ok(task_manager)
}
