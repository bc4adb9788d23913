//! Attestations and claims: schemes, what they cover, statuses and the claim queue.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

use super::{Actor, AttestationId, Commodity, FacilityId, LotId, BPS};

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
