// This file is part of Lode.
// SPDX-License-Identifier: Apache-2.0

//! Weight functions of the notary pallet.
//!
//! Lode's runtime uses the weights generated for it from `benchmarking.rs` by
//! `scripts/bench/weights` (`runtime/src/weights/pallet_notary.rs`). The `()` implementation
//! below serves the pallet's own tests: rough estimates by storage access (not benchmark
//! results).

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// Weight functions needed for `pallet_notary`.
pub trait WeightInfo {
	/// `anchor` with a memo of `m` bytes.
	fn anchor(m: u32) -> Weight;
	/// `anchor_batch` with a schema name of `s` bytes.
	fn anchor_batch(s: u32) -> Weight;
	/// `revoke` with a reason of `r` bytes.
	fn revoke(r: u32) -> Weight;
}

// Test-only estimates, see the module docs.
impl WeightInfo for () {
	fn anchor(m: u32) -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(Weight::from_parts(1_000, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(3, 4))
	}
	fn anchor_batch(s: u32) -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(Weight::from_parts(1_000, 0).saturating_mul(s.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(3, 3))
	}
	fn revoke(r: u32) -> Weight {
		Weight::from_parts(18_000_000, 3_600)
			.saturating_add(Weight::from_parts(1_000, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads_writes(2, 2))
	}
}
