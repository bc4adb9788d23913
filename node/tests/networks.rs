//! Networks of several nodes on loopback: GRANDPA finality by four proof-of-work validators as
//! they go down and come back and as one rotates its keys (a file anchored there verifies with
//! `lode verify` through the set change), a heavier fork that leaves the finalized chain refused,
//! and a newly bonded validator joining the GRANDPA set at a session boundary.

mod common;

use codec::{Decode, Encode};
use common::{free_port, from_hex, signed_extrinsic, to_hex, Node};
use lode_runtime::{
	genesis_config_presets::DEV_SESSION_LENGTH, AccountId, RuntimeCall, SessionKeys, UNIT,
};
use serde_json::json;
use sp_consensus_grandpa::AuthorityList;
use sp_keyring::Sr25519Keyring;
use std::{
	collections::BTreeMap,
	path::Path,
	process::Command,
	thread,
	time::{Duration, Instant},
};

/// Generous bounds: CI machines are small and PoW block times vary.
const TIMEOUT: Duration = Duration::from_secs(300);

/// Every finalized block any node reported, by number: a node that ever reports another hash for
/// a number seen finalized has reverted finality.
#[derive(Default)]
struct FinalityRecord(BTreeMap<u64, String>);

impl FinalityRecord {
	/// Records the finalized head of each node and checks every node's chain against every
	/// finalized block seen so far.
	fn check(&mut self, nodes: &[&Node]) {
		for node in nodes {
			let hash = node.finalized_hash();
			let number = node.block_number(&json!(hash));
			if let Some(seen) = self.0.insert(number, hash.clone()) {
				assert_eq!(seen, hash, "two different blocks finalized at #{number}");
			}
		}
		for node in nodes {
			let finalized = node.finalized_number();
			for (number, hash) in self.0.range(..=finalized) {
				assert_eq!(
					node.block_hash(*number).as_deref(),
					Some(hash.as_str()),
					"a node's chain lost finalized block #{number}"
				);
			}
		}
	}
}

/// A validator of the local four-validator chain; `index` picks its fixed node key, so that a
/// restarted validator keeps its identity.
fn local_validator(base: &Path, name: &str, index: usize, p2p_port: u16, extra: &[&str]) -> Node {
	let key = common::node_key(index);
	let mut args = vec!["--chain", "local", "--validator", name, "--node-key", key.as_str()];
	args.extend_from_slice(extra);
	Node::start_on(&base.join(&name[2..]), &args, p2p_port)
}

