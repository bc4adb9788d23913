//! Benchmarks of the notary pallet, each in its worst case: the longest memo, schema or reason,
//! an anchor about a subject (one more read and one more write).

use super::*;
use crate::Pallet as Notary;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Saturating;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// The caller, funded for a hundred of the largest anchors.
fn funded_caller<T: Config>() -> T::AccountId {
	let who: T::AccountId = whitelisted_caller();
	let longest =
		T::MaxMemoLen::get().max(T::MaxSchemaLen::get()).saturating_add(T::MaxReasonLen::get());
	let largest = T::AnchorDepositBase::get()
		.saturating_add(T::AnchorDepositPerByte::get().saturating_mul(longest.into()));
	T::Currency::set_balance(
		&who,
		largest.saturating_mul(100u32.into()).saturating_add(T::Currency::minimum_balance()),
	);
	who
}

fn digest(seed: u8) -> H256 {
	H256::repeat_byte(seed)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn anchor(m: Linear<0, { T::MaxMemoLen::get() }>) -> Result<(), BenchmarkError> {
		let caller = funded_caller::<T>();
		let subject = T::BenchmarkHelper::subject()?;
		let memo: Vec<u8> = vec![b'm'; m as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			digest(1),
			HashAlgorithm::Sha256,
			AnchorKind::File,
			Some(subject),
			Some(memo),
		);

		assert!(AnchorsBySubject::<T>::contains_key(subject, digest(1)));
		assert_eq!(Anchors::<T>::get(digest(1)).map(|record| record.anchored_by), Some(caller));
		Ok(())
	}

	#[benchmark]
	fn anchor_batch(s: Linear<1, { T::MaxSchemaLen::get() }>) {
		let caller = funded_caller::<T>();
		let schema: Vec<u8> = vec![b's'; s as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), digest(2), u32::MAX, schema);

		assert_eq!(Anchors::<T>::get(digest(2)).map(|record| record.anchored_by), Some(caller));
	}

	#[benchmark]
	fn revoke(r: Linear<0, { T::MaxReasonLen::get() }>) -> Result<(), BenchmarkError> {
		let caller = funded_caller::<T>();
		let memo = vec![b'm'; T::MaxMemoLen::get() as usize];
		Notary::<T>::do_anchor(
			caller.clone(),
			digest(3),
			HashAlgorithm::Blake2b256,
			AnchorKind::Record,
			None,
			memo,
		)?;
		let reason: Vec<u8> = vec![b'r'; r as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), digest(3), reason.clone());

		let bounded = reason.try_into().map_err(|_| BenchmarkError::Weightless)?;
		let deposit = Anchors::<T>::get(digest(3)).map(|record| record.deposit).unwrap_or_default();
		assert_last_event::<T>(Event::Revoked {
			digest: digest(3),
			by: caller,
			reason: bounded,
			deposit,
		});
		Ok(())
	}

	impl_benchmark_test_suite!(Notary, crate::mock::new_test_ext(), crate::mock::Test);
}
