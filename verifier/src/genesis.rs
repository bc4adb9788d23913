//! What a chain spec's genesis storage fixes: the genesis hash and the genesis GRANDPA set.
//!
//! The genesis block is the header over the genesis state's trie root (Lode's runtime states
//! `system_version` 1, so its state trie is of layout version 1), an empty extrinsics root and no
//! digest. The genesis authorities are the GRANDPA pallet's `Authorities` at genesis.

use crate::{grandpa::AuthorityList, header::Header, Error};
use alloc::vec::Vec;
use codec::DecodeAll;
use sp_core::{Blake2Hasher, H256};
use sp_crypto_hashing::twox_128;
use sp_trie::{LayoutV1, TrieConfiguration};

/// The key of `Grandpa::Authorities`.
pub fn authorities_key() -> Vec<u8> {
	let mut key = twox_128(b"Grandpa").to_vec();
	key.extend_from_slice(&twox_128(b"Authorities"));
	key
}

/// The genesis hash and GRANDPA authorities of the chain whose genesis storage is `top` (the
/// `genesis.raw.top` entries of a raw chain spec, keys and values as bytes).
pub fn genesis_of(top: Vec<(Vec<u8>, Vec<u8>)>) -> Result<(H256, AuthorityList), Error> {
	let key = authorities_key();
	let authorities = top
		.iter()
		.find(|(entry, _)| *entry == key)
		.and_then(|(_, value)| AuthorityList::decode_all(&mut &value[..]).ok())
		.filter(|authorities| !authorities.is_empty())
		.ok_or(Error::NoGenesisAuthorities)?;
	let state_root = LayoutV1::<Blake2Hasher>::trie_root(top);
	let extrinsics_root = LayoutV1::<Blake2Hasher>::trie_root(Vec::<(Vec<u8>, Vec<u8>)>::new());
	let genesis = Header {
		parent_hash: H256::zero(),
		number: 0,
		state_root,
		extrinsics_root,
		digest: Vec::new(),
	};
	Ok((genesis.hash(), authorities))
}
