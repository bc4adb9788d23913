//! Types of the provenance pallet: parties, facilities, lots, transfers, attestations and claims.
//!
//! Every type stored or passed to a call derives `Encode`, `Decode`, `TypeInfo` and (when stored)
//! `MaxEncodedLen`, so clients such as Polkadot.js decode them from metadata without a custom type
//! bundle.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

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

/// Roles of a party: what it may do. Granted and revoked by governance.
///
/// A struct of named flags, so clients show and take `{ operator: true, auditor: false }`.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Roles {
	/// May register and run facilities, create lots at its own mines, hold, own, receive and
	/// process lots.
	pub operator: bool,
	/// May record observations (inspection, sampling, assay) on any lot, including quarantined
	/// and recalled ones.
	pub auditor: bool,
}

impl Roles {
	/// The operator role alone.
	pub const OPERATOR: Roles = Roles { operator: true, auditor: false };
	/// The auditor role alone.
	pub const AUDITOR: Roles = Roles { operator: false, auditor: true };
	/// Every role.
	pub const ALL: Roles = Roles { operator: true, auditor: true };

	/// True when no role is set.
	pub fn is_empty(self) -> bool {
		!self.operator && !self.auditor
	}
	/// True when every role of `other` is set in `self`.
	pub fn contains(self, other: Roles) -> bool {
		(self.operator || !other.operator) && (self.auditor || !other.auditor)
	}
	/// The roles of both.
	pub fn union(self, other: Roles) -> Roles {
		Roles { operator: self.operator || other.operator, auditor: self.auditor || other.auditor }
	}
	/// The roles of `self` without those of `other`.
	pub fn difference(self, other: Roles) -> Roles {
		Roles {
			operator: self.operator && !other.operator,
			auditor: self.auditor && !other.auditor,
		}
	}
}

/// An ISO 3166-1 alpha-2 country code: two uppercase ASCII letters, e.g. `*b"CD"`.
///
/// Encoded as two bytes (`[u8; 2]`): Polkadot.js takes the text (`"CD"`) as input and shows the
/// bytes as hex (`0x4344`); `u8aToString` turns them back into text. In chain specs and genesis
/// presets it is written as text.
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
pub struct CountryCode(pub [u8; 2]);

impl CountryCode {
	/// True when both bytes are uppercase ASCII letters.
	pub fn is_valid(&self) -> bool {
		self.0.iter().all(|byte| byte.is_ascii_uppercase())
	}
}

impl serde::Serialize for CountryCode {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		match core::str::from_utf8(&self.0) {
			Ok(text) => serializer.serialize_str(text),
			Err(_) => Err(serde::ser::Error::custom("country code is not ASCII")),
		}
	}
}

impl<'de> serde::Deserialize<'de> for CountryCode {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = <alloc::string::String as serde::Deserialize>::deserialize(deserializer)?;
		let bytes: [u8; 2] = text.as_bytes().try_into().map_err(|_| {
			serde::de::Error::custom("a country code is two letters (ISO 3166-1 alpha-2)")
		})?;
		let code = CountryCode(bytes);
		if !code.is_valid() {
			return Err(serde::de::Error::custom("a country code is two uppercase letters"));
		}
		Ok(code)
	}
}

/// A registered party: an account with roles, in a jurisdiction.
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
pub struct Party {
	/// What the party may do.
	pub roles: Roles,
	/// Where the party is registered.
	pub jurisdiction: CountryCode,
}

/// What a facility does in the supply chain.
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
pub enum FacilityKind {
	/// Extracts ore; the only place a lot can be created.
	Mine,
	/// Buys and sells material (a comptoir or négociant).
	Trader,
	/// Exports material across a border.
	Exporter,
	/// Smelts concentrate into metal.
	Smelter,
	/// Refines metal to high purity.
	Refiner,
	/// Turns metal or stones into products.
	Manufacturer,
	/// Stores material.
	Warehouse,
}

/// A GS1 Global Location Number: 13 ASCII digits, the last one a GS1 mod-10 check digit.
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
pub struct Gln(pub [u8; 13]);

impl Gln {
	/// True when the GLN has 13 ASCII digits and a correct GS1 mod-10 check digit.
	///
	/// GS1 weighs the data digits 3, 1, 3, … from the right (so 1, 3, 1, … from the left for a
	/// 13-digit key); the check digit brings the weighted sum to a multiple of ten.
	pub fn is_valid(&self) -> bool {
		if !self.0.iter().all(u8::is_ascii_digit) {
			return false;
		}
		let Some((check, data)) = self.0.split_last() else { return false };
		let sum: u32 = data
			.iter()
			.enumerate()
			.map(|(position, digit)| {
				let value = u32::from(digit.saturating_sub(b'0'));
				if position % 2 == 0 {
					value
				} else {
					value.saturating_mul(3)
				}
			})
			.sum();
		let expected = (10 - sum % 10) % 10;
		u32::from(check.saturating_sub(b'0')) == expected
	}
}

