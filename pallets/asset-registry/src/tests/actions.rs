//! Corporate actions: coupons, redemption and dividends that execute themselves at their record
//! dates, pay every holder of record once from a pot in bounded work per block, keep a frozen
//! holder's share claimable, and default without paying anyone when the issuer is short.

use super::*;
use frame_support::{
	assert_noop,
	traits::{
		fungible::{InspectHold, NativeOrWithId},
		fungibles::Inspect,
		tokens::{Fortitude, Preservation},
	},
};

/// A coupon period of a semi-annual bond, in milliseconds.
const PERIOD: u64 = 31_557_600_000 / 2;

/// The registry's events since the last reset.
fn registry_events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::AssetRegistry(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// `who`'s balance of a payment asset.
fn balance_of(asset: AssetId, who: AccountId) -> Balance {
	<Test as Config>::Payments::balance(asset, &who)
}

/// The instrument's scheduled actions.
fn upcoming(id: InstrumentId) -> Vec<CorporateAction<Test>> {
	Upcoming::<Test>::get(id)
		.into_iter()
		.map(|action| Actions::<Test>::get(action).expect("a scheduled action exists"))
		.collect()
}

/// An equity paying its dividends in `asset`, registered by `ISSUER`.
fn equity(asset: AssetId) -> InstrumentId {
	let terms = EquityTerms {
		authorised_shares: 1_000_000,
		dividend_asset: asset,
		classes: BoundedVec::truncate_from(vec![ShareClass {
			name: BoundedVec::truncate_from(b"A".to_vec()),
			votes_per_share: 1,
		}]),
	};
	register(other_id(b"EQ"), InstrumentKind::Equity(terms), Compliance::Open)
}

/// The number of the last action.
fn last_action() -> ActionId {
	LastActionId::<Test>::get()
}

#[test]
fn a_bond_schedules_its_first_payment_at_registration() {
	run(|| {
		let id = open_bond();
		let scheduled = upcoming(id);
		assert_eq!(scheduled.len(), 1);
		assert_eq!(scheduled[0].kind, ActionKind::Coupon(1));
		assert_eq!(scheduled[0].record_date, ISSUE + PERIOD);
		assert_eq!(scheduled[0].status, ActionStatus::Scheduled);
		System::assert_has_event(
			Event::ActionScheduled {
				action: last_action(),
				instrument: id,
				kind: ActionKind::Coupon(1),
				record_date: ISSUE + PERIOD,
				asset: eur(),
			}
			.into(),
		);

		// Registered in its second period, a bond starts with its second coupon; a zero-coupon
		// bond only has its redemption; a matured one is refused.
		pallet_timestamp::Now::<Test>::put(ISSUE + PERIOD + 1);
		let later =
			register(other_id(b"LATE"), InstrumentKind::Bond(bond_terms()), Compliance::Open);
		assert_eq!(upcoming(later)[0].kind, ActionKind::Coupon(2));
		assert_eq!(upcoming(later)[0].record_date, ISSUE + 2 * PERIOD);
		let zero = BondTerms { coupon_rate_bps: 0, ..bond_terms() };
		let zero = register(other_id(b"ZERO"), InstrumentKind::Bond(zero), Compliance::Open);
		assert_eq!(upcoming(zero)[0].kind, ActionKind::Redemption(4));
		assert_eq!(upcoming(zero)[0].record_date, MATURITY);
		pallet_timestamp::Now::<Test>::put(MATURITY);
		assert_noop!(
			AssetRegistry::register(
				RuntimeOrigin::signed(ISSUER),
				b"Old".to_vec(),
				b"OLD".to_vec(),
				other_id(b"OLD"),
				0,
				InstrumentKind::Bond(bond_terms()),
				Compliance::Open,
			),
			Error::<Test>::MaturityPassed
		);
	});
}

#[test]
fn a_bond_whose_redemption_would_not_fit_the_balance_type_cannot_grow_that_far() {
	run(|| {
		let id = open_bond();
		let too_many = u128::MAX / 1_000;
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, too_many),
			Error::<Test>::PaymentTooLarge
		);
		let huge = BondTerms { face_value: u128::MAX / 2, ..bond_terms() };
		assert_noop!(
			AssetRegistry::register(
				RuntimeOrigin::signed(ISSUER),
				b"Huge".to_vec(),
				b"HUGE".to_vec(),
				other_id(b"HUGE"),
				0,
				InstrumentKind::Bond(huge),
				Compliance::Open,
			),
			Error::<Test>::FaceValueTooLarge
		);
	});
}

