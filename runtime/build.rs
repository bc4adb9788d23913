//! Builds the wasm blob of the runtime. With `metadata-hash`, the blob carries the hash of its own
//! metadata so `CheckMetadataHash` can be verified by signers.
//!
//! The blob is built from the workspace as seen through one fixed path, `<target dir>/lode-src`, a
//! link to the checkout being built. Cargo derives the hashes of crates outside the building
//! workspace from their absolute path, and those hashes reach the blob (type ids); through the
//! link every checkout that shares a target directory builds the same blob, byte for byte, so
//! the chain specs in `chain-specs/` can be checked exactly.

#[cfg(feature = "std")]
fn main() {
	// Cargo remembers the files to watch by their path through the link, which may point at
	// another checkout by the next build: the scripts name the checkout (scripts/env.sh), and a
	// build from a different one rebuilds the wasm from its own sources.
	println!("cargo:rerun-if-env-changed=LODE_ROOT");
	let project = stable_workspace_path().join("runtime").join("Cargo.toml");
	let builder = substrate_wasm_builder::WasmBuilder::new()
		.with_project(project)
		.expect("the runtime's Cargo.toml, through the link")
		.import_memory()
		.export_heap_base();
	#[cfg(feature = "metadata-hash")]
	let builder = builder.enable_metadata_hash("LODE", 12);
	builder.build();
}

/// Points `<target dir>/lode-src` at this workspace and returns it; the wasm build reads the
/// workspace (its `Cargo.lock` and its crates) through it.
#[cfg(feature = "std")]
fn stable_workspace_path() -> std::path::PathBuf {
	use std::{env, fs, path::PathBuf};
	let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
	let workspace = manifest_dir.parent().expect("the runtime lies in the workspace");
	// OUT_DIR is `<target dir>/<profile>/build/<package>-<hash>/out`.
	let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo"));
	let target_dir = out_dir.ancestors().nth(4).expect("OUT_DIR lies in the target directory");
	let link = target_dir.join("lode-src");
	// Replace the link in one step: a build elsewhere never sees it missing.
	let fresh = target_dir.join(format!("lode-src.{}", std::process::id()));
	let _ = fs::remove_file(&fresh);
	std::os::unix::fs::symlink(workspace, &fresh).expect("a link in the target directory");
	fs::rename(&fresh, &link).expect("the link replaced");
	// The wasm builder finds the workspace (for its `Cargo.lock`) through this hint.
	env::set_var("WASM_BUILD_WORKSPACE_HINT", &link);
	link
}

/// The wasm builder is a build dependency of the `std` build only.
#[cfg(not(feature = "std"))]
fn main() {}
