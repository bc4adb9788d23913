//! The pallets benchmarked for this runtime's weights (`scripts/bench/weights`).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_sudo, Sudo]
	[pallet_block_reward, BlockReward]
	[pallet_provenance, Provenance]
	[pallet_notary, Notary]
	[pallet_asset_registry, AssetRegistry]
	[pallet_validator_set, ValidatorSet]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_node_authorization, NodeAuthorizationBench::<Runtime>]
	[pallet_consensus_benchmarking, ConsensusBench::<Runtime>]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_referenda, Referenda]
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

impl pallet_consensus_benchmarking::Config for crate::Runtime {
	fn seat_validators(
		count: u32,
	) -> Result<
		alloc::vec::Vec<(sp_consensus_babe::AuthorityId, sp_consensus_grandpa::AuthorityId)>,
		frame_benchmarking::BenchmarkError,
	> {
		use crate::{Balances, RuntimeOrigin, Session, ValidatorSet};
		use frame_support::traits::fungible::Mutate;
		use sp_runtime::RuntimeAppPublic;
		// Sessions follow BABE's epochs, and BABE sees them, as on a BABE chain.
		pallet_consensus_mode::Mode::<crate::Runtime>::put(
			pallet_consensus_mode::ConsensusMode::Babe,
		);
		ValidatorSet::set_desired_validators(RuntimeOrigin::root(), count)?;
		// More than any genesis validator, so that exactly these are chosen.
		let bond = 2 * crate::genesis_config_presets::GENESIS_VALIDATOR_BOND;
		let mut keys = alloc::vec::Vec::new();
		for index in 0..count {
			let who: crate::AccountId = frame_benchmarking::account("validator", index, 0);
			Balances::set_balance(&who, 2 * bond);
			let babe = sp_consensus_babe::AuthorityId::generate_pair(None);
			let grandpa = sp_consensus_grandpa::AuthorityId::generate_pair(None);
			let session_keys = crate::SessionKeys { babe: babe.clone(), grandpa: grandpa.clone() };
			<Session as pallet_session::SessionInterface>::set_keys(&who, session_keys)?;
			ValidatorSet::bond(RuntimeOrigin::signed(who.clone()), bond)?;
			ValidatorSet::candidate(RuntimeOrigin::signed(who))?;
			keys.push((babe, grandpa));
		}
		// Chosen at the first rotation, active from the second.
		Session::rotate_session();
		Session::rotate_session();
		Ok(keys)
	}

	fn session_keys(
		owner: &crate::AccountId,
	) -> Result<(crate::SessionKeys, alloc::vec::Vec<u8>), frame_benchmarking::BenchmarkError> {
		use codec::Encode;
		use frame_support::traits::fungible::Mutate;
		crate::Balances::set_balance(owner, 1_000 * crate::UNIT);
		let generated = crate::SessionKeys::generate(&owner.encode(), None);
		Ok((generated.keys, generated.proof.encode()))
	}
}
