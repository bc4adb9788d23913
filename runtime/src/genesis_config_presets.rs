//! Genesis presets: the starting state of each kind of Lode chain, as JSON patches over the
//! default genesis config. `lode-node` turns them into chain specs.

use crate::{
	configs::BABE_GENESIS_EPOCH_CONFIG, AccountId, BabeConfig, BalancesConfig, ConsensusModeConfig,
	CouncilMembershipConfig, DifficultyConfig, NodeAuthorizationConfig, RegulatorsConfig,
	RuntimeGenesisConfig, SessionConfig, SessionKeys, SudoConfig, ValidatorSetConfig, UNIT,
};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_consensus_mode::ConsensusMode;
use serde_json::Value;
use sp_core::OpaquePeerId as PeerId;
use sp_core::U256;
use sp_genesis_builder::PresetId;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What each development account starts with.
pub const DEV_ENDOWMENT: u128 = 1_000_000 * UNIT;

/// What each genesis validator bonds (the minimum candidate bond is 10 000 LODE).
pub const GENESIS_VALIDATOR_BOND: u128 = 100_000 * UNIT;

/// Difficulty of the first block on development chains: about a second of one CPU core's
/// hashing, so a fresh dev chain produces blocks at once and retargets towards the target block
/// time from there.
pub const DEV_INITIAL_DIFFICULTY: u64 = 2_000_000;

/// Session length of development and local proof-of-work chains: ten blocks, so validator
/// changes take effect within a minute.
pub const DEV_SESSION_LENGTH: u32 = 10;

/// How many of the best-bonded candidates validate, on every preset: room for the genesis
/// validators and for newcomers who bond.
pub const DESIRED_VALIDATORS: u32 = 16;

/// Session length of the public chain: an hour of 6-second blocks.
pub const PUBLIC_SESSION_LENGTH: u32 = 600;

/// A genesis validator: its account (which bonds) and its session keys.
pub struct Validator {
	pub account: AccountId,
	pub keys: SessionKeys,
}

