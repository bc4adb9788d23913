//! Documents with history: each filing of a named document is a new version; none is erased.

use crate::{
	Config, Document, Documents, Error, Event, HoldReason, InstrumentId, LatestDocument, Pallet,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Get},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_file_document(
		who: &T::AccountId,
		id: InstrumentId,
		name: Vec<u8>,
		uri: Vec<u8>,
		content_hash: H256,
	) -> DispatchResult {
		Self::issued_by(who, id)?;
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		let name: BoundedVec<u8, T::MaxNameLen> =
			name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		let uri: BoundedVec<u8, T::MaxUriLen> =
			uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		ensure!(content_hash != H256::zero(), Error::<T>::ZeroContentHash);
		let version = LatestDocument::<T>::get(id, &name)
			.unwrap_or(0)
			.checked_add(1)
			.ok_or(ArithmeticError::Overflow)?;
		let deposit =
			Self::deposit(T::DocumentDeposit::get(), name.len().saturating_add(uri.len()));
		T::Currency::hold(&HoldReason::Document.into(), who, deposit)?;
		LatestDocument::<T>::insert(id, &name, version);
		Documents::<T>::insert(
			(id, &name, version),
			Document {
				name: name.clone(),
				uri: uri.clone(),
				content_hash,
				version,
				filed_by: who.clone(),
				filed_at: frame_system::Pallet::<T>::block_number(),
				deposit,
			},
		);
		Self::deposit_event(Event::DocumentFiled {
			instrument: id,
			name,
			version,
			uri,
			content_hash,
			by: who.clone(),
			deposit,
		});
		Ok(())
	}
}
