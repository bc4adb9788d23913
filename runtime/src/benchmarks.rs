//! The pallets benchmarked for this runtime's weights (`scripts/bench/weights`).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_block_reward, BlockReward]
	[pallet_provenance, Provenance]
	[pallet_validator_set, ValidatorSet]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_node_authorization, NodeAuthorizationBench::<Runtime>]
);

/// Registers session keys for the validator-set benchmarks. The keys are the account's own 32
/// bytes read as public keys: distinct for every account, never used to sign anything.
pub struct SessionKeysHelper;

impl pallet_validator_set::BenchmarkHelper<crate::AccountId> for SessionKeysHelper {
	fn set_session_keys(who: &crate::AccountId) {
		let raw: [u8; 32] = who.clone().into();
		let keys = crate::SessionKeys {
			babe: sp_core::sr25519::Public::from_raw(raw).into(),
			grandpa: sp_core::ed25519::Public::from_raw(raw).into(),
		};
		// Benchmark set-up on a funded account: a failure here shows up as the benchmark failing.
		let _ = <crate::Session as pallet_session::SessionInterface>::set_keys(who, keys);
	}
}
