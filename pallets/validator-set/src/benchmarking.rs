//! Benchmarks of the validator-set pallet, each in its worst case.

use super::*;
use crate::{types::UnlockChunk, Pallet as ValidatorSet};
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	weights::Weight,
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::offence::{OffenceDetails, OnOffenceHandler};

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// `n` times the candidate minimum.
fn candidate_bonds<T: Config>(n: u32) -> BalanceOf<T> {
	T::MinCandidateBond::get().saturating_mul(n.into())
}

/// An account holding 100 candidate minimums beyond the existential deposit.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let balance = candidate_bonds::<T>(100).saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, balance);
	who
}

/// A funded account bonding `stake`.
fn bonded<T: Config>(
	name: &'static str,
	index: u32,
	stake: BalanceOf<T>,
) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>(name, index);
	ValidatorSet::<T>::do_bond(who.clone(), stake)?;
	Ok(who)
}

/// A candidate bonding `stake`, with session keys.
fn candidate_with<T: Config>(
	name: &'static str,
	index: u32,
	stake: BalanceOf<T>,
) -> Result<T::AccountId, BenchmarkError> {
	let who = bonded::<T>(name, index, stake)?;
	T::BenchmarkHelper::set_session_keys(&who);
	ValidatorSet::<T>::do_candidate(who.clone())?;
	Ok(who)
}