/// A facility: a place where material is mined, traded, processed or stored.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxExternalIdLen))]
pub struct Facility<AccountId, MaxExternalIdLen: Get<u32>> {
	/// What the facility does.
	pub kind: FacilityKind,
	/// Where the facility is.
	pub country: CountryCode,
	/// Latitude in micro-degrees, within ±90_000_000.
	pub latitude: i32,
	/// Longitude in micro-degrees, within ±180_000_000.
	pub longitude: i32,
	/// The Responsible Minerals Initiative smelter/refiner id (e.g. `CID001234`), if any.
	pub rmi_id: Option<BoundedVec<u8, MaxExternalIdLen>>,
	/// The facility's GS1 Global Location Number, if any.
	pub gln: Option<Gln>,
	/// The account that operates the facility.
	pub operator: AccountId,
	/// Whether the facility operates: a deactivated facility creates, receives and processes no
	/// lot and takes no new attestation (its lots may still leave).
	pub active: bool,
}

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

/// What a transfer hands over.
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
pub enum TransferKind {
	/// Custody and ownership: proposed by a sender that is both custodian and owner.
	Both,
	/// Custody only (toll processing, warehousing): proposed by the custodian; the owner stays.
	Custody,
	/// Ownership only (a sale of material that stays where it is): proposed by the owner; the
	/// custodian and the facility stay.
	Ownership,
}

impl TransferKind {
	/// Whether the transfer moves the lot to the receiver's custody.
	pub fn moves_custody(self) -> bool {
		matches!(self, TransferKind::Both | TransferKind::Custody)
	}
	/// Whether the transfer makes the receiver the owner.
	pub fn moves_ownership(self) -> bool {
		matches!(self, TransferKind::Both | TransferKind::Ownership)
	}
}

/// A proposed transfer of custody, ownership or both of a lot.
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
pub struct Transfer<AccountId, BlockNumber> {
	/// What is handed over.
	pub kind: TransferKind,
	/// The sender: the custodian (custody, both) or the owner (ownership).
	pub from: AccountId,
	/// The facility the lot leaves.
	pub from_facility: FacilityId,
	/// The receiver.
	pub to: AccountId,
	/// The receiver's facility the lot goes to (the lot's own for an ownership transfer).
	pub to_facility: FacilityId,
	/// The quantity sent (the lot's quantity when proposed).
	pub sent: u128,
	/// The last block in which the receiver may accept.
	pub expires_at: BlockNumber,
}

/// An EPCIS business step (CBV 2.0 subset).
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
pub enum BusinessStep {
	/// Assigning an identity to an object.
	Commissioning,
	/// Inspecting.
	Inspecting,
	/// Taking a sample.
	Sampling,
	/// Assaying a sample.
	Assaying,
	/// Storing.
	Storing,
	/// Packing.
	Packing,
	/// Loading onto a conveyance.
	Loading,
	/// Shipping.
	Shipping,
	/// Receiving.
	Receiving,
	/// Crossing a border (customs).
	CustomsClearance,
	/// Anything else.
	Other,
}

/// An EPCIS disposition (CBV 2.0 subset).
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
pub enum Disposition {
	/// In use.
	Active,
	/// Being processed.
	InProgress,
	/// Moving between facilities.
	InTransit,
	/// Meets its specification.
	Conformant,
	/// Does not meet its specification.
	NonConformant,
	/// Damaged.
	Damaged,
	/// Sealed in a container.
	ContainerClosed,
	/// Stolen.
	Stolen,
	/// Anything else.
	Unknown,
}

/// The last observation recorded on a lot.
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
pub struct Observation<AccountId, BlockNumber> {
	/// Who observed.
	pub observer: AccountId,
	/// The business step.
	pub business_step: BusinessStep,
	/// The disposition.
	pub disposition: Disposition,
	/// Hash of the evidence (report, photo, assay).
	pub evidence: H256,
	/// When.
	pub at: BlockNumber,
}

/// A reference to an event already on chain: the block and the event's index in that block.
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
pub struct EventRef<BlockNumber> {
	/// The block holding the event.
	pub block: BlockNumber,
	/// The event's index among the block's events.
	pub index: u32,
}