#[test]
fn four_pow_validators_finalize_through_one_failure_stall_at_two_and_catch_up() {
	let _turn = common::exclusive();
	let started = Instant::now();
	let base = tempfile::tempdir().expect("a temporary directory");
	let ports: Vec<u16> = (0..4).map(|_| free_port()).collect();
	// Alice mines; all four vote.
	let miner = Sr25519Keyring::Alice.to_account_id().to_string();
	let alice = local_validator(
		base.path(),
		"--alice",
		0,
		ports[0],
		&["--mine", "--author", &miner, "--mining-threads", "1"],
	);
	let boot = alice.multiaddr();
	let peers = ["--bootnodes", boot.as_str()];
	let bob = local_validator(base.path(), "--bob", 1, ports[1], &peers);
	let charlie = local_validator(base.path(), "--charlie", 2, ports[2], &peers);
	let dave = local_validator(base.path(), "--dave", 3, ports[3], &peers);
	let mut record = FinalityRecord::default();

	// All four up: blocks are mined and finalized on every node.
	for node in [&alice, &bob, &charlie, &dave] {
		node.wait_finalized(3, TIMEOUT);
	}
	record.check(&[&alice, &bob, &charlie, &dave]);

	// Dave down: three of four voters are more than two thirds; finality goes on.
	dave.stop();
	let finalized = alice.finalized_number();
	alice.wait_finalized(finalized + 4, TIMEOUT);
	bob.wait_finalized(finalized + 4, TIMEOUT);
	record.check(&[&alice, &bob, &charlie]);

	// Charlie down too: two of four cannot finalize, but blocks keep coming.
	charlie.stop();
	let stalled_from = alice.finalized_number();
	// Rounds already under way may still conclude; after that nothing more is finalized.
	let best = alice.best_number();
	alice.wait_for(TIMEOUT, "six more blocks", |node| {
		(node.best_number() >= best + 6).then_some(())
	});
	let stalled_at = alice.finalized_number();
	assert!(
		stalled_at <= stalled_from + 2,
		"finality went on from #{stalled_from} to #{stalled_at}"
	);
	let best = alice.best_number();
	alice.wait_for(TIMEOUT, "six more blocks", |node| {
		(node.best_number() >= best + 6).then_some(())
	});
	assert_eq!(alice.finalized_number(), stalled_at, "finality advanced with two of four voters");
	assert_eq!(bob.finalized_number(), stalled_at);
	record.check(&[&alice, &bob]);

	// Both back on their old databases: finality catches up with the blocks mined meanwhile.
	let best_while_stalled = alice.best_number();
	let charlie = local_validator(base.path(), "--charlie", 2, ports[2], &peers);
	let dave = local_validator(base.path(), "--dave", 3, ports[3], &peers);
	for node in [&alice, &bob, &charlie, &dave] {
		node.wait_finalized(best_while_stalled, TIMEOUT);
	}
	record.check(&[&alice, &bob, &charlie, &dave]);

	// Dave rotates its session keys: at a session boundary the GRANDPA set changes (set 1), the
	// same four voters, Dave under its new key; finality goes on through the change.
	let genesis = alice.genesis();
	let dave_account: AccountId = Sr25519Keyring::Dave.to_account_id();
	let generated = dave.rpc("author_rotateKeysWithOwner", json!([to_hex(&dave_account.encode())]));
	let keys_bytes = from_hex(generated["keys"].as_str().expect("session keys"));
	let proof = from_hex(generated["proof"].as_str().expect("a proof of possession"));
	let keys = SessionKeys::decode(&mut &keys_bytes[..]).expect("session keys decode");
	let set_keys =
		RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof });
	let extrinsic =
		signed_extrinsic(genesis, set_keys, &dave_account, &Sr25519Keyring::Dave.pair(), 0);
	common::submit_and_watch(&alice, &extrinsic);
	let new_key: sp_consensus_grandpa::AuthorityId = keys.grandpa;
	let changed_at = alice.wait_for(TIMEOUT, "Dave's new key in the GRANDPA set", |node| {
		let best = node.best_number();
		let hash = node.block_hash(best)?;
		grandpa_authorities(node, &hash).iter().any(|(id, _)| *id == new_key).then_some(best)
	});
	for node in [&alice, &bob, &charlie, &dave] {
		node.wait_finalized(changed_at + 3, TIMEOUT);
	}
	record.check(&[&alice, &bob, &charlie, &dave]);

	// A file anchored with `lode anchor` through Alice's node verifies with `lode verify` through
	// Bob's, given only the chain spec: through the set change, finalized by set 1.
	let lode = lode_binary();
	let spec = base.path().join("local.json");
	let built = Command::new(common::node_binary())
		.args(["build-spec", "--chain", "local", "--raw"])
		.output()
		.expect("build-spec runs");
	assert!(built.status.success(), "build-spec: {}", String::from_utf8_lossy(&built.stderr));
	std::fs::write(&spec, built.stdout).expect("the spec is written");
	let file = base.path().join("certificate.txt");
	let content = b"conflict-free tin, lot 7, smelter audit 2026".to_vec();
	std::fs::write(&file, &content).expect("the file is written");
	let run = |args: &[&str]| {
		let output = Command::new(&lode).args(args).output().expect("lode runs");
		let report =
			serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap_or_default();
		(output.status.code(), report, String::from_utf8_lossy(&output.stderr).into_owned())
	};
	let url = |node: &Node| format!("ws://127.0.0.1:{}", node.rpc_port);
	let file_arg = file.to_str().expect("a UTF-8 path");
	let spec_arg = spec.to_str().expect("a UTF-8 path");
	let (status, _, stderr) =
		run(&["anchor", file_arg, "--suri", "//Alice", "--url", &url(&alice)]);
	assert_eq!(status, Some(0), "lode anchor: {stderr}");
	let (status, report, stderr) =
		run(&["verify", file_arg, "--chain-spec", spec_arg, "--url", &url(&bob), "--json"]);
	assert_eq!(status, Some(0), "lode verify: {report} {stderr}");
	assert_eq!(report["standing"], "anchored", "{report}");
	assert_eq!(report["anchoredBy"], Sr25519Keyring::Alice.to_account_id().to_string());
	assert_eq!(report["verifiedAgainst"], json!(to_hex(genesis.as_bytes())), "{report}");
	assert!(report["authoritySet"].as_u64() >= Some(1), "finalized by a later set: {report}");
	// One byte different: not anchored, and the proof of that verifies too (exit status 1).
	let mut changed = content;
	changed[0] ^= 1;
	std::fs::write(&file, &changed).expect("the file is rewritten");
	let (status, report, stderr) =
		run(&["verify", file_arg, "--chain-spec", spec_arg, "--url", &url(&charlie), "--json"]);
	assert_eq!(status, Some(1), "lode verify of the changed file: {report} {stderr}");
	assert_eq!(report["standing"], "not-anchored", "{report}");
	assert!(report["authoritySet"].as_u64() >= Some(1), "{report}");

	eprintln!(
		"four-validator test: {} s, {} blocks finalized, finality lag now {} blocks",
		started.elapsed().as_secs(),
		alice.finalized_number(),
		alice.best_number() - alice.finalized_number()
	);
	for node in [alice, bob, charlie, dave] {
		node.stop();
	}
}

