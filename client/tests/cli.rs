//! `lode` against a running dev node, as a user runs it: anchor a file, verify it from the raw
//! chain spec alone, see a one-byte change reported as not anchored, batch a folder and verify
//! one of its files, and get exit status 2 with a one-line reason on bad input.
//!
//! The node binary is the workspace's `lode-node`, next to `lode` in the target directory
//! (`scripts/test` builds it first).

use std::{
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	path::{Path, PathBuf},
	process::{Child, Command, Output, Stdio},
	thread,
	time::{Duration, Instant},
};

fn lode() -> PathBuf {
	PathBuf::from(env!("CARGO_BIN_EXE_lode"))
}

fn node_binary() -> PathBuf {
	let path = lode().with_file_name("lode-node");
	assert!(path.exists(), "{} is missing: cargo build --release -p lode-node", path.display());
	path
}

fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap()
}

/// A dev node on free ports, killed when dropped.
struct DevNode {
	child: Child,
	url: String,
}

impl DevNode {
	fn start(base: &Path) -> Self {
		let (rpc, p2p) = (free_port(), free_port());
		let child = Command::new(node_binary())
			.args(["--dev", "--mining-threads", "1", "--base-path"])
			.arg(base)
			.args(["--rpc-port", &rpc.to_string(), "--port", &p2p.to_string()])
			.args(["--no-prometheus", "--no-telemetry", "--no-mdns"])
			.stdout(Stdio::null())
			.stderr(Stdio::null())
			.spawn()
			.expect("lode-node starts");
		let started = Instant::now();
		while TcpStream::connect(("127.0.0.1", rpc)).is_err() {
			assert!(started.elapsed() < Duration::from_secs(120), "the node's RPC never opened");
			thread::sleep(Duration::from_millis(250));
		}
		Self { child, url: format!("ws://127.0.0.1:{rpc}") }
	}
}

impl DevNode {
	/// The genesis hash as the node itself says (`chain_getBlockHash(0)` over HTTP).
	fn genesis_hash(&self) -> String {
		let port = self.url.rsplit(':').next().expect("a port");
		let body = r#"{"jsonrpc":"2.0","id":1,"method":"chain_getBlockHash","params":[0]}"#;
		let mut stream = TcpStream::connect(format!("127.0.0.1:{port}")).expect("the RPC port");
		write!(
			stream,
			"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
			 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
			body.len()
		)
		.expect("a request");
		let mut response = String::new();
		stream.read_to_string(&mut response).expect("a response");
		let json = response.split_once("\r\n\r\n").map(|(_, body)| body).unwrap_or_default();
		let reply: serde_json::Value = serde_json::from_str(json).expect("JSON");
		reply["result"].as_str().expect("a hash").to_owned()
	}
}

impl Drop for DevNode {
	fn drop(&mut self) {
		let _ = self.child.kill();
		let _ = self.child.wait();
	}
}

fn run(args: &[&str]) -> Output {
	Command::new(lode()).args(args).output().expect("lode runs")
}

fn text(output: &Output) -> String {
	format!(
		"status {:?}\nstdout: {}\nstderr: {}",
		output.status.code(),
		String::from_utf8_lossy(&output.stdout),
		String::from_utf8_lossy(&output.stderr)
	)
}

fn path(p: &Path) -> &str {
	p.to_str().expect("a UTF-8 path")
}

