//! The notary's logic: anchoring, revoking, and the deposits they hold.
//!
//! Every `do_*` function checks all its inputs before it holds a deposit or writes anything, so
//! a failed call changes nothing.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, Contains, Get, Time},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul},
	ArithmeticError,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_anchor(
		who: T::AccountId,
		hash: H256,
		algorithm: HashAlgorithm,
		kind: AnchorKind,
		subject: Option<Subject>,
		memo: Vec<u8>,
	) -> DispatchResult {
		Self::ensure_new(hash)?;
		let memo: BoundedVec<u8, T::MaxMemoLen> =
			memo.try_into().map_err(|_| Error::<T>::MemoTooLong)?;
		if let Some(subject) = subject {
			ensure!(Self::subject_exists(subject), Error::<T>::SubjectNotFound);
		}
		let content = Content::Item { algorithm, kind, subject, memo: memo.clone() };
		let deposit = Self::store(&who, hash, content, memo.len())?;
		if let Some(subject) = subject {
			AnchorsBySubject::<T>::insert(subject, hash, ());
		}
		Self::deposit_event(Event::Anchored {
			digest: hash,
			algorithm,
			kind,
			subject,
			memo,
			by: who,
			deposit,
		});
		Ok(())
	}

	pub(crate) fn do_anchor_batch(
		who: T::AccountId,
		root: H256,
		leaf_count: u32,
		schema: Vec<u8>,
	) -> DispatchResult {
		Self::ensure_new(root)?;
		ensure!(leaf_count > 0, Error::<T>::EmptyBatch);
		ensure!(!schema.is_empty(), Error::<T>::EmptySchema);
		let schema: BoundedVec<u8, T::MaxSchemaLen> =
			schema.try_into().map_err(|_| Error::<T>::SchemaTooLong)?;
		let content = Content::Batch { leaf_count, schema: schema.clone() };
		let deposit = Self::store(&who, root, content, schema.len())?;
		Self::deposit_event(Event::BatchAnchored { root, leaf_count, schema, by: who, deposit });
		Ok(())
	}

	pub(crate) fn do_revoke(who: T::AccountId, hash: H256, reason: Vec<u8>) -> DispatchResult {
		let mut anchor = Anchors::<T>::get(hash).ok_or(Error::<T>::AnchorNotFound)?;
		ensure!(anchor.anchored_by == who, Error::<T>::NotAnchorer);
		ensure!(anchor.revocation.is_none(), Error::<T>::AlreadyRevoked);
		let reason: BoundedVec<u8, T::MaxReasonLen> =
			reason.try_into().map_err(|_| Error::<T>::ReasonTooLong)?;
		let added = Self::per_byte(reason.len())?;
		let deposit = anchor.deposit.checked_add(&added).ok_or(ArithmeticError::Overflow)?;
		T::Currency::hold(&HoldReason::Anchor.into(), &who, added)?;
		anchor.deposit = deposit;
		anchor.revocation = Some(Revocation {
			block: frame_system::Pallet::<T>::block_number(),
			moment: T::Time::now(),
			reason: reason.clone(),
		});
		Anchors::<T>::insert(hash, anchor);
		Self::deposit_event(Event::Revoked { digest: hash, by: who, reason, deposit });
		Ok(())
	}

	/// Fails unless `hash` is a digest nobody anchored yet.
	fn ensure_new(hash: H256) -> DispatchResult {
		ensure!(hash != H256::zero(), Error::<T>::ZeroHash);
		ensure!(!Anchors::<T>::contains_key(hash), Error::<T>::AlreadyAnchored);
		Ok(())
	}

	fn subject_exists(subject: Subject) -> bool {
		match subject {
			Subject::Lot(id) => T::Lots::contains(&id),
			Subject::Instrument(id) => T::Instruments::contains(&id),
		}
	}

	/// The deposit of `bytes` bytes of variable content.
	fn per_byte(bytes: usize) -> Result<BalanceOf<T>, DispatchError> {
		let bytes =
			BalanceOf::<T>::from(u32::try_from(bytes).map_err(|_| ArithmeticError::Overflow)?);
		Ok(T::AnchorDepositPerByte::get().checked_mul(&bytes).ok_or(ArithmeticError::Overflow)?)
	}

	/// Holds the deposit of an anchor with `bytes` bytes of variable content from `who` and
	/// stores it under `hash`; returns the deposit.
	fn store(
		who: &T::AccountId,
		hash: H256,
		content: Content<T::MaxMemoLen, T::MaxSchemaLen>,
		bytes: usize,
	) -> Result<BalanceOf<T>, DispatchError> {
		let count = AnchorCount::<T>::get().checked_add(1).ok_or(ArithmeticError::Overflow)?;
		let deposit = T::AnchorDepositBase::get()
			.checked_add(&Self::per_byte(bytes)?)
			.ok_or(ArithmeticError::Overflow)?;
		T::Currency::hold(&HoldReason::Anchor.into(), who, deposit)?;
		let anchor = Anchor {
			content,
			anchored_by: who.clone(),
			block: frame_system::Pallet::<T>::block_number(),
			moment: T::Time::now(),
			deposit,
			revocation: None,
		};
		Anchors::<T>::insert(hash, anchor);
		AnchorCount::<T>::put(count);
		Ok(deposit)
	}

	/// Checks the pallet's invariants: the count matches the anchors, the subject index matches
	/// the anchors' subjects both ways, no anchor is of the zero hash or revoked before it was
	/// made, and each account's balance on hold for anchors is the sum of its anchors' deposits.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::btree_map::BTreeMap;
		use frame_support::traits::fungible::InspectHold;
		use sp_runtime::traits::Zero;

		let mut count = 0u64;
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (hash, anchor) in Anchors::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(hash != H256::zero(), "an anchor of the zero hash");
			if let Some(revocation) = &anchor.revocation {
				ensure!(revocation.block >= anchor.block, "revoked before it was anchored");
			}
			if let Content::Item { subject: Some(subject), .. } = anchor.content {
				ensure!(
					AnchorsBySubject::<T>::contains_key(subject, hash),
					"an anchor missing from its subject's index"
				);
			}
			let total = held.entry(anchor.anchored_by.clone()).or_insert_with(Zero::zero);
			*total = total.checked_add(&anchor.deposit).ok_or("deposits overflow")?;
		}
		ensure!(count == AnchorCount::<T>::get(), "AnchorCount differs from the anchors");
		for (subject, hash, ()) in AnchorsBySubject::<T>::iter() {
			let about = Anchors::<T>::get(hash).and_then(|anchor| match anchor.content {
				Content::Item { subject, .. } => subject,
				Content::Batch { .. } => None,
			});
			ensure!(about == Some(subject), "a subject index entry without its anchor");
		}
		for (who, total) in held {
			let on_hold = T::Currency::balance_on_hold(&HoldReason::Anchor.into(), &who);
			ensure!(on_hold == total, "held for anchors differs from the anchors' deposits");
		}
		Ok(())
	}
}
