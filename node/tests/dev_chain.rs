//! The dev chain end to end: `lode-node --dev` mines and finalizes, takes a signed transfer over
//! RPC, refuses a forged one, and after a restart continues where it stopped.

mod common;

use codec::Decode;
use common::{from_hex, signed_extrinsic, to_hex, Node};
use lode_runtime::{AccountId, Balance, BalancesCall, Nonce, Runtime, RuntimeCall, UNIT};
use serde_json::json;
use sp_core::{sr25519, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::MultiAddress;
use std::time::Duration;

/// Generous bounds: CI machines are small and PoW block times vary.
const FINALITY_TIMEOUT: Duration = Duration::from_secs(300);

fn free_balance(node: &Node, account: &AccountId, at: &serde_json::Value) -> Balance {
	let key = frame_system::Account::<Runtime>::hashed_key_for(account);
	let value = node.rpc("state_getStorage", json!([to_hex(&key), at]));
	match value.as_str() {
		None => 0,
		Some(hex) => {
			let info =
				frame_system::AccountInfo::<Nonce, pallet_balances::AccountData<Balance>>::decode(
					&mut &from_hex(hex)[..],
				)
				.expect("account info decodes");
			info.data.free
		},
	}
}

fn account_nonce(node: &Node, account: &AccountId) -> Nonce {
	let nonce = node.rpc("system_accountNextIndex", json!([account.to_string()]));
	nonce.as_u64().expect("a nonce") as Nonce
}

/// A signed `transfer_keep_alive` from `signer`, signed by `signing_key`. A key that is not the
/// signer's gives a transaction with a bad signature.
fn transfer(
	genesis: H256,
	signer: &AccountId,
	signing_key: &sr25519::Pair,
	nonce: Nonce,
	to: &AccountId,
	amount: Balance,
) -> Vec<u8> {
	let call = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
		dest: MultiAddress::Id(to.clone()),
		value: amount,
	});
	signed_extrinsic(genesis, call, signer, signing_key, nonce)
}

#[test]
fn dev_chain_mines_finalizes_transfers_and_survives_a_restart() {
	let base = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(base.path(), &["--dev", "--mining-threads", "1"]);

	// Blocks are mined and GRANDPA finalizes them.
	node.wait_finalized(3, FINALITY_TIMEOUT);

	let genesis_hex = node.rpc("chain_getBlockHash", json!([0]));
	let genesis = H256::from_slice(&from_hex(genesis_hex.as_str().expect("a hash")));
	let alice = Sr25519Keyring::Alice.to_account_id();
	let dave = Sr25519Keyring::Dave.to_account_id();
	let amount = 42 * UNIT;
	let head = node.rpc("chain_getFinalizedHead", json!([]));
	let dave_before = free_balance(&node, &dave, &head);
	let alice_nonce = account_nonce(&node, &alice);

	// A transaction with a bad signature is refused at submission and changes nothing.
	let forged = transfer(genesis, &alice, &Sr25519Keyring::Bob.pair(), alice_nonce, &dave, amount);
	let refusal = node
		.try_rpc("author_submitExtrinsic", json!([to_hex(&forged)]))
		.expect_err("a forged signature is refused");
	assert!(refusal.contains("bad signature") || refusal.contains("BadProof"), "{refusal}");
	assert_eq!(account_nonce(&node, &alice), alice_nonce);

	// A properly signed transfer is included and finalized.
	let signed =
		transfer(genesis, &alice, &Sr25519Keyring::Alice.pair(), alice_nonce, &dave, amount);
	node.rpc("author_submitExtrinsic", json!([to_hex(&signed)]));
	let finalized_with_transfer =
		node.wait_for(FINALITY_TIMEOUT, "the transfer to be finalized", |node| {
			let head = node.rpc("chain_getFinalizedHead", json!([]));
			(free_balance(node, &dave, &head) == dave_before + amount)
				.then(|| node.block_number(&head))
		});
	assert_eq!(account_nonce(&node, &alice), alice_nonce + 1);

	// Stop, restart on the same base path: nothing is lost and the chain continues.
	let best_before_stop = node.best_number();
	node.stop();
	let node = Node::start(base.path(), &["--dev", "--mining-threads", "1"]);
	let finalized_after_restart = node.finalized_number();
	assert!(
		finalized_after_restart >= finalized_with_transfer,
		"finality went back from #{finalized_with_transfer} to #{finalized_after_restart}"
	);
	let head = node.rpc("chain_getFinalizedHead", json!([]));
	assert_eq!(free_balance(&node, &dave, &head), dave_before + amount);
	node.wait_finalized(best_before_stop + 2, FINALITY_TIMEOUT);
	node.stop();

	// The standard subcommands work on the chain: export it, import it into a fresh database
	// (through the PoW import, which checks every seal), read both, purge the copy.
	let exported = base.path().join("blocks.bin");
	let best = chain_info(base.path())["best_number"].as_u64().expect("a best block number");
	assert!(best >= best_before_stop + 2);
	node_command(
		&["export-blocks", "--dev", "--binary", "--from", "1"],
		base.path(),
		Some(&exported),
	);
	let copy = tempfile::tempdir().expect("a temporary directory");
	node_command(&["import-blocks", "--dev", "--binary"], copy.path(), Some(&exported));
	let imported = chain_info(copy.path());
	assert_eq!(imported["best_number"].as_u64(), Some(best), "{imported}");
	assert_eq!(imported["genesis_hash"], chain_info(base.path())["genesis_hash"]);
	node_command(&["purge-chain", "--dev", "-y"], copy.path(), None);
	assert!(!copy.path().join("chains/lode_dev/paritydb").exists(), "the database is purged");
}

