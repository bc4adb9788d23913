//! Benchmarks of BABE's, GRANDPA's and the session keys' calls as Lode's runtime runs them.
//!
//! pallet-babe and pallet-grandpa ship weights estimated by hand (their `()` implementations),
//! priced on another database and another staking system; pallet-session's own benchmarks need
//! pallet-staking, which Lode does not have. The runtime benchmarks here instead
//! (`[pallet_consensus_benchmarking, ConsensusBench::<Runtime>]`): an equivocation report runs in
//! full, with a real historical key-ownership proof for one of `v` validators, two headers or
//! two votes signed with a key from the keystore, and the offence handed to Lode's validator set,
//! which slashes and chills the offender. Session keys are set and purged with keys generated in the
//! keystore and a real ownership proof. The generated [`WeightInfo`] reaches the pallets through
//! [`BabeWeights`], [`GrandpaWeights`] and [`SessionWeights`].
//!
//! Lode has no nominators (`MaxNominators` is 0 for both pallets), so the reports are measured
//! without any; the runtime's tests check that bound.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::*;

use core::marker::PhantomData;
use frame_support::weights::Weight;

/// The weights the benchmarks measure.
pub trait WeightInfo {
	/// A BABE equivocation report against one of `v` validators.
	fn report_babe_equivocation(v: u32) -> Weight;
	/// Root plans BABE's next epoch configuration.
	fn plan_config_change() -> Weight;
	/// A GRANDPA equivocation report against one of `v` voters.
	fn report_grandpa_equivocation(v: u32) -> Weight;
	/// Root notes that GRANDPA has stalled.
	fn note_stalled() -> Weight;
	/// An account replaces its session keys.
	fn set_keys() -> Weight;
	/// An account removes its session keys.
	fn purge_keys() -> Weight;
}

/// pallet-babe's weights from the benchmarked [`WeightInfo`] `W`.
pub struct BabeWeights<W>(PhantomData<W>);

impl<W: WeightInfo> pallet_babe::WeightInfo for BabeWeights<W> {
	fn plan_config_change() -> Weight {
		W::plan_config_change()
	}

	/// Measured without nominators, which Lode does not have.
	fn report_equivocation(validator_count: u32, _max_nominators_per_validator: u32) -> Weight {
		W::report_babe_equivocation(validator_count)
	}
}

/// pallet-grandpa's weights from the benchmarked [`WeightInfo`] `W`.
pub struct GrandpaWeights<W>(PhantomData<W>);

impl<W: WeightInfo> pallet_grandpa::WeightInfo for GrandpaWeights<W> {
	/// Measured without nominators, which Lode does not have.
	fn report_equivocation(validator_count: u32, _max_nominators_per_validator: u32) -> Weight {
		W::report_grandpa_equivocation(validator_count)
	}

	fn note_stalled() -> Weight {
		W::note_stalled()
	}
}

/// pallet-session's weights from the benchmarked [`WeightInfo`] `W`.
pub struct SessionWeights<W>(PhantomData<W>);

impl<W: WeightInfo> pallet_session::WeightInfo for SessionWeights<W> {
	fn set_keys() -> Weight {
		W::set_keys()
	}

	fn purge_keys() -> Weight {
		W::purge_keys()
	}
}
