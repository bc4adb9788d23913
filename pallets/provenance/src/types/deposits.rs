//! Storage deposits: what is held for which item.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

use super::{AttestationId, FacilityId, LotId};

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
