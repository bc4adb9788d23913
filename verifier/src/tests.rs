//! The verifier against proofs built here the way a Lode node builds them: real ed25519 keys,
//! real headers, real tries. One valid proof passes; each tampering fails with its own error.

use crate::{
	grandpa::{Commit, Precommit, SignedPrecommit},
	header::{DigestItem, GrandpaSignal, ScheduledChange, GRANDPA_ENGINE_ID},
	merkle, storage, AnchorKind, AnchorRecord, AuthorityList, BatchPath, Content, Error,
	HashAlgorithm, Header, Justification, NotaryProof, SetChange, Subject, Trust, H256,
};
use codec::Encode;
use ed25519_zebra::{SigningKey, VerificationKey};
use sp_core::Blake2Hasher;
use sp_state_machine::{prove_read, TrieBackend};
use sp_trie::PrefixedMemoryDB;
use std::collections::BTreeMap;

const GENESIS: H256 = H256::repeat_byte(0x9e);

fn key(seed: u8) -> SigningKey {
	SigningKey::from([seed; 32])
}

fn public(key: &SigningKey) -> [u8; 32] {
	VerificationKey::from(key).into()
}

fn authorities(keys: &[SigningKey]) -> AuthorityList {
	keys.iter().map(|key| (public(key), 1)).collect()
}

/// The precommit for `target` by `signer` in `round` of `set_id`.
fn sign(signer: &SigningKey, target: &Header, round: u64, set_id: u64) -> SignedPrecommit {
	let precommit = Precommit { target_hash: target.hash(), target_number: target.number };
	let mut payload = vec![1u8];
	precommit.encode_to(&mut payload);
	(round, set_id).encode_to(&mut payload);
	SignedPrecommit { precommit, signature: signer.sign(&payload).into(), id: public(signer) }
}

/// A justification of `target` by `signers`, each voting for `target` itself.
fn justify(target: &Header, set_id: u64, signers: &[SigningKey]) -> Justification {
	Justification {
		round: 3,
		commit: Commit {
			target_hash: target.hash(),
			target_number: target.number,
			precommits: signers.iter().map(|signer| sign(signer, target, 3, set_id)).collect(),
		},
		votes_ancestries: Vec::new(),
	}
}

fn header(number: u32, state_root: H256, digest: Vec<DigestItem>) -> Header {
	Header {
		parent_hash: H256::repeat_byte(number as u8),
		number,
		state_root,
		extrinsics_root: H256::repeat_byte(0xee),
		digest,
	}
}

fn change_to(keys: &[SigningKey]) -> DigestItem {
	let signal = GrandpaSignal::ScheduledChange(ScheduledChange {
		next_authorities: authorities(keys),
		delay: 0,
	});
	DigestItem::Consensus(GRANDPA_ENGINE_ID, signal.encode())
}

fn record() -> AnchorRecord {
	AnchorRecord {
		content: Content::Item {
			algorithm: HashAlgorithm::Sha256,
			kind: AnchorKind::File,
			subject: Some(Subject::Lot(7)),
			memo: b"assay".to_vec(),
		},
		anchored_by: [4; 32],
		block: 11,
		moment: 1_760_000_000_000,
		deposit: 12_340_000_000,
		revocation: None,
	}
}

const ANCHORED: H256 = H256::repeat_byte(0xa1);

/// A state holding the genesis hash and, under `ANCHORED`, `value`; its root and a read proof
/// of `hash` and the genesis hash.
fn state(genesis: H256, value: &[u8], hash: &H256) -> (H256, Vec<Vec<u8>>) {
	state_with(genesis, &ANCHORED, value, hash)
}

