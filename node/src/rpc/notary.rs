//! `notary_prove` and `notary_proveInBatch`: an answer about an anchor that carries its own
//! proof, so that a client checks it against the chain spec and trusts no node.
//!
//! The answer is for F, the latest block GRANDPA finalized with a justification this node holds
//! (GRANDPA keeps the latest one, whatever the justification period): F's header and
//! justification, every authority-set change from the client's starting point (genesis, or a
//! checkpoint block it names) to F's set, each with the justification by the set it ends, and a
//! storage read proof at F of the anchor's key and of `System::BlockHash(0)`. The `proof` field
//! is all of it as one SCALE-encoded `lode_verifier::NotaryProof`; the other fields are its
//! parts, hex-encoded, for clients that decode them with their own types (Polkadot.js does).
//!
//! Every answer at the same F from the same starting point shares F's header, justification and
//! set changes: the node builds them once per F (and starting point) and only the read proof per
//! question.

use codec::{Decode, Encode};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorObjectOwned, ErrorObject},
};
use lode_runtime::opaque::Block;
use lode_verifier::{
	storage::{anchor_key, genesis_hash_key},
	AnchorRecord, Content, NotaryProof, SetChange,
};
use sc_client_api::{AuxStore, BlockBackend, ProofProvider, StorageProvider};
use sc_consensus_grandpa::{
	best_justification, find_forced_change, find_scheduled_change, SharedAuthoritySet,
	GRANDPA_ENGINE_ID,
};
use serde::Serialize;
use sp_blockchain::HeaderBackend;
use sp_core::{storage::StorageKey, Bytes, H256};
use sp_runtime::traits::{Block as BlockT, NumberFor};
use std::{
	marker::PhantomData,
	sync::{Arc, Mutex},
};

/// No block has a justification yet: finality has not started.
const NO_FINALITY: i32 = 7001;
/// The checkpoint is not a block of the finalized chain.
const BAD_CHECKPOINT: i32 = 7002;
/// The node lacks data a proof needs (pruned state, a missing justification).
const MISSING_DATA: i32 = 7003;
/// The root is not a batch, or the leaf is outside it.
const NOT_IN_BATCH: i32 = 7004;

fn error(code: i32, message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObject::owned(code, message.into(), None::<()>)
}

fn missing(what: impl std::fmt::Display) -> ErrorObjectOwned {
	error(MISSING_DATA, format!("this node cannot prove it: {what}"))
}

/// An anchor's proof and its parts.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnchorProof {
	/// The hash (or batch root) asked about.
	pub hash: H256,
	/// Whether it is anchored at F.
	pub anchored: bool,
	/// F's number.
	pub block_number: u32,
	/// F's hash.
	pub block_hash: H256,
	/// The whole proof, a SCALE-encoded `lode_verifier::NotaryProof`.
	pub proof: Bytes,
	/// F's header.
	pub header: Bytes,
	/// F's GRANDPA justification.
	pub justification: Bytes,
	/// The authority-set changes, each a SCALE-encoded `lode_verifier::SetChange`.
	pub set_changes: Vec<Bytes>,
	/// The storage key of the anchor.
	pub key: Bytes,
	/// The trie nodes of the read proof.
	pub storage_proof: Vec<Bytes>,
	/// The anchor record at F, SCALE-encoded as the runtime stores it.
	pub record: Option<Bytes>,
	/// For a batch root: its leaf count.
	pub leaf_count: Option<u32>,
}

/// The notary's proving RPC methods. They answer on the RPC server's own threads rather than
/// its blocking pool (as the SDK's storage reads do): an answer reads two storage keys, the rest
/// is built once per finalized block, and a hop to another thread cost more than the work.
#[rpc(server, namespace = "notary")]
pub trait NotaryApi {
	/// A self-checking answer about `hash` at the latest finalized block, with the set changes
	/// from `from` (a finalized block the client trusts; genesis when absent).
	#[method(name = "prove")]
	fn prove(&self, hash: H256, from: Option<H256>) -> RpcResult<AnchorProof>;

	/// As `prove`, for a batch root, refusing a `leaf_index` at or past its leaf count.
	#[method(name = "proveInBatch")]
	fn prove_in_batch(
		&self,
		root: H256,
		leaf_index: u32,
		from: Option<H256>,
	) -> RpcResult<AnchorProof>;
}

/// Serves the notary's proofs from a full node's database.
pub struct Notary<C> {
	client: Arc<C>,
	authority_set: SharedAuthoritySet<H256, NumberFor<Block>>,
	/// The shared part of the latest answers.
	finality: Mutex<Option<Arc<Finality>>>,
	_block: PhantomData<Block>,
}

