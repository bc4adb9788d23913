//! # Lode proof of work
//!
//! - [`seal`]: the seal of a block and its check. A seal is a nonce such that
//!   `blake2_256(pre_hash ‖ nonce)`, read as a 256-bit big-endian number, times the difficulty
//!   does not overflow 2^256; that is, the hash is below `2^256 / difficulty`, which a miner
//!   finds after `difficulty` tries on average.
//! - [`LodePow`]: the [`sc_consensus_pow::PowAlgorithm`] that checks seals against the difficulty
//!   the runtime sets (`DifficultyApi`).
//! - [`miner`]: mining threads that search for nonces and submit sealed blocks.
//! - [`FinalityGuard`]: a block import that refuses any block whose chain does not contain the
//!   last finalized block, so that work can never override finality.

pub mod finality_guard;
pub mod miner;
pub mod seal;

pub use finality_guard::FinalityGuard;
pub use seal::{Difficulty, Seal};

use sc_consensus_pow::{Error, PowAlgorithm};
use sp_api::ProvideRuntimeApi;
use sp_consensus_pow::DifficultyApi;
use sp_runtime::{generic::BlockId, traits::Block as BlockT};
use std::{marker::PhantomData, sync::Arc};

/// Lode's proof-of-work algorithm, with the difficulty read from the runtime at the parent block.
pub struct LodePow<Block, Client> {
	client: Arc<Client>,
	_block: PhantomData<Block>,
}

impl<Block, Client> LodePow<Block, Client> {
	/// An algorithm reading difficulties through `client`.
	pub fn new(client: Arc<Client>) -> Self {
		Self { client, _block: PhantomData }
	}
}

impl<Block, Client> Clone for LodePow<Block, Client> {
	fn clone(&self) -> Self {
		Self::new(self.client.clone())
	}
}

impl<Block, Client> PowAlgorithm<Block> for LodePow<Block, Client>
where
	Block: BlockT,
	Client: ProvideRuntimeApi<Block>,
	Client::Api: DifficultyApi<Block, Difficulty>,
{
	type Difficulty = Difficulty;

	fn difficulty(&self, parent: Block::Hash) -> Result<Difficulty, Error<Block>> {
		// A runtime call on the parent's state: cheap, and correct by construction, so no
		// separate cache is kept.
		self.client.runtime_api().difficulty(parent).map_err(|error| {
			Error::Environment(format!("difficulty of the block after {parent:?}: {error}"))
		})
	}

	fn preliminary_verify(
		&self,
		pre_hash: &Block::Hash,
		seal: &sp_consensus_pow::Seal,
	) -> Result<Option<bool>, Error<Block>> {
		// Without the parent's state the difficulty is unknown, but a seal that does not even
		// meet the lowest difficulty can be thrown out before any further work.
		Ok(Some(seal::verify(pre_hash.as_ref(), seal, Difficulty::one())))
	}

	fn verify(
		&self,
		_parent: &BlockId<Block>,
		pre_hash: &Block::Hash,
		_pre_digest: Option<&[u8]>,
		seal: &sp_consensus_pow::Seal,
		difficulty: Difficulty,
	) -> Result<bool, Error<Block>> {
		Ok(seal::verify(pre_hash.as_ref(), seal, difficulty))
	}
}
