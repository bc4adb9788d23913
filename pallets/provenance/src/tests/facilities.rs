//! Parties, issuers' accreditation and facility registration.

use crate::{mock::*, types::*, Error, Event, Facilities, Issuers, Parties};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

fn register(
	who: AccountId,
	country: [u8; 2],
	latitude: i32,
	longitude: i32,
	rmi_id: Option<Vec<u8>>,
	gln: Option<Gln>,
) -> sp_runtime::DispatchResult {
	Provenance::register_facility(
		signed(who),
		FacilityKind::Smelter,
		CountryCode(country),
		latitude,
		longitude,
		rmi_id,
		gln,
	)
}

#[test]
fn genesis_registers_parties_and_issuers() {
	new_test_ext(|| {
		assert_eq!(
			Parties::<Test>::get(MINER_A),
			Some(Party { roles: Roles::OPERATOR, jurisdiction: CountryCode(*b"CD") })
		);
		assert_eq!(Parties::<Test>::get(AUDITOR).map(|party| party.roles), Some(Roles::AUDITOR));
		assert_eq!(Parties::<Test>::get(STRANGER), None);
		assert_eq!(Issuers::<Test>::get(ISSUER_2), Some(Schemes::ALL));
	});
}

#[test]
fn governance_grants_and_revokes_roles() {
	new_test_ext(|| {
		let rwanda = CountryCode(*b"RW");
		assert_ok!(Provenance::grant_roles(root(), STRANGER, Roles::OPERATOR, rwanda));
		assert_eq!(
			Parties::<Test>::get(STRANGER),
			Some(Party { roles: Roles::OPERATOR, jurisdiction: rwanda })
		);
		assert_eq!(
			last_event(),
			Event::RolesGranted {
				who: STRANGER,
				granted: Roles::OPERATOR,
				roles: Roles::OPERATOR,
				jurisdiction: rwanda
			}
		);

		assert_ok!(Provenance::grant_roles(root(), STRANGER, Roles::AUDITOR, rwanda));
		assert_eq!(Parties::<Test>::get(STRANGER).map(|party| party.roles), Some(Roles::ALL));

		assert_ok!(Provenance::revoke_roles(root(), STRANGER, Roles::OPERATOR));
		assert_eq!(
			last_event(),
			Event::RolesRevoked { who: STRANGER, revoked: Roles::OPERATOR, roles: Roles::AUDITOR }
		);
		assert_eq!(Parties::<Test>::get(STRANGER).map(|party| party.roles), Some(Roles::AUDITOR));

		// Without roles left, the party is removed.
		assert_ok!(Provenance::revoke_roles(root(), STRANGER, Roles::AUDITOR));
		assert_eq!(Parties::<Test>::get(STRANGER), None);
	});
}