/// What every answer at F from the same starting point shares.
struct Finality {
	/// The block the set changes start after.
	start: u32,
	/// F's number.
	number: u32,
	/// F's hash.
	block_hash: H256,
	/// F's header.
	header: BlockHeader,
	/// F's justification, SCALE-encoded.
	justification: Vec<u8>,
	/// The set changes from `start` to F's set.
	set_changes: Vec<SetChange>,
}

impl<C> Notary<C> {
	/// Proves from `client`'s database and `authority_set`'s history of changes.
	pub fn new(client: Arc<C>, authority_set: SharedAuthoritySet<H256, NumberFor<Block>>) -> Self {
		Self { client, authority_set, finality: Mutex::new(None), _block: PhantomData }
	}
}

type BlockHeader = <Block as BlockT>::Header;

/// What the notary's proofs read from a full node's client: headers, justifications, GRANDPA's
/// auxiliary data, state and read proofs.
pub trait ProofSource:
	HeaderBackend<Block>
	+ BlockBackend<Block>
	+ AuxStore
	+ ProofProvider<Block>
	+ StorageProvider<Block, sc_service::TFullBackend<Block>>
	+ Send
	+ Sync
	+ 'static
{
}

impl<C> ProofSource for C where
	C: HeaderBackend<Block>
		+ BlockBackend<Block>
		+ AuxStore
		+ ProofProvider<Block>
		+ StorageProvider<Block, sc_service::TFullBackend<Block>>
		+ Send
		+ Sync
		+ 'static
{
}

impl<C: ProofSource> Notary<C> {
	fn header(&self, hash: H256) -> Result<BlockHeader, ErrorObjectOwned> {
		self.client
			.header(hash)
			.map_err(missing)?
			.ok_or_else(|| missing(format!("no header {hash:?}")))
	}

	fn canonical(&self, number: u32) -> Result<BlockHeader, ErrorObjectOwned> {
		let hash = self
			.client
			.hash(number)
			.map_err(missing)?
			.ok_or_else(|| missing(format!("no block #{number}")))?;
		self.header(hash)
	}

	/// The block the set changes start after: genesis, or the client's checkpoint.
	fn start(&self, from: Option<H256>) -> Result<u32, ErrorObjectOwned> {
		let Some(from) = from else { return Ok(0) };
		let info = self.client.info();
		let number = self.client.number(from).map_err(missing)?.ok_or_else(|| {
			error(BAD_CHECKPOINT, format!("checkpoint {from:?} is not a known block"))
		})?;
		if number > info.finalized_number || self.client.hash(number).ok().flatten() != Some(from) {
			return Err(error(
				BAD_CHECKPOINT,
				format!("checkpoint {from:?} is not in the finalized chain"),
			));
		}
		Ok(number)
	}

	/// The set changes after block `start` and before block `before`: for each set, its last
	/// block with the justification by that set. A forced change ends the list (no set signed
	/// it): the header that forced it comes without a justification, for the client to see why.
	fn set_changes(&self, start: u32, before: u32) -> Result<Vec<SetChange>, ErrorObjectOwned> {
		let changes = self.authority_set.authority_set_changes();
		let ends = changes
			.iter_from(start)
			.ok_or_else(|| missing("the history of authority-set changes is incomplete"))?;
		let mut proven = Vec::new();
		for &(_, last) in ends {
			if last >= before {
				break;
			}
			let header = self.canonical(last)?;
			if find_scheduled_change::<Block>(&header).is_none() {
				let forced = self.forced_change_after(last, before)?.unwrap_or(header);
				proven.push(SetChange { header: convert(&forced)?, justification: None });
				break;
			}
			let justification = self
				.client
				.justifications(header.hash())
				.map_err(missing)?
				.and_then(|all| all.into_justification(GRANDPA_ENGINE_ID))
				.ok_or_else(|| missing(format!("no justification of set change #{last}")))?;
			proven.push(SetChange {
				header: convert(&header)?,
				justification: Some(decode(&justification)?),
			});
		}
		Ok(proven)
	}

	/// The first header after `after` and before `before` that forces a set change.
	fn forced_change_after(
		&self,
		after: u32,
		before: u32,
	) -> Result<Option<BlockHeader>, ErrorObjectOwned> {
		for number in after.saturating_add(1)..before {
			let header = self.canonical(number)?;
			if find_forced_change::<Block>(&header).is_some() {
				return Ok(Some(header));
			}
		}
		Ok(None)
	}

