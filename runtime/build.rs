//! Builds the wasm blob of the runtime. With `metadata-hash`, the blob carries the hash of its own
//! metadata so `CheckMetadataHash` can be verified by signers.
//!
//! The blob is the same, byte for byte, whatever the checkout's path, the target directory or the
//! builder's home directory, so the chain specs in `chain-specs/` (which contain it) can be checked
//! exactly and anyone can rebuild the published runtime (`scripts/reproducible-wasm` proves it).
//! Two things would otherwise carry the build's paths into the blob:
//!
//! - source paths in panic locations: `/lode` stands for this workspace, `/cargo` for the registry
//!   sources under `CARGO_HOME`, `/wbuild` for the wasm build's own directory, and `/rustc/<commit>`
//!   (the name they have in the precompiled library) for the standard library's sources, which
//!   rustc reads from the toolchain's `rust-src` under `RUSTUP_HOME` when it is installed;
//! - the crate hashes in symbol names: cargo derives `-C metadata` of a crate outside the building
//!   workspace from its absolute path, and Lode's crates lie outside the workspace the wasm builder
//!   generates. For Lode's own crates (and the blob crate) the value is replaced by one made of the
//!   crate's name and features. Crates from the registry keep cargo's value, which does not depend
//!   on any path.
//!
//! Both are done by this build script itself, started again as the wasm build's `RUSTC_WRAPPER`:
//! flags cargo does not see, so a build from another path does not rebuild every dependency.

/// Set in the wasm build's environment: this binary was started as the `RUSTC_WRAPPER`.
#[cfg(feature = "std")]
const WRAPPER_ROLE: &str = "LODE_WASM_RUSTC_WRAPPER";
/// The absolute path of this workspace, for the wrapper.
#[cfg(feature = "std")]
const WORKSPACE_ENV: &str = "LODE_WASM_WORKSPACE";
/// The path remaps the wrapper adds, one `--remap-path-prefix` value (`FROM=TO`) a line.
#[cfg(feature = "std")]
const REMAPS_ENV: &str = "LODE_WASM_REMAPS";
/// A `RUSTC_WRAPPER` the outer build already had (sccache, say): the wrapper runs rustc through it.
#[cfg(feature = "std")]
const OUTER_WRAPPER_ENV: &str = "LODE_WASM_OUTER_RUSTC_WRAPPER";

#[cfg(feature = "std")]
fn main() {
	if std::env::var_os(WRAPPER_ROLE).is_some() {
		wrapper::run();
	}
	build_wasm();
}

#[cfg(feature = "std")]
fn build_wasm() {
	use std::{env, path::PathBuf};

	let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
	let workspace = manifest_dir.parent().expect("the runtime lies in the workspace").to_path_buf();
	// OUT_DIR is `<target dir>/<profile>/build/<package>-<hash>/out`; the wasm builder works in
	// `<target dir>/<profile>/wbuild`.
	let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
	let wbuild =
		out_dir.ancestors().nth(3).expect("OUT_DIR lies in the target directory").join("wbuild");

	let mut remaps = vec![
		(workspace.clone(), "/lode".to_string()),
		(cargo_home(), "/cargo".to_string()),
		(wbuild, "/wbuild".to_string()),
	];
	remaps.extend(standard_library_sources());
	let remaps: Vec<String> =
		remaps.iter().map(|(from, to)| format!("{}={to}", from.display())).collect();

	let exe = env::current_exe().expect("this build script's path");
	if let Some(outer) = env::var_os("RUSTC_WRAPPER").filter(|outer| !outer.is_empty()) {
		env::set_var(OUTER_WRAPPER_ENV, outer);
	}
	env::set_var("RUSTC_WRAPPER", exe);
	env::set_var(WRAPPER_ROLE, "1");
	env::set_var(WORKSPACE_ENV, &workspace);
	env::set_var(REMAPS_ENV, remaps.join("\n"));
	// The wasm build uses this workspace's `Cargo.lock`, found through this hint: without it the
	// builder looks for one above the target directory and, finding none, resolves the
	// dependencies afresh.
	env::set_var("WASM_BUILD_WORKSPACE_HINT", &workspace);

	let builder = substrate_wasm_builder::WasmBuilder::new()
		.with_current_project()
		.import_memory()
		.export_heap_base();
	#[cfg(feature = "metadata-hash")]
	let builder = builder.enable_metadata_hash("LODE", 12);
	builder.build();
}