/// As [`state`], with the record under `anchored`.
fn state_with(genesis: H256, anchored: &H256, value: &[u8], hash: &H256) -> (H256, Vec<Vec<u8>>) {
	let mut entries = BTreeMap::new();
	entries.insert(storage::genesis_hash_key(), genesis.encode());
	entries.insert(storage::anchor_key(anchored), value.to_vec());
	entries.insert(b"unrelated".to_vec(), vec![1; 40]);
	let backend: TrieBackend<PrefixedMemoryDB<Blake2Hasher>, Blake2Hasher> =
		(entries, sp_core::storage::StateVersion::V1).into();
	let root = *backend.root();
	let proof = prove_read(backend, [storage::genesis_hash_key(), storage::anchor_key(hash)])
		.expect("a read proof");
	(root, proof.into_iter_nodes().collect())
}

/// Genesis set {1, 2, 3, 4}; at #5 it hands over to {1, 2, 3, 5} (set 1), at #9 to
/// {2, 3, 5, 6} (set 2); block #12 is finalized by set 2 and holds the anchor.
struct Chain {
	trust: Trust,
	sets: [Vec<SigningKey>; 3],
	proof: NotaryProof,
}

fn chain_proving(hash: &H256) -> Chain {
	chain_proving_record(&ANCHORED, record().encode(), hash)
}

/// As [`chain_proving`], with `value` anchored under `anchored`.
fn chain_proving_record(anchored: &H256, value: Vec<u8>, hash: &H256) -> Chain {
	let sets = [
		vec![key(1), key(2), key(3), key(4)],
		vec![key(1), key(2), key(3), key(5)],
		vec![key(2), key(3), key(5), key(6)],
	];
	let first = header(5, H256::repeat_byte(5), vec![change_to(&sets[1])]);
	let second = header(9, H256::repeat_byte(9), vec![change_to(&sets[2])]);
	let (root, storage_proof) = state_with(GENESIS, anchored, &value, hash);
	let finalized = header(12, root, Vec::new());
	let recorded = (hash == anchored).then_some(value);
	let proof = NotaryProof {
		set_changes: vec![
			SetChange { justification: Some(justify(&first, 0, &sets[0])), header: first },
			SetChange { justification: Some(justify(&second, 1, &sets[1][..3])), header: second },
		],
		justification: justify(&finalized, 2, &sets[2]),
		header: finalized,
		storage_proof,
		record: recorded,
	};
	Chain { trust: Trust::genesis(GENESIS, authorities(&sets[0])), sets, proof }
}

#[test]
fn a_valid_proof_passes_and_yields_the_record() {
	let chain = chain_proving(&ANCHORED);
	let verified = chain.proof.verify(&ANCHORED, &chain.trust).expect("a valid proof");
	assert_eq!(verified.anchor, Some(record()));
	assert_eq!(verified.block_number, 12);
	assert_eq!(verified.block_hash, chain.proof.header.hash());
	assert_eq!(verified.set_id, 2);
	assert_eq!(verified.genesis_hash, GENESIS);
	// Its bytes round-trip, and trailing bytes are refused.
	let bytes = chain.proof.encode();
	assert_eq!(NotaryProof::decode_bytes(&bytes), Ok(chain.proof.clone()));
	let mut longer = bytes;
	longer.push(0);
	assert_eq!(NotaryProof::decode_bytes(&longer), Err(Error::Undecodable));
}

#[test]
fn an_absent_hash_has_a_proof_of_absence() {
	let absent = H256::repeat_byte(0x55);
	let chain = chain_proving(&absent);
	let verified = chain.proof.verify(&absent, &chain.trust).expect("a valid absence proof");
	assert_eq!(verified.anchor, None);
	// Claiming a record the state does not hold fails.
	let mut lying = chain.proof.clone();
	lying.record = Some(record().encode());
	assert_eq!(lying.verify(&absent, &chain.trust), Err(Error::RecordMismatch));
}

#[test]
fn a_tampered_record_fails() {
	let mut chain = chain_proving(&ANCHORED);
	let mut forged = record();
	forged.anchored_by = [9; 32];
	chain.proof.record = Some(forged.encode());
	assert_eq!(chain.proof.verify(&ANCHORED, &chain.trust), Err(Error::RecordMismatch));
}

