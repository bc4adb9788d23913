//! Weights of the block-reward pallet.
//!
//! The runtime uses the weights generated for it by the benchmarks in `benchmarking.rs`
//! (`runtime/src/weights/`); `()` below is for tests, where weight does not matter.

use frame_support::weights::Weight;

/// Weight functions needed by the block-reward pallet.
pub trait WeightInfo {
	/// Paying the block author in `on_finalize`: reading the digest and minting the reward.
	fn on_finalize() -> Weight;
}

impl WeightInfo for () {
	fn on_finalize() -> Weight {
		Weight::zero()
	}
}