#[test]
fn a_heavier_fork_without_the_finalized_block_is_refused() {
	let _turn = common::exclusive();
	let base = tempfile::tempdir().expect("a temporary directory");
	// An outsider mines alone on the dev chain for a head start, with no validator key: its chain
	// is never finalized. It ignores finality (`--no-grandpa`), as an attacker would: a node that
	// followed GRANDPA would take the honest node's commit when they meet and leave its own fork.
	let miner = Sr25519Keyring::Ferdie.to_account_id().to_string();
	let outsider = Node::start(
		&base.path().join("outsider"),
		&["--chain", "dev", "--mine", "--author", &miner, "--mining-threads", "1", "--no-grandpa"],
	);
	outsider.wait_for(TIMEOUT, "the outsider's head start", |node| {
		(node.best_number() >= 20).then_some(())
	});
	// The dev validator mines and finalizes its own chain from the same genesis.
	let honest_path = base.path().join("honest");
	let key = common::node_key(0);
	let mining = ["--dev", "--mining-threads", "1", "--node-key", key.as_str()];
	let honest = Node::start(&honest_path, &mining);
	honest.wait_finalized(3, TIMEOUT);
	let finalized_hash = honest.finalized_hash();
	let finalized = honest.block_number(&json!(finalized_hash));
	assert_ne!(outsider.block_hash(finalized), Some(finalized_hash.clone()));
	// The honest node goes on without mining, so that the outsider's chain stays the longer one
	// (a node only syncs towards a peer whose best block is higher than its own; an honest miner
	// starting at the lowest difficulty might otherwise overtake it before they meet).
	let port = honest.p2p_port;
	honest.stop();
	let validating = ["--chain", "dev", "--alice", "--node-key", key.as_str()];
	let honest = Node::start_on(&honest_path, &validating, port);
	assert_eq!(honest.finalized_hash(), finalized_hash.clone(), "finality survives the restart");
	let honest_best = honest.best_number();
	outsider.wait_for(TIMEOUT, "the outsider's chain to carry more work", |node| {
		(node.best_number() > honest_best + 5).then_some(())
	});

	// Connect them: the honest node sees the heavier chain and refuses it.
	outsider.rpc("system_addReservedPeer", json!([honest.multiaddr()]));
	honest.wait_for(TIMEOUT, "the heavier fork to be refused", |node| {
		node.log().contains("refusing block").then_some(())
	});
	thread::sleep(Duration::from_secs(5));
	// The best chain still holds the finalized block, so it never switched to the heavier fork.
	assert_eq!(
		honest.block_hash(finalized),
		Some(finalized_hash.clone()),
		"the finalized block stays"
	);
	assert_eq!(honest.best_number(), honest_best, "no block of the fork was imported");
	// Mining again, at the same address (the outsider reconnects and keeps offering its chain),
	// the honest node mines and finalizes on top of its own finalized block.
	honest.stop();
	let honest = Node::start_on(&honest_path, &mining, port);
	honest.wait_finalized(finalized + 3, TIMEOUT);
	assert_eq!(honest.block_hash(finalized), Some(finalized_hash));
	honest.stop();
	outsider.stop();
}

/// The `lode` command, built next to `lode-node` (`cargo build --release --workspace`).
fn lode_binary() -> std::path::PathBuf {
	let path = common::node_binary().with_file_name("lode");
	assert!(path.exists(), "{} is missing: cargo build --release -p lode-client", path.display());
	path
}

/// The GRANDPA authorities at block `hash`, from the runtime.
fn grandpa_authorities(node: &Node, hash: &str) -> AuthorityList {
	let result = node.rpc("state_call", json!(["GrandpaApi_grandpa_authorities", "0x", hash]));
	AuthorityList::decode(&mut &from_hex(result.as_str().expect("bytes"))[..])
		.expect("an authority list")
}

