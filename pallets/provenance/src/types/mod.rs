//! Types of the provenance pallet: parties, facilities, lots, transfers, attestations and claims.
//!
//! Every type stored or passed to a call derives `Encode`, `Decode`, `TypeInfo` and (when stored)
//! `MaxEncodedLen`, so clients such as Polkadot.js decode them from metadata without a custom type
//! bundle.

/// Identifier of a lot: a counter, never reused.
pub type LotId = u64;
/// Identifier of a facility: a counter, never reused.
pub type FacilityId = u64;
/// Identifier of an attestation: a counter, never reused.
pub type AttestationId = u64;

/// One million: grades are parts per million of the lot's quantity.
pub const PPM: u32 = 1_000_000;
/// Ten thousand: shares and loss bounds are in basis points.
pub const BPS: u16 = 10_000;
/// Bound of a latitude in micro-degrees (±90°).
pub const MAX_LATITUDE: i32 = 90_000_000;
/// Bound of a longitude in micro-degrees (±180°).
pub const MAX_LONGITUDE: i32 = 180_000_000;

mod attestations;
mod custody;
mod deposits;
mod facilities;
mod lots;
mod observations;
mod parties;

pub use attestations::*;
pub use custody::*;
pub use deposits::*;
pub use facilities::*;
pub use lots::*;
pub use observations::*;
pub use parties::*;
