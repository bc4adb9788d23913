//! Lots: commodities, units, statuses, processes, origins, records and what queries return.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

use super::{Actor, AttestationId, Claim, FacilityId, FacilityKind, LotId};

/// The commodities Lode traces.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Commodity {
	/// Cobalt (Co).
	Cobalt,
	/// Tin (Sn), from cassiterite.
	Tin,
	/// Tantalum (Ta), from coltan.
	Tantalum,
	/// Tungsten (W), from wolframite.
	Tungsten,
	/// Gold (Au).
	Gold,
	/// Rough or polished diamonds.
	Diamond,
}

impl Commodity {
	/// The unit in which quantities of this commodity are counted.
	pub fn unit(self) -> Unit {
		match self {
			Commodity::Diamond => Unit::CentiCarat,
			_ => Unit::Milligram,
		}
	}
}

/// The unit of a lot's quantity, fixed by its commodity.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum Unit {
	/// Milligrams, for metals and ores.
	Milligram,
	/// Hundredths of a carat (points), for diamonds.
	CentiCarat,
}

/// Where a lot is in its life.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum LotStatus {
	/// Held by its custodian; every operation is open.
	Active,
	/// A transfer has been proposed and awaits the receiver.
	InTransit,
	/// Split, merged, transformed or retired: frozen for ever.
	Consumed,
	/// Held by a regulator or governance; a regulator or governance releases it. Only auditors
	/// observe it meanwhile.
	Quarantined,
	/// Recalled by governance, a regulator or its origin mine: frozen, and its claim is
	/// Unverified, until governance lifts the recall. Only auditors observe it.
	Recalled,
}

/// The process of a transformation (an EPCIS TransformationEvent).
///
/// Outputs are always of the inputs' commodity: a process changes the grade and the form of the
/// material (ore, concentrate, metal, product), not the element or stone that is traced. Which
/// facility may run which process is fixed by [`ProcessKind::allowed_at`].
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum ProcessKind {
	/// Washing, sorting and concentrating ore, at a mine, trader or exporter.
	Concentration,
	/// Smelting concentrate into metal, at a smelter.
	Smelting,
	/// Refining metal, at a smelter or a refiner.
	Refining,
	/// Making products (alloys, cathodes, cells, jewellery), at a manufacturer.
	Manufacturing,
	/// Cutting and polishing diamonds, at a manufacturer.
	Cutting,
}

impl ProcessKind {
	/// Whether the process needs a chain-of-custody attestation of the facility (smelting and
	/// refining, at smelters and refiners) for its outputs to be `Segregated`.
	pub fn needs_custody_attestation(self) -> bool {
		matches!(self, ProcessKind::Smelting | ProcessKind::Refining)
	}

	/// Whether a facility of `kind` may run this process.
	pub fn allowed_at(self, kind: FacilityKind) -> bool {
		use FacilityKind::*;
		match self {
			ProcessKind::Concentration => matches!(kind, Mine | Trader | Exporter),
			ProcessKind::Smelting => matches!(kind, Smelter),
			ProcessKind::Refining => matches!(kind, Smelter | Refiner),
			ProcessKind::Manufacturing | ProcessKind::Cutting => matches!(kind, Manufacturer),
		}
	}
}

/// How a lot came to be.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub enum LotOrigin {
	/// Created at a mine; certified when the mine held a valid attestation at creation.
	Mined {
		/// The mine.
		mine: FacilityId,
		/// The attestation of the mine that certified the lot at creation, if any.
		certified_by: Option<AttestationId>,
	},
	/// A piece of a split parent.
	Split,
	/// The union of its parents.
	Merged {
		/// Contained material the grade's rounding down dropped, in millionths of the unit:
		/// `Σ parents' quantity × grade − quantity × grade_ppm`. Recorded so that the contained
		/// material of the parents equals the merged lot's plus this, exactly.
		grade_rounding: u128,
	},
	/// An output of a transformation of its parents.
	Transformed {
		/// The process.
		process: ProcessKind,
		/// The contained material the process declared lost (in the commodity's unit).
		declared_loss: u128,
		/// For smelting and refining: the facility's chain-of-custody attestation valid at the
		/// time (`None` when it held none, and then no output is `Segregated`).
		custody: Option<AttestationId>,
	},
}

/// A lot: a quantity of one commodity, held by a custodian at a facility.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxParents, MaxChildren, MaxGs1IdLen))]
pub struct Lot<
	AccountId,
	BlockNumber,
	MaxParents: Get<u32>,
	MaxChildren: Get<u32>,
	MaxGs1IdLen: Get<u32>,
