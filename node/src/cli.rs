//! Command-line interface: the standard Substrate node commands plus mining options.

use sc_cli::RunCmd;

/// The Lode node.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: RunCmd,

	#[clap(flatten)]
	pub mining: MiningArgs,

	/// Start as a validator even on a live chain whose genesis validators, authorities or sudo
	/// key are the well-known development keys (`//Alice`, …), whose secrets are public. Without
	/// it such a node refuses to start: only ever meant for throw-away test networks.
	#[arg(long)]
	pub allow_dev_keys: bool,
}

/// Proof-of-work mining options.
#[derive(Debug, Clone, clap::Args)]
pub struct MiningArgs {
	/// Mine blocks on this node. `--dev` implies it.
	#[arg(long)]
	pub mine: bool,

	/// The account paid the block reward for blocks this node mines (SS58 address or 0x-prefixed
	/// hex public key). Required with `--mine`, except on `--dev`, where it defaults to Alice.
	#[arg(long, value_name = "ACCOUNT")]
	pub author: Option<String>,

	/// Mining threads. By default one fewer than the machine's cores (at least one), so block
	/// import and GRANDPA voting keep a core.
	#[arg(long, value_name = "COUNT")]
	pub mining_threads: Option<usize>,
}

/// Subcommands, each as in any Substrate node.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect, insert keys.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export the chain specification.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a given block into a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Remove the whole chain.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),

	/// Benchmark the runtime's pallets to generate their weights (`benchmark pallet`). Only in
	/// a node built with `--features runtime-benchmarks`.
	#[cfg(feature = "runtime-benchmarks")]
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}