impl Validator {
	/// The well-known development validator of `keyring` (`//Alice` …): sr25519 account and BABE
	/// key, ed25519 GRANDPA key, as `lode-node --alice` puts them in its keystore.
	pub fn dev(keyring: Sr25519Keyring) -> Validator {
		let name: &'static str = keyring.into();
		let grandpa = Ed25519Keyring::iter()
			.find(|twin| <&'static str>::from(*twin) == name)
			.expect("every sr25519 dev keyring has an ed25519 twin of the same name");
		Validator {
			account: keyring.to_account_id(),
			keys: SessionKeys { babe: keyring.public().into(), grandpa: grandpa.public().into() },
		}
	}
}

/// The libp2p peer ids (multihash bytes) of the nodes whose node keys are the 32-byte secrets
/// 1, 2, 3 and 4 (`lode-node --node-key 00…01` …; `lode-node key inspect-node-key` prints them
/// as 12D3KooWEyop…, 12D3KooWHdiA…, 12D3KooWSCuf…, 12D3KooWSsCh…): the development nodes of
/// Alice, Bob, Charlie and Dave on the permissioned chain presets.
pub const DEV_NODE_PEER_IDS: [&str; 4] = [
	"0024080112204cb5abf6ad79fbf5abbccafcc269d85cd2651ed4b885b5869f241aedf0a5ba29",
	"0024080112207422b9887598068e32c4448a949adb290d0f4e35b9e01b0ee5f1a1e600fe2674",
	"002408011220f381626e41e7027ea431bfe3009e94bdd25a746beec468948d6c3c7c5dc9a54b",
	"002408011220fd50b8e3b144ea244fbf7737f550bc8dd0c2650bbc1aada833ca17ff8dbf329b",
];

/// Decodes hex (lowercase, no prefix); the constants above are well formed.
fn from_hex(text: &str) -> Vec<u8> {
	let digit = |c: u8| match c {
		b'0'..=b'9' => c - b'0',
		b'a'..=b'f' => c - b'a' + 10,
		_ => 0,
	};
	text.as_bytes().chunks(2).map(|pair| digit(pair[0]) << 4 | digit(pair[1])).collect()
}

/// The genesis of a Lode chain.
pub struct Genesis {
	pub mode: ConsensusMode,
	pub session_length: u32,
	pub validators: Vec<Validator>,
	pub endowed: Vec<AccountId>,
	pub sudo: Option<AccountId>,
	pub initial_difficulty: U256,
	/// Council members (alliance chains).
	pub council: Vec<AccountId>,
	/// Regulators (alliance chains).
	pub regulators: Vec<AccountId>,
	/// The nodes allowed to peer, with their owners (permissioned chains); empty means open.
	pub nodes: Vec<(PeerId, AccountId)>,
}

impl Genesis {
	/// The genesis as a JSON patch over the default genesis config.
	pub fn patch(self) -> Value {
		let keys: Vec<_> = self
			.validators
			.iter()
			.map(|v| (v.account.clone(), v.account.clone(), v.keys.clone()))
			.collect();
		let bonds: Vec<_> =
			self.validators.iter().map(|v| (v.account.clone(), GENESIS_VALIDATOR_BOND)).collect();
		build_struct_json_patch!(RuntimeGenesisConfig {
			consensus_mode: ConsensusModeConfig {
				mode: self.mode,
				pow_session_length: self.session_length,
			},
			babe: BabeConfig { epoch_config: BABE_GENESIS_EPOCH_CONFIG },
			balances: BalancesConfig {
				balances: self
					.endowed
					.into_iter()
					.map(|account| (account, DEV_ENDOWMENT))
					.collect::<Vec<_>>(),
			},
			validator_set: ValidatorSetConfig {
				validators: bonds,
				desired_validators: DESIRED_VALIDATORS,
			},
			session: SessionConfig { keys },
			sudo: SudoConfig { key: self.sudo },
			difficulty: DifficultyConfig { initial_difficulty: self.initial_difficulty },
			council_membership: CouncilMembershipConfig {
				members: sorted(self.council).try_into().expect("at most 100 council members"),
			},
			regulators: RegulatorsConfig {
				members: sorted(self.regulators).try_into().expect("at most 16 regulators"),
			},
			node_authorization: NodeAuthorizationConfig { nodes: self.nodes },
		})
	}
}

/// Membership lists are kept sorted.
fn sorted(mut accounts: Vec<AccountId>) -> Vec<AccountId> {
	accounts.sort();
	accounts
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter()
		.filter(|key| key != &Sr25519Keyring::One && key != &Sr25519Keyring::Two)
		.map(|key| key.to_account_id())
		.collect()
}

/// A proof-of-work chain whose validators are the given development keyrings.
fn pow_chain(validators: &[Sr25519Keyring], session_length: u32) -> Value {
	Genesis {
		mode: ConsensusMode::Pow,
		session_length,
		validators: validators.iter().map(|keyring| Validator::dev(*keyring)).collect(),
		endowed: dev_accounts(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
		initial_difficulty: U256::from(DEV_INITIAL_DIFFICULTY),
		council: Vec::new(),
		regulators: Vec::new(),
		nodes: Vec::new(),
	}
	.patch()
}

/// A single-node development chain: Alice mines, validates (GRANDPA) and holds the sudo key.
pub fn development() -> Value {
	pow_chain(&[Sr25519Keyring::Alice], DEV_SESSION_LENGTH)
}

/// A local proof-of-work network of four validators, Alice, Bob, Charlie and Dave; Alice holds
/// the sudo key. Sessions of ten blocks.
pub fn local_testnet() -> Value {
	pow_chain(
		&[
			Sr25519Keyring::Alice,
			Sr25519Keyring::Bob,
			Sr25519Keyring::Charlie,
			Sr25519Keyring::Dave,
		],
		DEV_SESSION_LENGTH,
	)
}

/// Difficulty of the public chain's first block: about twenty seconds of one CPU core's hashing;
/// the retarget takes it to the hash power the miners bring.
pub const PUBLIC_INITIAL_DIFFICULTY: u64 = 100_000_000;

/// Name of the public-chain preset.
pub const PUBLIC_PRESET: &str = "public";

/// The public chain: open proof-of-work mining, GRANDPA finality by the bonded validators,
/// hour-long sessions, no sudo key (sudo is inert); governed by public referenda (conviction
/// voting by token holders) and a council seeded at genesis. This preset is the template with
/// the well-known development validators Alice, Bob, Charlie and Dave, and Alice, Bob and
/// Charlie as the council; a real network replaces them (and their endowments) with a JSON
/// patch, see the README.
pub fn public() -> Value {
	let validators =
		[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie, Sr25519Keyring::Dave];
	Genesis {
		mode: ConsensusMode::Pow,
		session_length: PUBLIC_SESSION_LENGTH,
		validators: validators.iter().map(|keyring| Validator::dev(*keyring)).collect(),
		endowed: validators.iter().map(|keyring| keyring.to_account_id()).collect(),
		sudo: None,
		initial_difficulty: U256::from(PUBLIC_INITIAL_DIFFICULTY),
		council: validators[..3].iter().map(|keyring| keyring.to_account_id()).collect(),
		regulators: Vec::new(),
		nodes: Vec::new(),
	}
	.patch()
}

/// Name of the private-chain preset.
pub const PRIVATE_PRESET: &str = "private";

/// Name of the alliance-chain preset.
pub const ALLIANCE_PRESET: &str = "alliance";

/// The three BABE validators of the permissioned presets, and their nodes.
const PERMISSIONED_VALIDATORS: [Sr25519Keyring; 3] =
	[Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie];

fn permissioned_nodes() -> Vec<(PeerId, AccountId)> {
	PERMISSIONED_VALIDATORS
		.iter()
		.zip(DEV_NODE_PEER_IDS)
		.map(|(owner, peer)| (PeerId(from_hex(peer)), owner.to_account_id()))
		.collect()
}

/// A private chain of one organisation: BABE block production and GRANDPA finality among three
/// validators (Alice, Bob, Charlie), peers restricted to their three nodes, Alice holds the sudo
/// key. A template: a real chain replaces validators, nodes and key with a JSON patch.
pub fn private() -> Value {
	Genesis {
		mode: ConsensusMode::Babe,
		session_length: DEV_SESSION_LENGTH,
		validators: PERMISSIONED_VALIDATORS
			.iter()
			.map(|keyring| Validator::dev(*keyring))
			.collect(),
		endowed: dev_accounts(),
		sudo: Some(Sr25519Keyring::Alice.to_account_id()),
		initial_difficulty: U256::from(DEV_INITIAL_DIFFICULTY),
		council: Vec::new(),
		regulators: Vec::new(),
		nodes: permissioned_nodes(),
	}
	.patch()
}

/// An alliance of a region's institutions: BABE and GRANDPA among three member validators
/// (Alice, Bob, Charlie), who also form the council that governs by two-thirds majority (no sudo
/// key); Dave is the regulator; peers restricted to the members' nodes. A template: a government
/// seeds its own alliance with a JSON patch (README).
pub fn alliance() -> Value {
	let members: Vec<AccountId> =
		PERMISSIONED_VALIDATORS.iter().map(|keyring| keyring.to_account_id()).collect();
	Genesis {
		mode: ConsensusMode::Babe,
		session_length: DEV_SESSION_LENGTH,
		validators: PERMISSIONED_VALIDATORS
			.iter()
			.map(|keyring| Validator::dev(*keyring))
			.collect(),
		endowed: dev_accounts(),
		sudo: None,
		initial_difficulty: U256::from(DEV_INITIAL_DIFFICULTY),
		council: members,
		regulators: vec![Sr25519Keyring::Dave.to_account_id()],
		nodes: permissioned_nodes(),
	}
	.patch()
}

/// The JSON patch of the preset named `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_testnet(),
		PUBLIC_PRESET => public(),
		PRIVATE_PRESET => private(),
		ALLIANCE_PRESET => alliance(),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets this runtime provides.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PUBLIC_PRESET),
		PresetId::from(PRIVATE_PRESET),
		PresetId::from(ALLIANCE_PRESET),
	]
}
