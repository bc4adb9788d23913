//! The runtime API's queries: pages of holdings and holders, and the upcoming actions.

use super::*;

#[test]
fn holdings_and_holders_come_in_pages_that_cover_everything_once() {
	run(|| {
		let ids: Vec<InstrumentId> = (0..5u8)
			.map(|n| {
				register(other_id(&[b'A', n]), InstrumentKind::Bond(bond_terms()), Compliance::Open)
			})
			.collect();
		for (n, id) in ids.iter().enumerate() {
			let n = u128::try_from(n).unwrap();
			assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), *id, ALICE, 10 + n));
		}
		for holder in 100..137u64 {
			assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), ids[0], holder, 1));
		}

		// ALICE's holdings, two at a time.
		let mut seen = Vec::new();
		let mut after = None;
		loop {
			let page = AssetRegistry::holdings_of(&ALICE, after, 2);
			assert!(page.len() <= 2);
			let Some(last) = page.last() else { break };
			after = Some(last.0);
			seen.extend(page);
		}
		seen.sort();
		let expected: Vec<(InstrumentId, Units)> =
			ids.iter().enumerate().map(|(n, id)| (*id, 10 + u128::try_from(n).unwrap())).collect();
		assert_eq!(seen, expected);

		// The first bond's 38 holders, ten at a time.
		let mut holders = Vec::new();
		let mut after = None;
		loop {
			let page = AssetRegistry::holders_of(ids[0], after, 10);
			let Some(last) = page.last() else { break };
			after = Some(last.0);
			holders.extend(page);
		}
		assert_eq!(holders.len(), 38);
		holders.sort();
		holders.dedup();
		assert_eq!(holders.len(), 38);
		assert!(holders.contains(&(ALICE, 10)));

		// A holder who sells everything leaves the portfolio.
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), ids[1], BOB, 11));
		assert!(!AssetRegistry::holdings_of(&ALICE, None, 10).iter().any(|(id, _)| *id == ids[1]));
		assert_eq!(AssetRegistry::holdings_of(&BOB, None, 10), vec![(ids[1], 11)]);
		// The page size is capped.
		assert!(AssetRegistry::holders_of(ids[0], None, u32::MAX).len() <= MAX_PAGE as usize);
	});
}

#[test]
fn upcoming_actions_say_when_and_how_much() {
	run(|| {
		let bond = open_bond();
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 40));
		let upcoming = AssetRegistry::upcoming_actions(bond);
		assert_eq!(upcoming.len(), 1);
		let (_, action, due) = &upcoming[0];
		assert_eq!(action.kind, ActionKind::Coupon(1));
		assert_eq!(action.record_date, AssetRegistry::coupon_date(&bond_terms(), 1));
		// 40 units × 1 000 × 5 % / 2.
		assert_eq!(*due, 1_000);
		assert!(AssetRegistry::upcoming_actions(99).is_empty());
	});
}
