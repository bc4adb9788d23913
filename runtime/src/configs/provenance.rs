//! Provenance of conflict-free commodities: bounds, loss limits, and who governs roles and
//! accreditations.

use crate::{AccountId, Runtime, DAYS};
use frame_support::traits::{ConstU128, ConstU16, ConstU32, Everything};
use frame_system::EnsureSignedBy;

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
}