/// The toolchain's copy of the standard library's sources (`rust-src`), as the path rustc reads
/// them from (through a linked toolchain and the real one), each mapped to `/rustc/<commit>`.
#[cfg(feature = "std")]
fn standard_library_sources() -> Vec<(std::path::PathBuf, String)> {
	use std::{env, path::PathBuf, process::Command};
	let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
	let ask = |args: &[&str]| -> String {
		let output = Command::new(&rustc).args(args).output().expect("rustc runs");
		assert!(output.status.success(), "rustc {args:?} failed");
		String::from_utf8(output.stdout).expect("rustc prints UTF-8")
	};
	let version = ask(&["-vV"]);
	let commit = version
		.lines()
		.find_map(|line| line.strip_prefix("commit-hash: "))
		.expect("rustc -vV names its commit")
		.trim()
		.to_string();
	let sysroot = PathBuf::from(ask(&["--print", "sysroot"]).trim());
	let mut sources = vec![sysroot.join("lib/rustlib/src/rust")];
	if let Ok(real) = sysroot.canonicalize() {
		let real = real.join("lib/rustlib/src/rust");
		if !sources.contains(&real) {
			sources.push(real);
		}
	}
	sources.into_iter().map(|path| (path, format!("/rustc/{commit}"))).collect()
}

/// Where cargo keeps the registry's sources: `CARGO_HOME`, by default `~/.cargo`.
#[cfg(feature = "std")]
fn cargo_home() -> std::path::PathBuf {
	use std::{env, path::PathBuf};
	env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| {
		PathBuf::from(env::var_os("HOME").expect("HOME or CARGO_HOME is set")).join(".cargo")
	})
}

/// The wasm build's `RUSTC_WRAPPER`: runs rustc with the path remaps and, for Lode's crates, a
/// path-free `-C metadata`.
#[cfg(feature = "std")]
mod wrapper {
	use std::{env, ffi::OsString, os::unix::process::CommandExt, path::Path, process::Command};

	pub fn run() -> ! {
		let mut args: Vec<OsString> = env::args_os().skip(1).collect();
		if args.is_empty() {
			eprintln!("{}: started as RUSTC_WRAPPER without a compiler", super::WRAPPER_ROLE);
			std::process::exit(2);
		}
		// Compilations only: cargo also asks rustc for its version and target information.
		if args.iter().any(|arg| arg == "--crate-name") {
			let workspace = env::var_os(super::WORKSPACE_ENV).unwrap_or_default();
			if is_lode_crate(&args[1..], Path::new(&workspace)) {
				rewrite_metadata(&mut args[1..]);
			}
			let remaps = env::var(super::REMAPS_ENV).unwrap_or_default();
			for remap in remaps.lines().filter(|remap| !remap.is_empty()) {
				args.push(format!("--remap-path-prefix={remap}").into());
			}
		}
		let mut command = match env::var_os(super::OUTER_WRAPPER_ENV) {
			Some(outer) => {
				let mut command = Command::new(outer);
				command.args(&args);
				command
			},
			None => {
				let mut command = Command::new(&args[0]);
				command.args(&args[1..]);
				command
			},
		};
		let error = command.exec();
		eprintln!("{}: cannot run {:?}: {error}", super::WRAPPER_ROLE, args[0]);
		std::process::exit(1);
	}

	/// A crate whose root source file lies in this workspace, or is given relative to the wasm
	/// build's own workspace (the blob crate, its only member). Registry crates are absolute paths
	/// under `CARGO_HOME`.
	fn is_lode_crate(args: &[OsString], workspace: &Path) -> bool {
		args.iter().map(Path::new).any(|arg| {
			arg.extension().is_some_and(|extension| extension == "rs")
				&& (arg.is_relative()
					|| (!workspace.as_os_str().is_empty() && arg.starts_with(workspace)))
		})
	}

	/// Replaces cargo's `-C metadata=<hash of the path and more>` with one made of what does not
	/// depend on where the build runs: the crate's name, type and features.
	fn rewrite_metadata(args: &mut [OsString]) {
		let text = |arg: &OsString| arg.to_string_lossy().into_owned();
		let mut identity = Vec::new();
		for pair in args.windows(2) {
			let (flag, value) = (text(&pair[0]), text(&pair[1]));
			if matches!(flag.as_str(), "--crate-name" | "--crate-type" | "--cfg") {
				identity.push(format!("{flag} {value}"));
			}
		}
		let metadata = format!("metadata=lode:{}", identity.join(";"));
		let mut index = 0;
		while index < args.len() {
			let arg = text(&args[index]);
			if arg == "-C"
				&& index + 1 < args.len()
				&& text(&args[index + 1]).starts_with("metadata=")
			{
				args[index + 1] = metadata.clone().into();
				index += 2;
				continue;
			}
			if arg.starts_with("-Cmetadata=") {
				args[index] = format!("-C{metadata}").into();
			}
			index += 1;
		}
	}
}

/// The wasm builder is a build dependency of the `std` build only.
#[cfg(not(feature = "std"))]
fn main() {}
