//! The notary: anchors of records, files and batches, with their deposits and bounds.

use crate::{deposit, Balance, Balances, Runtime, RuntimeHoldReason, Timestamp};
use codec::MaxEncodedLen;
use frame_support::{
	parameter_types,
	traits::{ConstU32, Contains},
};
use pallet_notary::AnchorOf;

/// The longest memo of an anchor, in bytes.
pub const MAX_MEMO_LEN: u32 = 256;
/// The longest schema name of a batch, in bytes.
pub const MAX_SCHEMA_LEN: u32 = 64;
/// The longest revocation reason, in bytes.
pub const MAX_REASON_LEN: u32 = 256;

/// Bytes of an anchor whatever its memo, schema and reason: the record without them (a memo and
/// a reason of the longest length are in its bound), plus its key (a 16-byte hash and the
/// 32-byte hash anchored).
fn fixed_anchor_bytes() -> u32 {
	let variable = MAX_MEMO_LEN.max(MAX_SCHEMA_LEN).saturating_add(MAX_REASON_LEN);
	let record = u32::try_from(AnchorOf::<Runtime>::max_encoded_len()).unwrap_or(u32::MAX);
	record.saturating_sub(variable).saturating_add(16 + 32)
}

parameter_types! {
	/// An anchor holds one item's deposit and its fixed bytes' (see `deposit`), ...
	pub AnchorDepositBase: Balance = deposit(1, fixed_anchor_bytes());
	/// ... plus each byte of memo, schema name and revocation reason.
	pub const AnchorDepositPerByte: Balance = deposit(0, 1);
}

/// The lots of the provenance pallet, which anchors may be about.
pub struct ProvenanceLots;

impl Contains<u64> for ProvenanceLots {
	fn contains(id: &u64) -> bool {
		pallet_provenance::Lots::<Runtime>::contains_key(id)
	}
}

/// The instruments of the asset registry, which anchors may be about.
pub struct RegistryInstruments;

impl Contains<u64> for RegistryInstruments {
	fn contains(id: &u64) -> bool {
		pallet_asset_registry::Instruments::<Runtime>::contains_key(id)
	}
}

impl pallet_notary::Config for Runtime {
	type WeightInfo = crate::weights::pallet_notary::WeightInfo<Runtime>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Time = Timestamp;
	type Lots = ProvenanceLots;
	type Instruments = RegistryInstruments;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ProvenanceLots;
	type AnchorDepositBase = AnchorDepositBase;
	type AnchorDepositPerByte = AnchorDepositPerByte;
	type MaxMemoLen = ConstU32<MAX_MEMO_LEN>;
	type MaxSchemaLen = ConstU32<MAX_SCHEMA_LEN>;
	type MaxReasonLen = ConstU32<MAX_REASON_LEN>;
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_notary::BenchmarkHelper for ProvenanceLots {
	fn subject() -> Result<pallet_notary::Subject, frame_benchmarking::BenchmarkError> {
		pallet_provenance::benchmarking::a_lot::<Runtime>().map(pallet_notary::Subject::Lot)
	}
}
