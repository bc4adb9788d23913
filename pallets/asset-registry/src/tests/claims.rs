//! Claim-based compliance: holders need unexpired claims of the required topics, from issuers
//! the instrument trusts, on every path that gives or sends units.

use super::*;
use frame_support::{assert_noop, traits::fungible::InspectHold};
use sp_core::H256;

/// A KYC provider.
const KYC: AccountId = 7;
/// An issuer of claims the instrument does not trust.
const ROGUE: AccountId = 8;

fn claim(issuer: AccountId, subject: AccountId, topic: ClaimTopic, expires_at: Option<u64>) {
	assert_ok!(AssetRegistry::issue_claim(
		RuntimeOrigin::signed(issuer),
		subject,
		topic,
		H256::repeat_byte(0xC1),
		expires_at
	));
}

/// A `Claims` bond requiring KYC and accreditation from `KYC`, residence in DE or FR.
fn claims_bond() -> InstrumentId {
	for provider in [KYC, ROGUE] {
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), provider, 1_000));
	}
	let bond =
		register(Identifier::Isin(*ISIN), InstrumentKind::Bond(bond_terms()), Compliance::Claims);
	// Without rules, nobody may hold it.
	assert_noop!(
		AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 1),
		Error::<Test>::ReceiverMissingClaim
	);
	assert_ok!(AssetRegistry::set_claim_rules(
		RuntimeOrigin::signed(ISSUER),
		bond,
		vec![ClaimTopic::Kyc, ClaimTopic::Accredited],
		vec![KYC],
		vec![*b"DE", *b"FR"],
	));
	bond
}

#[test]
fn only_accounts_with_valid_claims_from_trusted_issuers_hold_a_claims_instrument() {
	run(|| {
		let bond = claims_bond();
		for topic in [ClaimTopic::Kyc, ClaimTopic::Accredited, ClaimTopic::Jurisdiction(*b"DE")] {
			claim(KYC, ALICE, topic, None);
		}
		assert_eq!(Balances::balance_on_hold(&HoldReason::Claim.into(), &KYC), 3 * CLAIM_DEPOSIT);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 100));

		let to_bob = || AssetRegistry::can_transfer(bond, &ALICE, &BOB, 10);
		assert_eq!(
			to_bob(),
			Err(TransferRefusal::ReceiverIneligible(Ineligibility::MissingClaim(ClaimTopic::Kyc)))
		);
		claim(KYC, BOB, ClaimTopic::Kyc, None);
		// A claim from an issuer the instrument does not trust counts for nothing.
		claim(ROGUE, BOB, ClaimTopic::Accredited, None);
		assert_eq!(
			to_bob(),
			Err(TransferRefusal::ReceiverIneligible(Ineligibility::MissingClaim(
				ClaimTopic::Accredited
			)))
		);
		claim(KYC, BOB, ClaimTopic::Accredited, None);
		claim(KYC, BOB, ClaimTopic::Jurisdiction(*b"US"), None);
		assert_eq!(
			to_bob(),
			Err(TransferRefusal::ReceiverIneligible(Ineligibility::MissingClaim(
				ClaimTopic::Jurisdiction(*b"DE")
			)))
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 10),
			Error::<Test>::ReceiverMissingClaim
		);
		claim(KYC, BOB, ClaimTopic::Jurisdiction(*b"FR"), None);
		assert_eq!(to_bob(), Ok(()));
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 10));

		// Revoked, a claim no longer admits its subject, on any path: a forced transfer too.
		assert_ok!(AssetRegistry::revoke_claim(
			RuntimeOrigin::signed(KYC),
			BOB,
			ClaimTopic::Accredited
		));
		System::assert_last_event(
			Event::ClaimRevoked { subject: BOB, issuer: KYC, topic: ClaimTopic::Accredited }.into(),
		);
		assert_noop!(
			AssetRegistry::force_transfer(
				RuntimeOrigin::signed(ISSUER),
				bond,
				ALICE,
				BOB,
				1,
				b"court".to_vec()
			),
			Error::<Test>::ReceiverMissingClaim
		);
		assert_eq!(
			AssetRegistry::can_transfer(bond, &BOB, &ALICE, 1),
			Err(TransferRefusal::SenderIneligible(Ineligibility::MissingClaim(
				ClaimTopic::Accredited
			)))
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(BOB), bond, ALICE, 1),
			Error::<Test>::SenderMissingClaim
		);
	});
}

