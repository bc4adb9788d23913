//! Delivery versus payment: a trade of instrument units against payments, in two legs or more,
//! proposed by anyone, affirmed by every account it names, and settled whole in one step when
//! the last party affirms — or, if a leg cannot move then, not at all (any party may try again
//! or cancel). Units legs pass the instrument's compliance like any transfer.

use crate::{
	Config, Error, Event, HoldReason, Instruments, LastSettlementId, LegAsset, LegOf, Pallet,
	SettlementId, SettlementRecord, SettlementStatus, Settlements,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	storage::with_storage_layer,
	traits::{
		fungible::MutateHold,
		fungibles::Mutate,
		tokens::{Precision, Preservation},
		Get,
	},
	BoundedVec,
};
use sp_runtime::{traits::Zero, ArithmeticError, DispatchError, Saturating};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_propose_settlement(
		proposer: T::AccountId,
		legs: Vec<LegOf<T>>,
	) -> DispatchResult {
		ensure!(legs.len() >= 2, Error::<T>::TooFewLegs);
		let legs: BoundedVec<LegOf<T>, T::MaxLegs> =
			legs.try_into().map_err(|_| Error::<T>::TooManyLegs)?;
		let mut parties = BoundedVec::new();
		for leg in &legs {
			ensure!(leg.from != leg.to, Error::<T>::SelfTransfer);
			match &leg.asset {
				LegAsset::Units { instrument, amount } => {
					ensure!(
						Instruments::<T>::contains_key(instrument),
						Error::<T>::InstrumentNotFound
					);
					ensure!(*amount > 0, Error::<T>::ZeroAmount);
				},
				LegAsset::Payment { amount, .. } => {
					ensure!(!amount.is_zero(), Error::<T>::ZeroAmount)
				},
			}
			for who in [&leg.from, &leg.to] {
				if !parties.contains(who) {
					// Two accounts a leg: the bound always holds.
					parties.try_push(who.clone()).map_err(|_| Error::<T>::TooManyLegs)?;
				}
			}
		}
		let deposit = T::SettlementDeposit::get();
		T::Currency::hold(&HoldReason::Settlement.into(), &proposer, deposit)?;
		let id = LastSettlementId::<T>::get().checked_add(1).ok_or(ArithmeticError::Overflow)?;
		LastSettlementId::<T>::put(id);
		Self::deposit_event(Event::SettlementProposed {
			settlement: id,
			proposer: proposer.clone(),
			legs: legs.clone(),
		});
		let mut record = SettlementRecord {
			proposer: proposer.clone(),
			legs,
			parties,
			affirmed: BoundedVec::new(),
			status: SettlementStatus::Pending,
			deposit,
			proposed_at: frame_system::Pallet::<T>::block_number(),
			settled_at: None,
		};
		// A proposer who is a party affirms by proposing.
		if record.parties.contains(&proposer) {
			Self::affirm(id, &mut record, proposer)?;
		}
		Settlements::<T>::insert(id, record);
		Ok(())
	}

	pub(crate) fn do_affirm_settlement(who: T::AccountId, id: SettlementId) -> DispatchResult {
		let mut record = Self::pending_settlement(id)?;
		ensure!(record.parties.contains(&who), Error::<T>::NotAParty);
		ensure!(!record.affirmed.contains(&who), Error::<T>::AlreadyAffirmed);
		Self::affirm(id, &mut record, who)?;
		Settlements::<T>::insert(id, record);
		Ok(())
	}

	/// Records `who`'s affirmation; the last one settles the trade (or reports the leg that
	/// could not move).
	fn affirm(
		id: SettlementId,
		record: &mut SettlementRecord<T>,
		who: T::AccountId,
	) -> DispatchResult {
		record.affirmed.try_push(who.clone()).map_err(|_| Error::<T>::AlreadyAffirmed)?;
		let affirmed = u32::try_from(record.affirmed.len()).unwrap_or(u32::MAX);
		let of = u32::try_from(record.parties.len()).unwrap_or(u32::MAX);
		Self::deposit_event(Event::SettlementAffirmed { settlement: id, party: who, affirmed, of });
		if affirmed == of {
			Self::try_settle(id, record);
		}
		Ok(())
	}

	pub(crate) fn do_withdraw_affirmation(who: T::AccountId, id: SettlementId) -> DispatchResult {
		let mut record = Self::pending_settlement(id)?;
		let position = record
			.affirmed
			.iter()
			.position(|party| *party == who)
			.ok_or(Error::<T>::NotAffirmed)?;
		record.affirmed.remove(position);
		Settlements::<T>::insert(id, record);
		Self::deposit_event(Event::AffirmationWithdrawn { settlement: id, party: who });
		Ok(())
	}

	pub(crate) fn do_execute_settlement(who: T::AccountId, id: SettlementId) -> DispatchResult {
		let mut record = Self::pending_settlement(id)?;
		ensure!(record.parties.contains(&who), Error::<T>::NotAParty);
		ensure!(record.affirmed.len() == record.parties.len(), Error::<T>::NotFullyAffirmed);
		Self::try_settle(id, &mut record);
		Settlements::<T>::insert(id, record);
		Ok(())
	}

	pub(crate) fn do_cancel_settlement(who: T::AccountId, id: SettlementId) -> DispatchResult {
		let mut record = Self::pending_settlement(id)?;
		ensure!(record.proposer == who || record.parties.contains(&who), Error::<T>::NotAParty);
		record.status = SettlementStatus::Cancelled;
		Self::release_settlement_deposit(&mut record);
		Settlements::<T>::insert(id, record);
		Self::deposit_event(Event::SettlementCancelled { settlement: id, by: who });
		Ok(())
	}

	fn pending_settlement(id: SettlementId) -> Result<SettlementRecord<T>, DispatchError> {
		let record = Settlements::<T>::get(id).ok_or(Error::<T>::SettlementNotFound)?;
		ensure!(record.status == SettlementStatus::Pending, Error::<T>::SettlementNotPending);
		Ok(record)
	}

	/// Moves every leg in one storage layer: all of them, or none (then `SettlementFailed`
	/// names the first leg that could not move, and the settlement stays pending).
	fn try_settle(id: SettlementId, record: &mut SettlementRecord<T>) {
		let mut leg_index: u32 = 0;
		let outcome = with_storage_layer(|| -> DispatchResult {
			for (index, leg) in record.legs.iter().enumerate() {
				leg_index = u32::try_from(index).unwrap_or(u32::MAX);
				Self::move_leg(leg)?;
			}
			Ok(())
		});
		match outcome {
			Ok(()) => {
				record.status = SettlementStatus::Settled;
				record.settled_at = Some(frame_system::Pallet::<T>::block_number());
				Self::release_settlement_deposit(record);
				Self::deposit_event(Event::Settled { settlement: id });
			},
			Err(error) => Self::deposit_event(Event::SettlementFailed {
				settlement: id,
				leg: leg_index,
				error,
			}),
		}
	}

	/// Moves one leg: units through the instrument's compliance, payments keeping the payer's
	/// account alive.
	fn move_leg(leg: &LegOf<T>) -> DispatchResult {
		match &leg.asset {
			LegAsset::Units { instrument, amount } => {
				Self::do_transfer(*instrument, leg.from.clone(), leg.to.clone(), *amount)
			},
			LegAsset::Payment { asset, amount } => T::Payments::transfer(
				asset.clone(),
				&leg.from,
				&leg.to,
				*amount,
				Preservation::Preserve,
			)
			.map(|_| ()),
		}
	}

	fn release_settlement_deposit(record: &mut SettlementRecord<T>) {
		let released = T::Currency::release(
			&HoldReason::Settlement.into(),
			&record.proposer,
			record.deposit,
			Precision::BestEffort,
		)
		.unwrap_or_else(|_| Zero::zero());
		record.deposit = record.deposit.saturating_sub(released);
	}
}
