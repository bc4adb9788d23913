//! `lode`: anchor files on a Lode chain and verify them from the chain spec alone.

use clap::{Parser, Subcommand, ValueEnum};
use lode_client::{commands, Failure};
use lode_verifier::{AnchorKind, HashAlgorithm};
use serde::Serialize;
use std::{path::PathBuf, process::ExitCode};

const EXAMPLES: &str = "Examples:
  lode anchor report.pdf --suri //Alice
  lode verify report.pdf --chain-spec chain-specs/public.json --url ws://127.0.0.1:9944
  lode batch assays/ --suri //Alice
  lode verify assays/lot-7.pdf --batch-proof assays.lode-batch/lot-7.pdf.proof.json \\
       --chain-spec dev.json
  lode bench prove --concurrency 16 --requests 4000 --hash 0x…

Exit status: 0 on success; 1 when a check fails (not anchored, revoked, a proof that does not
verify, a failed transaction); 2 on bad usage or input.";

#[derive(Parser)]
#[command(name = "lode", version, about = "Anchor files on a Lode chain and verify them without trusting the node.", after_help = EXAMPLES)]
struct Cli {
	/// Print the result as JSON, for scripts.
	#[arg(long, global = true)]
	json: bool,
	#[command(subcommand)]
	command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Algorithm {
	/// BLAKE2b-256.
	#[value(name = "blake2b-256")]
	Blake2b256,
	/// SHA-256, as `sha256sum` prints it.
	Sha256,
	/// Keccak-256, as Ethereum uses it.
	Keccak256,
}

impl From<Algorithm> for HashAlgorithm {
	fn from(algorithm: Algorithm) -> Self {
		match algorithm {
			Algorithm::Blake2b256 => Self::Blake2b256,
			Algorithm::Sha256 => Self::Sha256,
			Algorithm::Keccak256 => Self::Keccak256,
		}
	}
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
	File,
	Record,
	Certificate,
	Evidence,
	Other,
}

impl From<Kind> for AnchorKind {
	fn from(kind: Kind) -> Self {
		match kind {
			Kind::File => Self::File,
			Kind::Record => Self::Record,
			Kind::Certificate => Self::Certificate,
			Kind::Evidence => Self::Evidence,
			Kind::Other => Self::Other,
		}
	}
}

#[derive(Subcommand)]
enum Command {
	/// Anchor a file's digest, signed by --suri, and wait until it is finalized.
	Anchor {
		/// The file (read in chunks: any size).
		file: PathBuf,
		/// The anchoring account's secret URI (`//Alice`, a mnemonic, a hex seed).
		#[arg(long)]
		suri: String,
		/// The node's WebSocket URL.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		url: String,
		/// The digest algorithm.
		#[arg(long, value_enum, default_value = "blake2b-256")]
		algorithm: Algorithm,
		/// What the file is.
		#[arg(long, value_enum, default_value = "file")]
		kind: Kind,
		/// The provenance lot the file is about.
		#[arg(long)]
		lot: Option<u64>,
		/// A public note (at most 256 bytes).
		#[arg(long)]
		memo: Option<String>,
	},
	/// Prove whether a file is anchored, by whom and when, checking the node's proof from the
	/// chain spec alone.
	Verify {
		/// The file.
		file: PathBuf,
		/// The raw chain spec of the chain (`lode-node build-spec --chain <chain> --raw`).
		#[arg(long)]
		chain_spec: PathBuf,
		/// The node's WebSocket URL (not trusted).
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		url: String,
		/// The digest algorithm the file was anchored with.
		#[arg(long, value_enum, default_value = "blake2b-256")]
		algorithm: Algorithm,
		/// A checkpoint (JSON: blockNumber, blockHash, setId, authorities) to trust instead
		/// of genesis, e.g. after a forced authority-set change.
		#[arg(long)]
		checkpoint: Option<PathBuf>,
		/// The file's proof from `lode batch`, when it was anchored in a batch.
		#[arg(long)]
		batch_proof: Option<PathBuf>,
	},
	/// Build the Merkle tree of a folder's files, write one proof file per file, and anchor the
	/// root when --suri is given.
	Batch {
		/// The folder (all files, recursively, by path).
		dir: PathBuf,
		/// Where to write the proof files (default: DIR.lode-batch next to DIR).
		#[arg(long)]
		out: Option<PathBuf>,
		/// Anchor the root, signed by this secret URI.
		#[arg(long)]
		suri: Option<String>,
		/// The node's WebSocket URL.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		url: String,
	},
	/// Measure a node: `lode bench prove` times `notary_prove` answers.
	#[command(subcommand)]
	Bench(Bench),
}

#[derive(Subcommand)]
enum Bench {
	/// Time `notary_prove` answers from clients that each wait for an answer before asking
	/// again, one WebSocket connection each; prints p50/p90/p99 latency and answers per second.
	Prove {
		/// The node's WebSocket URL.
		#[arg(long, default_value = "ws://127.0.0.1:9944")]
		url: String,
		/// Clients asking at once.
		#[arg(long, default_value_t = 16)]
		concurrency: usize,
		/// Answers to time, all clients together.
		#[arg(long, default_value_t = 4000)]
		requests: usize,
		/// Untimed answers per client first.
		#[arg(long, default_value_t = 20)]
		warmup: usize,
		/// A hash to ask about (repeat it for more; asked in turn).
		#[arg(long = "hash")]
		hashes: Vec<String>,
		/// A file of hashes to ask about, one `0x…` per line.
		#[arg(long)]
		hashes_file: Option<PathBuf>,
	},
}

fn print<T: Serialize>(json: bool, value: &T, text: String) {
	if json {
		println!("{}", serde_json::to_string_pretty(value).unwrap_or_default());
	} else {
		println!("{text}");
	}
}

async fn run(cli: Cli) -> Result<(), Failure> {
	match cli.command {
		Command::Anchor { file, suri, url, algorithm, kind, lot, memo } => {
			let args = commands::AnchorArgs {
				file,
				suri,
				url,
				algorithm: algorithm.into(),
				kind: kind.into(),
				lot,
				memo,
			};
			let report = commands::anchor(args).await?;
			let text = format!(
				"anchored {} ({}) by {} in finalized block #{} ({}), deposit {}",
				report.hash,
				report.algorithm,
				report.anchored_by,
				report.block_number,
				report.block_hash,
				report.deposit
			);
			print(cli.json, &report, text);
			Ok(())
		},
		Command::Verify { file, chain_spec, url, algorithm, checkpoint, batch_proof } => {
			let name = file.display().to_string();
			let args = commands::VerifyArgs {
				file,
				url,
				chain_spec,
				algorithm: algorithm.into(),
				checkpoint,
				batch_proof,
			};
			let report = commands::verify(args).await?;
			let against = format!(
				"verified against {} (finalized block #{}, authority set {})",
				report.verified_against, report.finalized_block, report.authority_set
			);
			let batch = report
				.batch_root
				.as_ref()
				.map(|root| format!(" in batch {root}"))
				.unwrap_or_default();
			let standing = report.standing;
			let text = match standing {
				commands::Standing::NotAnchored => format!(
					"{name}: not anchored ({}){batch} as of finalized block #{} (an anchor made \
					 since shows once it is finalized)\n{against}",
					report.hash, report.finalized_block
				),
				_ => {
					let mut text = format!(
						"{name}: anchored{batch} by {} in block #{} at {}",
						report.anchored_by.clone().unwrap_or_default(),
						report.anchored_in_block.unwrap_or_default(),
						report.anchored_at.clone().unwrap_or_default()
					);
					if let Some(memo) = &report.memo {
						text.push_str(&format!("\nmemo: {memo}"));
					}
					match &report.revoked {
						Some((block, at, reason)) => {
							text.push_str(&format!("\nREVOKED in block #{block} at {at}: {reason}"))
						},
						None => text.push_str("\nnot revoked"),
					}
					format!("{text}\n{against}")
				},
			};
			print(cli.json, &report, text);
			match standing {
				commands::Standing::Anchored => Ok(()),
				commands::Standing::Revoked => {
					Err(Failure::check(format!("{name} was anchored, then revoked")))
				},
				commands::Standing::NotAnchored => {
					Err(Failure::check(format!("{name} is not anchored")))
				},
			}
		},
		Command::Batch { dir, out, suri, url } => {
			let report = commands::batch(commands::BatchArgs { dir, out, suri, url }).await?;
			let anchored = match report.anchored_in_block {
				Some(number) => format!(", anchored in finalized block #{number}"),
				None => ", not anchored (pass --suri to anchor it)".to_owned(),
			};
			let text = format!(
				"root {} over {} files{anchored}; proofs in {}",
				report.root, report.leaf_count, report.proofs
			);
			print(cli.json, &report, text);
			Ok(())
		},
		Command::Bench(Bench::Prove {
			url,
			concurrency,
			requests,
			warmup,
			hashes,
			hashes_file,
		}) => {
			let hashes = hashes
				.iter()
				.map(|hash| lode_client::spec::hash_from_hex(hash))
				.collect::<Result<_, _>>()?;
			let args = commands::BenchProveArgs {
				url,
				concurrency,
				requests,
				warmup,
				hashes,
				hashes_file,
			};
			let report = commands::bench_prove(args).await?;
			let text = format!(
				"notary_prove at {}, {} clients, {} answers ({} anchored) in {:.1} s: \
				 {:.0}/s, p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
				report.url,
				report.concurrency,
				report.requests,
				report.anchored,
				report.seconds,
				report.per_second,
				report.p50_ms,
				report.p90_ms,
				report.p99_ms,
				report.max_ms
			);
			print(cli.json, &report, text);
			Ok(())
		},
	}
}

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	let json = cli.json;
	match run(cli).await {
		Ok(()) => ExitCode::SUCCESS,
		Err(failure) => {
			if json {
				let error =
					serde_json::json!({ "error": failure.message, "status": failure.status });
				eprintln!("{error}");
			} else {
				eprintln!("lode: {failure}");
			}
			ExitCode::from(u8::try_from(failure.status).unwrap_or(1))
		},
	}
}
