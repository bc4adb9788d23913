//! Traits shared by Lode's pallets, so that one pallet can use another through a few functions
//! instead of through its `Config`: the asset registry pledges provenance lots as the backing of
//! an instrument and hears when one of them is recalled, and other pallets move instruments'
//! units through the registry's compliance.

#![cfg_attr(not(feature = "std"), no_std)]

use sp_runtime::DispatchResult;

/// A provenance lot's id.
pub type LotId = u64;

/// Lots that can be pledged as the backing of something else (an instrument's warehouse
/// receipt, a gold bar behind a token). While pledged, a lot stays exactly as it is: it cannot be
/// split, merged, transformed, transferred or consumed. Implemented by the provenance pallet.
pub trait LotPledges<AccountId> {
	/// Pledges `lot`, which `owner` must own and which must be active (not in transit, consumed,
	/// recalled or quarantined) and not pledged already. Fails with the provenance pallet's
	/// error naming the reason, and changes nothing then.
	fn pledge(owner: &AccountId, lot: LotId) -> DispatchResult;

	/// Releases a pledge: the lot may change again. Fails when the lot is not pledged.
	fn release(lot: LotId) -> DispatchResult;

	/// Whether `lot` is pledged now.
	fn is_pledged(lot: LotId) -> bool;
}

/// Told when a lot is recalled and when its recall is lifted. Implemented by the asset registry,
/// which flags the instruments the lot backs; `()` ignores both.
pub trait OnLotRecall {
	/// `lot` was recalled.
	fn recalled(lot: LotId);

	/// The recall of `lot` was lifted.
	fn recall_lifted(lot: LotId);
}

impl OnLotRecall for () {
	fn recalled(_lot: LotId) {}
	fn recall_lifted(_lot: LotId) {}
}

/// Registered instruments' units, moved by another pallet (a marketplace, an escrow). Every
/// transfer through this trait passes the instrument's compliance and controls exactly as the
/// registry's own `transfer` does. Implemented by the asset registry.
pub trait InstrumentTransfers<AccountId> {
	/// `who`'s units of `instrument`.
	fn units(instrument: u64, who: &AccountId) -> u128;

	/// Whether `amount` units could move from `from` to `to` now: `Ok`, or the registry's
	/// error naming why not.
	fn can_transfer(
		instrument: u64,
		from: &AccountId,
		to: &AccountId,
		amount: u128,
	) -> DispatchResult;

	/// Moves `amount` units from `from` to `to`, or fails with the registry's error and
	/// moves nothing.
	fn transfer(instrument: u64, from: &AccountId, to: &AccountId, amount: u128) -> DispatchResult;
}