#[test]
fn a_newly_bonded_candidate_joins_the_grandpa_set_at_a_session_boundary() {
	let _turn = common::exclusive();
	let base = tempfile::tempdir().expect("a temporary directory");
	let alice = Node::start(&base.path().join("alice"), &["--dev", "--mining-threads", "1"]);
	// Eve runs a validator node with keys of its own, generated in its keystore.
	let eve_node = Node::start(
		&base.path().join("eve"),
		&[
			"--chain",
			"dev",
			"--validator",
			"--node-key",
			&common::node_key(4),
			"--bootnodes",
			&alice.multiaddr(),
		],
	);
	alice.wait_finalized(2, TIMEOUT);
	let eve: AccountId = Sr25519Keyring::Eve.to_account_id();
	let generated = eve_node.rpc("author_rotateKeysWithOwner", json!([to_hex(&eve.encode())]));
	let keys_bytes = from_hex(generated["keys"].as_str().expect("session keys"));
	let proof = from_hex(generated["proof"].as_str().expect("a proof of possession"));
	let keys = SessionKeys::decode(&mut &keys_bytes[..]).expect("session keys decode");

	// Eve registers the keys, bonds and stands as a candidate, in three signed transactions.
	let genesis = alice.genesis();
	let calls = [
		RuntimeCall::Session(pallet_session::Call::set_keys { keys: keys.clone(), proof }),
		RuntimeCall::ValidatorSet(pallet_validator_set::Call::bond { value: 20_000 * UNIT }),
		RuntimeCall::ValidatorSet(pallet_validator_set::Call::candidate {}),
	];
	let mut submitted_at = 0;
	for (nonce, call) in calls.into_iter().enumerate() {
		let extrinsic =
			signed_extrinsic(genesis, call, &eve, &Sr25519Keyring::Eve.pair(), nonce as u32);
		let (hash, _events) = common::submit_and_watch(&alice, &extrinsic);
		submitted_at = alice.block_number(&json!(hash));
	}

	// Eve's GRANDPA key enters the authority set, and it does so at a session boundary.
	let grandpa_key: sp_consensus_grandpa::AuthorityId = keys.grandpa.clone();
	let joined = alice.wait_for(TIMEOUT, "Eve's key in the GRANDPA set", |node| {
		let best = node.best_number();
		let hash = node.block_hash(best)?;
		grandpa_authorities(node, &hash).iter().any(|(id, _)| *id == grandpa_key).then_some(best)
	});
	let first = (submitted_at..=joined)
		.find(|number| {
			let hash = alice.block_hash(*number).expect("a canonical block");
			grandpa_authorities(&alice, &hash).iter().any(|(id, _)| *id == grandpa_key)
		})
		.expect("the block where Eve joined");
	let session = u64::from(DEV_SESSION_LENGTH);
	assert_eq!(first % session, 0, "Eve joined at #{first}, not at a session boundary");
	assert!(
		first <= (submitted_at / session + 3) * session,
		"Eve joined at #{first}, more than two sessions after candidacy at #{submitted_at}"
	);
	let set = grandpa_authorities(&alice, &alice.block_hash(first).expect("a block"));
	assert_eq!(set.len(), 2, "Alice and Eve vote");

	// With both voting, finality goes on past the change.
	alice.wait_finalized(first + 3, TIMEOUT);
	eve_node.wait_finalized(first + 3, TIMEOUT);

	// An anchor made after the change verifies from the chain spec alone, through the change.
	let hash = sp_core::H256::repeat_byte(0x5e);
	let anchor = RuntimeCall::Notary(pallet_notary::Call::anchor {
		hash,
		algorithm: pallet_notary::HashAlgorithm::Blake2b256,
		kind: pallet_notary::AnchorKind::Record,
		subject: None,
		memo: None,
	});
	let alice_key = Sr25519Keyring::Alice;
	let nonce =
		alice.rpc("system_accountNextIndex", json!([alice_key.to_account_id().to_string()]));
	let nonce = u32::try_from(nonce.as_u64().expect("a nonce")).expect("a small nonce");
	let extrinsic =
		signed_extrinsic(genesis, anchor, &alice_key.to_account_id(), &alice_key.pair(), nonce);
	let (included, _) = common::submit_and_watch(&alice, &extrinsic);
	let anchored_at = alice.block_number(&json!(included));
	let proof = alice.wait_for(TIMEOUT, "a justified block past the anchor", |node| {
		let answer = node.try_rpc("notary_prove", json!([to_hex(hash.as_bytes())])).ok()?;
		(answer["blockNumber"].as_u64()? >= anchored_at).then_some(())?;
		Some(common::prove(node, hash).1)
	});
	assert!(!proof.set_changes.is_empty(), "the set changed since genesis");
	let verified = proof.verify(&hash, &common::trust_from_spec("dev")).expect("verifies");
	assert!(verified.set_id >= 1, "finalized by a later set than genesis's");
	assert!(verified.anchor.is_some());
	eve_node.stop();
	alice.stop();
}
