//! Tests of the asset registry, one file per concern. Each runs through [`crate::mock::run`],
//! which checks the pallet's invariants afterwards.

mod actions;
mod backing;
mod books;
mod claims;
mod contracts;
mod controls;
mod documents;
mod holdings;
mod queries;
mod register;
mod settlement;

use crate::{mock::*, *};
use frame_support::{assert_ok, BoundedVec};

/// Apple's ISIN, a published example with a correct check digit.
pub const ISIN: &[u8; 12] = b"US0378331005";

/// Two years from 2026-01-01, in milliseconds.
pub const ISSUE: u64 = 1_767_225_600_000;
/// Two (Julian) years later.
pub const MATURITY: u64 = ISSUE + 2 * 31_557_600_000;

/// A 2-year semi-annual 5 % bond of face value 1 000 paid in asset 7.
pub fn bond_terms() -> BondTerms<AssetId, Balance> {
	BondTerms {
		face_value: 1_000,
		payment_asset: eur(),
		coupon_rate_bps: 500,
		coupon_frequency: CouponFrequency::SemiAnnual,
		issue_date: ISSUE,
		maturity_date: MATURITY,
		day_count: DayCount::Thirty360,
	}
}

/// An identifier of another scheme.
pub fn other_id(value: &[u8]) -> Identifier<Test> {
	Identifier::Other {
		scheme: BoundedVec::truncate_from(b"FIGI".to_vec()),
		value: BoundedVec::truncate_from(value.to_vec()),
	}
}

/// Registers an instrument of `kind` as `ISSUER`, identified by `identifier`; returns its id.
pub fn register(
	identifier: Identifier<Test>,
	kind: InstrumentKind<Test>,
	compliance: Compliance,
) -> InstrumentId {
	assert_ok!(AssetRegistry::register(
		RuntimeOrigin::signed(ISSUER),
		b"Lode Tin Bond".to_vec(),
		b"LTB26".to_vec(),
		identifier,
		2,
		kind,
		compliance,
	));
	LastInstrumentId::<Test>::get()
}

/// An open bond, registered.
pub fn open_bond() -> InstrumentId {
	register(Identifier::Isin(*ISIN), InstrumentKind::Bond(bond_terms()), Compliance::Open)
}
