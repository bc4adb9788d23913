//! The pallets benchmarked for this runtime's weights (`scripts/bench/weights`).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_block_reward, BlockReward]
	[pallet_provenance, Provenance]
);
