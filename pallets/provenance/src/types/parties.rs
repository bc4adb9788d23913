//! Parties and who acts: roles, country codes, party records and the actor behind a status.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Debug;

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
