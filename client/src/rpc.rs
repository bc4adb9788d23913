//! Talking to a Lode node over WebSocket JSON-RPC (jsonrpsee's client).

use crate::{spec::hex_bytes, Failure};
use codec::{Decode, Encode};
use jsonrpsee::{
	core::{
		client::{ClientT, Subscription, SubscriptionClientT},
		params::ArrayParams,
	},
	rpc_params,
	ws_client::{WsClient, WsClientBuilder},
};
use lode_verifier::{AnchorRecord, H256};
use serde::{de::DeserializeOwned, Deserialize};
use serde_json::Value;
use std::time::Duration;

/// A connection to a node.
pub struct Node {
	client: WsClient,
	url: String,
}

/// The parts of a `notary_prove` answer the client uses.
#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProofAnswer {
	/// Whether the hash is anchored at the proven block.
	pub anchored: bool,
	/// The proven block's number.
	pub block_number: u32,
	/// The SCALE-encoded `NotaryProof`, hex.
	pub proof: String,
	/// A batch root's leaf count.
	pub leaf_count: Option<u32>,
}

fn hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

impl Node {
	/// Connects to the node at `url` (`ws://…` or `wss://…`).
	pub async fn connect(url: &str) -> Result<Self, Failure> {
		let client = WsClientBuilder::default()
			.request_timeout(Duration::from_secs(120))
			.max_response_size(64 * 1024 * 1024)
			.build(url)
			.await
			.map_err(|e| {
				Failure::usage(format!(
					"no node answers at {url} ({e}); start one (`lode-node --dev`) or pass --url"
				))
			})?;
		Ok(Self { client, url: url.to_owned() })
	}

	/// Calls `method`; a JSON-RPC error becomes a failed check that quotes the node.
	pub async fn call<T: DeserializeOwned>(
		&self,
		method: &str,
		params: ArrayParams,
	) -> Result<T, Failure> {
		self.client
			.request(method, params)
			.await
			.map_err(|e| Failure::check(format!("{method} at {}: {e}", self.url)))
	}

	/// Subscribes to `method`, with `unsubscribe` to end it.
	pub async fn subscribe(
		&self,
		method: &str,
		params: ArrayParams,
		unsubscribe: &str,
	) -> Result<Subscription<Value>, Failure> {
		self.client
			.subscribe(method, params, unsubscribe)
			.await
			.map_err(|e| Failure::check(format!("{method} at {}: {e}", self.url)))
	}

	/// The chain's genesis hash, as the node says.
	pub async fn genesis_hash(&self) -> Result<H256, Failure> {
		let hash: String = self.call("chain_getBlockHash", rpc_params![0]).await?;
		crate::spec::hash_from_hex(&hash)
	}

	/// The runtime's `(spec_version, transaction_version)`.
	pub async fn runtime_version(&self) -> Result<(u32, u32), Failure> {
		let version: Value = self.call("state_getRuntimeVersion", rpc_params![]).await?;
		let field = |name: &str| {
			version[name]
				.as_u64()
				.and_then(|value| u32::try_from(value).ok())
				.ok_or_else(|| Failure::check(format!("the node's runtime version lacks {name}")))
		};
		Ok((field("specVersion")?, field("transactionVersion")?))
	}

	/// The next nonce of the account with SS58 address `address`, pending transactions counted.
	pub async fn next_nonce(&self, address: &str) -> Result<u32, Failure> {
		self.call("system_accountNextIndex", rpc_params![address]).await
	}

	/// Calls the runtime API `method` with SCALE `data` at the best block.
	pub async fn state_call(&self, method: &str, data: &[u8]) -> Result<Vec<u8>, Failure> {
		let result: String = self.call("state_call", rpc_params![method, hex(data)]).await?;
		hex_bytes(&result)
	}

	/// The anchor of `hash` at the best block, as the node says (unproven: for messages).
	pub async fn anchor_of(&self, hash: &H256) -> Result<Option<AnchorRecord>, Failure> {
		let bytes = self.state_call("NotaryApi_anchor", &hash.encode()).await?;
		Option::<AnchorRecord>::decode(&mut &bytes[..])
			.map_err(|_| Failure::check("the node's notaryApi.anchor answer does not decode"))
	}

	/// `notary_prove(hash, from)`.
	pub async fn prove(&self, hash: &H256, from: Option<H256>) -> Result<ProofAnswer, Failure> {
		let from = from.map(|hash| hex(hash.as_bytes()));
		self.call("notary_prove", rpc_params![hex(hash.as_bytes()), from]).await
	}

	/// `notary_proveInBatch(root, index, from)`.
	pub async fn prove_in_batch(
		&self,
		root: &H256,
		index: u32,
		from: Option<H256>,
	) -> Result<ProofAnswer, Failure> {
		let from = from.map(|hash| hex(hash.as_bytes()));
		self.call("notary_proveInBatch", rpc_params![hex(root.as_bytes()), index, from]).await
	}
}