/// Unbonds `value` of `who`'s bond in each of `chunks` successive sessions, leaving the session
/// counter at the last of them.
fn fill_chunks<T: Config>(
	who: &T::AccountId,
	chunks: u32,
	value: BalanceOf<T>,
) -> Result<(), BenchmarkError> {
	let start = CurrentSession::<T>::get();
	for session in 0..chunks {
		CurrentSession::<T>::put(start.saturating_add(session));
		ValidatorSet::<T>::do_unbond(who.clone(), value)?;
	}
	Ok(())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// An extra bond on a ledger with every unlocking chunk in use.
	#[benchmark]
	fn bond() -> Result<(), BenchmarkError> {
		let chunks = T::MaxUnlockingChunks::get();
		let who = bonded::<T>("staker", 0, candidate_bonds::<T>(chunks.saturating_add(1)))?;
		fill_chunks::<T>(&who, chunks, T::MinCandidateBond::get())?;
		let value = candidate_bonds::<T>(2);
		let active = Ledgers::<T>::get(&who).ok_or("not bonded")?.active;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), value);

		assert_eq!(Ledgers::<T>::get(&who).ok_or("not bonded")?.active, active + value);
		assert_last_event::<T>(Event::Bonded { who, amount: value });
		Ok(())
	}

	/// A candidate adding the last free unlocking chunk.
	#[benchmark]
	fn unbond() -> Result<(), BenchmarkError> {
		let stake = candidate_bonds::<T>(T::MaxUnlockingChunks::get().saturating_add(2));
		let who = candidate_with::<T>("candidate", 0, stake)?;
		let chunks = T::MaxUnlockingChunks::get().saturating_sub(1);
		fill_chunks::<T>(&who, chunks, T::MinBond::get())?;
		CurrentSession::<T>::mutate(|session| *session = session.saturating_add(1));
		let value = T::MinBond::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), value);

		let ledger = Ledgers::<T>::get(&who).ok_or("not bonded")?;
		assert_eq!(ledger.unlocking.len() as u32, T::MaxUnlockingChunks::get());
		let unlock_at = CurrentSession::<T>::get().saturating_add(T::BondingDuration::get());
		assert_last_event::<T>(Event::Unbonded { who, amount: value, unlock_at });
		Ok(())
	}

	/// Releasing every chunk of a fully unbonded ledger, which is then removed.
	#[benchmark]
	fn withdraw_unbonded() -> Result<(), BenchmarkError> {
		let chunks = T::MaxUnlockingChunks::get();
		let stake = candidate_bonds::<T>(chunks);
		let who = bonded::<T>("staker", 0, stake)?;
		fill_chunks::<T>(&who, chunks, T::MinCandidateBond::get())?;
		// A former validator whose report window has just closed: the check reads and clears
		// its record.
		LastServedSession::<T>::insert(&who, 0);
		let matured = CurrentSession::<T>::get().saturating_add(T::BondingDuration::get());
		CurrentSession::<T>::put(matured.max(T::ReportWindow::get().saturating_add(1)));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Ledgers::<T>::contains_key(&who));
		assert!(!LastServedSession::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Withdrawn { who, amount: stake });
		Ok(())
	}

	#[benchmark]
	fn candidate() -> Result<(), BenchmarkError> {
		let who = bonded::<T>("candidate", 0, candidate_bonds::<T>(1))?;
		T::BenchmarkHelper::set_session_keys(&who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(Candidates::<T>::contains_key(&who));
		assert_last_event::<T>(Event::CandidateAdded { who });
		Ok(())
	}

	#[benchmark]
	fn chill() -> Result<(), BenchmarkError> {
		let who = candidate_with::<T>("candidate", 0, candidate_bonds::<T>(1))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));

		assert!(!Candidates::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Chilled { who });
		Ok(())
	}

	#[benchmark]
	fn set_desired_validators() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let count = T::MaxValidators::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, count);

		assert_eq!(DesiredValidators::<T>::get(), count);
		assert_last_event::<T>(Event::DesiredValidatorsSet { count });
		Ok(())
	}

	#[benchmark]
	fn force_chill() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let who = candidate_with::<T>("candidate", 0, candidate_bonds::<T>(1))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert!(!Candidates::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Chilled { who });
		Ok(())
	}

	/// Planning a session among `c` candidates, all eligible, electing a new set.
	#[benchmark]
	fn new_session(
		c: Linear<{ T::MinValidators::get() }, { T::MaxCandidates::get() }>,
	) -> Result<(), BenchmarkError> {
		let _ = Candidates::<T>::clear(u32::MAX, None);
		Validators::<T>::kill();
		DesiredValidators::<T>::put(T::MaxValidators::get());
		for index in 0..c {
			let stake = T::MinCandidateBond::get().saturating_add(index.into());
			candidate_with::<T>("candidate", index, stake)?;
		}
		let session = CurrentSession::<T>::get().saturating_add(1);
		let planned;

		#[block]
		{
			planned = ValidatorSet::<T>::plan_session(session);
		}

		let expected = c.min(T::MaxValidators::get()) as usize;
		assert_eq!(planned.map(|validators| validators.len()), Some(expected));
		Ok(())
	}

	/// Rewarding `v` validators, none of which forfeited.
	#[benchmark]
	fn end_session(v: Linear<1, { T::MaxValidators::get() }>) -> Result<(), BenchmarkError> {
		let mut validators: Vec<T::AccountId> =
			(0..v).map(|index| funded::<T>("validator", index)).collect();
		validators.sort();
		Validators::<T>::put(BoundedVec::truncate_from(validators.clone()));
		ForfeitedRewards::<T>::kill();
		let session = CurrentSession::<T>::get();
		let before = validators.first().map(T::Currency::balance).unwrap_or_default();

		#[block]
		{
			ValidatorSet::<T>::finish_session(session);
		}

		let per_validator = T::RewardPerSession::get() / v.into();
		let rewarded = if per_validator.is_zero() { 0 } else { v };
		let after = validators.first().map(T::Currency::balance).unwrap_or_default();
		assert_eq!(after, before.saturating_add(per_validator));
		assert_last_event::<T>(Event::SessionRewarded { session, per_validator, rewarded });
		Ok(())
	}

	/// Starting a session that replaces a full set by another full set and drops a full session
	/// of slash records.
	#[benchmark]
	fn start_session() -> Result<(), BenchmarkError> {
		let window = T::ReportWindow::get();
		CurrentSession::<T>::put(window);
		let mut leaving: Vec<T::AccountId> =
			(0..T::MaxValidators::get()).map(|index| account("leaving", index, SEED)).collect();
		leaving.sort();
		Validators::<T>::put(BoundedVec::truncate_from(leaving.clone()));
		let mut validators: Vec<T::AccountId> =
			(0..T::MaxValidators::get()).map(|index| account("validator", index, SEED)).collect();
		validators.sort();
		for validator in &validators {
			OffenceSlashes::<T>::insert(0, validator, SlashRecord::default());
		}
		let next = window.saturating_add(1);
		QueuedValidators::<T>::put((next, BoundedVec::truncate_from(validators.clone())));

		#[block]
		{
			ValidatorSet::<T>::begin_session(next);
		}

		assert_eq!(Validators::<T>::get().to_vec(), validators);
		assert!(leaving.iter().all(|who| LastServedSession::<T>::get(who) == Some(window)));
		assert_eq!(OffenceSlashes::<T>::iter_prefix(0).count(), 0);
		Ok(())
	}

	/// Slashing a validator and candidate down to part of its oldest unlocking chunk.
	#[benchmark]
	fn slash() -> Result<(), BenchmarkError> {
		let chunks = T::MaxUnlockingChunks::get();
		let stake = candidate_bonds::<T>(chunks.saturating_mul(2).saturating_add(1));
		let who = candidate_with::<T>("offender", 0, stake)?;
		fill_chunks::<T>(&who, chunks, candidate_bonds::<T>(2))?;
		Validators::<T>::put(BoundedVec::truncate_from(vec![who.clone()]));
		ForfeitedRewards::<T>::kill();
		let session = CurrentSession::<T>::get();
		let offenders = [OffenceDetails { offender: (who.clone(), ()), reporters: vec![] }];
		// Everything but part of the oldest chunk: the slash walks every chunk.
		let fraction =
			[Perbill::from_rational(chunks.saturating_mul(2), chunks.saturating_mul(2) + 1)];

		#[block]
		{
			let _: Weight = <ValidatorSet<T> as OnOffenceHandler<
				T::AccountId,
				(T::AccountId, ()),
				Weight,
			>>::on_offence(&offenders, &fraction, session);
		}

		let ledger = Ledgers::<T>::get(&who).ok_or("fully slashed")?;
		assert!(ledger.active.is_zero());
		let chunks_left: Vec<&UnlockChunk<BalanceOf<T>>> = ledger.unlocking.iter().collect();
		assert_eq!(chunks_left.len(), 1);
		assert!(chunks_left.iter().all(|chunk| !chunk.value.is_zero()));
		assert!(!Candidates::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Chilled { who });
		Ok(())
	}

	impl_benchmark_test_suite!(ValidatorSet, crate::mock::new_bench_ext(), crate::mock::Test);
}