/// A certification scheme.
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
pub enum Scheme {
	/// RMI Responsible Minerals Assurance Process.
	Rmap,
	/// Kimberley Process certification (diamonds).
	Kp,
	/// ITSCI tin, tantalum and tungsten traceability.
	Itsci,
	/// London Bullion Market Association responsible gold.
	Lbma,
	/// Responsible Jewellery Council.
	Rjc,
	/// An independent audit.
	Audit,
}

/// A set of schemes, as named flags (`{ rmap: true, kp: false, … }` in clients).
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Schemes {
	/// RMI Responsible Minerals Assurance Process.
	pub rmap: bool,
	/// Kimberley Process.
	pub kp: bool,
	/// ITSCI.
	pub itsci: bool,
	/// LBMA responsible gold.
	pub lbma: bool,
	/// Responsible Jewellery Council.
	pub rjc: bool,
	/// Independent audit.
	pub audit: bool,
}

impl Schemes {
	/// Every scheme.
	pub const ALL: Schemes =
		Schemes { rmap: true, kp: true, itsci: true, lbma: true, rjc: true, audit: true };

	/// The set holding `scheme` alone.
	pub fn only(scheme: Scheme) -> Schemes {
		Schemes::default().with(scheme)
	}
	/// This set and `scheme`.
	pub fn with(mut self, scheme: Scheme) -> Schemes {
		*self.flag_mut(scheme) = true;
		self
	}
	/// True when no scheme is set.
	pub fn is_empty(self) -> bool {
		self == Schemes::default()
	}
	/// True when `scheme` is in the set.
	pub fn contains(self, scheme: Scheme) -> bool {
		match scheme {
			Scheme::Rmap => self.rmap,
			Scheme::Kp => self.kp,
			Scheme::Itsci => self.itsci,
			Scheme::Lbma => self.lbma,
			Scheme::Rjc => self.rjc,
			Scheme::Audit => self.audit,
		}
	}
	fn flag_mut(&mut self, scheme: Scheme) -> &mut bool {
		match scheme {
			Scheme::Rmap => &mut self.rmap,
			Scheme::Kp => &mut self.kp,
			Scheme::Itsci => &mut self.itsci,
			Scheme::Lbma => &mut self.lbma,
			Scheme::Rjc => &mut self.rjc,
			Scheme::Audit => &mut self.audit,
		}
	}
}

/// Which schemes certify which commodities: runtime configuration.
pub trait SchemeCoverage {
	/// Whether an attestation under `scheme` certifies material of `commodity`, at a mine and as
	/// chain of custody at a smelter or refiner.
	fn covers(scheme: Scheme, commodity: Commodity) -> bool;
}

/// The schemes' own scopes: the Kimberley Process certifies diamonds; RMAP and ITSCI certify
/// tin, tantalum, tungsten, gold (3TG) and cobalt; LBMA and RJC certify gold. An independent
/// audit certifies the commodities `Audit` contains.
pub struct StandardCoverage<Audit>(core::marker::PhantomData<Audit>);

impl<Audit: frame_support::traits::Contains<Commodity>> SchemeCoverage for StandardCoverage<Audit> {
	fn covers(scheme: Scheme, commodity: Commodity) -> bool {
		use Commodity::*;
		match scheme {
			Scheme::Kp => commodity == Diamond,
			Scheme::Rmap | Scheme::Itsci => {
				matches!(commodity, Tin | Tantalum | Tungsten | Gold | Cobalt)
			},
			Scheme::Lbma | Scheme::Rjc => commodity == Gold,
			Scheme::Audit => Audit::contains(&commodity),
		}
	}
}

/// An item that holds a deposit.
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
pub enum DepositItem {
	/// A facility, while it is active.
	Facility(FacilityId),
	/// A lot, until it is consumed.
	Lot(LotId),
	/// An attestation, until it is revoked or leaves its subject's list.
	Attestation(AttestationId),
	/// The last observation of a lot.
	Observation(LotId),
	/// The open transfer of a lot.
	Transfer(LotId),
}

impl DepositItem {
	/// The hold reason (and deposit constant) of the item's kind.
	pub fn kind(self) -> crate::HoldReason {
		use crate::HoldReason;
		match self {
			DepositItem::Facility(_) => HoldReason::Facility,
			DepositItem::Lot(_) => HoldReason::Lot,
			DepositItem::Attestation(_) => HoldReason::Attestation,
			DepositItem::Observation(_) => HoldReason::Observation,
			DepositItem::Transfer(_) => HoldReason::Transfer,
		}
	}
}