#[test]
fn a_tampered_read_proof_node_fails() {
	let chain = chain_proving(&ANCHORED);
	let encoded_account = [4u8; 32];
	for index in 0..chain.proof.storage_proof.len() {
		let mut tampered = chain.proof.clone();
		let node = &mut tampered.storage_proof[index];
		// Flip the byte of the anchoring account if the node holds it, else the last byte.
		let at =
			node.windows(32).position(|window| window == encoded_account).unwrap_or(node.len() - 1);
		node[at] ^= 0xff;
		assert_eq!(
			tampered.verify(&ANCHORED, &chain.trust),
			Err(Error::StorageProofInvalid),
			"node {index} tampered"
		);
	}
	// Leaving a node out fails too.
	let mut short = chain.proof.clone();
	short.storage_proof.pop();
	assert_eq!(short.verify(&ANCHORED, &chain.trust), Err(Error::StorageProofInvalid));
}

#[test]
fn a_header_whose_state_root_differs_fails() {
	let mut chain = chain_proving(&ANCHORED);
	let (forged_root, forged_nodes) = {
		let mut forged = record();
		forged.anchored_by = [9; 32];
		state(GENESIS, &forged.encode(), &ANCHORED)
	};
	chain.proof.header.state_root = forged_root;
	chain.proof.storage_proof = forged_nodes;
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::JustificationForAnotherBlock { number: 12 })
	);
}

#[test]
fn a_justification_by_a_set_that_is_not_the_derived_one_fails() {
	let mut chain = chain_proving(&ANCHORED);
	let strangers = [key(7), key(8), key(9), key(10)];
	chain.proof.justification = justify(&chain.proof.header, 2, &strangers);
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::UnknownAuthority { set_id: 2, number: 12 })
	);
	// Nor does trusting another chain spec's authorities help the honest proof.
	let chain = chain_proving(&ANCHORED);
	let other = Trust::genesis(GENESIS, authorities(&strangers));
	assert_eq!(
		chain.proof.verify(&ANCHORED, &other),
		Err(Error::UnknownAuthority { set_id: 0, number: 5 })
	);
}

#[test]
fn a_justification_below_two_thirds_and_one_fails() {
	let mut chain = chain_proving(&ANCHORED);
	// Two of four weigh 2; the threshold is 4 − ⌊3 / 3⌋ = 3.
	chain.proof.justification = justify(&chain.proof.header, 2, &chain.sets[2][..2]);
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::NotEnoughVotes { number: 12, weight: 2, threshold: 3 })
	);
	// The same signer twice counts once.
	let twice = [chain.sets[2][0], chain.sets[2][0], chain.sets[2][1]];
	chain.proof.justification = justify(&chain.proof.header, 2, &twice);
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::NotEnoughVotes { number: 12, weight: 2, threshold: 3 })
	);
}

#[test]
fn a_signature_over_another_round_or_set_id_fails() {
	let mut chain = chain_proving(&ANCHORED);
	let finalized = chain.proof.header.clone();
	// Signed for round 4, presented as round 3.
	for signed in chain.proof.justification.commit.precommits.iter_mut() {
		*signed = sign(&chain.sets[2][0], &finalized, 4, 2);
		signed.id = public(&chain.sets[2][0]);
	}
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::BadSignature { set_id: 2, number: 12 })
	);
	// Signed for an older set id.
	let mut chain = chain_proving(&ANCHORED);
	chain.proof.justification = justify(&finalized, 1, &chain.sets[2]);
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::BadSignature { set_id: 2, number: 12 })
	);
}

