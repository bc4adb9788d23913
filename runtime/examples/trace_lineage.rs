//! Times the provenance queries over a 1,000-hop lineage in Lode's runtime, natively.
//!
//! Builds the lineage through the real calls (a mined lot, then 999 transforms, each consuming
//! the previous lot), then times `trace_back` from the last lot to the mine and `trace_forward`
//! from the mine lot to the last, `RUNS` times each, and prints the median and the worst.
//! Run by `scripts/bench/trace`. Native execution is faster than the node's wasm, so read the
//! figures as a lower bound of what the runtime API costs through RPC.

use lode_runtime::{
	BuildStorage, Provenance, Runtime, RuntimeGenesisConfig, RuntimeOrigin, System,
};
use pallet_provenance::types::{
	Commodity, CountryCode, FacilityKind, OutputSpec, ProcessKind, Roles,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring;
use std::time::{Duration, Instant};

const HOPS: u64 = 1_000;
const RUNS: usize = 50;

fn main() {
	let storage = RuntimeGenesisConfig::default().build_storage().expect("genesis builds");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		System::set_block_number(1);
		let operator = Sr25519Keyring::Alice.to_account_id();
		let signed = || RuntimeOrigin::signed(operator.clone());
		Provenance::grant_roles(
			RuntimeOrigin::root(),
			operator.clone(),
			Roles::OPERATOR,
			CountryCode(*b"CD"),
		)
		.expect("roles granted");
		Provenance::register_facility(
			signed(),
			FacilityKind::Mine,
			CountryCode(*b"CD"),
			0,
			0,
			None,
			None,
		)
		.expect("mine registered");
		let mine = pallet_provenance::NextFacilityId::<Runtime>::get() - 1;
		Provenance::create_lot(
			signed(),
			mine,
			Commodity::Cobalt,
			1_000_000,
			600_000,
			None,
			H256::zero(),
		)
		.expect("lot created");
		let first = pallet_provenance::NextLotId::<Runtime>::get() - 1;
		for input in first..first + HOPS - 1 {
			Provenance::transform(
				signed(),
				vec![input],
				vec![OutputSpec { quantity: 1_000_000, grade_ppm: 600_000 }],
				ProcessKind::Concentration,
				0,
			)
			.expect("transform accepted");
		}
		let last = pallet_provenance::NextLotId::<Runtime>::get() - 1;

		let back = time(|| Provenance::trace_back(last, u32::MAX, u32::MAX).len());
		let forward = time(|| Provenance::trace_forward(first, u32::MAX, u32::MAX).len());
		report("trace_back", back);
		report("trace_forward", forward);
	});
}

fn time(query: impl Fn() -> usize) -> (usize, Vec<Duration>) {
	let mut found = 0;
	let mut times = (0..RUNS)
		.map(|_| {
			let start = Instant::now();
			found = query();
			start.elapsed()
		})
		.collect::<Vec<_>>();
	times.sort();
	(found, times)
}

fn report(name: &str, (found, times): (usize, Vec<Duration>)) {
	let median = times.get(times.len() / 2).copied().unwrap_or_default();
	let worst = times.last().copied().unwrap_or_default();
	println!(
		"{name}: {found} lots over {HOPS} hops, median {:.2} ms, worst {:.2} ms ({RUNS} runs)",
		median.as_secs_f64() * 1e3,
		worst.as_secs_f64() * 1e3
	);
}