/// A deposit held for an item, and who paid it (who gets it back).
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
pub struct Deposit<AccountId, Balance> {
	/// The account the deposit is held from.
	pub depositor: AccountId,
	/// How much.
	pub amount: Balance,
}

/// Who acted: named in every event of a supervisory or attestation action.
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
pub enum Actor<AccountId> {
	/// Governance: root or two thirds of the council; no single account.
	Governance,
	/// A regulator, by account.
	Regulator(AccountId),
	/// The attestation's issuer.
	Issuer(AccountId),
	/// A facility operator (a mine's operator recalling its lots).
	Operator(AccountId),
}

impl<AccountId> Actor<AccountId> {
	/// The actor's rank: a status an actor set may be undone only by an actor of the same or a
	/// higher rank (issuers and operators 0, regulators 1, governance 2).
	pub fn rank(&self) -> u8 {
		match self {
			Actor::Issuer(_) | Actor::Operator(_) => 0,
			Actor::Regulator(_) => 1,
			Actor::Governance => 2,
		}
	}
}

/// What an attestation is about.
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
pub enum Subject {
	/// A facility (a mine's certification makes the lots it creates certified).
	Facility(FacilityId),
	/// A lot (recorded and queryable; it does not change the lot's claim).
	Lot(LotId),
}

/// The status of an attestation.
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
pub enum AttestationStatus {
	/// In force (within its validity window).
	Valid,
	/// Suspended (by its issuer, a regulator or governance: see `suspended_by`); may be
	/// reinstated by the same authority or a higher one.
	Suspended,
	/// Revoked for ever.
	Revoked,
}

/// A certificate issued by an accredited issuer about a facility or a lot.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
#[scale_info(skip_type_params(MaxCertificateIdLen))]
pub struct Attestation<AccountId, BlockNumber, MaxCertificateIdLen: Get<u32>> {
	/// The accredited issuer.
	pub issuer: AccountId,
	/// What is attested.
	pub subject: Subject,
	/// The scheme.
	pub scheme: Scheme,
	/// The certificate's id in the scheme.
	pub certificate_id: BoundedVec<u8, MaxCertificateIdLen>,
	/// First block of validity.
	pub valid_from: BlockNumber,
	/// Last block of validity.
	pub valid_until: BlockNumber,
	/// Hash of the certificate document.
	pub document_hash: H256,
	/// Valid, suspended or revoked.
	pub status: AttestationStatus,
	/// When it was issued.
	pub issued_at: BlockNumber,
	/// Who suspended it, while it is suspended.
	pub suspended_by: Option<Actor<AccountId>>,
}

impl<AccountId, BlockNumber: PartialOrd, MaxCertificateIdLen: Get<u32>>
	Attestation<AccountId, BlockNumber, MaxCertificateIdLen>
{
	/// Whether the attestation is valid at block `now`: status `Valid` and `now` in its window.
	pub fn is_valid_at(&self, now: &BlockNumber) -> bool {
		self.status == AttestationStatus::Valid
			&& &self.valid_from <= now
			&& now <= &self.valid_until
	}
}

/// The derived claim of a lot. Computed from attestations and lineage, never typed in.
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
pub enum Claim {
	/// All of the lot's material comes from certified mines, through certified lots only.
	Segregated,
	/// Part of the lot's contained material (in basis points) comes from certified mines.
	MassBalance(u16),
	/// None of the lot's material is certified.
	Unverified,
}

impl Claim {
	/// The claim of a certified share in basis points.
	///
	/// A full share whose lineage holds an uncertified ancestor (possible only when that ancestor
	/// contains no material, grade 0) is `MassBalance(10_000)`, not `Segregated`.
	pub fn from_share(share_bps: u16, fully_certified: bool) -> Claim {
		match share_bps {
			0 => Claim::Unverified,
			s if s >= BPS && fully_certified => Claim::Segregated,
			s => Claim::MassBalance(s.min(BPS)),
		}
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

/// A unit of the claim-recomputation work queue.
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
pub enum ClaimWork<AccountId> {
	/// Recompute one lot's share from its parents (or its mine) and queue its children if it
	/// changed.
	Lot(LotId),
	/// Recompute the lots certified by an attestation, the `next`-th one first.
	Attestation {
		/// The attestation whose status changed.
		attestation: AttestationId,
		/// Index (in `CertifiedLots`) of the next lot to recompute.
		next: u64,
	},
	/// Queue the attestations of an issuer whose accreditation changed, the `next`-th first.
	Issuer {
		/// The issuer.
		issuer: AccountId,
		/// Index (in `IssuerAttestations`) of the next attestation.
		next: u32,
	},
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
