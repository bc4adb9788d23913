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

/// A corporate action's number, counted from 1.
pub type ActionId = u64;

/// What a corporate action pays.
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
pub enum ActionKind {
	/// A bond's coupon, numbered from 1.
	#[codec(index = 0)]
	Coupon(u32),
	/// A bond's last coupon (its number) with its principal: each holder's units are cancelled
	/// as it is paid, and the bond closes.
	#[codec(index = 1)]
	Redemption(u32),
	/// An equity's dividend, declared by its issuer.
	#[codec(index = 2)]
	Dividend,
}

/// Where a corporate action stands.
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
pub enum ActionStatus {
	/// Waiting for its record date.
	#[codec(index = 0)]
	Scheduled,
	/// Its record date passed and the whole payment is in the pot, which pays the holders of
	/// record a bounded number per block.
	#[codec(index = 1)]
	Paying,
	/// At its record date the issuer could not pay the whole amount: nothing was paid, the
	/// holders of record are kept, and the issuer may still pay it (`cure_default`).
	#[codec(index = 2)]
	Defaulted,
	/// Every holder of record was paid or its share made claimable.
	#[codec(index = 3)]
	Completed,
	/// The issuer withdrew it before its record date.
	#[codec(index = 4)]
	Cancelled,
}

/// A payment to the holders of an instrument: a coupon, a redemption or a dividend. Each holder
/// of record is entitled to `units × numerator / denominator` of the payment asset, rounded
/// down to its smallest unit; the rounding's dust returns to the issuer at the end.
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
pub struct CorporateAction<T: Config> {
	/// The instrument it pays.
	pub instrument: InstrumentId,
	/// What it pays.
	pub kind: ActionKind,
	/// Its record date (a timestamp of the runtime's clock, milliseconds).
	pub record_date: Moment,
	/// The asset it pays in.
	pub asset: AssetIdOf<T>,
	/// Each holder's entitlement is `units × numerator / denominator`, rounded down. A
	/// dividend's numerator is the declared total and its denominator the supply at the
	/// record date.
	pub numerator: u128,
	/// See `numerator`.
	pub denominator: u128,
	/// Where it stands.
	pub status: ActionStatus,
	/// Units outstanding at the record date.
	pub supply: Units,
	/// Accounts holding units at the record date.
	pub holders: u32,
	/// What all holders of record are owed together, rounded down (known at the record date).
	pub due: BalanceOf<T>,
	/// What the issuer moved into the pot.
	pub funded: BalanceOf<T>,
	/// What the pot paid to holders.
	pub paid: BalanceOf<T>,
	/// What holders could not be paid (frozen, or their account could not receive) and may
	/// claim.
	pub withheld: BalanceOf<T>,
	/// Holders of record settled (paid or their share made claimable).
	pub settled: u32,
	/// The block its record date was acted on.
	pub executed_at: Option<BlockNumberFor<T>>,
}

/// How far the pot has paid a corporate action's holders of record.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum PayoutCursor {
	/// Walking the current holdings, after this storage key (none: from the start).
	#[codec(index = 0)]
	Holdings(Option<BoundedVec<u8, RawKeyLimit>>),
	/// Walking the holders whose holding changed after the record date.
	#[codec(index = 1)]
	Changed(Option<BoundedVec<u8, RawKeyLimit>>),
	/// Removing the action's record of changed holdings, from this cursor.
	#[codec(index = 2)]
	ClearRecords(Option<BoundedVec<u8, RawKeyLimit>>),
	/// Removing the action's marks of settled holders, from this cursor.
	#[codec(index = 3)]
	ClearSettled(Option<BoundedVec<u8, RawKeyLimit>>),
}

/// The longest storage key a payout cursor keeps.
pub type RawKeyLimit = frame_support::traits::ConstU32<256>;