/// A holder's units in the 1 000-holder bond: 1 to 10.
fn units_of(holder: AccountId) -> Units {
	1 + u128::from(holder % 10)
}

/// A coupon of `units` of the 1 000-holder bond (face 1 001, 3.33 % a year, semi-annual):
/// `units × 1 001 × 333 / 20 000`, rounded down.
fn coupon_of(units: Units) -> Balance {
	units * 1_001 * 333 / 20_000
}

#[test]
fn a_two_year_semi_annual_bond_pays_1000_holders_each_coupon_once_and_its_principal_at_maturity() {
	run(|| {
		let terms = BondTerms { face_value: 1_001, coupon_rate_bps: 333, ..bond_terms() };
		let id = register(Identifier::Isin(*ISIN), InstrumentKind::Bond(terms), Compliance::Open);
		let holders: Vec<AccountId> = (1_000..2_000).collect();
		for holder in &holders {
			assert_ok!(AssetRegistry::issue(
				RuntimeOrigin::signed(ISSUER),
				id,
				*holder,
				units_of(*holder)
			));
		}
		let supply: Units = holders.iter().map(|h| units_of(*h)).sum();
		assert_eq!(supply, 5_500);
		let frozen = holders[0];
		assert_ok!(AssetRegistry::freeze(RuntimeOrigin::signed(ISSUER), id, frozen));
		let deposit = Instruments::<Test>::get(id).unwrap().deposit;
		let reserved = Balances::total_balance_on_hold(&ISSUER);

		let mut received: Vec<Balance> = vec![0; holders.len()];
		for number in 1..=4u32 {
			let date = ISSUE + u64::from(number) * PERIOD;
			let action = Upcoming::<Test>::get(id)[0];
			let before = balance_of(eur(), ISSUER);
			// A millisecond before the date, nothing happens.
			System::reset_events();
			next_block_at(date - 1);
			assert!(registry_events().is_empty());
			assert_eq!(Actions::<Test>::get(action).unwrap().status, ActionStatus::Scheduled);

			// At the date the record is taken and the pot funded; the pot then pays, at most
			// `ActionWeight` a block, every holder once.
			let blocks = run_payouts_at(date);
			let record = Actions::<Test>::get(action).unwrap();
			assert_eq!(record.status, ActionStatus::Completed);
			assert_eq!(record.supply, supply);
			assert_eq!(record.holders, 1_000);
			assert_eq!(record.settled, 1_000);
			let principal = if number == 4 { 1_001 } else { 0 };
			assert_eq!(
				record.kind,
				if number == 4 { ActionKind::Redemption(4) } else { ActionKind::Coupon(number) }
			);
			// 1 000 payments, 100 a block, then the records cleared: a bounded number of blocks.
			assert!(blocks <= 30, "coupon {number} took {blocks} blocks");

			let events = registry_events();
			let paid: Vec<(AccountId, Balance)> = events
				.iter()
				.filter_map(|event| match event {
					Event::HolderPaid { action: a, holder, amount, .. } if *a == action => {
						Some((*holder, *amount))
					},
					_ => None,
				})
				.collect();
			let withheld = events
				.iter()
				.filter(
					|event| matches!(event, Event::PaymentWithheld { action: a, .. } if *a == action),
				)
				.count();
			let frozen_now = number == 1;
			assert_eq!(paid.len() + withheld, 1_000, "every holder settled once");
			assert_eq!(withheld, usize::from(frozen_now));
			let mut owed_total = 0;
			for (index, holder) in holders.iter().enumerate() {
				let owed = coupon_of(units_of(*holder)) + principal * units_of(*holder);
				owed_total += owed;
				if frozen_now && *holder == frozen {
					assert_eq!(Claimable::<Test>::get(action, holder), Some(owed));
					continue;
				}
				received[index] += owed;
				assert_eq!(balance_of(eur(), *holder), received[index], "holder {holder}");
			}
			// The issuer paid exactly what the holders were owed: the rounding's dust (under
			// one smallest unit a holder) came back; the first funding also left the token's
			// minimum balance in the pot, which keeps the pot's account.
			let reserve = if number == 1 { EUR_MIN } else { 0 };
			assert_eq!(before - balance_of(eur(), ISSUER), owed_total + reserve);
			let due = (supply * (1_001 * 333 + principal * 20_000)) / 20_000;
			assert_eq!(record.due, due);
			assert!(due - owed_total < 1_000);
			System::assert_has_event(
				Event::ActionCompleted {
					action,
					instrument: id,
					paid: owed_total - if frozen_now { coupon_of(units_of(frozen)) } else { 0 },
					withheld: if frozen_now { coupon_of(units_of(frozen)) } else { 0 },
					returned: due - owed_total,
				}
				.into(),
			);
			assert_eq!(
				balance_of(eur(), AssetRegistry::pot_account()),
				EUR_MIN + if frozen_now { coupon_of(units_of(frozen)) } else { 0 }
			);

			if frozen_now {
				// The frozen holder's coupon waits for it; once thawed it claims it, once.
				assert_noop!(
					AssetRegistry::claim(RuntimeOrigin::signed(frozen), action),
					Error::<Test>::HolderFrozen
				);
				assert_ok!(AssetRegistry::thaw(RuntimeOrigin::signed(ISSUER), id, frozen));
				assert_ok!(AssetRegistry::claim(RuntimeOrigin::signed(frozen), action));
				received[0] += coupon_of(units_of(frozen));
				assert_eq!(balance_of(eur(), frozen), received[0]);
				System::assert_has_event(
					Event::Claimed { action, holder: frozen, amount: coupon_of(units_of(frozen)) }
						.into(),
				);
				assert_noop!(
					AssetRegistry::claim(RuntimeOrigin::signed(frozen), action),
					Error::<Test>::NothingToClaim
				);
			}
		}

		// Repaid: every unit cancelled, the bond closed, its deposit back with the issuer.
		let bond = Instruments::<Test>::get(id).unwrap();
		assert_eq!((bond.supply, bond.holders, bond.status), (0, 0, InstrumentStatus::Closed));
		assert_eq!(Holdings::<Test>::iter_prefix(id).count(), 0);
		assert!(Upcoming::<Test>::get(id).is_empty());
		assert_eq!(Balances::total_balance_on_hold(&ISSUER), reserved - deposit);
		System::assert_has_event(
			Event::BondClosed { instrument: id, deposit_released: deposit }.into(),
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(holders[1]), id, ALICE, 1),
			Error::<Test>::InstrumentClosed
		);
		assert_noop!(
			AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 1),
			Error::<Test>::InstrumentClosed
		);
		assert_noop!(
			AssetRegistry::pause(RuntimeOrigin::signed(ISSUER), id),
			Error::<Test>::InstrumentClosed
		);
		assert_eq!(
			AssetRegistry::can_transfer(id, &holders[1], &ALICE, 1),
			Err(TransferRefusal::InstrumentClosed)
		);
		// Nothing is left in the pot but its reserve, and no record of the payouts remains.
		assert_eq!(balance_of(eur(), AssetRegistry::pot_account()), EUR_MIN);
		assert_eq!(Records::<Test>::iter().count() + Settled::<Test>::iter().count(), 0);
	});
}