	/// F, the latest justified block, and what every answer at F from `start` shares: built
	/// once per F and starting point.
	fn finality(&self, start: u32) -> Result<Arc<Finality>, ErrorObjectOwned> {
		let justification = best_justification::<_, Block>(&*self.client)
			.map_err(missing)?
			.ok_or_else(|| error(NO_FINALITY, "no block is finalized yet: wait for finality"))?;
		let (number, block_hash) = justification.target();
		if number <= start {
			return Err(error(
				BAD_CHECKPOINT,
				format!(
					"checkpoint #{start} is not older than the latest justified block #{number}"
				),
			));
		}
		let mut latest = self.finality.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		if let Some(finality) = latest.as_ref() {
			if finality.block_hash == block_hash && finality.start == start {
				return Ok(finality.clone());
			}
		}
		let finality = Arc::new(Finality {
			start,
			number,
			block_hash,
			header: self.header(block_hash)?,
			justification: justification.encode(),
			set_changes: self.set_changes(start, number)?,
		});
		*latest = Some(finality.clone());
		Ok(finality)
	}

	fn prove_at_finalized(
		&self,
		hash: H256,
		from: Option<H256>,
	) -> Result<(AnchorProof, Option<AnchorRecord>), ErrorObjectOwned> {
		let start = self.start(from)?;
		let finality = self.finality(start)?;
		let (number, block_hash) = (finality.number, finality.block_hash);

		let key = anchor_key(&hash);
		let keys = [genesis_hash_key(), key.clone()];
		let storage_proof: Vec<Vec<u8>> = self
			.client
			.read_proof(block_hash, &mut keys.iter().map(|key| key.as_slice()))
			.map_err(|e| missing(format!("the state of #{number}: {e}")))?
			.into_iter_nodes()
			.collect();
		let record = self
			.client
			.storage(block_hash, &StorageKey(key.clone()))
			.map_err(|e| missing(format!("the state of #{number}: {e}")))?
			.map(|data| data.0);
		let decoded = record
			.as_ref()
			.map(|bytes| {
				AnchorRecord::decode(&mut &bytes[..])
					.map_err(|_| missing("the anchor record does not decode"))
			})
			.transpose()?;

		let proof = NotaryProof {
			set_changes: finality.set_changes.clone(),
			header: convert(&finality.header)?,
			justification: decode(&finality.justification)?,
			storage_proof,
			record: record.clone(),
		};
		let answer = AnchorProof {
			hash,
			anchored: record.is_some(),
			block_number: number,
			block_hash,
			proof: proof.encode().into(),
			header: finality.header.encode().into(),
			justification: finality.justification.clone().into(),
			set_changes: proof.set_changes.iter().map(|change| change.encode().into()).collect(),
			key: key.into(),
			storage_proof: proof.storage_proof.iter().cloned().map(Bytes).collect(),
			record: record.map(Bytes),
			leaf_count: None,
		};
		Ok((answer, decoded))
	}
}

/// A runtime header as the verifier's type (the same encoding).
fn convert(header: &BlockHeader) -> Result<lode_verifier::Header, ErrorObjectOwned> {
	decode(&header.encode())
}

fn decode<T: Decode>(bytes: &[u8]) -> Result<T, ErrorObjectOwned> {
	T::decode(&mut &bytes[..]).map_err(|_| missing("a header or justification does not decode"))
}

impl<C: ProofSource> NotaryApiServer for Notary<C> {
	fn prove(&self, hash: H256, from: Option<H256>) -> RpcResult<AnchorProof> {
		Ok(self.prove_at_finalized(hash, from)?.0)
	}

	fn prove_in_batch(
		&self,
		root: H256,
		leaf_index: u32,
		from: Option<H256>,
	) -> RpcResult<AnchorProof> {
		let (mut answer, record) = self.prove_at_finalized(root, from)?;
		match record.map(|record| record.content) {
			Some(Content::Batch { leaf_count, .. }) => {
				if leaf_index >= leaf_count {
					return Err(error(
						NOT_IN_BATCH,
						format!("leaf {leaf_index} is past the batch of {leaf_count} leaves"),
					));
				}
				answer.leaf_count = Some(leaf_count);
				Ok(answer)
			},
			Some(Content::Item { .. }) => {
				Err(error(NOT_IN_BATCH, format!("{root:?} is anchored as an item, not a batch")))
			},
			None => Ok(answer),
		}
	}
}
