//! `pallet-session`'s session manager (plain and historical): plans each session's validators,
//! rewards the validators of the session that ends, and prunes what the report window no longer
//! needs.

use crate::pallet::*;
use alloc::vec::Vec;
use frame_support::{
	defensive,
	traits::{fungible::Mutate, Get, ValidatorRegistration},
	BoundedVec,
};
use sp_runtime::traits::{Convert, Zero};
use sp_staking::SessionIndex;

/// The historical full identification of a validator: `()`, for every account.
///
/// Lode identifies a validator by its account alone; its bond is read from the ledger when an
/// offence is reported (see the crate docs for why the bond is not the identification). Used as
/// `pallet_session::historical::Config::FullIdentificationOf`.
pub struct UnitIdentification;

impl<AccountId> Convert<AccountId, Option<()>> for UnitIdentification {
	fn convert(_validator: AccountId) -> Option<()> {
		Some(())
	}
}

/// Drops the records of past sessions' validators kept to check key-ownership proofs.
pub trait PruneSessionHistory {
	/// Removes the records of the sessions before `up_to`.
	fn prune_up_to(up_to: SessionIndex);
}

/// Keeps everything (for runtimes without historical sessions).
impl PruneSessionHistory for () {
	fn prune_up_to(_up_to: SessionIndex) {}
}

impl<T: pallet_session::historical::Config> PruneSessionHistory
	for pallet_session::historical::Pallet<T>
{
	fn prune_up_to(up_to: SessionIndex) {
		pallet_session::historical::Pallet::<T>::prune_up_to(up_to)
	}
}

impl<T: Config> Pallet<T> {
	/// The `DesiredValidators` eligible candidates (session keys set) with the largest active
	/// bond, ties broken by the smaller account id, sorted by account id; or, with fewer than
	/// `MinValidators` eligible candidates, their number.
	pub fn select_validators() -> Result<ValidatorsOf<T>, u32> {
		let mut ranked: Vec<(BalanceOf<T>, T::AccountId)> = Candidates::<T>::iter_keys()
			.filter(T::SessionKeys::is_registered)
			.filter_map(|who| Ledgers::<T>::get(&who).map(|ledger| (ledger.active, who)))
			.collect();
		let eligible = ranked.len() as u32;
		if eligible < T::MinValidators::get() {
			return Err(eligible);
		}
		ranked.sort_by(|(bond_a, a), (bond_b, b)| bond_b.cmp(bond_a).then_with(|| a.cmp(b)));
		let desired = DesiredValidators::<T>::get().min(T::MaxValidators::get());
		ranked.truncate(desired as usize);
		let mut winners: Vec<T::AccountId> = ranked.into_iter().map(|(_, who)| who).collect();
		winners.sort();
		Ok(BoundedVec::truncate_from(winners))
	}

	/// Plans the validators of session `index`: `None` keeps the current set.
	pub(crate) fn plan_session(index: SessionIndex) -> Option<Vec<T::AccountId>> {
		match Self::select_validators() {
			Err(candidates) => {
				QueuedValidators::<T>::kill();
				Self::deposit_event(Event::NotEnoughCandidates { session: index, candidates });
				None
			},
			Ok(validators) if validators == Validators::<T>::get() => {
				QueuedValidators::<T>::kill();
				None
			},
			Ok(validators) => {
				QueuedValidators::<T>::put((index, validators.clone()));
				Self::deposit_event(Event::NewValidatorSet {
					session: index,
					validators: validators.to_vec(),
				});
				Some(validators.into_inner())
			},
		}
	}

	/// Plans a session at genesis: session 0's set is in effect at once.
	pub(crate) fn plan_genesis_session(index: SessionIndex) -> Option<Vec<T::AccountId>> {
		if index != 0 {
			return Self::plan_session(index);
		}
		let validators = Self::select_validators().ok()?;
		Validators::<T>::put(&validators);
		Some(validators.into_inner())
	}

	/// Starts session `index`: the planned set takes effect (noting the last session of the
	/// validators leaving), and records older than the report window are pruned.
	pub(crate) fn begin_session(index: SessionIndex) {
		CurrentSession::<T>::put(index);
		if let Some((session, validators)) = QueuedValidators::<T>::get() {
			if session == index {
				let last_served = index.saturating_sub(1);
				for leaving in Validators::<T>::get().iter().filter(|v| !validators.contains(v)) {
					LastServedSession::<T>::insert(leaving, last_served);
				}
				Validators::<T>::put(validators);
				QueuedValidators::<T>::kill();
			} else if session < index {
				defensive!("validators were queued for a session that has passed");
				QueuedValidators::<T>::kill();
			}
		}
		if let Some(oldest_kept) = index.checked_sub(T::ReportWindow::get()) {
			T::SessionHistory::prune_up_to(oldest_kept);
			if let Some(expired) = oldest_kept.checked_sub(1) {
				// Offenders of a session are validators of that session (the key-ownership
				// proof says so), hence at most `MaxValidators` records.
				let _ = OffenceSlashes::<T>::clear_prefix(expired, T::MaxValidators::get(), None);
			}
		}
	}

	/// Ends session `index`: mints `RewardPerSession / validators` to each of its validators
	/// that did not forfeit the reward.
	pub(crate) fn finish_session(index: SessionIndex) {
		let validators = Validators::<T>::get();
		let forfeited = ForfeitedRewards::<T>::take();
		if validators.is_empty() {
			return;
		}
		let count = BalanceOf::<T>::from(validators.len() as u32);
		let per_validator = T::RewardPerSession::get() / count;
		let mut rewarded = 0u32;
		if !per_validator.is_zero() {
			for validator in validators.iter().filter(|v| !forfeited.contains(v)) {
				match T::Currency::mint_into(validator, per_validator) {
					Ok(_) => rewarded = rewarded.saturating_add(1),
					Err(error) => log::warn!(
						target: "runtime::validator-set",
						"session reward not paid to {validator:?}: {error:?}"
					),
				}
			}
		}
		Self::deposit_event(Event::SessionRewarded { session: index, per_validator, rewarded });
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan_session(new_index)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan_genesis_session(new_index)
	}

	fn end_session(end_index: SessionIndex) {
		Self::finish_session(end_index)
	}

	fn start_session(start_index: SessionIndex) {
		Self::begin_session(start_index)
	}
}

fn identified<AccountId>(validators: Vec<AccountId>) -> Vec<(AccountId, ())> {
	validators.into_iter().map(|validator| (validator, ())).collect()
}

impl<T: Config> pallet_session::historical::SessionManager<T::AccountId, ()> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::plan_session(new_index).map(identified)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<(T::AccountId, ())>> {
		Self::plan_genesis_session(new_index).map(identified)
	}

	fn start_session(start_index: SessionIndex) {
		Self::begin_session(start_index)
	}

	fn end_session(end_index: SessionIndex) {
		Self::finish_session(end_index)
	}
}
