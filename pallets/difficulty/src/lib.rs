//! # Difficulty
//!
//! Runtime-side proof-of-work difficulty for Lode's public chain.
//!
//! The node asks the runtime, through [`sp_consensus_pow::DifficultyApi`], which difficulty the
//! next block must meet; this pallet answers from [`CurrentDifficulty`] and retargets it once per
//! block, when the timestamp is set (the pallet is the runtime's `OnTimestampSet` in PoW mode).
//!
//! ## Retargeting
//! The pallet keeps the timestamps and difficulties of the last [`Config::AdjustmentWindow`]
//! blocks. From them it computes the time the window actually took and the time it should have
//! taken at [`Config::TargetBlockTime`], then:
//! - **damps** the observed span towards the expected one (`DampingFactor`), so one lucky or
//!   slow block, or a miner's skewed clock, moves the difficulty only a little;
//! - **clamps** the damped span to `[expected / ClampFactor, expected * ClampFactor]`, so the
//!   difficulty can change by at most that factor per block;
//! - sets the next difficulty to `average difficulty × expected / clamped`, never below
//!   [`Config::MinimumDifficulty`] (so never zero) and saturating instead of overflowing.
//!
//! Blocks that came too fast therefore make the next block harder, and slow ones make it easier.
//! The scheme follows the damped, clamped moving-average retarget used by Kulupu.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;

mod functions;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// The difficulty type of Lode's proof of work: expected number of hashes per block.
pub type Difficulty = sp_core::U256;

/// Timestamps as set by `pallet-timestamp`, in milliseconds since the Unix epoch.
pub type Moment = u64;

#[frame_support::pallet]
pub mod pallet {
	use super::{Difficulty, Moment};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::BlockNumberFor;

	/// One past block in the retargeting window.
	#[derive(
		Clone,
		Copy,
		Encode,
		Decode,
		DecodeWithMemTracking,
		Eq,
		PartialEq,
		Debug,
		TypeInfo,
		MaxEncodedLen,
	)]
	pub struct BlockSample {
		/// When the block was made (its timestamp, in milliseconds).
		pub timestamp: Moment,
		/// The difficulty the block was sealed against.
		pub difficulty: Difficulty,
	}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The block time the difficulty steers towards, in milliseconds.
		#[pallet::constant]
		type TargetBlockTime: Get<Moment>;

		/// How many past blocks are averaged when retargeting (at least 2).
		#[pallet::constant]
		type AdjustmentWindow: Get<u32>;

		/// How strongly the observed window span is pulled towards the expected span: the damped
		/// span is `(observed + (factor - 1) × expected) / factor`. 1 means no damping.
		#[pallet::constant]
		type DampingFactor: Get<u32>;

		/// The most the difficulty may change in one block, as a factor (at least 2).
		#[pallet::constant]
		type ClampFactor: Get<u32>;

		/// The difficulty never drops below this (at least 1).
		#[pallet::constant]
		type MinimumDifficulty: Get<Difficulty>;
	}

	/// The difficulty the next block must meet.
	#[pallet::storage]
	pub type CurrentDifficulty<T> = StorageValue<_, Difficulty, ValueQuery>;

	/// Timestamps and difficulties of the most recent blocks, oldest first, at most
	/// `AdjustmentWindow` of them.
	#[pallet::storage]
	pub type RecentBlocks<T: Config> =
		StorageValue<_, BoundedVec<BlockSample, T::AdjustmentWindow>, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The difficulty for the next block changed.
		DifficultyAdjusted {
			/// The difficulty the block that triggered the change was sealed against.
			previous: Difficulty,
			/// The difficulty the next block must meet.
			next: Difficulty,
		},
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Difficulty of the first block after genesis. Zero means `MinimumDifficulty`.
		pub initial_difficulty: Difficulty,
		#[serde(skip)]
		pub _config: PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			CurrentDifficulty::<T>::put(self.initial_difficulty.max(T::MinimumDifficulty::get()));
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::TargetBlockTime::get() > 0, "TargetBlockTime must be positive");
			assert!(T::AdjustmentWindow::get() >= 2, "AdjustmentWindow needs two blocks");
			assert!(T::DampingFactor::get() >= 1, "DampingFactor must be at least 1");
			assert!(T::ClampFactor::get() >= 2, "ClampFactor must be at least 2");
			assert!(!T::MinimumDifficulty::get().is_zero(), "MinimumDifficulty must be positive");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	impl<T: Config> Pallet<T> {
		/// The difficulty the next block must meet; what `DifficultyApi::difficulty` returns.
		pub fn difficulty() -> Difficulty {
			CurrentDifficulty::<T>::get()
		}
	}
}

impl<T: Config> frame_support::traits::OnTimestampSet<Moment> for Pallet<T> {
	fn on_timestamp_set(now: Moment) {
		Self::note_block(now);
	}
}
