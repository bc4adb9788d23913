//! The Merkle tree of a batch (schema `lode-files/1`), as `lode batch` builds it and the
//! notary anchors its root.
//!
//! - A leaf is `BLAKE2b-256(0x00 ‖ digest)`, `digest` the BLAKE2b-256 of one file; leaves are in
//!   the order of the files' relative paths.
//! - A node is `BLAKE2b-256(0x01 ‖ left ‖ right)`. At a level with an odd number of nodes the
//!   last one moves up unchanged (it is never paired with itself, so no two trees of different
//!   shapes share a root for the same leaf count).
//! - The root of one leaf is that leaf. The anchored leaf count fixes the tree's shape, so a
//!   path is checked against it.

use alloc::vec::Vec;
use sp_core::H256;
use sp_crypto_hashing::blake2_256;

/// The schema name of batches built this way.
pub const SCHEMA: &str = "lode-files/1";

/// The leaf of a file whose BLAKE2b-256 digest is `digest`.
pub fn leaf(digest: &H256) -> H256 {
	let mut bytes = [0u8; 33];
	bytes[1..].copy_from_slice(digest.as_bytes());
	H256(blake2_256(&bytes))
}

fn node(left: &H256, right: &H256) -> H256 {
	let mut bytes = [0u8; 65];
	bytes[0] = 1;
	bytes[1..33].copy_from_slice(left.as_bytes());
	bytes[33..].copy_from_slice(right.as_bytes());
	H256(blake2_256(&bytes))
}

fn next_level(level: &[H256]) -> Vec<H256> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[left, right] => node(left, right),
			[last] => *last,
			_ => H256::zero(),
		})
		.collect()
}

/// The root over `leaves`; `None` for no leaves.
pub fn root(leaves: &[H256]) -> Option<H256> {
	let mut level = leaves.to_vec();
	while level.len() > 1 {
		level = next_level(&level);
	}
	level.first().copied()
}

/// The siblings from the leaf at `index` up to the root (levels where it moves up unpaired
/// have none); `None` when `index` is past the leaves.
pub fn path(leaves: &[H256], index: usize) -> Option<Vec<H256>> {
	if index >= leaves.len() {
		return None;
	}
	let mut siblings = Vec::new();
	let mut level = leaves.to_vec();
	let mut position = index;
	while level.len() > 1 {
		let sibling = position ^ 1;
		if let Some(hash) = level.get(sibling) {
			siblings.push(*hash);
		}
		level = next_level(&level);
		position /= 2;
	}
	Some(siblings)
}

/// The root a leaf at `index` of a tree of `leaf_count` leaves leads to through `siblings`;
/// `None` when the index is past the tree or the siblings do not fit its shape.
pub fn root_from_path(leaf: H256, index: u32, leaf_count: u32, siblings: &[H256]) -> Option<H256> {
	if index >= leaf_count {
		return None;
	}
	let mut hash = leaf;
	let mut position = index;
	let mut count = leaf_count;
	let mut siblings = siblings.iter();
	while count > 1 {
		let unpaired = position.is_multiple_of(2) && position + 1 == count;
		if !unpaired {
			let sibling = siblings.next()?;
			hash = if position.is_multiple_of(2) {
				node(&hash, sibling)
			} else {
				node(sibling, &hash)
			};
		}
		position /= 2;
		count = count.div_ceil(2);
	}
	siblings.next().is_none().then_some(hash)
}