#[test]
fn a_set_change_chain_with_a_gap_fails() {
	let mut chain = chain_proving(&ANCHORED);
	// Without the first change, the second is signed by set 1 where set 0 is expected; its
	// signers (1, 2, 3) are members of set 0 as well.
	chain.proof.set_changes.remove(0);
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::SetChangeGap { expected: 0, signed_for: 1 })
	);
	// A block in the chain that signals no change fails as such.
	let mut chain = chain_proving(&ANCHORED);
	let plain = header(7, H256::repeat_byte(7), Vec::new());
	let justification = justify(&plain, 1, &chain.sets[1]);
	chain
		.proof
		.set_changes
		.insert(1, SetChange { header: plain, justification: Some(justification) });
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::MissingSetChange { number: 7 })
	);
}

#[test]
fn changes_out_of_order_or_a_block_before_the_last_change_fail() {
	let mut chain = chain_proving(&ANCHORED);
	let first = chain.proof.set_changes[0].clone();
	chain.proof.set_changes.insert(1, first);
	assert_eq!(chain.proof.verify(&ANCHORED, &chain.trust), Err(Error::OutOfOrder { number: 5 }));
	// The proven block must come after the last change it relies on.
	let mut chain = chain_proving(&ANCHORED);
	chain.proof.header.number = 9;
	assert_eq!(chain.proof.verify(&ANCHORED, &chain.trust), Err(Error::OutOfOrder { number: 9 }));
}

#[test]
fn a_forced_change_stops_the_chain_of_trust_and_a_checkpoint_after_it_resumes() {
	let mut chain = chain_proving(&ANCHORED);
	let forced = GrandpaSignal::ForcedChange(
		3,
		ScheduledChange { next_authorities: authorities(&chain.sets[2]), delay: 0 },
	);
	chain.proof.set_changes[1].header.digest =
		vec![DigestItem::Consensus(GRANDPA_ENGINE_ID, forced.encode())];
	chain.proof.set_changes[1].justification = None;
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::ForcedChange { set_id: 1, number: 9 })
	);
	// From a checkpoint at the forced change (set 2 from #9), the rest verifies.
	let checkpoint = Trust {
		genesis_hash: GENESIS,
		set: crate::AuthoritySet { set_id: 2, authorities: authorities(&chain.sets[2]) },
		block: 9,
	};
	chain.proof.set_changes.clear();
	let verified =
		chain.proof.verify(&ANCHORED, &checkpoint).expect("verified from the checkpoint");
	assert_eq!(verified.set_id, 2);
	// A block older than the checkpoint is refused.
	let early = Trust { block: 13, ..checkpoint };
	assert_eq!(chain.proof.verify(&ANCHORED, &early), Err(Error::BeforeCheckpoint { number: 12 }));
}

#[test]
fn a_proof_from_another_chain_with_the_same_authorities_fails() {
	let chain = chain_proving(&ANCHORED);
	let other = Trust { genesis_hash: H256::repeat_byte(0x01), ..chain.trust.clone() };
	assert_eq!(chain.proof.verify(&ANCHORED, &other), Err(Error::WrongChain));
}

#[test]
fn precommits_for_descendants_count_through_their_ancestry_and_spare_headers_fail() {
	let mut chain = chain_proving(&ANCHORED);
	let finalized = chain.proof.header.clone();
	let child = Header {
		parent_hash: finalized.hash(),
		number: 13,
		..header(13, H256::repeat_byte(13), Vec::new())
	};
	let mut justification = justify(&finalized, 2, &chain.sets[2][..2]);
	justification.commit.precommits.push(sign(&chain.sets[2][2], &child, 3, 2));
	justification.votes_ancestries.push(child.clone());
	chain.proof.justification = justification.clone();
	chain.proof.verify(&ANCHORED, &chain.trust).expect("a vote for a descendant counts");

	let mut spare = justification.clone();
	spare.votes_ancestries.push(header(40, H256::zero(), Vec::new()));
	chain.proof.justification = spare;
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::UnusedAncestry { number: 12 })
	);

	let mut orphan = justification;
	orphan.votes_ancestries.clear();
	chain.proof.justification = orphan;
	assert_eq!(
		chain.proof.verify(&ANCHORED, &chain.trust),
		Err(Error::PrecommitNotDescendant { number: 12 })
	);
}

