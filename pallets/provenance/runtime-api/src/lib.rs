//! Runtime API of the provenance pallet.
//!
//! Every type is SCALE-encoded with `TypeInfo`, so Polkadot.js decorates these calls from the
//! runtime metadata (`api.call.provenanceApi.*`) without a custom type bundle. The pallet does
//! the work; the runtime only forwards:
//!
//! ```text
//! impl pallet_provenance_runtime_api::ProvenanceApi<Block, AccountId, BlockNumber> for Runtime {
//!     fn lot(id: LotId) -> Option<LotInfo<AccountId, BlockNumber>> {
//!         Provenance::lot_info(id)
//!     }
//!     fn trace_back(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode> {
//!         Provenance::trace_back(id, max_depth, max_nodes)
//!     }
//!     fn trace_forward(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode> {
//!         Provenance::trace_forward(id, max_depth, max_nodes)
//!     }
//!     fn origin_summary(id: LotId) -> Vec<(FacilityId, u16)> {
//!         Provenance::origin_summary(id)
//!     }
//!     fn claim(id: LotId) -> Option<Claim> {
//!         Provenance::claim_of(id)
//!     }
//!     fn claim_pending(id: LotId) -> Option<bool> {
//!         Provenance::lot_info(id).map(|lot| lot.claim_pending)
//!     }
//!     fn lots_held(who: AccountId, after: Option<LotId>, limit: u32) -> Vec<LotId> {
//!         Provenance::lots_of(&who, false, after, limit)
//!     }
//!     // lots_owned, facilities_of and attestations_of likewise.
//! }
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;

pub use pallet_provenance::types::{
	AttestationId, Claim, Commodity, FacilityId, FacilityKind, LotId, LotInfo, LotOrigin,
	LotStatus, Subject, TraceNode, Unit,
};

sp_api::decl_runtime_apis! {
	/// Queries on the provenance of lots.
	pub trait ProvenanceApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// The lot with its derived claim, or `None` if no lot has this id.
		fn lot(id: LotId) -> Option<LotInfo<AccountId, BlockNumber>>;

		/// The lot and its ancestors up to the mines, breadth first, at most `max_depth` links
		/// away and at most `max_nodes` lots (the runtime caps both).
		fn trace_back(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode>;

		/// The lot and its descendants down to the products, bounded as `trace_back`.
		fn trace_forward(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode>;

		/// The mines the lot's material comes from, with each one's share in basis points.
		fn origin_summary(id: LotId) -> Vec<(FacilityId, u16)>;

		/// The lot's claim: Segregated, MassBalance(certified share in bps) or Unverified.
		fn claim(id: LotId) -> Option<Claim>;

		/// Whether a queued recomputation may still change the lot's claim (`None`: no such
		/// lot). Show a claim as final only when this is `Some(false)`.
		fn claim_pending(id: LotId) -> Option<bool>;

		/// The lots `who` holds in custody, consumed lots excepted: at most `limit` ids (the
		/// runtime caps it), after lot `after` (the last id of the previous page) when given.
		fn lots_held(who: AccountId, after: Option<LotId>, limit: u32) -> Vec<LotId>;

		/// The lots `who` owns, consumed lots excepted, paged as `lots_held`.
		fn lots_owned(who: AccountId, after: Option<LotId>, limit: u32) -> Vec<LotId>;

		/// The facilities `operator` runs, paged as `lots_held`.
		fn facilities_of(operator: AccountId, after: Option<FacilityId>, limit: u32) -> Vec<FacilityId>;

		/// The attestations recorded about a facility or a lot, oldest first.
		fn attestations_of(subject: Subject) -> Vec<AttestationId>;
	}
}