> {
	/// The lot's id.
	pub id: LotId,
	/// What the lot is.
	pub commodity: Commodity,
	/// How much, in `unit`; never zero.
	pub quantity: u128,
	/// The unit of `quantity`, fixed by the commodity.
	pub unit: Unit,
	/// Content of the commodity in the lot, in parts per million of `quantity`.
	pub grade_ppm: u32,
	/// Where the lot is now.
	pub facility: FacilityId,
	/// Who holds the lot now; the only account that may act on it.
	pub custodian: AccountId,
	/// Who owns the lot.
	pub owner: AccountId,
	/// Where the lot is in its life.
	pub status: LotStatus,
	/// How the lot came to be.
	pub origin: LotOrigin,
	/// The single mine all of the lot's material comes from, if there is one.
	pub origin_mine: Option<FacilityId>,
	/// The lots this one was made from.
	pub parents: BoundedVec<LotId, MaxParents>,
	/// The lots made from this one (set when it is consumed by a split, merge or transform).
	pub children: BoundedVec<LotId, MaxChildren>,
	/// A GS1 identifier (SGTIN, SSCC, GRAI, …) of the lot, if any.
	pub gs1_id: Option<BoundedVec<u8, MaxGs1IdLen>>,
	/// Hash of the evidence recorded with the lot's creation.
	pub evidence: H256,
	/// The block in which the lot was created.
	pub created: BlockNumber,
	/// Quantity lost in transfers (sent minus received), in `unit`.
	pub loss: u128,
	/// Share of the lot's contained material that is certified, in basis points.
	pub certified_share_bps: u16,
	/// Whether every ancestor of the lot (the lot included) is certified.
	pub fully_certified: bool,
}

impl<
		AccountId,
		BlockNumber,
		MaxParents: Get<u32>,
		MaxChildren: Get<u32>,
		MaxGs1IdLen: Get<u32>,
	> Lot<AccountId, BlockNumber, MaxParents, MaxChildren, MaxGs1IdLen>
{
	/// The lot's claim, derived from its certified share.
	pub fn claim(&self) -> Claim {
		Claim::from_share(self.certified_share_bps, self.fully_certified)
	}
}

/// One output of a transformation.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct OutputSpec {
	/// Quantity of the output, in the commodity's unit; never zero.
	pub quantity: u128,
	/// Grade of the output in parts per million.
	pub grade_ppm: u32,
}

/// Why and by whom a lot was recalled, and what its status was: kept until the recall is lifted.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
)]
pub struct Recall<AccountId> {
	/// Who recalled.
	pub by: Actor<AccountId>,
	/// Hash of the reason.
	pub reason: H256,
	/// The status before the recall (`Active` for a lot that was in transit: the transfer was
	/// cancelled), restored when governance lifts the recall.
	pub prior: LotStatus,
}

/// A lot as the runtime API reports it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct LotInfo<AccountId, BlockNumber> {
	/// The lot's id.
	pub id: LotId,
	/// What the lot is.
	pub commodity: Commodity,
	/// How much, in `unit`.
	pub quantity: u128,
	/// The unit of `quantity`.
	pub unit: Unit,
	/// Content in parts per million.
	pub grade_ppm: u32,
	/// Where the lot is.
	pub facility: FacilityId,
	/// Who holds it.
	pub custodian: AccountId,
	/// Who owns it.
	pub owner: AccountId,
	/// Its status.
	pub status: LotStatus,
	/// How it came to be.
	pub origin: LotOrigin,
	/// Its single origin mine, if there is one.
	pub origin_mine: Option<FacilityId>,
	/// The lots it was made from.
	pub parents: Vec<LotId>,
	/// The lots made from it.
	pub children: Vec<LotId>,
	/// Its GS1 identifier, if any.
	pub gs1_id: Option<Vec<u8>>,
	/// Hash of its creation evidence.
	pub evidence: H256,
	/// Its creation block.
	pub created: BlockNumber,
	/// Quantity lost in transfers.
	pub loss: u128,
	/// Certified share in basis points.
	pub certified_share_bps: u16,
	/// Its claim.
	pub claim: Claim,
	/// Whether the claim may still change because a recomputation that concerns it is queued:
	/// a client shows `claim` as final only when this is false.
	pub claim_pending: bool,
	/// Ids of the attestations about the lot.
	pub attestations: Vec<AttestationId>,
}

/// A lot met while tracing a lineage.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct TraceNode {
	/// The lot.
	pub lot: LotId,
	/// Links between the traced lot and this one (0 for the traced lot itself).
	pub depth: u32,
	/// What the lot is.
	pub commodity: Commodity,
	/// How much.
	pub quantity: u128,
	/// The unit of `quantity`.
	pub unit: Unit,
	/// Content in parts per million.
	pub grade_ppm: u32,
	/// Where the lot is (or was when consumed).
	pub facility: FacilityId,
	/// The kind of that facility.
	pub facility_kind: Option<FacilityKind>,
	/// Its status.
	pub status: LotStatus,
	/// How it came to be (for a mined lot: the mine).
	pub origin: LotOrigin,
	/// Its claim.
	pub claim: Claim,
	/// Its parents.
	pub parents: Vec<LotId>,
	/// Its children.
	pub children: Vec<LotId>,
}