#[test]
fn each_block_stays_within_the_weight_corporate_actions_are_given() {
	run(|| {
		let id = open_bond();
		for holder in 1_000..1_450 {
			assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, holder, 3));
		}
		let date = ISSUE + PERIOD;
		let mut blocks = 0;
		loop {
			let used = next_block_at(date);
			blocks += 1;
			assert!(used.all_lte(ActionWeight::get()), "block {blocks} used {used:?}");
			if Payouts::<Test>::iter().next().is_none() {
				break;
			}
		}
		// 450 holders at 100 a block, then their settled marks cleared.
		assert!((5..=10).contains(&blocks), "{blocks} blocks");
		// Once nothing is due, a block costs only the look at the schedule.
		assert_eq!(next_block_at(date + 1), <() as WeightInfo>::on_initialize_idle());
	});
}

#[test]
fn an_issuer_short_of_funds_defaults_and_nobody_is_paid_until_it_cures() {
	run(|| {
		// Paid in native LODE: 1 000 units × 25 a coupon is more than the issuer has.
		let terms = BondTerms { payment_asset: NativeOrWithId::Native, ..bond_terms() };
		let id = register(Identifier::Isin(*ISIN), InstrumentKind::Bond(terms), Compliance::Open);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 600));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, BOB, 400));
		let action = Upcoming::<Test>::get(id)[0];
		let (alice, bob, issuer) = (
			Balances::free_balance(ALICE),
			Balances::free_balance(BOB),
			Balances::free_balance(ISSUER),
		);
		let date = ISSUE + PERIOD;
		let available = <Test as Config>::Payments::reducible_balance(
			NativeOrWithId::Native,
			&ISSUER,
			Preservation::Preserve,
			Fortitude::Polite,
		);
		assert!(available < 25_000);
		run_payouts_at(date);

		let record = Actions::<Test>::get(action).unwrap();
		assert_eq!(record.status, ActionStatus::Defaulted);
		assert_eq!(record.due, 25_000);
		assert!(InDefault::<Test>::contains_key(id, action));
		System::assert_has_event(
			Event::Defaulted { action, instrument: id, due: 25_000, available }.into(),
		);
		// No partial payment: nobody received anything, the issuer kept everything.
		assert_eq!(
			(
				Balances::free_balance(ALICE),
				Balances::free_balance(BOB),
				Balances::free_balance(ISSUER)
			),
			(alice, bob, issuer)
		);
		assert!(!registry_events().iter().any(|e| matches!(e, Event::HolderPaid { .. })));
		// The schedule stops at the default.
		assert!(Upcoming::<Test>::get(id).is_empty());

		// The bond still trades; the holders of record stay those of the record date.
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), id, CHARLIE, 600));
		assert_noop!(
			AssetRegistry::cure_default(RuntimeOrigin::signed(ISSUER), action),
			Error::<Test>::InsufficientFunds
		);
		assert_noop!(
			AssetRegistry::cure_default(RuntimeOrigin::signed(ALICE), action),
			Error::<Test>::NotIssuer
		);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), ISSUER, 100_000));
		assert_ok!(AssetRegistry::cure_default(RuntimeOrigin::signed(ISSUER), action));
		System::assert_has_event(
			Event::DefaultCured { action, instrument: id, funded: 25_000 }.into(),
		);
		assert_noop!(
			AssetRegistry::cure_default(RuntimeOrigin::signed(ISSUER), action),
			Error::<Test>::NotInDefault
		);
		assert_noop!(
			AssetRegistry::cure_default(RuntimeOrigin::signed(ISSUER), 999),
			Error::<Test>::ActionNotFound
		);
		run_payouts_at(date + 1);
		assert_eq!(Balances::free_balance(ALICE), alice + 15_000);
		assert_eq!(Balances::free_balance(BOB), bob + 10_000);
		assert_eq!(Balances::free_balance(CHARLIE), 0);
		assert_eq!(Actions::<Test>::get(action).unwrap().status, ActionStatus::Completed);
		assert!(!InDefault::<Test>::contains_key(id, action));
		// The schedule goes on with the next coupon.
		assert_eq!(upcoming(id)[0].kind, ActionKind::Coupon(2));
	});
}

