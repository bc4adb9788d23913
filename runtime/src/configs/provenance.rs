//! Provenance of conflict-free commodities: bounds, loss limits, and who governs roles and
//! accreditations.

use crate::{deposit, AccountId, Balance, Balances, Runtime, RuntimeHoldReason, DAYS};
use codec::MaxEncodedLen;
use frame_support::{
	parameter_types,
	traits::{ConstU128, ConstU16, ConstU32, Everything},
};
use frame_system::EnsureSignedBy;
use pallet_provenance::{AttestationOf, FacilityOf, LotOf, ObservationOf, TransferOf};

/// Bytes of an item as stored (its bound), plus its key and its deposit record.
fn stored_bytes(item: usize) -> u32 {
	// Key: the map's hash and id (24 bytes); deposit record: item key, account and balance.
	const OVERHEAD: usize = 24 + 9 + 32 + 16 + 24;
	u32::try_from(item.saturating_add(OVERHEAD)).unwrap_or(u32::MAX)
}

parameter_types! {
	/// Deposits are sized from what each item stores: one item plus its bytes (see `deposit`).
	pub FacilityDeposit: Balance = deposit(1, stored_bytes(FacilityOf::<Runtime>::max_encoded_len()));
	pub LotDeposit: Balance = deposit(1, stored_bytes(LotOf::<Runtime>::max_encoded_len()));
	pub AttestationDeposit: Balance =
		deposit(1, stored_bytes(AttestationOf::<Runtime>::max_encoded_len()));
	pub ObservationDeposit: Balance =
		deposit(1, stored_bytes(ObservationOf::<Runtime>::max_encoded_len()));
	pub TransferDeposit: Balance = deposit(1, stored_bytes(TransferOf::<Runtime>::max_encoded_len()));
}

impl pallet_provenance::Config for Runtime {
	type WeightInfo = crate::weights::pallet_provenance::WeightInfo<Runtime>;
	/// Roles and issuer accreditation are granted, and recalls lifted, by governance alone: root
	/// (the sudo key on development and private chains) or two thirds of the council.
	type GovernanceOrigin = crate::configs::Governance;
	/// Each regulator (a member of `Regulators`) quarantines, recalls, suspends attestations and
	/// deactivates facilities in its own name; none grants roles or accredits issuers.
	type RegulatorOrigin = EnsureSignedBy<crate::Regulators, AccountId>;
	/// RMAP and ITSCI certify 3TG and cobalt, the Kimberley Process diamonds, LBMA and RJC gold;
	/// an independent audit may certify any commodity.
	type SchemeCoverage = pallet_provenance::StandardCoverage<Everything>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type FacilityDeposit = FacilityDeposit;
	type LotDeposit = LotDeposit;
	type AttestationDeposit = AttestationDeposit;
	type ObservationDeposit = ObservationDeposit;
	type TransferDeposit = TransferDeposit;
	type MaxInputs = ConstU32<16>;
	type MaxOutputs = ConstU32<16>;
	type MaxExternalIdLen = ConstU32<32>;
	type MaxGs1IdLen = ConstU32<64>;
	type MaxCertificateIdLen = ConstU32<64>;
	type MaxAttestationsPerSubject = ConstU32<8>;
	/// One issuer holds at most two attestations in force about a subject (a renewal overlapping
	/// the certificate it replaces), so eight slots hold at least four issuers.
	type MaxAttestationsPerIssuer = ConstU32<2>;
	/// One lot is at most a million tonnes (10¹⁵ mg): more than a year of the world's tin.
	type MaxMilligrams = ConstU128<1_000_000_000_000_000>;
	/// One lot of diamonds is at most 100 million carats (10¹⁰ points), near a year of the
	/// world's rough diamond production.
	type MaxCentiCarats = ConstU128<10_000_000_000>;
	/// A proposed transfer not accepted within a week returns to its sender.
	type TransferExpiry = ConstU32<{ 7 * DAYS }>;
	type MaxDowngradesPerBlock = ConstU32<64>;
	type MaxTraceNodes = ConstU32<2_000>;
	/// Losses a process may declare, in basis points of the contained material: concentration
	/// (ore to concentrate) loses the most, refining the least.
	type MaxConcentrationLossBps = ConstU16<3_000>;
	type MaxSmeltingLossBps = ConstU16<500>;
	type MaxRefiningLossBps = ConstU16<200>;
	type MaxManufacturingLossBps = ConstU16<500>;
	type MaxCuttingLossBps = ConstU16<6_000>;
	/// The asset registry flags the instruments a recalled lot backs.
	type OnRecall = crate::AssetRegistry;
}
