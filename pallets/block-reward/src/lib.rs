//! # Block reward
//!
//! Pays a fixed reward, newly minted, to the account that sealed each block.
//!
//! Who sealed the block is read from the block's pre-runtime digests through
//! [`Config::FindAuthor`]: on Lode's PoW chain the miner puts its account in the
//! `PreRuntime(POW_ENGINE_ID, account)` digest, and [`PreRuntimeAuthor`] decodes it from there.
//! The digest is part of the pre-hash the seal commits to, so nobody can redirect the reward of a
//! block someone else mined. A block with no author pays nothing.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use codec::Decode;
use core::marker::PhantomData;
use frame_support::traits::{FindAuthor, Get};
use sp_runtime::ConsensusEngineId;

/// Finds the block author in the pre-runtime digest of engine `Engine`, where it is stored as the
/// SCALE encoding of the account id.
pub struct PreRuntimeAuthor<Engine>(PhantomData<Engine>);

impl<AccountId: Decode, Engine: Get<ConsensusEngineId>> FindAuthor<AccountId>
	for PreRuntimeAuthor<Engine>
{
	fn find_author<'a, I>(digests: I) -> Option<AccountId>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		let engine = Engine::get();
		digests
			.into_iter()
			.find(|(id, _)| *id == engine)
			.and_then(|(_, mut data)| AccountId::decode(&mut data).ok())
	}
}

#[frame_support::pallet]
pub mod pallet {
	use super::WeightInfo;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate},
			FindAuthor,
		},
	};
	use frame_system::pallet_prelude::*;

	/// The balance type of the currency rewards are paid in.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency the reward is minted in.
		type Currency: Mutate<Self::AccountId>;

		/// Finds the account that sealed the current block in its pre-runtime digests.
		type FindAuthor: FindAuthor<Self::AccountId>;

		/// The reward for one block. Must be at least the existential deposit, so that a miner
		/// with a new account can receive it.
		#[pallet::constant]
		type Reward: Get<BalanceOf<Self>>;

		/// Weights of this pallet's work, from its benchmarks.
		type WeightInfo: WeightInfo;

		/// The engine whose pre-runtime digest `FindAuthor` reads, so benchmarks can name an
		/// author the way a real block does.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkEngine: Get<sp_runtime::ConsensusEngineId>;
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The block's author was paid its reward.
		Rewarded {
			/// The account that sealed the block.
			author: T::AccountId,
			/// The amount minted to it.
			amount: BalanceOf<T>,
		},
		/// The block's author could not be paid (the mint failed); the block stands.
		RewardFailed {
			/// The account that sealed the block.
			author: T::AccountId,
			/// The reward that was not paid.
			amount: BalanceOf<T>,
		},
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(_n: BlockNumberFor<T>) -> Weight {
			// The reward is paid in `on_finalize`; its cost is reserved here.
			T::WeightInfo::on_finalize()
		}

		fn on_finalize(_n: BlockNumberFor<T>) {
			Self::reward_author();
		}

		fn integrity_test() {
			assert!(
				T::Reward::get() >= T::Currency::minimum_balance(),
				"the block reward must be at least the existential deposit"
			);
		}
	}

	impl<T: Config> Pallet<T> {
		/// The author of the current block, if its digests name one.
		pub fn author() -> Option<T::AccountId> {
			let digest = frame_system::Pallet::<T>::digest();
			T::FindAuthor::find_author(
				digest.logs().iter().filter_map(|item| item.as_pre_runtime()),
			)
		}

		/// Mints the reward to the current block's author, if there is one.
		pub(crate) fn reward_author() {
			let Some(author) = Self::author() else { return };
			let amount = T::Reward::get();
			match T::Currency::mint_into(&author, amount) {
				Ok(_) => Self::deposit_event(Event::Rewarded { author, amount }),
				Err(error) => {
					log::warn!(target: "runtime::block-reward", "reward not paid: {error:?}");
					Self::deposit_event(Event::RewardFailed { author, amount });
				},
			}
		}
	}
}
