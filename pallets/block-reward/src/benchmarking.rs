//! Benchmarks of the block-reward pallet.

use super::*;
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::traits::{fungible::Inspect, Hooks};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{traits::Zero, DigestItem};

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The worst case: the author is a new account, so minting creates it.
	#[benchmark]
	fn on_finalize() {
		let author: T::AccountId = account("miner", 0, 0);
		let engine = <T as Config>::BenchmarkEngine::get();
		frame_system::Pallet::<T>::deposit_log(DigestItem::PreRuntime(engine, author.encode()));
		assert!(T::Currency::balance(&author).is_zero());

		#[block]
		{
			Pallet::<T>::on_finalize(BlockNumberFor::<T>::zero());
		}

		assert_eq!(T::Currency::balance(&author), T::Reward::get());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
