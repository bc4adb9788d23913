//! Permissioned chains on loopback: a private chain's three BABE validators produce and finalize
//! blocks; on an alliance chain a node that is not on the authorized list cannot join until a
//! council motion (two of three members) adds it.

mod common;

use codec::{Decode, Encode};
use common::{from_hex, signed_extrinsic, to_hex, Node};
use frame_support::weights::Weight;
use lode_runtime::{AccountId, RuntimeCall, RuntimeEvent};
use serde_json::json;
use sp_consensus_babe::{digests::CompatibleDigestItem, BabeConfiguration};
use sp_core::{Hasher, OpaquePeerId};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{traits::BlakeTwo256, DigestItem};
use std::{
	path::Path,
	thread,
	time::{Duration, Instant},
};

const TIMEOUT: Duration = Duration::from_secs(300);

/// A validator node of a permissioned chain: `--alice` … with the preset's node key.
fn validator(base: &Path, chain: &str, index: usize, extra: &[&str]) -> Node {
	let names = ["alice", "bob", "charlie", "dave"];
	let key = common::node_key(index);
	let flag = format!("--{}", names[index]);
	// The templates run with their well-known keys on purpose: a throw-away test network.
	let mut args =
		vec!["--chain", chain, flag.as_str(), "--node-key", key.as_str(), "--allow-dev-keys"];
	args.extend_from_slice(extra);
	Node::start(&base.join(names[index]), &args)
}

/// Submits `call` signed by `who`, checks that it succeeded, and waits until it is final.
fn submit_finalized(node: &Node, call: RuntimeCall, who: Sr25519Keyring) -> Vec<RuntimeEvent> {
	let account: AccountId = who.to_account_id();
	let nonce = node.rpc("system_accountNextIndex", json!([account.to_string()]));
	let nonce = nonce.as_u64().expect("a nonce") as u32;
	let extrinsic = signed_extrinsic(node.genesis(), call, &account, &who.pair(), nonce);
	let (hash, events) = common::submit_and_watch(node, &extrinsic);
	node.wait_finalized(node.block_number(&json!(hash)), TIMEOUT);
	events
}

/// The BABE slot and the timestamp (ms) of block `number` on `node`'s best chain.
fn slot_and_time(node: &Node, number: u64) -> (u64, u64) {
	let hash = node.block_hash(number).expect("the block");
	let header = node.rpc("chain_getHeader", json!([hash]));
	let slot = header["digest"]["logs"]
		.as_array()
		.expect("digest logs")
		.iter()
		.filter_map(|log| DigestItem::decode(&mut &from_hex(log.as_str()?)[..]).ok())
		.find_map(|item| item.as_babe_pre_digest())
		.expect("a BABE pre-runtime digest")
		.slot();
	let key = frame_support::storage::storage_prefix(b"Timestamp", b"Now");
	let now = node.rpc("state_getStorage", json!([to_hex(&key), hash]));
	let now = u64::decode(&mut &from_hex(now.as_str().expect("a timestamp"))[..])
		.expect("a timestamp in ms");
	(u64::from(slot), now)
}

#[test]
fn a_private_chain_of_three_babe_validators_produces_and_finalizes() {
	let _turn = common::exclusive();
	let started = Instant::now();
	let base = tempfile::tempdir().expect("a temporary directory");
	let alice = validator(base.path(), "private", 0, &[]);
	let boot = alice.multiaddr();
	let peers = ["--bootnodes", boot.as_str()];
	let bob = validator(base.path(), "private", 1, &peers);
	let charlie = validator(base.path(), "private", 2, &peers);
	for node in [&alice, &bob, &charlie] {
		node.wait_finalized(4, TIMEOUT);
	}
	let hash = alice.finalized_hash();
	assert_eq!(bob.block_hash(alice.block_number(&json!(hash))), Some(hash));
	// BABE paces the chain in slots of the target block time: one block per slot at most, and
	// each block's timestamp lies inside its slot.
	let config = alice.rpc("state_call", json!(["BabeApi_configuration", "0x"]));
	let config = BabeConfiguration::decode(&mut &from_hex(config.as_str().expect("hex"))[..])
		.expect("a BABE configuration");
	assert_eq!(config.slot_duration, lode_runtime::TARGET_BLOCK_TIME_MS);
	let blocks: Vec<(u64, u64)> = (1..=4).map(|number| slot_and_time(&alice, number)).collect();
	for &(slot, time) in &blocks {
		assert_eq!(slot, time / config.slot_duration, "block in slot {slot} at {time} ms");
	}
	assert!(blocks.windows(2).all(|pair| pair[1].0 > pair[0].0), "one block per slot: {blocks:?}");
	eprintln!(
		"private chain: 4 blocks finalized on all three validators in {} s; finality lag {} blocks",
		started.elapsed().as_secs(),
		alice.best_number() - alice.finalized_number()
	);
	for node in [alice, bob, charlie] {
		node.stop();
	}
}

