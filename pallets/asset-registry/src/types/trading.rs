//! Types of corporate actions, contracts, settlements and books.

use super::{InstrumentId, Moment, Units};
use crate::{AssetIdOf, BalanceOf, Config};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound};
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;
use sp_runtime::Debug;

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