#[test]
fn a_dividend_goes_to_the_holders_at_the_record_date_whatever_moves_after_it() {
	run(|| {
		let id = equity(eur());
		// 250 holders of 4 shares: three blocks of payments, so the payout is under way while
		// shares move.
		let holders: Vec<AccountId> = (1_000..1_250).collect();
		for holder in &holders {
			assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, *holder, 4));
		}
		let record_date = 1_800_000_000_000;
		pallet_timestamp::Now::<Test>::put(record_date - 10);
		assert_ok!(AssetRegistry::declare_dividend(
			RuntimeOrigin::signed(ISSUER),
			id,
			record_date,
			7_777
		));
		let action = last_action();
		// Before the record date, a transfer moves the entitlement with the shares.
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(holders[0]), id, ALICE, 4));

		next_block_at(record_date);
		assert_eq!(Actions::<Test>::get(action).unwrap().status, ActionStatus::Paying);
		assert_eq!(Actions::<Test>::get(action).unwrap().due, 7_777);
		// Mid-payout: some holders are paid, some not. Shares move both ways and to newcomers.
		let paid: Vec<AccountId> =
			holders.iter().copied().filter(|h| Settled::<Test>::contains_key(action, h)).collect();
		let unpaid: Vec<AccountId> = holders[1..]
			.iter()
			.copied()
			.filter(|h| !Settled::<Test>::contains_key(action, h))
			.collect();
		assert!(
			paid.len() >= 50 && unpaid.len() >= 50,
			"{} paid, {} unpaid",
			paid.len(),
			unpaid.len()
		);
		for pair in 0..20 {
			let (done, waiting) = (paid[pair], unpaid[pair]);
			assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(waiting), id, done, 4));
			assert_ok!(AssetRegistry::transfer(
				RuntimeOrigin::signed(done),
				id,
				5_000 + waiting,
				8
			));
			assert_ok!(AssetRegistry::transfer(
				RuntimeOrigin::signed(unpaid[20 + pair]),
				id,
				BOB,
				2
			));
		}
		run_payouts_at(record_date);

		// 1 000 shares at the record date: 7.777 a share, rounded down per holding.
		let per_holding = 4 * 7_777 / 1_000;
		for holder in holders.iter().skip(1) {
			assert_eq!(balance_of(eur(), *holder), per_holding, "holder {holder}");
		}
		assert_eq!(balance_of(eur(), holders[0]), 0);
		assert_eq!(balance_of(eur(), ALICE), per_holding);
		assert_eq!(balance_of(eur(), BOB), 0);
		assert_eq!(balance_of(eur(), 5_000 + unpaid[0]), 0);
		let record = Actions::<Test>::get(action).unwrap();
		assert_eq!(record.settled, 250);
		assert_eq!(record.paid, 250 * per_holding);
		System::assert_has_event(
			Event::ActionCompleted {
				action,
				instrument: id,
				paid: 250 * per_holding,
				withheld: 0,
				returned: 7_777 - 250 * per_holding,
			}
			.into(),
		);
	});
}

