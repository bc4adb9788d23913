//! Books: an account's named portfolios; units move between them freely and leave the account
//! from its main book only, but a forced transfer or a burn takes from the books too.

use super::*;
use frame_support::assert_noop;

#[test]
fn units_move_between_ones_own_books_and_leave_from_the_main_book() {
	run(|| {
		let bond = open_bond();
		let equity_kind = InstrumentKind::Equity(EquityTerms {
			authorised_shares: 1_000,
			dividend_asset: eur(),
			classes: BoundedVec::truncate_from(vec![ShareClass {
				name: BoundedVec::truncate_from(b"A".to_vec()),
				votes_per_share: 1,
			}]),
		});
		let shares = register(other_id(b"EQ"), equity_kind, Compliance::Open);
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 100));
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), shares, ALICE, 50));
		assert_ok!(AssetRegistry::create_book(RuntimeOrigin::signed(ALICE), b"client 1".to_vec()));
		System::assert_last_event(
			Event::BookCreated {
				owner: ALICE,
				book: 1,
				name: BoundedVec::truncate_from(b"client 1".to_vec()),
			}
			.into(),
		);
		assert_ok!(AssetRegistry::create_book(
			RuntimeOrigin::signed(ALICE),
			b"collateral".to_vec()
		));
		let book = |who, from, to, instrument, amount| {
			AssetRegistry::move_to_book(RuntimeOrigin::signed(who), instrument, from, to, amount)
		};
		// A multi-asset book: bonds and shares in client 1, more bonds in collateral.
		assert_ok!(book(ALICE, 0, 1, bond, 60));
		System::assert_last_event(
			Event::UnitsBooked { owner: ALICE, instrument: bond, from: 0, to: 1, amount: 60 }
				.into(),
		);
		assert_ok!(book(ALICE, 0, 1, shares, 50));
		assert_ok!(book(ALICE, 1, 2, bond, 25));
		assert_eq!(
			(
				AssetRegistry::book_units(&ALICE, 0, bond),
				AssetRegistry::book_units(&ALICE, 1, bond),
				AssetRegistry::book_units(&ALICE, 2, bond),
				AssetRegistry::book_units(&ALICE, 1, shares)
			),
			(40, 35, 25, 50)
		);
		// The holding is unchanged: books only partition it.
		assert_eq!(Holdings::<Test>::get(bond, ALICE), 100);

		// Only the main book's 40 may leave.
		assert_eq!(
			AssetRegistry::can_transfer(bond, &ALICE, &BOB, 41),
			Err(TransferRefusal::UnitsInBooks)
		);
		assert_noop!(
			AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 41),
			Error::<Test>::UnitsInBooks
		);
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 40));
		assert_ok!(book(ALICE, 2, 0, bond, 25));
		assert_ok!(AssetRegistry::transfer(RuntimeOrigin::signed(ALICE), bond, BOB, 25));

		// A forced transfer takes what it needs from the books.
		assert_ok!(AssetRegistry::force_transfer(
			RuntimeOrigin::signed(ISSUER),
			bond,
			ALICE,
			BOB,
			30,
			b"court order".to_vec()
		));
		assert_eq!(AssetRegistry::book_units(&ALICE, 1, bond), 5);
		assert_eq!(Holdings::<Test>::get(bond, ALICE), 5);
		// So does a burn, down to nothing.
		assert_ok!(AssetRegistry::burn(RuntimeOrigin::signed(ISSUER), bond, ALICE, 5));
		assert_eq!(AssetRegistry::book_units(&ALICE, 1, bond), 0);
		assert_eq!(BookedTotal::<Test>::get(bond, ALICE), 0);

		// A book closes once empty.
		assert_noop!(
			AssetRegistry::close_book(RuntimeOrigin::signed(ALICE), 1),
			Error::<Test>::BookNotEmpty
		);
		assert_ok!(book(ALICE, 1, 0, shares, 50));
		assert_ok!(AssetRegistry::close_book(RuntimeOrigin::signed(ALICE), 1));
		System::assert_last_event(Event::BookClosed { owner: ALICE, book: 1 }.into());
		assert!(Books::<Test>::get(ALICE, 1).is_none());
	});
}

#[test]
fn bad_book_moves_are_refused_by_name() {
	run(|| {
		let bond = open_bond();
		assert_ok!(AssetRegistry::issue(RuntimeOrigin::signed(ISSUER), bond, ALICE, 10));
		let create = |who, name: &[u8]| {
			AssetRegistry::create_book(RuntimeOrigin::signed(who), name.to_vec())
		};
		assert_noop!(create(ALICE, b""), Error::<Test>::EmptyName);
		assert_noop!(create(ALICE, &[b'n'; 17]), Error::<Test>::NameTooLong);
		assert_ok!(create(ALICE, b"one"));
		assert_ok!(create(ALICE, b"two"));
		assert_noop!(create(ALICE, b"three"), Error::<Test>::TooManyBooks);
		let book = |who, from, to, instrument, amount| {
			AssetRegistry::move_to_book(RuntimeOrigin::signed(who), instrument, from, to, amount)
		};
		assert_noop!(book(ALICE, 0, 1, 99, 1), Error::<Test>::InstrumentNotFound);
		assert_noop!(book(ALICE, 0, 1, bond, 0), Error::<Test>::ZeroAmount);
		assert_noop!(book(ALICE, 1, 1, bond, 1), Error::<Test>::SameBook);
		assert_noop!(book(ALICE, 0, 3, bond, 1), Error::<Test>::BookNotFound);
		// BOB has no book 1: books are each account's own.
		assert_noop!(book(BOB, 0, 1, bond, 1), Error::<Test>::BookNotFound);
		assert_noop!(book(ALICE, 0, 1, bond, 11), Error::<Test>::InsufficientBookUnits);
		assert_noop!(book(ALICE, 1, 0, bond, 1), Error::<Test>::InsufficientBookUnits);
		assert_noop!(
			AssetRegistry::close_book(RuntimeOrigin::signed(BOB), 1),
			Error::<Test>::BookNotFound
		);
	});
}
