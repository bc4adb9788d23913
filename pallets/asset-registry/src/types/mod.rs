//! Types of the asset registry: instruments, their kind-specific terms, compliance rules and
//! documents. Variants carry explicit codec indices and fields are only ever appended, so
//! clients that decode them keep working.

use crate::{AssetIdOf, BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

/// An instrument's number, counted from 1.
pub type InstrumentId = u64;

/// A provenance lot's id.
pub use lode_primitives::LotId;

/// Units of an instrument (bonds, shares, contracts), in its smallest denomination.
pub type Units = u128;

/// A timestamp of the runtime's clock, in milliseconds since the Unix epoch.
pub type Moment = u64;

/// How an instrument is identified outside the chain.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub enum Identifier<T: Config> {
	/// An ISIN (ISO 6166): two letters of country, nine alphanumerics, a check digit that the
	/// pallet verifies.
	#[codec(index = 0)]
	Isin([u8; 12]),
	/// Another scheme (a CUSIP, a FIGI, a contract register's number), by name, unchecked.
	#[codec(index = 1)]
	Other {
		/// The scheme's name, e.g. `FIGI`.
		scheme: BoundedVec<u8, T::MaxSchemeLen>,
		/// The identifier in that scheme.
		value: BoundedVec<u8, T::MaxIdentifierLen>,
	},
}

/// How often a bond pays its coupon.
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
pub enum CouponFrequency {
	/// Once a year.
	#[codec(index = 0)]
	Annual,
	/// Twice a year.
	#[codec(index = 1)]
	SemiAnnual,
	/// Four times a year.
	#[codec(index = 2)]
	Quarterly,
	/// Every month.
	#[codec(index = 3)]
	Monthly,
}

impl CouponFrequency {
	/// Coupons in a year.
	pub fn per_year(self) -> u32 {
		match self {
			Self::Annual => 1,
			Self::SemiAnnual => 2,
			Self::Quarterly => 4,
			Self::Monthly => 12,
		}
	}
}

/// The day-count convention a coupon's accrual is stated in. The pallet pays each period's
/// coupon as `face × rate / periods per year` (regular periods, as the conventions agree for
/// them); the convention is recorded for the terms' readers.
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
pub enum DayCount {
	/// Actual days / 360.
	#[codec(index = 0)]
	Actual360,
	/// Actual days / 365.
	#[codec(index = 1)]
	Actual365Fixed,
	/// 30/360 (bond basis).
	#[codec(index = 2)]
	Thirty360,
	/// Actual/Actual (ICMA).
	#[codec(index = 3)]
	ActualActual,
}

/// The terms of a bond.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct BondTerms<AssetId, Balance> {
	/// What one unit repays at maturity, in the payment asset.
	pub face_value: Balance,
	/// The token coupons and principal are paid in.
	pub payment_asset: AssetId,
	/// The yearly coupon rate, in basis points of the face value (0 for a zero-coupon bond).
	pub coupon_rate_bps: u32,
	/// How often the coupon is paid.
	pub coupon_frequency: CouponFrequency,
	/// The issue date (the first coupon period starts here).
	pub issue_date: Moment,
	/// The maturity date: the last coupon and the principal.
	pub maturity_date: Moment,
	/// The day-count convention of the coupon.
	pub day_count: DayCount,
}

/// A class of shares.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ShareClass<T: Config> {
	/// The class's name (`A`, `preferred`).
	pub name: BoundedVec<u8, T::MaxNameLen>,
	/// Votes each share of the class carries.
	pub votes_per_share: u32,
}

/// The terms of an equity.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct EquityTerms<T: Config> {
	/// Shares the issuer may issue at most; the issued ones are the instrument's supply.
	pub authorised_shares: Units,
	/// The token dividends are paid in.
	pub dividend_asset: AssetIdOf<T>,
	/// The share classes (at least one, distinct names).
	pub classes: BoundedVec<ShareClass<T>, T::MaxShareClasses>,
}

/// What a derivative is written on.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub enum Underlying<T: Config> {
	/// An instrument of this registry.
	#[codec(index = 0)]
	Instrument(InstrumentId),
	/// A provenance lot (a tonne of tin, a gold bar).
	#[codec(index = 1)]
	Lot(u64),
	/// Something off chain, by reference (an index, an exchange's contract code).
	#[codec(index = 2)]
	External(BoundedVec<u8, T::MaxIdentifierLen>),
}

/// How a derivative settles.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum Settlement<AssetId> {
	/// In a payment asset.
	#[codec(index = 0)]
	Cash(AssetId),
	/// By delivery of the underlying.
	#[codec(index = 1)]
	Physical,
}

