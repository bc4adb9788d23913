//! Genesis presets: the starting state of each kind of Lode chain, as JSON patches over the
//! default genesis config. `lode-node` turns them into chain specs.

use crate::{
	AccountId, BalancesConfig, DifficultyConfig, GrandpaConfig, RuntimeGenesisConfig, SudoConfig,
	UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_core::U256;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What each development account starts with.
pub const DEV_ENDOWMENT: u128 = 1_000_000 * UNIT;

/// Difficulty of the first block on development chains: about a second of one CPU core's
/// hashing, so a fresh dev chain produces blocks at once and retargets towards the target block
/// time from there.
pub const DEV_INITIAL_DIFFICULTY: u64 = 2_000_000;

fn genesis(
	grandpa_authorities: Vec<GrandpaId>,
	endowed: Vec<AccountId>,
	sudo: Option<AccountId>,
	initial_difficulty: U256,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed
				.into_iter()
				.map(|account| (account, DEV_ENDOWMENT))
				.collect::<Vec<_>>(),
		},
		grandpa: GrandpaConfig {
			authorities: grandpa_authorities.into_iter().map(|id| (id, 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo },
		difficulty: DifficultyConfig { initial_difficulty },
	})
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|key| key != &Sr25519Keyring::One && key != &Sr25519Keyring::Two)
		.map(|key| key.to_account_id())
		.collect()
}

/// A single-node development chain: Alice finalizes and holds the sudo key.
pub fn development() -> Value {
	genesis(
		vec![Ed25519Keyring::Alice.public().into()],
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		U256::from(DEV_INITIAL_DIFFICULTY),
	)
}

/// A local two-validator test network: Alice and Bob finalize; Alice holds the sudo key.
pub fn local_testnet() -> Value {
	genesis(
		vec![Ed25519Keyring::Alice.public().into(), Ed25519Keyring::Bob.public().into()],
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		U256::from(DEV_INITIAL_DIFFICULTY),
	)
}

/// The JSON patch of the preset named `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
