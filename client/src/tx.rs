//! Signing a call, submitting it and following it to finality, then reading what it did.

use crate::{rpc::Node, spec::hex_bytes, Failure};
use codec::{Decode, Encode};
use indicatif::ProgressBar;
use jsonrpsee::rpc_params;
use lode_runtime::{
	AccountId, Runtime, RuntimeCall, RuntimeError, RuntimeEvent, SignedPayload, TxExtension,
	UncheckedExtrinsic,
};
use sp_core::{
	crypto::{Ss58Codec, DEV_PHRASE},
	sr25519, Pair, H256,
};
use sp_runtime::{generic::Era, DispatchError, MultiAddress, MultiSignature};
use std::time::Duration;

/// A signing key from a secret URI (`//Alice`, a mnemonic with a derivation path, a hex seed).
pub fn signer(suri: &str) -> Result<sr25519::Pair, Failure> {
	let suri = if suri.starts_with("//") { format!("{DEV_PHRASE}{suri}") } else { suri.to_owned() };
	sr25519::Pair::from_string(&suri, None)
		.map_err(|e| Failure::usage(format!("--suri is not a secret URI ({e:?})")))
}

/// The account of a signing key.
pub fn account_of(pair: &sr25519::Pair) -> AccountId {
	AccountId::from(pair.public())
}

/// The SS58 address of an account (prefix 42).
pub fn address(account: &AccountId) -> String {
	account.to_ss58check()
}

/// `call` as a signed, immortal extrinsic of `signer` with `nonce`, signed with `key` (a key
/// that is not the signer's gives a bad signature), for the chain with `genesis` and the runtime
/// of `spec_version` and `transaction_version`.
pub fn signed_extrinsic(
	call: RuntimeCall,
	signer: &AccountId,
	key: &sr25519::Pair,
	nonce: u32,
	genesis: H256,
	spec_version: u32,
	transaction_version: u32,
) -> Vec<u8> {
	let extension: TxExtension = (
		frame_system::AuthorizeCall::<Runtime>::new(),
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	);
	let implicit =
		((), (), spec_version, transaction_version, genesis, genesis, (), (), (), None, ());
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| key.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(signer.clone()),
		MultiSignature::Sr25519(signature),
		extension,
	)
	.encode()
}

/// `call` signed by `pair` with its next nonce, for the chain and runtime the node runs.
async fn signed(node: &Node, call: RuntimeCall, pair: &sr25519::Pair) -> Result<Vec<u8>, Failure> {
	let account = account_of(pair);
	let genesis = node.genesis_hash().await?;
	let (spec_version, transaction_version) = node.runtime_version().await?;
	let nonce = node.next_nonce(&address(&account)).await?;
	Ok(signed_extrinsic(call, &account, pair, nonce, genesis, spec_version, transaction_version))
}

/// What a finalized transaction did.
pub struct Outcome {
	/// The finalized block that holds it.
	pub block: H256,
	/// Its number.
	pub number: u32,
	/// The events it emitted, `ExtrinsicSuccess` last.
	pub events: Vec<RuntimeEvent>,
}

/// Signs `call` as `pair`, submits it and waits until it is finalized; fails with the dispatch
/// error's name (`notary.AlreadyAnchored`, …) when it fails, and when the node refuses or drops it.
pub async fn submit_finalized(
	node: &Node,
	call: RuntimeCall,
	pair: &sr25519::Pair,
) -> Result<Outcome, Failure> {
	let extrinsic = signed(node, call, pair).await?;
	let hex = format!("0x{}", hex::encode(&extrinsic));
	let mut subscription = node
		.subscribe(
			"author_submitAndWatchExtrinsic",
			rpc_params![hex.clone()],
			"author_unwatchExtrinsic",
		)
		.await?;
	let spinner = ProgressBar::new_spinner();
	spinner.enable_steady_tick(Duration::from_millis(200));
	spinner.set_message("submitted, waiting for a block");
	let block = loop {
		let status = subscription
			.next()
			.await
			.ok_or_else(|| Failure::check("the node closed the subscription before finality"))?
			.map_err(|e| Failure::check(format!("the node's answer is not a status: {e}")))?;
		if let Some(hash) = status.get("finalized").and_then(|hash| hash.as_str()) {
			break crate::spec::hash_from_hex(hash)?;
		}
		if status.get("inBlock").is_some() {
			spinner.set_message("in a block, waiting for finality");
		}
		for refused in ["dropped", "invalid", "usurped"] {
			if status == refused || status.get(refused).is_some() {
				spinner.finish_and_clear();
				return Err(Failure::check(format!(
					"the node {refused} the transaction: check the account's balance and nonce"
				)));
			}
		}
	};
	spinner.finish_and_clear();
	let (number, index) = find_extrinsic(node, block, &hex).await?;
	let events = events_of(node, block, index).await?;
	if let Some(error) = events.iter().find_map(|event| match event {
		RuntimeEvent::System(frame_system::Event::ExtrinsicFailed { dispatch_error, .. }) => {
			Some(*dispatch_error)
		},
		_ => None,
	}) {
		return Err(Failure::check(format!("the transaction failed: {}", error_name(error))));
	}
	Ok(Outcome { block, number, events })
}

/// The number of `block` and the index of the extrinsic `hex` in it.
async fn find_extrinsic(node: &Node, block: H256, hex: &str) -> Result<(u32, u32), Failure> {
	let body: serde_json::Value =
		node.call("chain_getBlock", rpc_params![format!("{block:?}")]).await?;
	let number = body["block"]["header"]["number"]
		.as_str()
		.and_then(|text| u32::from_str_radix(text.trim_start_matches("0x"), 16).ok())
		.ok_or_else(|| Failure::check("the node's block has no number"))?;
	let index = body["block"]["extrinsics"]
		.as_array()
		.and_then(|all| all.iter().position(|extrinsic| extrinsic.as_str() == Some(hex)))
		.ok_or_else(|| Failure::check("the finalized block does not hold the transaction"))?;
	Ok((number, index as u32))
}

/// The events the extrinsic at `index` of `block` emitted.
async fn events_of(node: &Node, block: H256, index: u32) -> Result<Vec<RuntimeEvent>, Failure> {
	let key =
		[sp_crypto_hashing::twox_128(b"System"), sp_crypto_hashing::twox_128(b"Events")].concat();
	let raw: Option<String> = node
		.call(
			"state_getStorage",
			rpc_params![format!("0x{}", hex::encode(key)), format!("{block:?}")],
		)
		.await?;
	let raw = hex_bytes(&raw.unwrap_or_default())?;
	let records = Vec::<frame_system::EventRecord<RuntimeEvent, H256>>::decode(&mut &raw[..])
		.map_err(|_| Failure::check("the block's events do not decode: is this a Lode node?"))?;
	Ok(records
		.into_iter()
		.filter(|record| record.phase == frame_system::Phase::ApplyExtrinsic(index))
		.map(|record| record.event)
		.collect())
}

/// A dispatch error by name: `Notary(AlreadyAnchored)`, `Token(FundsUnavailable)`, …
pub fn error_name(error: DispatchError) -> String {
	match RuntimeError::from_dispatch_error(error) {
		Some(error) => format!("{error:?}"),
		None => format!("{error:?}"),
	}
}