#[test]
fn the_header_encoding_and_hash_follow_substrate() {
	// A header with every digest kind round-trips and hashes its encoding.
	let digest = vec![
		DigestItem::PreRuntime(*b"pow_", vec![1, 2]),
		DigestItem::Consensus(GRANDPA_ENGINE_ID, vec![3]),
		DigestItem::Seal(*b"pow_", vec![4; 40]),
		DigestItem::Other(vec![5]),
		DigestItem::RuntimeEnvironmentUpdated,
	];
	let header = header(300, H256::repeat_byte(1), digest);
	let encoded = header.encode();
	// Compact 300 is 0xb1 0x04, after the 32-byte parent hash.
	assert_eq!(&encoded[32..34], &[0xb1, 0x04]);
	assert_eq!(header.hash(), H256(sp_crypto_hashing::blake2_256(&encoded)));
}

#[test]
fn every_leaf_of_a_batch_proves_its_way_to_the_root() {
	for count in 1..=17u32 {
		let digests: Vec<H256> = (0..count).map(|i| H256::repeat_byte(i as u8 + 1)).collect();
		let leaves: Vec<H256> = digests.iter().map(merkle::leaf).collect();
		let root = merkle::root(&leaves).expect("a root");
		for index in 0..count {
			let siblings = merkle::path(&leaves, index as usize).expect("a path");
			let path =
				BatchPath { digest: digests[index as usize], index, leaf_count: count, siblings };
			assert_eq!(path.root(), Ok(root), "leaf {index} of {count}");
		}
	}
	assert_eq!(merkle::root(&[]), None);
}

#[test]
fn a_batch_path_past_the_leaves_or_with_a_wrong_sibling_fails() {
	let leaves: Vec<H256> = (1..=5u8).map(|i| merkle::leaf(&H256::repeat_byte(i))).collect();
	let siblings = merkle::path(&leaves, 1).expect("a path");
	let path = BatchPath {
		digest: H256::repeat_byte(2),
		index: 5,
		leaf_count: 5,
		siblings: siblings.clone(),
	};
	assert_eq!(path.root(), Err(Error::LeafOutsideBatch { index: 5, leaf_count: 5 }));
	let mut wrong = siblings;
	wrong[0] = H256::repeat_byte(0x77);
	let path = BatchPath { digest: H256::repeat_byte(2), index: 1, leaf_count: 5, siblings: wrong };
	let root = merkle::root(&leaves).expect("a root");
	assert_ne!(path.root(), Ok(root));
	let short = BatchPath { siblings: Vec::new(), ..path };
	assert_eq!(short.root(), Err(Error::BatchPathInvalid));
}

#[test]
fn a_batch_path_verifies_against_the_anchored_batch_and_its_leaf_count() {
	let digests: Vec<H256> = (1..=5u8).map(H256::repeat_byte).collect();
	let leaves: Vec<H256> = digests.iter().map(merkle::leaf).collect();
	let root = merkle::root(&leaves).expect("a root");
	let batch = AnchorRecord {
		content: Content::Batch { leaf_count: 5, schema: merkle::SCHEMA.as_bytes().to_vec() },
		..record()
	};
	let chain = chain_proving_record(&root, batch.encode(), &root);
	let path = BatchPath {
		digest: digests[3],
		index: 3,
		leaf_count: 5,
		siblings: merkle::path(&leaves, 3).expect("a path"),
	};
	let verified = path.verify(&chain.proof, &chain.trust).expect("the file is in the batch");
	assert_eq!(verified.anchor, Some(batch.clone()));
	// A path that claims another leaf count than the anchored one fails.
	let bigger = BatchPath { leaf_count: 6, ..path.clone() };
	assert!(bigger.verify(&chain.proof, &chain.trust).is_err());
	// A root anchored as an item is no batch.
	let item = chain_proving_record(&root, record().encode(), &root);
	assert_eq!(path.verify(&item.proof, &item.trust), Err(Error::NotABatch));
}