/// The terms of a derivative.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct DerivativeTerms<T: Config> {
	/// What it is written on.
	pub underlying: Underlying<T>,
	/// When it expires.
	pub expiry: Moment,
	/// The strike or settlement price per unit of the underlying, in the settlement asset
	/// (physical settlement: in the asset the price is stated in, `price_asset`).
	pub strike: BalanceOf<T>,
	/// The asset the strike is stated in.
	pub price_asset: AssetIdOf<T>,
	/// Cash or physical settlement.
	pub settlement: Settlement<AssetIdOf<T>>,
}

/// The terms of a contract between named parties over a document.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ContractTerms<T: Config> {
	/// The parties (at least two, distinct), who each sign.
	pub parties: BoundedVec<T::AccountId, T::MaxParties>,
	/// The hash of the contract's text.
	pub document: H256,
}

/// An instrument's kind and its terms.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub enum InstrumentKind<T: Config> {
	/// A bond.
	#[codec(index = 0)]
	Bond(BondTerms<AssetIdOf<T>, BalanceOf<T>>),
	/// An equity.
	#[codec(index = 1)]
	Equity(EquityTerms<T>),
	/// A derivative.
	#[codec(index = 2)]
	Derivative(DerivativeTerms<T>),
	/// A contract.
	#[codec(index = 3)]
	Contract(ContractTerms<T>),
}

/// Who may hold an instrument: checked on every path that moves units to an account.
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
pub enum Compliance {
	/// Anyone.
	#[codec(index = 0)]
	Open,
	/// Only the accounts the issuer allowed.
	#[codec(index = 1)]
	AllowList,
	/// Only accounts holding, from issuers the instrument trusts, an unexpired claim of each
	/// topic its rules require (and of an allowed jurisdiction, if its rules name any); see
	/// `set_claim_rules`.
	#[codec(index = 2)]
	Claims,
}

/// What a claim about an account asserts. Only its topic, a hash of the evidence and an expiry
/// are on chain: the personal data stays with the claim's issuer.
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
pub enum ClaimTopic {
	/// Identity verified (know your customer).
	#[codec(index = 0)]
	Kyc,
	/// An accredited or professional investor.
	#[codec(index = 1)]
	Accredited,
	/// Resident in a jurisdiction (ISO 3166-1 alpha-2 code, e.g. `*b"DE"`).
	#[codec(index = 2)]
	Jurisdiction([u8; 2]),
	/// Another topic, by number, as an instrument's rules define it.
	#[codec(index = 3)]
	Custom(u32),
}

/// A claim an issuer made about an account.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct ClaimRecord<Balance, BlockNumber> {
	/// The hash of the evidence the claim's issuer keeps.
	pub claim_hash: H256,
	/// When it expires (the runtime's clock, milliseconds); `None`: until revoked.
	pub expires_at: Option<Moment>,
	/// The block it was made in.
	pub issued_at: BlockNumber,
	/// The deposit held from the claim's issuer.
	pub deposit: Balance,
}

/// Which claims a `Claims` instrument requires of its holders, and whose claims it trusts.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ClaimRules<T: Config> {
	/// Topics a holder needs a claim of, each (jurisdictions aside).
	pub required: BoundedVec<ClaimTopic, T::MaxClaimRules>,
	/// The claim issuers the instrument trusts.
	pub trusted_issuers: BoundedVec<T::AccountId, T::MaxClaimRules>,
	/// If any, a holder needs a jurisdiction claim of one of these.
	pub jurisdictions: BoundedVec<[u8; 2], T::MaxClaimRules>,
}

/// Why an account may not hold an instrument.
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
pub enum Ineligibility {
	/// Not on the instrument's allow-list.
	#[codec(index = 0)]
	NotAllowed,
	/// No claim of this topic from a trusted issuer (a jurisdiction rule: `Jurisdiction` of
	/// the first allowed code).
	#[codec(index = 1)]
	MissingClaim(ClaimTopic),
	/// Its claims of this topic from trusted issuers have all expired.
	#[codec(index = 2)]
	ClaimExpired(ClaimTopic),
}

/// Where an instrument stands.
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
pub enum InstrumentStatus {
	/// Units move.
	#[codec(index = 0)]
	Active,
	/// The issuer paused it: nothing moves until the issuer (or a regulator) unpauses it.
	#[codec(index = 1)]
	Paused,
	/// A regulator suspended it: nothing moves until a regulator reinstates it.
	#[codec(index = 2)]
	Suspended,
	/// A bond at its maturity: its principal is being (or has been) repaid and its units are
	/// cancelled as each holder is paid; nothing moves any more, the record stays.
	#[codec(index = 3)]
	Closed,
}

