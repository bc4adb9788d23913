//! Finality outranks work: a block import that refuses blocks whose chain does not contain the
//! last finalized block.
//!
//! Proof-of-work fork choice follows the most total difficulty. Without this guard a heavier
//! fork that branched off below the finalized block would be offered to the client, which would
//! then fail the import deep inside ("not in finalized chain") or, worse, try to make it the best
//! chain. The guard answers earlier and plainly: such a block is refused, whatever its work.
//!
//! It sits between the PoW import (which checks the seal and decides fork choice by work) and
//! the GRANDPA import (which applies justifications and authority-set changes).

use sc_consensus::{BlockCheckParams, BlockImport, BlockImportParams, ImportResult};
use sp_blockchain::{HeaderBackend, HeaderMetadata};
use sp_consensus::Error as ConsensusError;
use sp_runtime::traits::{Block as BlockT, Header as HeaderT, NumberFor};
use std::sync::Arc;

/// Wraps block import `Inner` and refuses blocks that would leave the finalized chain.
pub struct FinalityGuard<Inner, Client> {
	inner: Inner,
	client: Arc<Client>,
}

impl<Inner: Clone, Client> Clone for FinalityGuard<Inner, Client> {
	fn clone(&self) -> Self {
		Self { inner: self.inner.clone(), client: self.client.clone() }
	}
}

impl<Inner, Client> FinalityGuard<Inner, Client> {
	/// Guards `inner`, reading the finalized block from `client`.
	pub fn new(inner: Inner, client: Arc<Client>) -> Self {
		Self { inner, client }
	}
}

/// Why a block was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal<Number> {
	/// The block is at or below the finalized height but is not the finalized chain's block.
	BelowFinalized { number: Number, finalized: Number },
	/// The block's parent is on a fork that branched off below the finalized block.
	ForkBeforeFinalized { number: Number, finalized: Number },
}

impl<Number: std::fmt::Display> std::fmt::Display for Refusal<Number> {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Self::BelowFinalized { number, finalized } => {
				write!(f, "block #{number} is not on the finalized chain (finalized: #{finalized})")
			},
			Self::ForkBeforeFinalized { number, finalized } => write!(
				f,
				"block #{number} is on a fork that does not contain finalized block #{finalized}"
			),
		}
	}
}

/// Checks that a block with `hash`, `number` and `parent` would extend the chain containing the
/// client's last finalized block. Unknown parents pass: the client itself rejects those.
pub fn check<Block, Client>(
	client: &Client,
	hash: Block::Hash,
	number: NumberFor<Block>,
	parent: Block::Hash,
) -> Result<(), Refusal<NumberFor<Block>>>
where
	Block: BlockT,
	Client: HeaderBackend<Block> + HeaderMetadata<Block, Error = sp_blockchain::Error>,
{
	let info = client.info();
	let finalized = info.finalized_number;
	if number <= finalized {
		// Re-importing a block of the finalized chain is harmless; anything else at that height
		// would revert finality.
		return match client.hash(number) {
			Ok(Some(canonical)) if canonical == hash => Ok(()),
			_ => Err(Refusal::BelowFinalized { number, finalized }),
		};
	}
	if parent == info.finalized_hash {
		return Ok(());
	}
	match sp_blockchain::lowest_common_ancestor(client, parent, info.finalized_hash) {
		Ok(ancestor) if ancestor.hash == info.finalized_hash => Ok(()),
		Ok(_) => Err(Refusal::ForkBeforeFinalized { number, finalized }),
		Err(_) => Ok(()),
	}
}

#[async_trait::async_trait]
impl<Block, Inner, Client> BlockImport<Block> for FinalityGuard<Inner, Client>
where
	Block: BlockT,
	Inner: BlockImport<Block> + Send + Sync,
	Inner::Error: Into<ConsensusError>,
	Client: HeaderBackend<Block> + HeaderMetadata<Block, Error = sp_blockchain::Error>,
	Client: Send + Sync,
{
	type Error = ConsensusError;

	async fn check_block(
		&self,
		block: BlockCheckParams<Block>,
	) -> Result<ImportResult, Self::Error> {
		self.inner.check_block(block).await.map_err(Into::into)
	}

	async fn import_block(
		&self,
		block: BlockImportParams<Block>,
	) -> Result<ImportResult, Self::Error> {
		let hash = block.post_hash();
		let number = *block.header.number();
		let parent = *block.header.parent_hash();
		if let Err(refusal) = check(&*self.client, hash, number, parent) {
			log::warn!(target: "lode-pow", "refusing block {hash:?}: {refusal}");
			return Err(ConsensusError::ClientImport(refusal.to_string()));
		}
		self.inner.import_block(block).await.map_err(Into::into)
	}
}
