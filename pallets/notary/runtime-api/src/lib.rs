//! Runtime API of the notary pallet.
//!
//! Lookups that need no proof: Polkadot.js decorates them from the runtime metadata
//! (`api.call.notaryApi.anchor(hash)`). A client that must not trust the node asks the
//! `notary_prove` RPC instead, whose answer the verifier crate checks.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
pub use pallet_notary::{queries::MAX_PAGE, Subject};
use sp_core::H256;

sp_api::decl_runtime_apis! {
	/// Anchors by hash and by subject.
	pub trait NotaryApi<Anchor> where Anchor: Codec {
		/// The anchor of `hash` (an item's digest or a batch root), revoked or not.
		fn anchor(hash: H256) -> Option<Anchor>;
		/// Up to `limit` (at most `MAX_PAGE`) hashes anchored about `subject`, after `after`.
		fn anchors_of(subject: Subject, after: Option<H256>, limit: u32) -> Vec<H256>;
	}
}