#[test]
fn only_governance_manages_parties_and_issuers() {
	new_test_ext(|| {
		let congo = CountryCode(*b"CD");
		assert_noop!(
			Provenance::grant_roles(signed(MINER_A), STRANGER, Roles::OPERATOR, congo),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Provenance::revoke_roles(signed(MINER_A), MINER_B, Roles::OPERATOR),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Provenance::accredit_issuer(signed(ISSUER), STRANGER, Schemes::ALL),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Provenance::withdraw_accreditation(signed(ISSUER), ISSUER_2),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn invalid_roles_and_jurisdictions_are_rejected() {
	new_test_ext(|| {
		let congo = CountryCode(*b"CD");
		assert_noop!(
			Provenance::grant_roles(root(), STRANGER, Roles::default(), congo),
			Error::<Test>::InvalidRoles
		);
		assert_noop!(
			Provenance::revoke_roles(root(), MINER_A, Roles::default()),
			Error::<Test>::InvalidRoles
		);
		for bad in [*b"cd", *b"C1", *b"  ", [0xC3, 0x89]] {
			assert_noop!(
				Provenance::grant_roles(root(), STRANGER, Roles::OPERATOR, CountryCode(bad)),
				Error::<Test>::InvalidCountryCode
			);
		}
	});
}

#[test]
fn revoking_roles_of_an_unknown_party_fails() {
	new_test_ext(|| {
		assert_noop!(
			Provenance::revoke_roles(root(), STRANGER, Roles::OPERATOR),
			Error::<Test>::NotAParty
		);
	});
}

#[test]
fn operator_registers_a_facility_with_external_ids() {
	new_test_ext(|| {
		let gln = Gln(*b"5412345000013");
		assert_ok!(register(
			SMELTER,
			*b"CN",
			31_230_400,
			121_473_700,
			Some(b"CID001234".to_vec()),
			Some(gln)
		));
		let stored = Facilities::<Test>::get(0).expect("facility 0 registered");
		assert_eq!(stored.kind, FacilityKind::Smelter);
		assert_eq!(stored.country, CountryCode(*b"CN"));
		assert_eq!((stored.latitude, stored.longitude), (31_230_400, 121_473_700));
		assert_eq!(stored.rmi_id.map(|id| id.into_inner()), Some(b"CID001234".to_vec()));
		assert_eq!(stored.gln, Some(gln));
		assert_eq!(stored.operator, SMELTER);
		assert_eq!(
			last_event(),
			Event::FacilityRegistered {
				facility: 0,
				operator: SMELTER,
				kind: FacilityKind::Smelter,
				country: CountryCode(*b"CN"),
				latitude: 31_230_400,
				longitude: 121_473_700,
				rmi_id: Some(b"CID001234".to_vec().try_into().expect("fits")),
				gln: Some(gln),
			}
		);
		// Ids count up.
		assert_eq!(facility(MINER_A, FacilityKind::Mine), 1);
	});
}

#[test]
fn only_operators_register_facilities() {
	new_test_ext(|| {
		assert_noop!(register(STRANGER, *b"CD", 0, 0, None, None), Error::<Test>::NotAParty);
		assert_noop!(register(AUDITOR, *b"CD", 0, 0, None, None), Error::<Test>::MissingRole);
	});
}

#[test]
fn facility_country_must_be_two_uppercase_letters() {
	new_test_ext(|| {
		for bad in [*b"cd", *b"C1", *b"-D", [0, 0]] {
			assert_noop!(
				register(SMELTER, bad, 0, 0, None, None),
				Error::<Test>::InvalidCountryCode
			);
		}
	});
}

#[test]
fn coordinates_are_range_checked() {
	new_test_ext(|| {
		for (latitude, longitude) in
			[(90_000_001, 0), (-90_000_001, 0), (0, 180_000_001), (0, -180_000_001)]
		{
			assert_noop!(
				register(SMELTER, *b"CD", latitude, longitude, None, None),
				Error::<Test>::InvalidCoordinates
			);
		}
		assert_ok!(register(SMELTER, *b"CD", 90_000_000, -180_000_000, None, None));
		assert_ok!(register(SMELTER, *b"CD", -90_000_000, 180_000_000, None, None));
	});
}

#[test]
fn external_ids_are_bounded_and_not_empty() {
	new_test_ext(|| {
		assert_noop!(
			register(SMELTER, *b"CD", 0, 0, Some(vec![]), None),
			Error::<Test>::InvalidExternalId
		);
		assert_noop!(
			register(SMELTER, *b"CD", 0, 0, Some(vec![b'C'; 17]), None),
			Error::<Test>::ExternalIdTooLong
		);
		assert_ok!(register(SMELTER, *b"CD", 0, 0, Some(vec![b'C'; 16]), None));
	});
}

#[test]
fn gln_check_digit_is_verified() {
	new_test_ext(|| {
		assert!(Gln(*b"5412345000013").is_valid());
		assert!(Gln(*b"0614141000036").is_valid());
		assert!(!Gln(*b"5412345000014").is_valid());
		assert!(!Gln(*b"541234500001A").is_valid());
		assert!(!Gln(*b"541234500 013").is_valid());

		assert_noop!(
			register(SMELTER, *b"CD", 0, 0, None, Some(Gln(*b"5412345000014"))),
			Error::<Test>::InvalidGln
		);
		assert_noop!(
			register(SMELTER, *b"CD", 0, 0, None, Some(Gln(*b"54123450000AB"))),
			Error::<Test>::InvalidGln
		);
		assert_ok!(register(SMELTER, *b"CD", 0, 0, None, Some(Gln(*b"0614141000036"))));
	});
}
