//! Observations, error declarations, and supervision: quarantine, recall and their undoing.
//!
//! Supervision is attributable: every event names who acted ([`Actor`]), and what an authority
//! did only the same authority or a higher one undoes (regulator < governance).

use crate::{functions::Caller, pallet::*, types::*};
use frame_support::{ensure, pallet_prelude::*, traits::Get};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_observe(
		who: T::AccountId,
		lot_id: LotId,
		business_step: BusinessStep,
		disposition: Disposition,
		evidence: H256,
	) -> DispatchResult {
		let lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.status != LotStatus::Consumed, Error::<T>::LotFrozen);
		let is_auditor =
			Parties::<T>::get(&who).is_some_and(|party| party.roles.contains(Roles::AUDITOR));
		if !is_auditor {
			// The custodian observes its own goods while it may handle them.
			ensure!(lot.custodian == who, Error::<T>::NotCustodian);
			Self::ensure_role(&who, Roles::OPERATOR)?;
			match lot.status {
				LotStatus::Recalled => return Err(Error::<T>::LotFrozen.into()),
				LotStatus::Quarantined => return Err(Error::<T>::LotNotActive.into()),
				_ => {},
			}
		}
		Self::replace_deposit(&who, DepositItem::Observation(lot_id))?;
		let at = frame_system::Pallet::<T>::block_number();
		LastObservation::<T>::insert(
			lot_id,
			Observation { observer: who.clone(), business_step, disposition, evidence, at },
		);
		Self::deposit_event(Event::LotObserved {
			lot: lot_id,
			observer: who,
			facility: lot.facility,
			business_step,
			disposition,
			evidence,
		});
		Ok(())
	}

	pub(crate) fn do_declare_error(
		who: T::AccountId,
		event: EventRefOf<T>,
		correction: H256,
	) -> DispatchResult {
		ensure!(Parties::<T>::contains_key(&who), Error::<T>::NotAParty);
		ensure!(
			event.block <= frame_system::Pallet::<T>::block_number(),
			Error::<T>::EventInFuture
		);
		Self::deposit_event(Event::ErrorDeclared { declarer: who, event, correction });
		Ok(())
	}

	/// Recalls a lot and recomputes claims; returns the claim-queue steps taken.
	pub(crate) fn do_recall(
		by: Caller<T::AccountId>,
		lot_id: LotId,
		reason: H256,
	) -> Result<u32, DispatchError> {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		let by = match by {
			Caller::Authority(actor) => actor,
			Caller::Signed(who) => {
				let operates = |mine: FacilityId| {
					Facilities::<T>::get(mine).is_some_and(|mine| mine.operator == who)
				};
				let mined_there =
					matches!(lot.origin, LotOrigin::Mined { mine, .. } if operates(mine));
				let still_owned = lot.owner == who && lot.origin_mine.is_some_and(operates);
				ensure!(mined_there || still_owned, Error::<T>::NotRecallAuthority);
				Actor::Operator(who)
			},
		};
		ensure!(lot.status != LotStatus::Recalled, Error::<T>::AlreadyRecalled);
		let mut prior = lot.status;
		if lot.status == LotStatus::InTransit {
			prior = LotStatus::Active;
			if let Some(transfer) = PendingTransfers::<T>::get(lot_id) {
				Self::close_transfer(lot_id, &transfer);
				Self::deposit_event(Event::TransferCancelled {
					lot: lot_id,
					from: transfer.from,
					to: transfer.to,
				});
			}
		}
		Recalls::<T>::insert(lot_id, Recall { by: by.clone(), reason, prior });
		lot.status = LotStatus::Recalled;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::LotRecalled { lot: lot_id, by, reason });
		<T::OnRecall as lode_primitives::OnLotRecall>::recalled(lot_id);
		Self::enqueue_lot(lot_id);
		Ok(Self::process_claim_work(T::MaxDowngradesPerBlock::get()))
	}

	/// Lifts a recall and recomputes claims; returns the claim-queue steps taken.
	pub(crate) fn do_lift_recall(lot_id: LotId) -> Result<u32, DispatchError> {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.status == LotStatus::Recalled, Error::<T>::NotRecalled);
		let recall = Recalls::<T>::take(lot_id).ok_or(Error::<T>::NotRecalled)?;
		lot.status = recall.prior;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::RecallLifted {
			lot: lot_id,
			by: Actor::Governance,
			status: recall.prior,
		});
		<T::OnRecall as lode_primitives::OnLotRecall>::recall_lifted(lot_id);
		Self::enqueue_lot(lot_id);
		Ok(Self::process_claim_work(T::MaxDowngradesPerBlock::get()))
	}

	pub(crate) fn do_quarantine(by: ActorOf<T>, lot_id: LotId, reason: H256) -> DispatchResult {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		Self::ensure_active(&lot)?;
		lot.status = LotStatus::Quarantined;
		Lots::<T>::insert(lot_id, lot);
		Quarantines::<T>::insert(lot_id, by.clone());
		Self::deposit_event(Event::LotQuarantined { lot: lot_id, by, reason });
		Ok(())
	}

	pub(crate) fn do_release(by: ActorOf<T>, lot_id: LotId) -> DispatchResult {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.status == LotStatus::Quarantined, Error::<T>::NotQuarantined);
		let holder = Quarantines::<T>::get(lot_id).ok_or(Error::<T>::NotQuarantined)?;
		ensure!(by.rank() >= holder.rank(), Error::<T>::QuarantinedByHigherAuthority);
		lot.status = LotStatus::Active;
		Lots::<T>::insert(lot_id, lot);
		Quarantines::<T>::remove(lot_id);
		Self::deposit_event(Event::LotReleased { lot: lot_id, by });
		Ok(())
	}
}
