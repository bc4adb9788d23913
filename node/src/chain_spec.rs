//! Chain specifications: the published specs of Lode's networks (embedded in the binary from
//! `chain-specs/`), specs built from the runtime's genesis presets, or a spec read from a file.
//!
//! `--chain public|private|alliance` loads the published raw spec, never one built from this
//! node's own runtime: operators who built the node on different machines start the same genesis
//! and find each other. `--chain public-preset` (and `private-preset`, `alliance-preset`) builds
//! the template from the runtime's preset instead: that is what `scripts/chain-specs` publishes,
//! and what an operator edits to start a network of their own.

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
	// Each network its own protocol id, so that nodes of different networks do not even open
	// Lode's protocols to each other (and the node never falls back to the default "sup").
	let protocol_id = id.replace('_', "-");
	let wasm = WASM_BINARY.ok_or("the runtime's wasm binary was not built into this node")?;
	Ok(ChainSpec::builder(wasm, None)
		.with_name(name)
		.with_id(id)
		.with_chain_type(chain_type)
		.with_genesis_config_preset_name(preset)
		.with_properties(properties())
		.with_protocol_id(&protocol_id)
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

/// The published chain specs, as checked in under `chain-specs/` (their hashes are in
/// `chain-specs/SHA256SUMS`).
const PUBLISHED: [(&str, &[u8]); 3] = [
	("public", include_bytes!("../../chain-specs/public.json")),
	("private", include_bytes!("../../chain-specs/private.json")),
	("alliance", include_bytes!("../../chain-specs/alliance.json")),
];

/// The published spec of the network `name`, if it is one of Lode's.
fn published(name: &str) -> Option<Result<ChainSpec, String>> {
	let (_, json) = PUBLISHED.iter().find(|(published, _)| *published == name)?;
	Some(
		ChainSpec::from_json_bytes(*json).map_err(|error| {
			format!("the published {name} chain spec embedded in this node: {error}")
		}),
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

/// The chain spec named `id`: `dev` and `local` (built from the presets), `public`, `private`,
/// `alliance` (the published specs), `public-preset`, `private-preset`, `alliance-preset` (the
/// templates built from the presets), or else the spec stored in the file at path `id`.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	if let Some(spec) = published(id) {
		return Ok(Box::new(spec?));
	}
	Ok(match id {
		"dev" => Box::new(development()?),
		"" | "local" => Box::new(local_testnet()?),
		"public-preset" => Box::new(public()?),
		"private-preset" => Box::new(private()?),
		"alliance-preset" => Box::new(alliance()?),
		path => {
			let path = std::path::PathBuf::from(path);
			Box::new(
				ChainSpec::from_json_file(path.clone())
					.map_err(|error| format!("chain spec {}: {error}", path.display()))?,
			)
		},
	})
}
