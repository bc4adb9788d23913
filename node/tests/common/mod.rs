//! Helpers for tests that run the built `lode-node`: start it on free local ports, talk JSON-RPC
//! to it over HTTP, stop it.

#![allow(dead_code)]

use lode_runtime::{AccountId, Nonce, RuntimeCall, VERSION};
use serde_json::{json, Value};
use sp_core::{sr25519, H256};
use std::{
	io::{BufRead, BufReader, Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Stdio},
	sync::{Arc, Mutex},
	thread,
	time::{Duration, Instant},
};

/// Tests that run networks take turns: several proof-of-work chains mining at once on a small
/// machine would slow each other down past their timeouts.
static ONE_NETWORK_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Holds the machine for one network test; released when dropped.
pub fn exclusive() -> std::sync::MutexGuard<'static, ()> {
	ONE_NETWORK_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A fixed node key: the 32-byte secret `index + 1`. The permissioned chain presets list the
/// peer ids of keys 0 to 3 (Alice to Dave).
pub fn node_key(index: usize) -> String {
	format!("{:064x}", index + 1)
}

/// The node binary cargo built for these tests.
pub fn node_binary() -> PathBuf {
	PathBuf::from(env!("CARGO_BIN_EXE_lode-node"))
}

/// A port nobody listens on right now.
pub fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0")
		.and_then(|listener| listener.local_addr())
		.map(|a| a.port())
		.expect("a free local port")
}

/// A running node; killed when dropped.
pub struct Node {
	child: Option<Child>,
	pub rpc_port: u16,
	pub p2p_port: u16,
	log: Arc<Mutex<Vec<String>>>,
}

impl Node {
	/// Starts `lode-node` with `args` plus free RPC and p2p ports, keeping its log.
	pub fn start(base_path: &Path, args: &[&str]) -> Node {
		Node::start_on(base_path, args, free_port())
	}

	/// Starts `lode-node` with `args`, listening for peers on `p2p_port` (so that a restarted
	/// node keeps its address) and for RPC on a free port.
	pub fn start_on(base_path: &Path, args: &[&str], p2p_port: u16) -> Node {
		let rpc_port = free_port();
		let mut child = Command::new(node_binary())
			.args(args)
			.arg("--base-path")
			.arg(base_path)
			.args(["--rpc-port", &rpc_port.to_string(), "--port", &p2p_port.to_string()])
			.args(["--no-prometheus", "--no-telemetry", "--no-mdns"])
			.stdout(Stdio::null())
			.stderr(Stdio::piped())
			.spawn()
			.expect("lode-node starts");
		let log = Arc::new(Mutex::new(Vec::new()));
		let stderr = child.stderr.take().expect("stderr is piped");
		let sink = log.clone();
		thread::spawn(move || {
			for line in BufReader::new(stderr).lines().map_while(Result::ok) {
				if let Ok(mut lines) = sink.lock() {
					lines.push(line);
				}
			}
		});
		let mut node = Node { child: Some(child), rpc_port, p2p_port, log };
		let start = Instant::now();
		while node.try_rpc("system_health", json!([])).is_err() {
			let exited = node.child.as_mut().and_then(|child| child.try_wait().ok().flatten());
			if let Some(status) = exited {
				panic!("lode-node exited ({status}) before answering RPC\n{}", node.log());
			}
			if start.elapsed() > Duration::from_secs(60) {
				panic!("lode-node did not answer RPC within a minute\n{}", node.log());
			}
			thread::sleep(Duration::from_millis(250));
		}
		node
	}

	/// A node this test did not start (scripts/net/start did), reached at `rpc_port`; dropping
	/// it leaves the node running.
	pub fn attach(rpc_port: u16, p2p_port: u16) -> Node {
		Node { child: None, rpc_port, p2p_port, log: Arc::new(Mutex::new(Vec::new())) }
	}

	/// The address other nodes reach this one at, with its peer id.
	pub fn multiaddr(&self) -> String {
		let peer_id = self.rpc("system_localPeerId", json!([]));
		format!("/ip4/127.0.0.1/tcp/{}/p2p/{}", self.p2p_port, peer_id.as_str().expect("a peer id"))
	}

