// This file is part of Lode.
// SPDX-License-Identifier: Apache-2.0

//! Weight functions of the validator-set pallet.
//!
//! Lode's runtime uses the weights generated for it from `benchmarking.rs` by
//! `scripts/bench/weights` (`runtime/src/weights/pallet_validator_set.rs`). The `()`
//! implementation below serves the pallet's own tests: its numbers are rough, hand-counted
//! estimates (not benchmark results), kept non-zero so that `integrity_test` checks something.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_validator_set`.
pub trait WeightInfo {
	fn bond() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn candidate() -> Weight;
	fn chill() -> Weight;
	fn set_desired_validators() -> Weight;
	fn force_chill() -> Weight;
	/// Planning a session with `c` candidates (`SessionManager::new_session`).
	fn new_session(c: u32, ) -> Weight;
	/// Rewarding the `v` validators of the session that ends (`SessionManager::end_session`).
	fn end_session(v: u32, ) -> Weight;
	/// Starting a session and pruning the records past the report window.
	fn start_session() -> Weight;
	/// Slashing and chilling one offender (`OnOffenceHandler::on_offence`, per offender).
	fn slash() -> Weight;
}

// Test-only estimates, see the module docs.
impl WeightInfo for () {
	/// Storage: `ValidatorSet::Ledgers` (r:1 w:1), `ValidatorSet::TotalBonded` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1)
	fn bond() -> Weight {
		Weight::from_parts(40_000_000, 4_764)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `ValidatorSet::Ledgers` (r:1 w:1), `ValidatorSet::Candidates` (r:1 w:0),
	/// `ValidatorSet::CurrentSession` (r:1 w:0)
	fn unbond() -> Weight {
		Weight::from_parts(20_000_000, 3_800)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ValidatorSet::Ledgers` (r:1 w:1), `ValidatorSet::CurrentSession` (r:1 w:0),
	/// `ValidatorSet::Validators` (r:1 w:0), `ValidatorSet::QueuedValidators` (r:1 w:0),
	/// `ValidatorSet::LastServedSession` (r:1 w:1), `ValidatorSet::TotalBonded` (r:1 w:1),
	/// `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1)
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(50_000_000, 4_764)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `ValidatorSet::Candidates` (r:1 w:1), `ValidatorSet::CounterForCandidates` (r:1 w:1),
	/// `ValidatorSet::Ledgers` (r:1 w:0), `Session::NextKeys` (r:1 w:0)
	fn candidate() -> Weight {
		Weight::from_parts(20_000_000, 3_800)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `ValidatorSet::Candidates` (r:1 w:1), `ValidatorSet::CounterForCandidates` (r:1 w:1)
	fn chill() -> Weight {
		Weight::from_parts(15_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `ValidatorSet::DesiredValidators` (r:0 w:1)
	fn set_desired_validators() -> Weight {
		Weight::from_parts(6_000_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ValidatorSet::Candidates` (r:1 w:1), `ValidatorSet::CounterForCandidates` (r:1 w:1)
	fn force_chill() -> Weight {
		Weight::from_parts(15_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `ValidatorSet::Candidates` (r:c+1 w:0), `Session::NextKeys` (r:c w:0),
	/// `ValidatorSet::Ledgers` (r:c w:0), `ValidatorSet::DesiredValidators` (r:1 w:0),
	/// `ValidatorSet::Validators` (r:1 w:0), `ValidatorSet::QueuedValidators` (r:0 w:1)
	/// The range of component `c` is `[1, 1000]`.
	fn new_session(c: u32, ) -> Weight {
		Weight::from_parts(30_000_000, 3_500)
			.saturating_add(Weight::from_parts(12_000_000, 2_600).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `ValidatorSet::Validators` (r:1 w:0), `ValidatorSet::ForfeitedRewards` (r:1 w:1),
	/// `System::Account` (r:v w:v), `Balances::TotalIssuance` (r:1 w:1)
	/// The range of component `v` is `[1, 100]`.
	fn end_session(v: u32, ) -> Weight {
		Weight::from_parts(20_000_000, 3_500)
			.saturating_add(Weight::from_parts(25_000_000, 2_600).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(v.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(v.into())))
	}
	/// Storage: `ValidatorSet::CurrentSession` (r:0 w:1), `ValidatorSet::QueuedValidators` (r:1 w:1),
	/// `ValidatorSet::Validators` (r:1 w:1), `ValidatorSet::LastServedSession` (r:0 w:100),
	/// `Historical::StoredRange` (r:1 w:1), `Historical::HistoricalSessions` (r:0 w:1),
	/// `ValidatorSet::OffenceSlashes` (r:100 w:100)
	fn start_session() -> Weight {
		Weight::from_parts(400_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(103_u64))
			.saturating_add(RocksDbWeight::get().writes(205_u64))
	}
	/// Storage: `ValidatorSet::CurrentSession` (r:1 w:0), `ValidatorSet::OffenceSlashes` (r:1 w:1),
	/// `ValidatorSet::Ledgers` (r:1 w:1), `Balances::Holds` (r:1 w:1), `System::Account` (r:1 w:1),
	/// `ValidatorSet::TotalBonded` (r:1 w:1), `ValidatorSet::Validators` (r:1 w:0),
	/// `ValidatorSet::ForfeitedRewards` (r:1 w:1), `ValidatorSet::Candidates` (r:1 w:1)
	fn slash() -> Weight {
		Weight::from_parts(70_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
}
