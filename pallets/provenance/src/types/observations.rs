//! Observations: EPCIS-style business steps, dispositions and event references.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Debug;

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
