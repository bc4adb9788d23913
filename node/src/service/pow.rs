//! Proof-of-work block production: the PoW import and the mining worker and threads.

use super::{FullClient, FullSelectChain, GrandpaBlockImport};
use crate::cli::MiningArgs;
use codec::Encode;
use lode_pow::{FinalityGuard, LodePow};
use lode_runtime::{opaque::Block, AccountId};
use sc_consensus::BoxBlockImport;
use sc_consensus_pow::PowBlockImport;
use sc_service::{error::Error as ServiceError, TaskManager};
use sp_core::crypto::Ss58Codec;
use sp_inherents::CreateInherentDataProviders;
use std::{sync::Arc, time::Duration};

/// How long the mining worker keeps a proposal when no new block arrives: after this it
/// rebuilds the proposal, picking up new transactions and a fresh timestamp.
const PROPOSAL_TIMEOUT: Duration = Duration::from_secs(10);

/// How long building one proposal may take.
const BUILD_TIME: Duration = Duration::from_secs(2);

/// Whether and how this node mines.
#[derive(Debug, Clone)]
pub struct MiningConfig {
	/// The account paid for mined blocks; `None` means this node does not mine.
	pub author: Option<AccountId>,
	/// The number of mining threads.
	pub threads: usize,
}

impl MiningConfig {
	/// Reads the mining flags; `dev` turns mining on with Alice as the default author.
	pub fn from_args(args: &MiningArgs, dev: bool) -> Result<Self, String> {
		let threads = match args.mining_threads {
			Some(0) => return Err("--mining-threads must be at least 1".into()),
			Some(threads) => threads,
			None => default_threads(),
		};
		let author = match (&args.author, args.mine || dev) {
			(Some(author), true) => Some(parse_account(author)?),
			(None, true) if dev => Some(sp_keyring::Sr25519Keyring::Alice.to_account_id()),
			(None, true) => return Err("--mine needs --author <ACCOUNT> to be paid to".into()),
			(Some(_), false) => return Err("--author is only used with --mine".into()),
			(None, false) => None,
		};
		Ok(Self { author, threads })
	}
}

/// One fewer than the machine's cores, at least one.
fn default_threads() -> usize {
	std::thread::available_parallelism().map_or(1, |cores| cores.get().saturating_sub(1).max(1))
}

fn parse_account(text: &str) -> Result<AccountId, String> {
	if let Some(hex) = text.strip_prefix("0x") {
		let bytes: [u8; 32] = hex_to_bytes(hex)
			.and_then(|bytes| bytes.try_into().ok())
			.ok_or_else(|| format!("--author {text}: not a 32-byte hex public key"))?;
		return Ok(AccountId::from(bytes));
	}
	AccountId::from_ss58check(text).map_err(|error| format!("--author {text}: {error:?}"))
}

fn hex_to_bytes(hex: &str) -> Option<Vec<u8>> {
	if !hex.len().is_multiple_of(2) {
		return None;
	}
	(0..hex.len())
		.step_by(2)
		.map(|at| hex.get(at..at + 2).and_then(|pair| u8::from_str_radix(pair, 16).ok()))
		.collect()
}

/// The inherent data every block needs: only the timestamp, on the PoW chain.
#[derive(Clone, Copy)]
pub struct InherentData;

#[async_trait::async_trait]
impl CreateInherentDataProviders<Block, ()> for InherentData {
	type InherentDataProviders = sp_timestamp::InherentDataProvider;

	async fn create_inherent_data_providers(
		&self,
		_parent: <Block as sp_runtime::traits::Block>::Hash,
		_: (),
	) -> Result<Self::InherentDataProviders, Box<dyn std::error::Error + Send + Sync>> {
		Ok(sp_timestamp::InherentDataProvider::from_system_time())
	}
}

/// The PoW import: checks the seal against the runtime's difficulty and chooses forks by total
/// work, then hands the block to the finality guard and GRANDPA.
pub type PowImport = PowBlockImport<
	Block,
	FinalityGuard<GrandpaBlockImport, FullClient>,
	FullClient,
	FullSelectChain,
	LodePow<Block, FullClient>,
	InherentData,
>;

/// Builds the PoW import over GRANDPA's.
pub fn block_import(
	client: Arc<FullClient>,
	grandpa_import: GrandpaBlockImport,
	select_chain: &FullSelectChain,
) -> PowImport {
	PowBlockImport::new(
		FinalityGuard::new(grandpa_import, client.clone()),
		client.clone(),
		LodePow::new(client),
		// Check inherents (the timestamp) of every block from genesis on.
		0,
		select_chain.clone(),
		InherentData,
	)
}

/// Starts the mining worker (which builds proposals) and the mining threads (which seal them).
#[allow(clippy::too_many_arguments)]
pub fn start_mining<Proposer>(
	task_manager: &TaskManager,
	client: Arc<FullClient>,
	block_import: BoxBlockImport<Block>,
	select_chain: FullSelectChain,
	proposer_factory: Proposer,
	sync_service: Arc<sc_network_sync::SyncingService<Block>>,
	author: AccountId,
	threads: usize,
) -> Result<(), ServiceError>
where
	Proposer: sp_consensus::Environment<Block> + Send + Sync + 'static,
	Proposer::Error: std::fmt::Debug,
	Proposer::Proposer: sp_consensus::Proposer<Block>,
{
	let (handle, worker) = sc_consensus_pow::start_mining_worker(
		block_import,
		client.clone(),
		select_chain,
		LodePow::new(client),
		proposer_factory,
		sync_service.clone(),
		sync_service,
		Some(author.encode()),
		InherentData,
		PROPOSAL_TIMEOUT,
		BUILD_TIME,
	);
	super::shutdown::QuietOnShutdown::of(task_manager).spawn_blocking(
		"pow-worker",
		Some("pow"),
		worker,
	);

	let mining_threads = lode_pow::miner::start(handle, threads)
		.map_err(|error| ServiceError::Other(format!("cannot start mining threads: {error}")))?;
	log::info!(
		target: "lode-miner",
		"⛏  mining with {} thread(s), rewards to {}",
		mining_threads.count(),
		author.to_ss58check()
	);
	// The threads stop when this task is dropped, that is when the node shuts down.
	task_manager.spawn_handle().spawn("pow-threads", Some("pow"), async move {
		let _mining_threads = mining_threads;
		futures::future::pending::<()>().await
	});
	Ok(())
}