#[test]
fn dividends_are_declared_and_cancelled_by_the_issuer_only() {
	run(|| {
		let id = equity(eur());
		let bond = open_bond();
		let date = 1_800_000_000_000;
		pallet_timestamp::Now::<Test>::put(date - 1);
		let declare = |who, instrument, record_date, total| {
			AssetRegistry::declare_dividend(
				RuntimeOrigin::signed(who),
				instrument,
				record_date,
				total,
			)
		};
		assert_noop!(declare(ALICE, id, date, 100), Error::<Test>::NotIssuer);
		assert_noop!(declare(ISSUER, 99, date, 100), Error::<Test>::InstrumentNotFound);
		assert_noop!(declare(ISSUER, bond, date, 100), Error::<Test>::NotAnEquity);
		assert_noop!(declare(ISSUER, id, date, 0), Error::<Test>::ZeroAmount);
		assert_noop!(declare(ISSUER, id, date - 1, 100), Error::<Test>::RecordDateNotFuture);
		for offset in 0..u64::from(MAX_OPEN) {
			assert_ok!(declare(ISSUER, id, date + offset, 100));
		}
		assert_noop!(declare(ISSUER, id, date + 9, 100), Error::<Test>::TooManyActions);
		let first = last_action() - 2;
		assert_eq!(Actions::<Test>::get(first).unwrap().kind, ActionKind::Dividend);

		let cancel =
			|who, action| AssetRegistry::cancel_dividend(RuntimeOrigin::signed(who), action);
		assert_noop!(cancel(ALICE, first), Error::<Test>::NotIssuer);
		assert_noop!(cancel(ISSUER, 999), Error::<Test>::ActionNotFound);
		assert_noop!(cancel(ISSUER, Upcoming::<Test>::get(bond)[0]), Error::<Test>::NotCancellable);
		assert_ok!(cancel(ISSUER, first));
		System::assert_has_event(
			Event::ActionCancelled { action: first, instrument: id, by: ISSUER }.into(),
		);
		assert_eq!(Actions::<Test>::get(first).unwrap().status, ActionStatus::Cancelled);
		assert_noop!(cancel(ISSUER, first), Error::<Test>::NotScheduled);
		assert_ok!(declare(ISSUER, id, date + 9, 100));

		// A dividend on no shares pays nothing and completes at its record date; once acted
		// on, it can no longer be cancelled.
		next_block_at(date + 1);
		let second = first + 1;
		assert_eq!(Actions::<Test>::get(second).unwrap().status, ActionStatus::Completed);
		assert_noop!(cancel(ISSUER, second), Error::<Test>::NotScheduled);
		assert_eq!(Actions::<Test>::get(first).unwrap().status, ActionStatus::Cancelled);
	});
}

