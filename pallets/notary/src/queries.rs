//! Read-only queries behind the runtime API.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use sp_core::H256;

/// The most hashes one page of [`Pallet::anchors_of`] returns.
pub const MAX_PAGE: u32 = 1_000;

impl<T: Config> Pallet<T> {
	/// The anchor of `hash` (an item's digest or a batch root), revoked or not.
	pub fn anchor_of(hash: H256) -> Option<AnchorOf<T>> {
		Anchors::<T>::get(hash)
	}

	/// Up to `limit` (at most [`MAX_PAGE`]) hashes anchored about `subject`, in storage order,
	/// starting after `after` (the last hash of the previous page).
	pub fn anchors_of(subject: Subject, after: Option<H256>, limit: u32) -> Vec<H256> {
		let limit = limit.min(MAX_PAGE) as usize;
		match after {
			Some(after) => AnchorsBySubject::<T>::iter_key_prefix_from(
				subject,
				AnchorsBySubject::<T>::hashed_key_for(subject, after),
			)
			.take(limit)
			.collect(),
			None => AnchorsBySubject::<T>::iter_key_prefix(subject).take(limit).collect(),
		}
	}

	/// The storage key an anchor of `hash` lives under, which a read proof proves.
	pub fn anchor_key(hash: H256) -> Vec<u8> {
		Anchors::<T>::hashed_key_for(hash)
	}
}
