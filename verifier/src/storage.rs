//! Storage keys of the records a proof proves, and the check of a read proof against a state
//! root.

use crate::Error;
use alloc::vec::Vec;
use codec::Encode;
use sp_core::{Blake2Hasher, H256};
use sp_crypto_hashing::{blake2_128, twox_128, twox_64};
use sp_trie::{LayoutV1, StorageProof};

/// The key of `Notary::Anchors(hash)`: `twox128("Notary") ++ twox128("Anchors") ++
/// blake2_128(hash) ++ hash` (the map hashes its keys with `Blake2_128Concat`).
pub fn anchor_key(hash: &H256) -> Vec<u8> {
	let mut key = Vec::with_capacity(80);
	key.extend_from_slice(&twox_128(b"Notary"));
	key.extend_from_slice(&twox_128(b"Anchors"));
	key.extend_from_slice(&blake2_128(hash.as_bytes()));
	key.extend_from_slice(hash.as_bytes());
	key
}

/// The key of `System::BlockHash(0)`, the genesis hash every Lode state keeps
/// (`Twox64Concat` of the block number).
pub fn genesis_hash_key() -> Vec<u8> {
	let number = 0u32.encode();
	let mut key = Vec::with_capacity(52);
	key.extend_from_slice(&twox_128(b"System"));
	key.extend_from_slice(&twox_128(b"BlockHash"));
	key.extend_from_slice(&twox_64(&number));
	key.extend_from_slice(&number);
	key
}

/// Reads `key` from the state with root `root` through the proof's nodes: `Some(value)`,
/// `None` when the proof shows the key absent, an error when the nodes do not prove either.
pub fn read(nodes: &[Vec<u8>], root: &H256, key: &[u8]) -> Result<Option<Vec<u8>>, Error> {
	let db = StorageProof::new(nodes.iter().cloned()).into_memory_db::<Blake2Hasher>();
	sp_trie::read_trie_value::<LayoutV1<Blake2Hasher>, _>(&db, root, key, None, None)
		.map_err(|_| Error::StorageProofInvalid)
}