#[test]
fn a_holder_who_cannot_receive_the_asset_keeps_its_share_to_claim() {
	run(|| {
		// GOLD is not a sufficient token: an account needs a native balance to hold it.
		let gold = NativeOrWithId::WithId(GOLD);
		assert_ok!(Assets::mint(RuntimeOrigin::signed(ISSUER), GOLD, ISSUER, 1_000_000));
		let id = equity(gold.clone());
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, ALICE, 10));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), id, CHARLIE, 10));
		let date = 1_800_000_000_000;
		pallet_timestamp::Now::<Test>::put(date - 1);
		assert_ok!(AssetRegistry::declare_dividend(RuntimeOrigin::signed(ISSUER), id, date, 1_000));
		let action = last_action();
		run_payouts_at(date);

		assert_eq!(balance_of(gold.clone(), ALICE), 500);
		assert_eq!(balance_of(gold.clone(), CHARLIE), 0);
		assert_eq!(Claimable::<Test>::get(action, CHARLIE), Some(500));
		System::assert_has_event(
			Event::PaymentWithheld {
				action,
				holder: CHARLIE,
				units: 10,
				amount: 500,
				reason: WithheldReason::CannotReceive,
			}
			.into(),
		);
		// Still unable to receive, the claim fails and changes nothing; with a native balance
		// it succeeds.
		assert!(AssetRegistry::claim(RuntimeOrigin::signed(CHARLIE), action).is_err());
		assert_eq!(Claimable::<Test>::get(action, CHARLIE), Some(500));
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), CHARLIE, 100));
		assert_ok!(AssetRegistry::claim(RuntimeOrigin::signed(CHARLIE), action));
		assert_eq!(balance_of(gold, CHARLIE), 500);
		assert_noop!(
			AssetRegistry::claim(RuntimeOrigin::signed(CHARLIE), 999),
			Error::<Test>::ActionNotFound
		);
	});
}
