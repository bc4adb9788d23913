//! Chain specifications: built from the runtime's genesis presets, or read from a file.

use lode_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL, WASM_BINARY};
use sc_service::ChainType;

/// A Lode chain specification.
pub type ChainSpec = sc_service::GenericChainSpec;

/// The chain properties wallets read: token symbol and decimals, and the address format, which
/// is the runtime's own `SS58Prefix`.
pub fn properties() -> sc_chain_spec::Properties {
	let mut properties = sc_chain_spec::Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn from_preset(
	name: &str,
	id: &str,
	chain_type: ChainType,
	preset: &str,
) -> Result<ChainSpec, String> {
	let wasm = WASM_BINARY.ok_or("the runtime's wasm binary was not built into this node")?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.build())
}

/// A single-node development chain (`--dev`).
pub fn development() -> Result<ChainSpec, String> {
	from_preset(
		"Lode Development",
		"lode_dev",
		ChainType::Development,
		sp_genesis_builder::DEV_RUNTIME_PRESET,
	)
}

/// A local proof-of-work test network of four validators: Alice, Bob, Charlie and Dave.
pub fn local_testnet() -> Result<ChainSpec, String> {
	from_preset(
		"Lode Local Testnet",
		"lode_local",
		ChainType::Local,
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET,
	)
}

/// The public chain template: open mining, GRANDPA by bonded validators (see the runtime's
/// `public` preset).
pub fn public() -> Result<ChainSpec, String> {
	from_preset(
		"Lode",
		"lode",
		ChainType::Live,
		lode_runtime::genesis_config_presets::PUBLIC_PRESET,
	)
}

/// The private chain template: BABE and GRANDPA among three validators, listed nodes only, sudo.
pub fn private() -> Result<ChainSpec, String> {
	from_preset(
		"Lode Private",
		"lode_private",
		ChainType::Live,
		lode_runtime::genesis_config_presets::PRIVATE_PRESET,
	)
}

/// The alliance chain template: BABE and GRANDPA among the members' validators, a council of
/// members instead of sudo, a regulator, listed nodes only.
pub fn alliance() -> Result<ChainSpec, String> {
	from_preset(
		"Lode Alliance",
		"lode_alliance",
		ChainType::Live,
		lode_runtime::genesis_config_presets::ALLIANCE_PRESET,
	)
}

/// The chain spec named `id` (`dev`, `local`, `public`, `private`, `alliance`) or stored in the
/// file at path `id`.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development()?),
		"" | "local" => Box::new(local_testnet()?),
		"public" => Box::new(public()?),
		"private" => Box::new(private()?),
		"alliance" => Box::new(alliance()?),
		path => {
			let path = std::path::PathBuf::from(path);
			Box::new(
				ChainSpec::from_json_file(path.clone())
					.map_err(|error| format!("chain spec {}: {error}", path.display()))?,
			)
		},
	})
}