/// Who used a control on an instrument: events name them, and a regulator's freeze is lifted by
/// a regulator only.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum Controller<AccountId> {
	/// The instrument's issuer.
	#[codec(index = 0)]
	Issuer(AccountId),
	/// A regulator (the regulator origin; on an alliance chain, the regulators' accounts).
	#[codec(index = 1)]
	Regulator(AccountId),
}

impl<AccountId> Controller<AccountId> {
	/// Whether this controller may undo what `other` did: a regulator undoes anything, an
	/// issuer only what an issuer did.
	pub fn overrides(&self, other: &Self) -> bool {
		matches!((self, other), (Self::Regulator(_), _) | (Self::Issuer(_), Self::Issuer(_)))
	}
}

/// A registered instrument.
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Instrument<T: Config> {
	/// The issuing account: it issues units, sets the rules and files the documents.
	pub issuer: T::AccountId,
	/// The instrument's name.
	pub name: BoundedVec<u8, T::MaxNameLen>,
	/// Its ticker symbol.
	pub symbol: BoundedVec<u8, T::MaxSymbolLen>,
	/// Its identifier outside the chain.
	pub identifier: Identifier<T>,
	/// Decimal places of a unit, for display.
	pub decimals: u8,
	/// The kind and its terms.
	pub kind: InstrumentKind<T>,
	/// Who may hold it.
	pub compliance: Compliance,
	/// Active or paused.
	pub status: InstrumentStatus,
	/// Units issued and not burnt: the sum of all holdings.
	pub supply: Units,
	/// Accounts holding a non-zero balance.
	pub holders: u32,
	/// The deposit held from the issuer while the instrument exists.
	pub deposit: BalanceOf<T>,
	/// The block it was registered in.
	pub registered_at: BlockNumberFor<T>,
}

/// One version of a document of an instrument (a prospectus, a term sheet, an audit).
#[derive(
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Document<T: Config> {
	/// The document's name, the same for all its versions.
	pub name: BoundedVec<u8, T::MaxNameLen>,
	/// Where it is published.
	pub uri: BoundedVec<u8, T::MaxUriLen>,
	/// The hash of its content.
	pub content_hash: H256,
	/// Its version, from 1; a higher version supersedes the lower ones, which stay.
	pub version: u32,
	/// Who filed it (the issuer).
	pub filed_by: T::AccountId,
	/// The block it was filed in.
	pub filed_at: BlockNumberFor<T>,
	/// The deposit held for it.
	pub deposit: BalanceOf<T>,
}

/// Why a transfer would fail, as `can_transfer` answers.
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
pub enum TransferRefusal {
	/// No such instrument.
	#[codec(index = 0)]
	InstrumentNotFound,
	/// The instrument is paused.
	#[codec(index = 1)]
	InstrumentPaused,
	/// The sender holds fewer units.
	#[codec(index = 2)]
	InsufficientUnits,
	/// The receiver is not on the instrument's allow-list.
	#[codec(index = 3)]
	ReceiverNotAllowed,
	/// The sender is not on the instrument's allow-list.
	#[codec(index = 4)]
	SenderNotAllowed,
	/// Zero units.
	#[codec(index = 5)]
	ZeroAmount,
	/// The receiver is the sender.
	#[codec(index = 6)]
	SelfTransfer,
	/// A regulator suspended the instrument.
	#[codec(index = 7)]
	InstrumentSuspended,
	/// The sender's account is frozen for this instrument.
	#[codec(index = 8)]
	SenderFrozen,
	/// The receiver's account is frozen for this instrument.
	#[codec(index = 9)]
	ReceiverFrozen,
	/// Part of the sender's units is frozen, and the rest is less than the amount.
	#[codec(index = 10)]
	UnitsFrozen,
	/// The bond matured: its units no longer move.
	#[codec(index = 11)]
	InstrumentClosed,
	/// The receiver lacks a claim the instrument requires (or it expired).
	#[codec(index = 12)]
	ReceiverIneligible(Ineligibility),
	/// The sender lacks a claim the instrument requires (or it expired).
	#[codec(index = 13)]
	SenderIneligible(Ineligibility),
	/// The sender's units outside its named books are fewer than the amount: move them back to
	/// its main book first.
	#[codec(index = 14)]
	UnitsInBooks,
}

/// A book's number within its owner's books, counted from 1 (0 is the main book: the units
/// not in a named book).
pub type BookId = u32;

mod trading;
pub use trading::*;