#[test]
fn an_alliance_admits_a_node_only_after_a_council_motion() {
	let _turn = common::exclusive();
	let base = tempfile::tempdir().expect("a temporary directory");
	let alice = validator(base.path(), "alliance", 0, &[]);
	let boot = alice.multiaddr();
	let peers = ["--bootnodes", boot.as_str()];
	let bob = validator(base.path(), "alliance", 1, &peers);
	let charlie = validator(base.path(), "alliance", 2, &peers);
	for node in [&alice, &bob, &charlie] {
		node.wait_finalized(2, TIMEOUT);
	}

	// Dave's node is not on the list: it reaches Alice's node but gets no blocks.
	let dave = validator(base.path(), "alliance", 3, &peers);
	let target = alice.best_number() + 3;
	alice.wait_for(TIMEOUT, "three more blocks", |node| {
		(node.best_number() >= target).then_some(())
	});
	assert_eq!(dave.best_number(), 0, "an unlisted node synced the alliance's chain");

	// Alice proposes adding Dave's node; Alice and Bob vote for it (two of three); Alice closes
	// the motion, which dispatches the call as the council's two-thirds origin.
	let dave_peer = dave.rpc("system_localPeerId", json!([]));
	let dave_peer_bytes = bs58_decode(dave_peer.as_str().expect("a peer id"));
	let add =
		RuntimeCall::NodeAuthorization(pallet_node_authorization::Call::add_well_known_node {
			node: OpaquePeerId(dave_peer_bytes.clone()),
			owner: Sr25519Keyring::Dave.to_account_id().into(),
		});
	let length = add.encoded_size() as u32;
	let hash = BlakeTwo256::hash(&add.encode());
	let index = 0;
	submit_finalized(
		&alice,
		RuntimeCall::Council(pallet_collective::Call::propose {
			threshold: 2,
			proposal: Box::new(add),
			length_bound: length,
		}),
		Sr25519Keyring::Alice,
	);
	for member in [Sr25519Keyring::Alice, Sr25519Keyring::Bob] {
		submit_finalized(
			&alice,
			RuntimeCall::Council(pallet_collective::Call::vote {
				proposal: hash,
				index,
				approve: true,
			}),
			member,
		);
	}
	let closed = submit_finalized(
		&alice,
		RuntimeCall::Council(pallet_collective::Call::close {
			proposal_hash: hash,
			index,
			proposal_weight_bound: Weight::from_parts(1_000_000_000, 100_000),
			length_bound: length,
		}),
		Sr25519Keyring::Alice,
	);
	assert!(
		closed.iter().any(|event| matches!(
			event,
			RuntimeEvent::Council(pallet_collective::Event::Executed { result: Ok(()), .. })
		)),
		"the motion was approved and executed: {closed:?}"
	);

	// The motion passed: Dave's node is on the list.
	let key = pallet_node_authorization::WellKnownNodes::<lode_runtime::Runtime>::hashed_key();
	let listed = alice.rpc("state_getStorage", json!([to_hex(&key)]));
	let listed = <std::collections::BTreeSet<OpaquePeerId> as codec::Decode>::decode(
		&mut &common::from_hex(listed.as_str().expect("the node list"))[..],
	)
	.expect("a set of peer ids");
	assert!(
		listed.contains(&OpaquePeerId(dave_peer_bytes.clone())),
		"the motion added Dave's node"
	);

	// Now Dave's node is admitted and catches up with the chain.
	let best = alice.best_number();
	dave.wait_for(TIMEOUT, "Dave's node to sync", |node| {
		(node.best_number() >= best).then_some(())
	});
	thread::sleep(Duration::from_secs(1));
	for node in [alice, bob, charlie, dave] {
		node.stop();
	}
}

/// Decodes a base58 peer id.
fn bs58_decode(text: &str) -> Vec<u8> {
	const ALPHABET: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
	let mut bytes: Vec<u8> = Vec::new();
	for c in text.bytes() {
		let mut carry = ALPHABET.iter().position(|a| *a == c).expect("a base58 digit") as u32;
		for byte in bytes.iter_mut().rev() {
			carry += u32::from(*byte) * 58;
			*byte = (carry & 0xff) as u8;
			carry >>= 8;
		}
		while carry > 0 {
			bytes.insert(0, (carry & 0xff) as u8);
			carry >>= 8;
		}
	}
	let zeros = text.bytes().take_while(|c| *c == b'1').count();
	let mut out = vec![0; zeros];
	out.extend(bytes);
	out
}
