//! Provenance of conflict-free commodities: bounds, loss limits, and who governs roles and
//! accreditations.

use crate::{Runtime, DAYS};
use frame_support::traits::{ConstU16, ConstU32};

impl pallet_provenance::Config for Runtime {
	type WeightInfo = crate::weights::pallet_provenance::WeightInfo<Runtime>;
	/// Roles and issuer accreditation are granted by root: the sudo key on development and
	/// private chains, the council's motions on the alliance chain.
	type GovernanceOrigin = crate::configs::Supervision;
	type MaxInputs = ConstU32<16>;
	type MaxOutputs = ConstU32<16>;
	type MaxExternalIdLen = ConstU32<32>;
	type MaxGs1IdLen = ConstU32<64>;
	type MaxCertificateIdLen = ConstU32<64>;
	type MaxAttestationsPerSubject = ConstU32<8>;
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