	/// The hash of block `number` on this node's best chain, if it has one.
	pub fn block_hash(&self, number: u64) -> Option<String> {
		self.rpc("chain_getBlockHash", json!([number])).as_str().map(str::to_owned)
	}

	/// The hash of the last finalized block.
	pub fn finalized_hash(&self) -> String {
		self.rpc("chain_getFinalizedHead", json!([])).as_str().expect("a hash").to_owned()
	}

	/// The genesis hash.
	pub fn genesis(&self) -> H256 {
		let hash = self.block_hash(0).expect("a genesis block");
		H256::from_slice(&from_hex(&hash))
	}

	/// The node's log so far.
	pub fn log(&self) -> String {
		self.log.lock().map(|lines| lines.join("\n")).unwrap_or_default()
	}

	/// Calls `method` and returns its result, or the JSON-RPC error as text.
	pub fn try_rpc(&self, method: &str, params: Value) -> Result<Value, String> {
		let body =
			json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).to_string();
		let mut stream =
			TcpStream::connect(("127.0.0.1", self.rpc_port)).map_err(|e| e.to_string())?;
		stream.set_read_timeout(Some(Duration::from_secs(30))).map_err(|e| e.to_string())?;
		write!(
			stream,
			"POST / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
			self.rpc_port,
			body.len()
		)
		.map_err(|e| e.to_string())?;
		let mut response = String::new();
		stream.read_to_string(&mut response).map_err(|e| e.to_string())?;
		let json = response.split_once("\r\n\r\n").map(|(_, body)| body).unwrap_or_default();
		let reply: Value = serde_json::from_str(json).map_err(|e| format!("{e}: {response}"))?;
		match reply.get("error") {
			Some(error) => Err(error.to_string()),
			None => Ok(reply["result"].clone()),
		}
	}

	/// Calls `method`, failing the test on an error.
	pub fn rpc(&self, method: &str, params: Value) -> Value {
		self.try_rpc(method, params)
			.unwrap_or_else(|error| panic!("{method} failed: {error}\n{}", self.log()))
	}

	/// Polls `check` every half second until it returns `Some`, failing after `timeout`.
	pub fn wait_for<T>(
		&self,
		timeout: Duration,
		what: &str,
		check: impl Fn(&Node) -> Option<T>,
	) -> T {
		let start = Instant::now();
		loop {
			if let Some(value) = check(self) {
				return value;
			}
			if start.elapsed() > timeout {
				panic!(
					"timed out after {timeout:?} waiting for {what}\n--- node log ---\n{}",
					self.log()
				);
			}
			thread::sleep(Duration::from_millis(500));
		}
	}

	/// The number of the block with `hash`.
	pub fn block_number(&self, hash: &Value) -> u64 {
		let header = self.rpc("chain_getHeader", json!([hash]));
		parse_hex_number(&header["number"])
	}

	/// The number of the last finalized block.
	pub fn finalized_number(&self) -> u64 {
		let head = self.rpc("chain_getFinalizedHead", json!([]));
		self.block_number(&head)
	}

	/// The number of the best block.
	pub fn best_number(&self) -> u64 {
		let header = self.rpc("chain_getHeader", json!([]));
		parse_hex_number(&header["number"])
	}

	/// Waits until at least `number` blocks are finalized.
	pub fn wait_finalized(&self, number: u64, timeout: Duration) -> u64 {
		self.wait_for(timeout, &format!("block #{number} to be finalized"), |node| {
			let finalized = node.finalized_number();
			(finalized >= number).then_some(finalized)
		})
	}

	/// Stops the node the way an operator does (SIGINT) and waits for it to exit.
	pub fn stop(mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
			let start = Instant::now();
			while start.elapsed() < Duration::from_secs(60) {
				if let Ok(Some(_)) = child.try_wait() {
					return;
				}
				thread::sleep(Duration::from_millis(200));
			}
			let _ = child.kill();
			let _ = child.wait();
			panic!("the node did not stop within a minute of SIGINT");
		}
	}
}

impl Drop for Node {
	fn drop(&mut self) {
		if let Some(mut child) = self.child.take() {
			let _ = child.kill();
			let _ = child.wait();
		}
	}
}

