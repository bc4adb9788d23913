//! `lode bench prove`: how fast a node answers `notary_prove`, seen from clients that wait for
//! each answer before they ask again (a closed loop), over one WebSocket connection each.
//!
//! A client in Rust adds little of its own to the measured time; `scripts/bench/notary` runs
//! this next to the same measure from Polkadot.js.

use crate::{rpc::Node, spec, Failure};
use indicatif::{ProgressBar, ProgressStyle};
use lode_verifier::H256;
use serde::Serialize;
use std::{
	path::PathBuf,
	sync::{
		atomic::{AtomicUsize, Ordering},
		Arc,
	},
	time::{Duration, Instant},
};

/// What `lode bench prove` needs.
pub struct BenchProveArgs {
	/// The node's WebSocket URL.
	pub url: String,
	/// How many clients ask at once, each on its own connection.
	pub concurrency: usize,
	/// How many answers are timed (after the warm-up).
	pub requests: usize,
	/// Answers per client before timing starts (connections and caches warm).
	pub warmup: usize,
	/// The hashes to ask about, in turn.
	pub hashes: Vec<H256>,
	/// A file of more hashes, one `0x…` per line.
	pub hashes_file: Option<PathBuf>,
}

/// What `lode bench prove` measured.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BenchProveReport {
	/// The node asked.
	pub url: String,
	/// Clients asking at once.
	pub concurrency: usize,
	/// Answers timed.
	pub requests: usize,
	/// Answers that said the hash is anchored.
	pub anchored: usize,
	/// Wall time of the timed answers, in seconds.
	pub seconds: f64,
	/// Answers per second, all clients together.
	pub per_second: f64,
	/// Median latency, in milliseconds.
	pub p50_ms: f64,
	/// 90th percentile latency, in milliseconds.
	pub p90_ms: f64,
	/// 99th percentile latency, in milliseconds.
	pub p99_ms: f64,
	/// The slowest answer, in milliseconds.
	pub max_ms: f64,
}

/// The `p`-th percentile of `sorted` (nearest rank).
fn percentile(sorted: &[Duration], p: usize) -> f64 {
	if sorted.is_empty() {
		return 0.0;
	}
	let rank = (p * sorted.len()).div_ceil(100).clamp(1, sorted.len());
	sorted.get(rank - 1).map_or(0.0, |time| time.as_secs_f64() * 1000.0)
}

fn hashes(args: &BenchProveArgs) -> Result<Vec<H256>, Failure> {
	let mut hashes = args.hashes.clone();
	if let Some(path) = &args.hashes_file {
		let text = std::fs::read_to_string(path)
			.map_err(|e| Failure::usage(format!("cannot read {}: {e}", path.display())))?;
		for line in text.lines().map(str::trim).filter(|line| !line.is_empty()) {
			hashes.push(spec::hash_from_hex(line)?);
		}
	}
	if hashes.is_empty() {
		return Err(Failure::usage("name the hashes to ask about: --hash 0x… or --hashes FILE"));
	}
	Ok(hashes)
}

/// One client: asks until `next` passes `total`, timing each answer.
async fn client(
	node: Node,
	hashes: Arc<Vec<H256>>,
	next: Arc<AtomicUsize>,
	total: usize,
	bar: ProgressBar,
) -> Result<(Vec<Duration>, usize), Failure> {
	let mut times = Vec::new();
	let mut anchored = 0;
	loop {
		let index = next.fetch_add(1, Ordering::Relaxed);
		if index >= total {
			return Ok((times, anchored));
		}
		let hash = hashes.get(index % hashes.len()).copied().unwrap_or_default();
		let started = Instant::now();
		let answer = node.prove(&hash, None).await?;
		times.push(started.elapsed());
		anchored += usize::from(answer.anchored);
		bar.inc(1);
	}
}

/// Times `requests` `notary_prove` answers from `concurrency` clients.
pub async fn bench_prove(args: BenchProveArgs) -> Result<BenchProveReport, Failure> {
	if args.concurrency == 0 || args.requests == 0 {
		return Err(Failure::usage("--concurrency and --requests must be at least 1"));
	}
	let hashes = Arc::new(hashes(&args)?);
	let mut nodes = Vec::with_capacity(args.concurrency);
	for _ in 0..args.concurrency {
		nodes.push(Node::connect(&args.url).await?);
	}
	let bar = ProgressBar::new(args.requests as u64);
	bar.set_style(
		ProgressStyle::with_template("notary_prove {pos}/{len} {wide_bar} {per_sec}")
			.unwrap_or_else(|_| ProgressStyle::default_bar()),
	);
	// Every client warms up before the clock starts: the first timed request waits for them.
	let next = Arc::new(AtomicUsize::new(0));
	let mut warmed = Vec::with_capacity(nodes.len());
	for node in nodes {
		for turn in 0..args.warmup {
			let hash = hashes.get(turn % hashes.len()).copied().unwrap_or_default();
			node.prove(&hash, None).await?;
		}
		warmed.push(node);
	}
	let started = Instant::now();
	let tasks: Vec<_> = warmed
		.into_iter()
		.map(|node| {
			tokio::spawn(client(node, hashes.clone(), next.clone(), args.requests, bar.clone()))
		})
		.collect();
	let mut times = Vec::with_capacity(args.requests);
	let mut anchored = 0;
	for task in tasks {
		let (mut some, some_anchored) =
			task.await.map_err(|e| Failure::check(format!("a client stopped: {e}")))??;
		times.append(&mut some);
		anchored += some_anchored;
	}
	let seconds = started.elapsed().as_secs_f64();
	bar.finish_and_clear();
	times.sort();
	Ok(BenchProveReport {
		url: args.url,
		concurrency: args.concurrency,
		requests: times.len(),
		anchored,
		seconds,
		per_second: times.len() as f64 / seconds,
		p50_ms: percentile(&times, 50),
		p90_ms: percentile(&times, 90),
		p99_ms: percentile(&times, 99),
		max_ms: percentile(&times, 100),
	})
}

#[cfg(test)]
mod tests {
	use super::percentile;
	use std::time::Duration;

	#[test]
	fn percentiles_take_the_nearest_rank() {
		let times: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
		assert_eq!(percentile(&times, 50), 50.0);
		assert_eq!(percentile(&times, 99), 99.0);
		assert_eq!(percentile(&times, 100), 100.0);
		assert_eq!(percentile(&times[..1], 99), 1.0);
		assert_eq!(percentile(&[], 50), 0.0);
	}
}