#[test]
fn an_expired_claim_stops_its_subject_until_renewed() {
	run(|| {
		let bond = claims_bond();
		pallet_timestamp::Now::<Test>::put(1_000);
		for who in [ALICE, BOB] {
			claim(KYC, who, ClaimTopic::Accredited, None);
			claim(KYC, who, ClaimTopic::Jurisdiction(*b"DE"), None);
		}
		claim(KYC, ALICE, ClaimTopic::Kyc, Some(2_000));
		claim(KYC, BOB, ClaimTopic::Kyc, None);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 100));
		pallet_timestamp::Now::<Test>::put(2_000);
		assert_eq!(
			AssetRegistry::can_transfer(bond, &ALICE, &BOB, 1),
			Err(TransferRefusal::SenderIneligible(Ineligibility::ClaimExpired(ClaimTopic::Kyc)))
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 1),
			Error::<Test>::SenderClaimExpired
		);
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 1),
			Error::<Test>::ReceiverClaimExpired
		);
		// Renewing keeps the deposit already held.
		let held = Balances::balance_on_hold(&HoldReason::Claim.into(), &KYC);
		claim(KYC, ALICE, ClaimTopic::Kyc, Some(5_000));
		assert_eq!(Balances::balance_on_hold(&HoldReason::Claim.into(), &KYC), held);
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 1));
	});
}

#[test]
fn bad_claims_and_rules_are_refused_by_name() {
	run(|| {
		let bond = claims_bond();
		pallet_timestamp::Now::<Test>::put(1_000);
		let issue = |issuer, hash, expires_at| {
			AssetRegistry::issue_claim(
				RuntimeOrigin::signed(issuer),
				ALICE,
				ClaimTopic::Kyc,
				hash,
				expires_at,
			)
		};
		assert_noop!(issue(KYC, H256::zero(), None), Error::<Test>::ZeroContentHash);
		assert_noop!(
			issue(KYC, H256::repeat_byte(1), Some(1_000)),
			Error::<Test>::ClaimAlreadyExpired
		);
		assert!(issue(CHARLIE, H256::repeat_byte(1), None).is_err(), "no deposit, no claim");
		assert_noop!(
			AssetRegistry::revoke_claim(RuntimeOrigin::signed(KYC), ALICE, ClaimTopic::Kyc),
			Error::<Test>::ClaimNotFound
		);
		let rules = |who, instrument, trusted: Vec<AccountId>, required: Vec<ClaimTopic>| {
			AssetRegistry::set_claim_rules(
				RuntimeOrigin::signed(who),
				instrument,
				required,
				trusted,
				vec![],
			)
		};
		assert_noop!(rules(ALICE, bond, vec![KYC], vec![]), Error::<Test>::NotIssuer);
		assert_noop!(rules(ISSUER, bond, vec![], vec![]), Error::<Test>::NoTrustedIssuers);
		assert_noop!(
			rules(ISSUER, bond, vec![KYC], vec![ClaimTopic::Kyc; 4]),
			Error::<Test>::TooManyClaimRules
		);
		let open =
			register(other_id(b"OPEN"), InstrumentKind::Bond(bond_terms()), Compliance::Open);
		assert_noop!(rules(ISSUER, open, vec![KYC], vec![]), Error::<Test>::NotClaimsCompliance);
		// Rules with no topic and no jurisdiction admit anyone the rules name no claim for.
		assert_ok!(rules(ISSUER, bond, vec![KYC], vec![]));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, CHARLIE, 1));
	});
}