/// Parses a JSON-RPC hex quantity such as `"0x1a"`.
pub fn parse_hex_number(value: &Value) -> u64 {
	let text = value.as_str().expect("a hex string");
	u64::from_str_radix(text.trim_start_matches("0x"), 16).expect("a hex number")
}

/// Decodes `0x`-prefixed hex.
pub fn from_hex(text: &str) -> Vec<u8> {
	hex::decode(text.trim_start_matches("0x")).expect("valid hex")
}

/// Encodes bytes as `0x`-prefixed hex.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// `call` as a signed, immortal extrinsic from `signer` with `nonce`, signed by `signing_key`,
/// for this build's runtime (`lode`'s own signing). A key that is not the signer's gives a
/// transaction with a bad signature.
pub fn signed_extrinsic(
	genesis: H256,
	call: RuntimeCall,
	signer: &AccountId,
	signing_key: &sr25519::Pair,
	nonce: Nonce,
) -> Vec<u8> {
	lode_client::tx::signed_extrinsic(
		call,
		signer,
		signing_key,
		nonce,
		genesis,
		VERSION.spec_version,
		VERSION.transaction_version,
	)
}

/// Submits `extrinsic` and waits for the best block that includes it; returns that block's hash
/// and the events the extrinsic emitted, failing the test if it failed (with the dispatch error).
pub fn submit_and_watch(
	node: &Node,
	extrinsic: &[u8],
) -> (String, Vec<lode_runtime::RuntimeEvent>) {
	use codec::Decode;
	let hex = to_hex(extrinsic);
	let from = node.best_number();
	node.rpc("author_submitExtrinsic", json!([hex]));
	let (hash, index) =
		node.wait_for(Duration::from_secs(300), "the extrinsic to be included", |node| {
			let best = node.best_number();
			(from..=best).find_map(|number| {
				let hash = node.block_hash(number)?;
				let block = node.rpc("chain_getBlock", json!([hash]));
				let extrinsics = block["block"]["extrinsics"].as_array()?.clone();
				let index = extrinsics.iter().position(|e| e.as_str() == Some(hex.as_str()))?;
				Some((hash, index as u32))
			})
		});
	let key = frame_support::storage::storage_prefix(b"System", b"Events");
	let raw = node.rpc("state_getStorage", json!([to_hex(&key), hash]));
	let records = Vec::<frame_system::EventRecord<lode_runtime::RuntimeEvent, H256>>::decode(
		&mut &from_hex(raw.as_str().expect("events"))[..],
	)
	.expect("events decode");
	let events: Vec<_> = records
		.into_iter()
		.filter(|record| record.phase == frame_system::Phase::ApplyExtrinsic(index))
		.map(|record| record.event)
		.collect();
	for event in &events {
		if let lode_runtime::RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
			dispatch_error,
			..
		}) = event
		{
			panic!("extrinsic {index} in block {hash} failed: {dispatch_error:?}\n{events:?}");
		}
	}
	(hash, events)
}

/// The trust a user derives from the raw chain spec `chain` alone.
pub fn trust_from_spec(chain: &str) -> lode_verifier::Trust {
	let output = Command::new(node_binary())
		.args(["build-spec", "--chain", chain, "--raw"])
		.output()
		.expect("build-spec runs");
	assert!(output.status.success(), "build-spec --chain {chain} --raw failed");
	let spec: Value = serde_json::from_slice(&output.stdout).expect("a JSON chain spec");
	let top = spec["genesis"]["raw"]["top"].as_object().expect("raw genesis storage");
	let entries = top
		.iter()
		.map(|(key, value)| (from_hex(key), from_hex(value.as_str().expect("a hex value"))))
		.collect();
	let (genesis_hash, authorities) =
		lode_verifier::genesis::genesis_of(entries).expect("the spec's genesis");
	lode_verifier::Trust::genesis(genesis_hash, authorities)
}

/// The node's `notary_prove` answer about `hash`, and its proof decoded.
pub fn prove(node: &Node, hash: H256) -> (Value, lode_verifier::NotaryProof) {
	let answer = node.rpc("notary_prove", json!([to_hex(hash.as_bytes())]));
	let bytes = from_hex(answer["proof"].as_str().expect("a proof"));
	(answer, lode_verifier::NotaryProof::decode_bytes(&bytes).expect("the proof decodes"))
}
