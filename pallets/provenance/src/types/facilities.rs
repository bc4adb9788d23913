//! Facilities: their kinds, GS1 location numbers and records.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{traits::Get, BoundedVec};
use scale_info::TypeInfo;
use sp_runtime::Debug;

use super::CountryCode;

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
