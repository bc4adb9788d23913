//! Contracts: each party signs the hash of the contract's text; once all have, a party or the
//! issuer declares it executed; a party or the issuer may terminate it, with a reason.

use crate::{
	Config, ContractRecord, ContractStatus, Contracts, Error, Event, InstrumentId, InstrumentKind,
	Instruments, Pallet,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, BoundedVec};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// The contract's parties, and whether `who` is one of them or its issuer.
	fn contract_member(
		id: InstrumentId,
		who: &T::AccountId,
	) -> Result<(BoundedVec<T::AccountId, T::MaxParties>, H256, bool), Error<T>> {
		let instrument = Instruments::<T>::get(id).ok_or(Error::<T>::InstrumentNotFound)?;
		let InstrumentKind::Contract(terms) = instrument.kind else {
			return Err(Error::<T>::NotAContract);
		};
		let member = instrument.issuer == *who || terms.parties.contains(who);
		Ok((terms.parties, terms.document, member))
	}

	pub(crate) fn do_sign_contract(
		who: T::AccountId,
		id: InstrumentId,
		document: H256,
	) -> DispatchResult {
		let (parties, text, _) = Self::contract_member(id, &who)?;
		ensure!(parties.contains(&who), Error::<T>::NotAParty);
		ensure!(document == text, Error::<T>::DocumentMismatch);
		let mut record = Contracts::<T>::get(id).ok_or(Error::<T>::NotAContract)?;
		ensure!(record.status == ContractStatus::Draft, Error::<T>::ContractNotDraft);
		ensure!(
			!record.signatures.iter().any(|(signer, _)| *signer == who),
			Error::<T>::AlreadySigned
		);
		let now = frame_system::Pallet::<T>::block_number();
		// As many signatures as parties fit, and each party signs once.
		record.signatures.try_push((who.clone(), now)).map_err(|_| Error::<T>::AlreadySigned)?;
		let signed = u32::try_from(record.signatures.len()).unwrap_or(u32::MAX);
		let of = u32::try_from(parties.len()).unwrap_or(u32::MAX);
		if signed == of {
			record.status = ContractStatus::Signed;
		}
		Contracts::<T>::insert(id, record);
		Self::deposit_event(Event::ContractSigned { instrument: id, party: who, signed, of });
		Ok(())
	}

	pub(crate) fn do_execute_contract(who: T::AccountId, id: InstrumentId) -> DispatchResult {
		let (_, _, member) = Self::contract_member(id, &who)?;
		ensure!(member, Error::<T>::NotAParty);
		let mut record = Contracts::<T>::get(id).ok_or(Error::<T>::NotAContract)?;
		match record.status {
			ContractStatus::Signed => {},
			ContractStatus::Draft => return Err(Error::<T>::NotFullySigned.into()),
			ContractStatus::Executed => return Err(Error::<T>::AlreadyExecuted.into()),
			ContractStatus::Terminated => return Err(Error::<T>::ContractTerminated.into()),
		}
		record.status = ContractStatus::Executed;
		Contracts::<T>::insert(id, record);
		Self::deposit_event(Event::ContractExecuted { instrument: id, by: who });
		Ok(())
	}

	pub(crate) fn do_terminate_contract(
		who: T::AccountId,
		id: InstrumentId,
		reason: Vec<u8>,
	) -> DispatchResult {
		let (_, _, member) = Self::contract_member(id, &who)?;
		ensure!(member, Error::<T>::NotAParty);
		ensure!(!reason.is_empty(), Error::<T>::EmptyReason);
		let reason: BoundedVec<u8, T::MaxReasonLen> =
			reason.try_into().map_err(|_| Error::<T>::ReasonTooLong)?;
		let mut record = Contracts::<T>::get(id).ok_or(Error::<T>::NotAContract)?;
		ensure!(record.status != ContractStatus::Terminated, Error::<T>::ContractTerminated);
		let from = record.status;
		record.status = ContractStatus::Terminated;
		Contracts::<T>::insert(id, record);
		Self::deposit_event(Event::ContractTerminated { instrument: id, by: who, from, reason });
		Ok(())
	}

	/// A new contract's record: a draft without signatures.
	pub(crate) fn draft_contract(id: InstrumentId) {
		Contracts::<T>::insert(
			id,
			ContractRecord { status: ContractStatus::Draft, signatures: BoundedVec::new() },
		);
	}
}