/// Runs `lode-node` with `args` on `base_path` (and a trailing file argument), expecting
/// success; returns its standard output.
fn node_command(
	args: &[&str],
	base_path: &std::path::Path,
	file: Option<&std::path::Path>,
) -> String {
	let mut command = std::process::Command::new(common::node_binary());
	command.args(args).arg("--base-path").arg(base_path);
	if let Some(file) = file {
		command.arg(file);
	}
	let output = command.output().expect("lode-node runs");
	assert!(
		output.status.success(),
		"lode-node {args:?} failed:\n{}",
		String::from_utf8_lossy(&output.stderr)
	);
	String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The database's chain info (`chain-info` subcommand) as JSON.
fn chain_info(base_path: &std::path::Path) -> serde_json::Value {
	let stdout = node_command(&["chain-info", "--dev"], base_path, None);
	serde_json::from_str(&stdout).unwrap_or_else(|error| panic!("{error}: {stdout}"))
}

#[test]
fn an_unknown_chain_spec_path_exits_with_a_one_line_reason() {
	let base = tempfile::tempdir().expect("a temporary directory");
	let output = std::process::Command::new(common::node_binary())
		.args(["--chain", "/no/such/spec.json", "--base-path"])
		.arg(base.path())
		.output()
		.expect("lode-node runs");
	assert!(!output.status.success());
	let stderr = String::from_utf8_lossy(&output.stderr);
	let last = stderr.lines().last().unwrap_or_default();
	assert!(last.starts_with("Error: ") && last.contains("/no/such/spec.json"), "{stderr}");
}

#[test]
fn a_malformed_chain_spec_exits_with_a_one_line_reason() {
	let base = tempfile::tempdir().expect("a temporary directory");
	let spec = base.path().join("broken.json");
	std::fs::write(&spec, "{ \"name\": \"half a spec\", ").expect("spec written");
	let output = std::process::Command::new(common::node_binary())
		.arg("--chain")
		.arg(&spec)
		.arg("--base-path")
		.arg(base.path())
		.output()
		.expect("lode-node runs");
	assert!(!output.status.success());
	let stderr = String::from_utf8_lossy(&output.stderr);
	let last = stderr.lines().last().unwrap_or_default();
	assert!(last.starts_with("Error: ") && last.contains("broken.json"), "{stderr}");
}
