//! The seal of a Lode block: a nonce whose hash with the block's pre-hash meets the difficulty.

use codec::{Decode, Encode};
use sp_core::U256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Expected number of hashes to find a seal; the runtime sets it for each block.
pub type Difficulty = U256;

/// What a miner puts in the block's `Seal(POW_ENGINE_ID, ..)` digest, SCALE-encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Encode, Decode)]
pub struct Seal {
	/// The value the miner varied until the work hash met the difficulty.
	pub nonce: u64,
}

/// The work hash of `pre_hash` (the header hash without the seal) and `nonce`.
pub fn work_hash(pre_hash: &[u8], nonce: u64) -> [u8; 32] {
	let mut input = [0u8; 40];
	let (hash_part, nonce_part) = input.split_at_mut(32);
	let len = pre_hash.len().min(32);
	hash_part[..len].copy_from_slice(&pre_hash[..len]);
	nonce_part.copy_from_slice(&nonce.to_le_bytes());
	BlakeTwo256::hash(&input).0
}

/// Whether `hash` meets `difficulty`: `hash × difficulty < 2^256`. Difficulty zero is never met.
pub fn meets(hash: &[u8; 32], difficulty: Difficulty) -> bool {
	if difficulty.is_zero() {
		return false;
	}
	let (_, overflowed) = U256::from_big_endian(hash).overflowing_mul(difficulty);
	!overflowed
}

/// Whether `encoded_seal` is a well-formed seal for `pre_hash` at `difficulty`.
pub fn verify(pre_hash: &[u8], encoded_seal: &[u8], difficulty: Difficulty) -> bool {
	let Ok(seal) = Seal::decode(&mut &encoded_seal[..]) else { return false };
	meets(&work_hash(pre_hash, seal.nonce), difficulty)
}

/// Tries `count` nonces from `start` (wrapping) and returns the first that seals `pre_hash` at
/// `difficulty`.
pub fn search(pre_hash: &[u8], difficulty: Difficulty, start: u64, count: u64) -> Option<Seal> {
	(0..count)
		.map(|offset| start.wrapping_add(offset))
		.find(|nonce| meets(&work_hash(pre_hash, *nonce), difficulty))
		.map(|nonce| Seal { nonce })
}

#[cfg(test)]
mod tests {
	use super::*;

	const PRE_HASH: [u8; 32] = [7u8; 32];

	fn mine(pre_hash: &[u8], difficulty: u64) -> Seal {
		search(pre_hash, difficulty.into(), 0, 1_000_000).expect("a seal within a million tries")
	}

	#[test]
	fn a_found_seal_verifies() {
		let seal = mine(&PRE_HASH, 1_000);
		assert!(verify(&PRE_HASH, &seal.encode(), 1_000u64.into()));
	}

	#[test]
	fn a_wrong_nonce_fails() {
		let seal = mine(&PRE_HASH, 1_000);
		// The first nonce after the found one that does not meet the difficulty.
		let wrong = (1..)
			.map(|step| Seal { nonce: seal.nonce + step })
			.find(|candidate| !meets(&work_hash(&PRE_HASH, candidate.nonce), 1_000u64.into()))
			.expect("most nonces fail");
		assert!(!verify(&PRE_HASH, &wrong.encode(), 1_000u64.into()));
	}

	#[test]
	fn a_seal_for_another_pre_hash_fails() {
		let difficulty = 100_000u64;
		let seal = mine(&PRE_HASH, difficulty);
		let other = [8u8; 32];
		// The chance that one nonce meets difficulty 100k for both pre-hashes is 1e-5: check it
		// is indeed not one of those rare nonces, which would make the test meaningless.
		assert!(!meets(&work_hash(&other, seal.nonce), difficulty.into()));
		assert!(!verify(&other, &seal.encode(), difficulty.into()));
	}

	#[test]
	fn a_seal_below_a_higher_difficulty_fails() {
		let seal = mine(&PRE_HASH, 10);
		let hash = U256::from_big_endian(&work_hash(&PRE_HASH, seal.nonce));
		// The largest difficulty this hash meets is floor((2^256 - 1) / hash).
		let best = U256::MAX / hash;
		assert!(verify(&PRE_HASH, &seal.encode(), best));
		assert!(!verify(&PRE_HASH, &seal.encode(), best + 1));
	}

	#[test]
	fn a_malformed_seal_fails() {
		assert!(!verify(&PRE_HASH, &[1, 2, 3], 1u64.into()));
		assert!(!verify(&PRE_HASH, &[], 1u64.into()));
	}

	#[test]
	fn difficulty_zero_is_never_met_and_one_always_is() {
		let hash = work_hash(&PRE_HASH, 0);
		assert!(!meets(&hash, U256::zero()));
		assert!(meets(&hash, U256::one()));
		assert!(meets(&[0xff; 32], U256::one()));
		assert!(!meets(&[0xff; 32], U256::from(2)));
	}

	#[test]
	fn the_work_hash_commits_to_the_nonce_and_the_pre_hash() {
		assert_ne!(work_hash(&PRE_HASH, 1), work_hash(&PRE_HASH, 2));
		assert_ne!(work_hash(&PRE_HASH, 1), work_hash(&[9u8; 32], 1));
		assert_eq!(work_hash(&PRE_HASH, 1), work_hash(&PRE_HASH, 1));
	}

	#[test]
	fn search_finds_nothing_when_too_few_tries() {
		// Difficulty 2^64: no nonce among ten meets it, save a one-in-2^60 chance.
		assert_eq!(search(&PRE_HASH, U256::from(u64::MAX), 0, 10), None);
	}
}