#[test]
fn anchor_then_verify_from_the_chain_spec_batch_and_bad_input() {
	let dir = tempfile::tempdir().expect("a temporary directory");
	let node = DevNode::start(&dir.path().join("node"));
	let spec = dir.path().join("dev.json");
	let built = Command::new(node_binary())
		.args(["build-spec", "--chain", "dev", "--raw"])
		.output()
		.expect("build-spec runs");
	assert!(built.status.success());
	std::fs::write(&spec, built.stdout).unwrap();

	// A file of 3 MiB, anchored with SHA-256 and a memo.
	let file = dir.path().join("assay.bin");
	let content: Vec<u8> = (0..3 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
	std::fs::write(&file, &content).unwrap();
	let anchored = run(&[
		"anchor",
		path(&file),
		"--suri",
		"//Alice",
		"--url",
		&node.url,
		"--algorithm",
		"sha256",
		"--memo",
		"assay 61.2 % Sn",
		"--json",
	]);
	assert!(anchored.status.success(), "{}", text(&anchored));
	let report: serde_json::Value = serde_json::from_slice(&anchored.stdout).unwrap();
	assert_eq!(report["anchoredBy"], "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY");

	// Verified from the spec alone.
	let verified = run(&[
		"verify",
		path(&file),
		"--chain-spec",
		path(&spec),
		"--url",
		&node.url,
		"--algorithm",
		"sha256",
	]);
	assert!(verified.status.success(), "{}", text(&verified));
	let out = String::from_utf8_lossy(&verified.stdout);
	assert!(out.contains("anchored by 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY"), "{out}");
	assert!(out.contains("memo: assay 61.2 % Sn") && out.contains("not revoked"), "{out}");
	let genesis = node.genesis_hash();
	assert!(out.contains(&format!("verified against {genesis}")), "{out}\n{genesis}");

	// Anchoring it again is refused with the first anchor named.
	let again = run(&[
		"anchor",
		path(&file),
		"--suri",
		"//Bob",
		"--url",
		&node.url,
		"--algorithm",
		"sha256",
	]);
	assert_eq!(again.status.code(), Some(1), "{}", text(&again));
	assert!(String::from_utf8_lossy(&again.stderr).contains("anchored already, by 5GrwvaEF"));

	// One byte different: not anchored, proven; exit status 1.
	let mut changed = content.clone();
	changed[12_345] ^= 1;
	let other = dir.path().join("assay-changed.bin");
	std::fs::write(&other, &changed).unwrap();
	let absent = run(&[
		"verify",
		path(&other),
		"--chain-spec",
		path(&spec),
		"--url",
		&node.url,
		"--algorithm",
		"sha256",
		"--json",
	]);
	assert_eq!(absent.status.code(), Some(1), "{}", text(&absent));
	let report: serde_json::Value = serde_json::from_slice(&absent.stdout).unwrap();
	assert_eq!(report["standing"], "not-anchored");
	assert!(report["verifiedAgainst"].as_str().unwrap().starts_with("0x"));

	// Against another chain's spec the node's proof fails.
	let local = dir.path().join("local.json");
	let built = Command::new(node_binary())
		.args(["build-spec", "--chain", "local", "--raw"])
		.output()
		.expect("build-spec runs");
	std::fs::write(&local, built.stdout).unwrap();
	let wrong = run(&[
		"verify",
		path(&file),
		"--chain-spec",
		path(&local),
		"--url",
		&node.url,
		"--algorithm",
		"sha256",
	]);
	assert_eq!(wrong.status.code(), Some(1), "{}", text(&wrong));
	assert!(String::from_utf8_lossy(&wrong.stderr).contains("proof fails"), "{}", text(&wrong));

	// A folder as a batch: root anchored, one file verified through its proof file.
	let folder = dir.path().join("assays");
	std::fs::create_dir_all(folder.join("2026")).unwrap();
	for (name, body) in [("a.txt", "first"), ("b.txt", "second"), ("2026/c.txt", "third")] {
		std::fs::write(folder.join(name), body).unwrap();
	}
	let batched = run(&["batch", path(&folder), "--suri", "//Alice", "--url", &node.url, "--json"]);
	assert!(batched.status.success(), "{}", text(&batched));
	let report: serde_json::Value = serde_json::from_slice(&batched.stdout).unwrap();
	assert_eq!(report["leafCount"], 3);
	let proofs = PathBuf::from(report["proofs"].as_str().unwrap());
	let proof = proofs.join("2026/c.txt.proof.json");
	let in_batch = run(&[
		"verify",
		path(&folder.join("2026/c.txt")),
		"--batch-proof",
		path(&proof),
		"--chain-spec",
		path(&spec),
		"--url",
		&node.url,
	]);
	assert!(in_batch.status.success(), "{}", text(&in_batch));
	assert!(String::from_utf8_lossy(&in_batch.stdout).contains("in batch 0x"));
	// Another file with that proof is refused.
	let mismatch = run(&[
		"verify",
		path(&folder.join("a.txt")),
		"--batch-proof",
		path(&proof),
		"--chain-spec",
		path(&spec),
		"--url",
		&node.url,
	]);
	assert_eq!(mismatch.status.code(), Some(1), "{}", text(&mismatch));

	// Bad input: exit status 2 and one line that says what to do.
	let missing = run(&[
		"verify",
		path(&dir.path().join("nope")),
		"--chain-spec",
		path(&spec),
		"--url",
		&node.url,
	]);
	assert_eq!(missing.status.code(), Some(2), "{}", text(&missing));
	let not_raw = dir.path().join("plain.json");
	std::fs::write(&not_raw, r#"{"name": "x", "genesis": {}}"#).unwrap();
	let plain = run(&["verify", path(&file), "--chain-spec", path(&not_raw), "--url", &node.url]);
	assert_eq!(plain.status.code(), Some(2), "{}", text(&plain));
	assert!(String::from_utf8_lossy(&plain.stderr).contains("--raw"), "{}", text(&plain));
	let nobody =
		run(&["verify", path(&file), "--chain-spec", path(&spec), "--url", "ws://127.0.0.1:1"]);
	assert_eq!(nobody.status.code(), Some(2), "{}", text(&nobody));
	assert_eq!(String::from_utf8_lossy(&nobody.stderr).lines().count(), 1, "{}", text(&nobody));
	let usage = run(&["anchor"]);
	assert_eq!(usage.status.code(), Some(2));

	// `lode bench prove` times answers about the anchored file and an absent hash.
	let anchored_hash = report_hash(&anchored.stdout);
	let hashes = dir.path().join("hashes.txt");
	std::fs::write(&hashes, format!("{anchored_hash}\n\n0x{}\n", "07".repeat(32))).unwrap();
	let bench = run(&[
		"bench",
		"prove",
		"--url",
		&node.url,
		"--concurrency",
		"4",
		"--requests",
		"200",
		"--warmup",
		"2",
		"--hashes-file",
		path(&hashes),
		"--json",
	]);
	assert!(bench.status.success(), "{}", text(&bench));
	let figures: serde_json::Value = serde_json::from_slice(&bench.stdout).unwrap();
	assert_eq!(figures["requests"], 200);
	assert_eq!(figures["anchored"], 100, "every other answer is about the anchored file");
	assert_eq!(figures["concurrency"], 4);
	let p50 = figures["p50Ms"].as_f64().unwrap();
	let p99 = figures["p99Ms"].as_f64().unwrap();
	assert!(p50 > 0.0 && p50 <= p99 && p99 <= figures["maxMs"].as_f64().unwrap(), "{figures}");
	let no_hashes = run(&["bench", "prove", "--url", &node.url]);
	assert_eq!(no_hashes.status.code(), Some(2), "{}", text(&no_hashes));
	assert!(String::from_utf8_lossy(&no_hashes.stderr).contains("--hash"), "{}", text(&no_hashes));
	let bad_hash = run(&["bench", "prove", "--url", &node.url, "--hash", "0x1234"]);
	assert_eq!(bad_hash.status.code(), Some(2), "{}", text(&bad_hash));
	drop(node);
}

/// The `hash` field of a `lode anchor --json` report.
fn report_hash(stdout: &[u8]) -> String {
	let report: serde_json::Value = serde_json::from_slice(stdout).expect("a JSON report");
	report["hash"].as_str().expect("a hash").to_owned()
}
