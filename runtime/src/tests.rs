//! Checks on the composed runtime, natively.

use crate::*;
use frame_support::traits::{Get, Hooks};
use sp_genesis_builder::PresetId;

#[test]
fn every_pallet_passes_its_integrity_test() {
	sp_io::TestExternalities::default().execute_with(|| {
		<AllPalletsWithSystem as frame_support::traits::IntegrityTest>::integrity_test();
	});
}

#[test]
fn the_ss58_prefix_of_the_runtime_is_the_published_one() {
	assert_eq!(<configs::SS58Prefix as Get<u16>>::get(), SS58_PREFIX);
}

#[test]
fn every_preset_builds_a_genesis_state() {
	for name in genesis_config_presets::preset_names() {
		let patch = genesis_config_presets::get_preset(&name).expect("listed preset exists");
		let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
		let patch: serde_json::Value = serde_json::from_slice(&patch).unwrap();
		json_merge(&mut config, patch);
		let config: RuntimeGenesisConfig =
			serde_json::from_value(config).expect("preset patch matches the genesis config");
		let storage = config.build_storage().expect("genesis builds");
		sp_io::TestExternalities::new(storage).execute_with(|| {
			assert!(Difficulty::difficulty() >= configs::MinimumDifficulty::get());
			assert!(pallet_balances::TotalIssuance::<Runtime>::get() > 0);
			// The bonded genesis validators are the session's validators and GRANDPA's voters.
			let validators = pallet_session::Validators::<Runtime>::get();
			assert!(!validators.is_empty(), "{name:?} has validators");
			assert_eq!(Grandpa::grandpa_authorities().len(), validators.len(), "{name:?}");
			for validator in &validators {
				assert!(pallet_validator_set::Ledgers::<Runtime>::contains_key(validator));
			}
			// BABE sees sessions only on BABE chains.
			let babe = ConsensusMode::is_babe();
			assert_eq!(Babe::authorities().len(), if babe { validators.len() } else { 0 });
			// Permissioned chains list their nodes; the public chain has neither sudo nor nodes.
			let nodes = pallet_node_authorization::WellKnownNodes::<Runtime>::get();
			assert_eq!(
				babe,
				!nodes.is_empty(),
				"{name:?}: BABE chains and only they are permissioned"
			);
			match name.as_str() {
				genesis_config_presets::ALLIANCE_PRESET => {
					assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
					assert_eq!(
						pallet_collective::Members::<Runtime, configs::CouncilCollective>::get()
							.len(),
						3
					);
					assert_eq!(
						pallet_membership::Members::<Runtime, configs::RegulatorsInstance>::get()
							.len(),
						1
					);
				},
				genesis_config_presets::PUBLIC_PRESET => {
					assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
					assert!(!babe);
				},
				_ => assert!(pallet_sudo::Key::<Runtime>::get().is_some()),
			}
		});
	}
	assert!(genesis_config_presets::get_preset(&PresetId::from("no-such-preset")).is_none());
}

#[test]
fn a_block_pays_its_miner() {
	use codec::Encode;
	use sp_keyring::Sr25519Keyring;
	let storage = frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap();
	sp_io::TestExternalities::new(storage).execute_with(|| {
		let miner = Sr25519Keyring::Ferdie.to_account_id();
		System::initialize(&1, &Default::default(), &Default::default());
		System::deposit_log(sp_runtime::DigestItem::PreRuntime(
			sp_consensus_pow::POW_ENGINE_ID,
			miner.encode(),
		));
		BlockReward::on_finalize(1);
		assert_eq!(Balances::free_balance(&miner), configs::BlockRewardAmount::get());
	});
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				json_merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}
