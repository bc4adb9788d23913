//! Builds the wasm blob of the runtime. With `metadata-hash`, the blob carries the hash of its own
//! metadata so `CheckMetadataHash` can be verified by signers.

#[cfg(all(feature = "std", feature = "metadata-hash"))]
fn main() {
	substrate_wasm_builder::WasmBuilder::init_with_defaults()
		.enable_metadata_hash("LODE", 12)
		.build();
}

#[cfg(all(feature = "std", not(feature = "metadata-hash")))]
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}

/// The wasm builder is a build dependency of the `std` build only.
#[cfg(not(feature = "std"))]
fn main() {}