/// Why a holder's payment was kept for it to claim instead of paid.
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
pub enum WithheldReason {
	/// The holder's account is frozen for the instrument.
	#[codec(index = 0)]
	Frozen,
	/// The holder's account could not receive the payment asset (below its minimum balance,
	/// or the asset refused it).
	#[codec(index = 1)]
	CannotReceive,
}

/// Where a contract stands: its parties sign the document's hash, then it is executed; any
/// party or the issuer may terminate it.
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
pub enum ContractStatus {
	/// Open for the parties' signatures.
	#[codec(index = 0)]
	Draft,
	/// Every party signed.
	#[codec(index = 1)]
	Signed,
	/// In force: a party or the issuer declared it executed.
	#[codec(index = 2)]
	Executed,
	/// Ended or withdrawn, for a stated reason: nothing changes it any more.
	#[codec(index = 3)]
	Terminated,
}

/// A contract's status and signatures.
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
pub struct ContractRecord<T: Config> {
	/// Where it stands.
	pub status: ContractStatus,
	/// The parties who signed, each with the block it signed in.
	pub signatures: BoundedVec<(T::AccountId, BlockNumberFor<T>), T::MaxParties>,
}

/// A settlement's number, counted from 1.
pub type SettlementId = u64;

/// What a leg of a settlement moves.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub enum LegAsset<AssetId, Balance> {
	/// Units of an instrument of this registry, through its compliance.
	#[codec(index = 0)]
	Units {
		/// The instrument.
		instrument: InstrumentId,
		/// Units moved.
		amount: Units,
	},
	/// A payment in native LODE or a token.
	#[codec(index = 1)]
	Payment {
		/// The asset.
		asset: AssetId,
		/// The amount.
		amount: Balance,
	},
}

/// One leg of a settlement: `from` gives `asset` to `to`.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Debug,
)]
pub struct Leg<AccountId, AssetId, Balance> {
	/// Who gives.
	pub from: AccountId,
	/// Who receives.
	pub to: AccountId,
	/// What moves.
	pub asset: LegAsset<AssetId, Balance>,
}

/// A leg in the runtime's types.
pub type LegOf<T> = Leg<<T as frame_system::Config>::AccountId, AssetIdOf<T>, BalanceOf<T>>;

/// Where a settlement stands.
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
pub enum SettlementStatus {
	/// Waiting for its parties' affirmations (or, affirmed by all, for a leg that could not
	/// move to become possible: any party may try it again).
	#[codec(index = 0)]
	Pending,
	/// Every leg moved, in one step.
	#[codec(index = 1)]
	Settled,
	/// Withdrawn before it settled: nothing moved.
	#[codec(index = 2)]
	Cancelled,
}

/// The most parties of a settlement: each leg's two accounts.
pub struct MaxSettlementParties<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::Get<u32> for MaxSettlementParties<T> {
	fn get() -> u32 {
		<T::MaxLegs as frame_support::traits::Get<u32>>::get().saturating_mul(2)
	}
}

/// A trade of instrument units against payments (delivery versus payment), two legs or more:
/// it settles whole, once every party affirmed, or not at all.
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
pub struct SettlementRecord<T: Config> {
	/// Who proposed it (and holds its deposit).
	pub proposer: T::AccountId,
	/// Its legs, moved in order.
	pub legs: BoundedVec<LegOf<T>, T::MaxLegs>,
	/// Every account a leg names: each affirms.
	pub parties: BoundedVec<T::AccountId, MaxSettlementParties<T>>,
	/// The parties who affirmed.
	pub affirmed: BoundedVec<T::AccountId, MaxSettlementParties<T>>,
	/// Where it stands.
	pub status: SettlementStatus,
	/// The deposit held from the proposer while it is pending.
	pub deposit: BalanceOf<T>,
	/// The block it was proposed in.
	pub proposed_at: BlockNumberFor<T>,
	/// The block it settled in.
	pub settled_at: Option<BlockNumberFor<T>>,
}
