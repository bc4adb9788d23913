//! The well-known development keys (`//Alice`, `//Bob`, …) on a live chain.
//!
//! Their secrets are public, so a live network whose genesis validators, consensus authorities,
//! sudo key, council or regulators are among them can be taken over by anyone. The published chain specs are templates
//! with exactly these keys; a validator started on one as it is, or on a spec built from it without
//! replacing them, is almost always a mistake: the node refuses to start (unless told
//! `--allow-dev-keys`), and `build-spec` warns.

use sc_service::{ChainSpec, ChainType};
use sp_crypto_hashing::twox_128;
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// The pallets whose genesis storage says who validates, who produces or finalizes blocks and
/// who governs: `ValidatorSet` (bonds), `Session` (validators and their keys), `Babe` and
/// `Grandpa` (authorities), `Sudo` (the key), `Council` and `CouncilMembership` (the council,
/// whose two thirds accredit issuers and grant roles) and `Regulators`.
const GUARDED_PALLETS: [&str; 8] = [
	"ValidatorSet",
	"Session",
	"Babe",
	"Grandpa",
	"Sudo",
	"Council",
	"CouncilMembership",
	"Regulators",
];

/// The development keys named in `spec`'s genesis by the pallets that decide who validates and
/// who holds sudo, as "Alice (sr25519) in Sudo"; empty when there are none. Only live chains are
/// checked: `dev` and `local` are meant to run with these keys.
pub fn well_known_keys_in(spec: &dyn ChainSpec) -> Result<Vec<String>, String> {
	if spec.chain_type() != ChainType::Live {
		return Ok(Vec::new());
	}
	let storage = spec.as_storage_builder().build_storage()?;
	let known: Vec<(String, [u8; 32])> = Sr25519Keyring::iter()
		.map(|key| (format!("{key} (sr25519)"), key.to_raw_public()))
		.chain(Ed25519Keyring::iter().map(|key| (format!("{key} (ed25519)"), key.to_raw_public())))
		.collect();
	let mut found = Vec::new();
	for pallet in GUARDED_PALLETS {
		let prefix = twox_128(pallet.as_bytes());
		// A key past the pallet's prefix carries map keys (accounts, with Blake2_128Concat); the
		// value carries lists of accounts and authorities.
		let entries = storage.top.iter().filter(|(key, _)| key.starts_with(&prefix));
		for (key, value) in entries {
			for (name, public) in &known {
				let named = |bytes: &[u8]| bytes.windows(32).any(|window| window == public);
				let entry = format!("{name} in {pallet}");
				if (named(&key[prefix.len()..]) || named(value)) && !found.contains(&entry) {
					found.push(entry);
				}
			}
		}
	}
	Ok(found)
}

/// The one-line reason a validator on `spec` must not start, if it must not.
pub fn refusal(spec: &dyn ChainSpec) -> Result<Option<String>, String> {
	let found = well_known_keys_in(spec)?;
	if found.is_empty() {
		return Ok(None);
	}
	Ok(Some(format!(
		"refusing to validate on the live chain '{}': its genesis uses the well-known development \
		 keys ({}), whose secrets are public; build a spec with your own keys (see chain-specs/README.md), \
		 or pass --allow-dev-keys to run it anyway",
		spec.id(),
		summary(&found)
	)))
}

/// The warning `build-spec` prints for `spec`, if any.
pub fn warning(spec: &dyn ChainSpec) -> Result<Option<String>, String> {
	let found = well_known_keys_in(spec)?;
	if found.is_empty() {
		return Ok(None);
	}
	Ok(Some(format!(
		"warning: the live chain '{}' uses the well-known development keys ({}), whose secrets are \
		 public: replace them before anyone runs this spec (validators refuse to start on it)",
		spec.id(),
		summary(&found)
	)))
}

/// The first few findings, and how many more there are.
fn summary(found: &[String]) -> String {
	const SHOWN: usize = 3;
	let mut text = found.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
	if found.len() > SHOWN {
		text.push_str(&format!(" and {} more", found.len() - SHOWN));
	}
	text
}
