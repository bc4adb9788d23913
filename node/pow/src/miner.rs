//! Mining threads: search nonces for the block the mining worker proposes, submit the sealed
//! block, start over on the next proposal.
//!
//! `MiningHandle::submit` holds a lock across an `.await`, so its future is not `Send` and cannot
//! run on the async executor's worker threads; each mining thread is a plain OS thread that
//! blocks on the submission instead.
//!
//! Mining threads run at the lowest priority (nice 19, on Linux): the node's own work — importing
//! blocks, GRANDPA votes, peers, RPC answers — takes a core from them the moment it needs one, and
//! they have every cycle it leaves idle, so an idle machine mines at full rate.

use crate::seal::{self, Difficulty};
use codec::Encode;
use sc_consensus::JustificationSyncLink;
use sc_consensus_pow::{MiningHandle, PowAlgorithm};
use sp_runtime::traits::Block as BlockT;
use std::{
	sync::{
		atomic::{AtomicBool, AtomicU64, Ordering},
		Arc,
	},
	thread,
	time::{Duration, Instant},
};

const LOG_TARGET: &str = "lode-miner";

/// Nonces tried between two looks at whether the proposal changed.
const BATCH: u64 = 20_000;

/// How long an idle thread waits for a proposal before looking again.
const IDLE_WAIT: Duration = Duration::from_millis(50);

/// How often the hash rate is logged.
const REPORT_EVERY: Duration = Duration::from_secs(60);

/// The mining threads; dropping this stops them.
pub struct MiningThreads {
	stop: Arc<AtomicBool>,
	threads: Vec<thread::JoinHandle<()>>,
}

impl MiningThreads {
	/// How many threads are mining.
	pub fn count(&self) -> usize {
		self.threads.len()
	}
}

impl Drop for MiningThreads {
	fn drop(&mut self) {
		self.stop.store(true, Ordering::Relaxed);
		for thread in self.threads.drain(..) {
			let _ = thread.join();
		}
	}
}

/// Starts `count` threads mining the proposals of `handle`.
pub fn start<Block, Algorithm, Link>(
	handle: MiningHandle<Block, Algorithm, Link>,
	count: usize,
) -> std::io::Result<MiningThreads>
where
	Block: BlockT,
	Algorithm: PowAlgorithm<Block, Difficulty = Difficulty> + Send + Sync + 'static,
	Link: JustificationSyncLink<Block> + 'static,
	MiningHandle<Block, Algorithm, Link>: Send + 'static,
{
	let stop = Arc::new(AtomicBool::new(false));
	let hashes = Arc::new(AtomicU64::new(0));
	let threads = (0..count)
		.map(|index| {
			let handle = handle.clone();
			let stop = stop.clone();
			let hashes = hashes.clone();
			thread::Builder::new().name(format!("lode-miner-{index}")).spawn(move || {
				yield_to_the_node();
				mine(handle, &stop, &hashes, index == 0)
			})
		})
		.collect::<std::io::Result<Vec<_>>>()?;
	Ok(MiningThreads { stop, threads })
}

/// Lowers the calling thread to the lowest priority: Linux keeps a nice value per thread, and
/// `setpriority(PRIO_PROCESS, 0, …)` sets the calling thread's.
fn yield_to_the_node() {
	#[cfg(target_os = "linux")]
	if let Err(e) = rustix::process::setpriority_process(None, LOWEST_PRIORITY) {
		log::warn!(target: LOG_TARGET, "mining at normal priority (could not lower it: {e})");
	}
}

/// The nice value of a mining thread.
#[cfg(target_os = "linux")]
const LOWEST_PRIORITY: i32 = 19;

fn mine<Block, Algorithm, Link>(
	handle: MiningHandle<Block, Algorithm, Link>,
	stop: &AtomicBool,
	hashes: &AtomicU64,
	reports: bool,
) where
	Block: BlockT,
	Algorithm: PowAlgorithm<Block, Difficulty = Difficulty>,
	Link: JustificationSyncLink<Block>,
{
	let mut report_start = Instant::now();
	while !stop.load(Ordering::Relaxed) {
		if reports && report_start.elapsed() >= REPORT_EVERY {
			let rate = hashes.swap(0, Ordering::Relaxed) / report_start.elapsed().as_secs().max(1);
			log::info!(target: LOG_TARGET, "⛏  hash rate {rate} H/s");
			report_start = Instant::now();
		}

		let version = handle.version();
		let Some(metadata) = handle.metadata() else {
			thread::sleep(IDLE_WAIT);
			continue;
		};

		// Threads start at random nonces so they do not repeat each other's work.
		let mut nonce: u64 = rand::random();
		loop {
			let found = seal::search(metadata.pre_hash.as_ref(), metadata.difficulty, nonce, BATCH);
			hashes.fetch_add(BATCH, Ordering::Relaxed);
			if let Some(seal) = found {
				let imported = futures::executor::block_on(handle.submit(seal.encode()));
				log::debug!(target: LOG_TARGET, "sealed a block: imported = {imported}");
				break;
			}
			nonce = nonce.wrapping_add(BATCH);
			if handle.version() != version || stop.load(Ordering::Relaxed) {
				break;
			}
		}
	}
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
	use rustix::process::getpriority_process;

	#[test]
	fn a_mining_thread_yields_and_only_it() {
		let before = getpriority_process(None).expect("this thread's nice value");
		let mining = std::thread::spawn(|| {
			super::yield_to_the_node();
			getpriority_process(None).expect("the mining thread's nice value")
		});
		assert_eq!(mining.join().expect("the thread ends"), super::LOWEST_PRIORITY);
		assert_eq!(getpriority_process(None).expect("this thread's nice value"), before);
	}
}
