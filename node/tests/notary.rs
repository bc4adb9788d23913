//! The notary against a running dev chain: anchor a hash, ask the node for a proof, and check it
//! with the verifier crate from nothing but the raw chain spec; a hash never anchored gets a
//! proof of absence; answers tampered with or checked against another chain fail; bad input to
//! the RPC gets a clear error.

mod common;

use codec::{Decode, Encode};
use common::{from_hex, prove, signed_extrinsic, submit_and_watch, to_hex, trust_from_spec, Node};
use lode_runtime::{Runtime, RuntimeCall};
use lode_verifier::{Error, H256};
use pallet_notary::{AnchorKind, HashAlgorithm};
use serde_json::json;
use sp_keyring::Sr25519Keyring;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(300);

#[test]
fn an_anchor_on_the_dev_chain_verifies_from_the_chain_spec_alone() {
	let _turn = common::exclusive();
	let base = tempfile::tempdir().expect("a temporary directory");
	let node = Node::start(base.path(), &["--dev", "--mining-threads", "1"]);
	let trust = trust_from_spec("dev");
	assert_eq!(trust.genesis_hash, node.genesis(), "the spec's genesis is the node's");
	// The RPC listener passes TCP_NODELAY to its connections (answers over 8 KiB, like a proof,
	// would otherwise wait for the client's delayed acknowledgement: scripts/bench/notary).
	let log = node.log();
	let nodelay = log.lines().find(|line| line.contains("(TCP_NODELAY) on"));
	let listener = format!("127.0.0.1:{}", node.rpc_port);
	assert!(
		nodelay.is_some_and(|line| line.contains(&listener)),
		"no TCP_NODELAY on {listener}:\n{log}"
	);

	// Before anything is anchored, a bad hash is refused by the RPC layer.
	let malformed = node.try_rpc("notary_prove", json!(["0x1234"]));
	assert!(malformed.is_err(), "a 2-byte hash is refused: {malformed:?}");

	let file = b"certificate of origin, lot 7".to_vec();
	let hash = H256(sp_crypto_hashing::sha2_256(&file));
	let alice = Sr25519Keyring::Alice;
	let call = RuntimeCall::Notary(pallet_notary::Call::anchor {
		hash,
		algorithm: HashAlgorithm::Sha256,
		kind: AnchorKind::File,
		subject: None,
		memo: Some(b"origin".to_vec()),
	});
	let extrinsic =
		signed_extrinsic(node.genesis(), call, &alice.to_account_id(), &alice.pair(), 0);
	let (included, _) = submit_and_watch(&node, &extrinsic);
	let anchored_at = node.block_number(&json!(included));
	let root = H256::repeat_byte(0xb7);
	let batch = RuntimeCall::Notary(pallet_notary::Call::anchor_batch {
		merkle_root: root,
		leaf_count: 3,
		schema: b"lode-files/1".to_vec(),
	});
	let extrinsic =
		signed_extrinsic(node.genesis(), batch, &alice.to_account_id(), &alice.pair(), 1);
	let (included, _) = submit_and_watch(&node, &extrinsic);
	let batch_at = node.block_number(&json!(included));
	node.wait_for(TIMEOUT, "a justified block past both anchors", |node| {
		let answer = node.try_rpc("notary_prove", json!([to_hex(hash.as_bytes())])).ok()?;
		(answer["blockNumber"].as_u64()? >= anchored_at.max(batch_at)).then_some(())
	});

	let (answer, proof) = prove(&node, hash);
	let verified = proof.verify(&hash, &trust).expect("the proof checks");
	let anchor = verified.anchor.expect("anchored");
	assert_eq!(anchor.anchored_by, <[u8; 32]>::from(alice.to_account_id()));
	assert_eq!(u64::from(anchor.block), anchored_at);
	assert_eq!(answer["anchored"], json!(true));
	assert_eq!(answer["blockHash"].as_str(), Some(to_hex(verified.block_hash.as_bytes()).as_str()));
	// The verifier's key and record layout are the runtime's.
	assert_eq!(
		lode_verifier::storage::anchor_key(&hash),
		pallet_notary::Anchors::<Runtime>::hashed_key_for(hash)
	);
	let record = from_hex(answer["record"].as_str().expect("a record"));
	let runtime_record =
		pallet_notary::AnchorOf::<Runtime>::decode(&mut &record[..]).expect("the runtime's type");
	assert_eq!(runtime_record.anchored_by, alice.to_account_id());
	assert_eq!(runtime_record.encode(), record);

	// The same file one byte different: not anchored, with a valid proof of absence.
	let mut other = file.clone();
	other[0] ^= 1;
	let absent = H256(sp_crypto_hashing::sha2_256(&other));
	let (answer, proof) = prove(&node, absent);
	assert_eq!(answer["anchored"], json!(false));
	assert_eq!(proof.verify(&absent, &trust).expect("the absence proof checks").anchor, None);

	// A node that lies: a forged record, a proof for another hash, or another chain's spec.
	let (_, honest) = prove(&node, hash);
	let mut forged = honest.clone();
	let mut record = forged.record.clone().expect("a record");
	record[40] ^= 1;
	forged.record = Some(record);
	assert_eq!(forged.verify(&hash, &trust), Err(Error::RecordMismatch));
	assert_eq!(honest.verify(&absent, &trust), Err(Error::RecordMismatch));
	let local = trust_from_spec("local");
	assert_ne!(local.genesis_hash, trust.genesis_hash);
	assert!(honest.verify(&hash, &local).is_err(), "another chain's spec does not verify it");

	// Bad input: a checkpoint that is no block, a batch question about an item.
	let unknown = node.try_rpc("notary_prove", json!([to_hex(hash.as_bytes()), to_hex(&[7; 32])]));
	assert!(unknown.unwrap_err().contains("not a known block"));
	let item = node.try_rpc("notary_proveInBatch", json!([to_hex(hash.as_bytes()), 0]));
	assert!(item.unwrap_err().contains("not a batch"));
	let past = node.try_rpc("notary_proveInBatch", json!([to_hex(root.as_bytes()), 3]));
	assert!(past.unwrap_err().contains("past the batch of 3 leaves"));
	let inside = node.rpc("notary_proveInBatch", json!([to_hex(root.as_bytes()), 2]));
	assert_eq!(inside["leafCount"], json!(3));
	let bytes = from_hex(inside["proof"].as_str().expect("a proof"));
	let proof = lode_verifier::NotaryProof::decode_bytes(&bytes).expect("decodes");
	let batch = proof.verify(&root, &trust).expect("verifies").anchor.expect("anchored");
	assert!(matches!(batch.content, lode_verifier::Content::Batch { leaf_count: 3, .. }));

	// The OpenRPC document lists exactly the node's custom methods.
	let served = node.rpc("rpc_methods", json!([]));
	let custom: Vec<String> = served["methods"]
		.as_array()
		.expect("a method list")
		.iter()
		.filter_map(|method| method.as_str())
		.filter(|method| !STANDARD_PREFIXES.iter().any(|prefix| method.starts_with(prefix)))
		.map(str::to_owned)
		.collect();
	let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/openrpc.json");
	let document: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(path).expect("docs/openrpc.json"))
			.expect("OpenRPC JSON");
	let documented: Vec<String> = document["methods"]
		.as_array()
		.expect("methods")
		.iter()
		.map(|method| method["name"].as_str().expect("a name").to_owned())
		.collect();
	let mut served_sorted = custom.clone();
	served_sorted.sort();
	let mut documented_sorted = documented.clone();
	documented_sorted.sort();
	assert_eq!(served_sorted, documented_sorted, "docs/openrpc.json and rpc_methods differ");
	node.stop();
}

/// Method prefixes of Substrate's standard RPC (what docs/openrpc.json does not document).
const STANDARD_PREFIXES: [&str; 17] = [
	"account_",
	"author_",
	"bitswap_",
	"chain_",
	"chainHead_",
	"chainSpec_",
	"childstate_",
	"archive_",
	"offchain_",
	"payment_",
	"rpc_",
	"state_",
	"system_",
	"transaction_",
	"transactionWatch_",
	"subscribe_",
	"unsubscribe_",
];
