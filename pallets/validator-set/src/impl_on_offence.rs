//! `pallet-offences`' offence handler: slashes bonds, chills offenders and withholds their
//! session reward.

use crate::{pallet::*, types::SlashRecord, weights::WeightInfo};
use frame_support::{
	defensive,
	traits::{fungible::BalancedHold, Get, Imbalance, OnUnbalanced},
	weights::Weight,
};
use sp_runtime::{traits::Zero, Perbill, Saturating};
use sp_staking::{
	offence::{OffenceDetails, OnOffenceHandler},
	SessionIndex,
};

impl<T: Config> Pallet<T> {
	/// Slashes `who` for an offence of session `offence_session` up to `fraction` of its bond,
	/// counting what earlier reports of that session already took. Returns the amount slashed.
	pub(crate) fn slash(
		who: &T::AccountId,
		fraction: Perbill,
		offence_session: SessionIndex,
	) -> BalanceOf<T> {
		let record = OffenceSlashes::<T>::get(offence_session, who).unwrap_or_default();
		if fraction <= record.fraction {
			return Default::default();
		}
		let Some(mut ledger) = Ledgers::<T>::get(who) else {
			OffenceSlashes::<T>::insert(offence_session, who, SlashRecord { fraction, ..record });
			return Default::default();
		};
		let total = ledger.total();
		// The bond before the first slash of this session, as far as we can tell.
		let exposed = total.saturating_add(record.amount);
		let amount = fraction.mul_floor(exposed).saturating_sub(record.amount).min(total);

		let (credit, missing) = T::Currency::slash(&HoldReason::Bonded.into(), who, amount);
		if !missing.is_zero() {
			defensive!("less on hold than in the ledger");
		}
		let slashed = ledger.slash(credit.peek());
		T::Slash::on_unbalanced(credit);

		TotalBonded::<T>::mutate(|bonded| *bonded = bonded.saturating_sub(slashed));
		if ledger.is_empty() {
			Ledgers::<T>::remove(who);
		} else {
			Ledgers::<T>::insert(who, ledger);
		}
		OffenceSlashes::<T>::insert(
			offence_session,
			who,
			SlashRecord { fraction, amount: record.amount.saturating_add(slashed) },
		);
		if !slashed.is_zero() {
			Self::deposit_event(Event::Slashed {
				who: who.clone(),
				amount: slashed,
				offence_session,
			});
		}
		slashed
	}

	/// Withholds the current session's reward from `who` if it is one of its validators.
	fn forfeit_reward(who: &T::AccountId) {
		if !Validators::<T>::get().contains(who) {
			return;
		}
		ForfeitedRewards::<T>::mutate(|forfeited| {
			if !forfeited.contains(who) && forfeited.try_push(who.clone()).is_err() {
				defensive!("more forfeits than validators");
			}
		});
	}
}

/// Handles offences of validators identified by account (whatever the historical
/// identification): within the report window, slash, chill and withhold the session reward.
impl<T: Config, Identification>
	OnOffenceHandler<T::AccountId, (T::AccountId, Identification), Weight> for Pallet<T>
{
	fn on_offence(
		offenders: &[OffenceDetails<T::AccountId, (T::AccountId, Identification)>],
		slash_fraction: &[Perbill],
		session: SessionIndex,
	) -> Weight {
		let current = CurrentSession::<T>::get();
		let mut weight = T::DbWeight::get().reads(1);
		for (details, fraction) in offenders.iter().zip(slash_fraction) {
			let who = &details.offender.0;
			if session.saturating_add(T::ReportWindow::get()) < current {
				Self::deposit_event(Event::OffenceIgnored {
					who: who.clone(),
					offence_session: session,
				});
				continue;
			}
			weight.saturating_accrue(T::WeightInfo::slash());
			Self::slash(who, *fraction, session);
			Self::forfeit_reward(who);
			if Candidates::<T>::contains_key(who) {
				Candidates::<T>::remove(who);
				Self::deposit_event(Event::Chilled { who: who.clone() });
			}
		}
		weight
	}
}
