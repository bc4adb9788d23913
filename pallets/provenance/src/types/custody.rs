//! Custody and ownership transfers.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

use super::FacilityId;

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
