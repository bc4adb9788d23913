//! Registering instruments of each kind, and every way it is refused.

use super::*;
use frame_support::{assert_noop, traits::fungible::InspectHold};

fn equity(classes: &[&[u8]]) -> InstrumentKind<Test> {
	InstrumentKind::Equity(EquityTerms {
		authorised_shares: 1_000_000,
		dividend_asset: eur(),
		classes: BoundedVec::truncate_from(
			classes
				.iter()
				.map(|name| ShareClass {
					name: BoundedVec::truncate_from(name.to_vec()),
					votes_per_share: 1,
				})
				.collect(),
		),
	})
}

fn derivative(underlying: Underlying<Test>) -> InstrumentKind<Test> {
	InstrumentKind::Derivative(DerivativeTerms {
		underlying,
		expiry: MATURITY,
		strike: 25,
		price_asset: eur(),
		settlement: Settlement::Cash(eur()),
	})
}

fn contract(parties: &[AccountId]) -> InstrumentKind<Test> {
	InstrumentKind::Contract(ContractTerms {
		parties: BoundedVec::truncate_from(parties.to_vec()),
		document: sp_core::H256::repeat_byte(9),
	})
}

#[test]
fn a_bond_is_registered_with_its_terms_and_a_deposit() {
	run(|| {
		let id = open_bond();
		assert_eq!(id, 1);
		let bond = Instruments::<Test>::get(id).expect("registered");
		assert_eq!(bond.issuer, ISSUER);
		assert_eq!(bond.kind, InstrumentKind::Bond(bond_terms()));
		assert_eq!(bond.status, InstrumentStatus::Active);
		assert_eq!((bond.supply, bond.holders, bond.registered_at), (0, 0, 1));
		// 13 bytes of name, 5 of symbol, 13 of encoded identifier.
		assert_eq!(bond.deposit, INSTRUMENT_DEPOSIT + 13 + 5 + 13);
		let held = Balances::balance_on_hold(&HoldReason::Instrument.into(), &ISSUER);
		assert_eq!(held, bond.deposit);
		assert_eq!(InstrumentOf::<Test>::get(Identifier::Isin(*ISIN)), Some(id));
		System::assert_has_event(
			Event::Registered {
				instrument: id,
				issuer: ISSUER,
				name: bond.name,
				symbol: bond.symbol,
				identifier: Identifier::Isin(*ISIN),
				decimals: 2,
				kind: InstrumentKind::Bond(bond_terms()),
				compliance: Compliance::Open,
				deposit: bond.deposit,
			}
			.into(),
		);
		// Four coupons over two years, semi-annual.
		assert_eq!(AssetRegistry::coupon_count(&bond_terms()), 4);
	});
}

#[test]
fn equities_derivatives_and_contracts_are_registered() {
	run(|| {
		let shares = register(other_id(b"EQ1"), equity(&[b"A", b"B"]), Compliance::AllowList);
		let on_shares = register(
			other_id(b"OPT1"),
			derivative(Underlying::Instrument(shares)),
			Compliance::Open,
		);
		let on_lot = register(other_id(b"FUT1"), derivative(Underlying::Lot(2)), Compliance::Open);
		let on_index = register(
			other_id(b"SWP1"),
			derivative(Underlying::External(BoundedVec::truncate_from(b"LME-TIN-3M".to_vec()))),
			Compliance::Open,
		);
		let deal = register(other_id(b"CT1"), contract(&[ALICE, BOB]), Compliance::Open);
		assert_eq!((shares, on_shares, on_lot, on_index, deal), (1, 2, 3, 4, 5));
		assert!(matches!(
			Instruments::<Test>::get(on_lot).unwrap().kind,
			InstrumentKind::Derivative(DerivativeTerms { underlying: Underlying::Lot(2), .. })
		));
	});
}

#[test]
fn bad_metadata_is_refused_by_name() {
	run(|| {
		let try_register = |name: &[u8], symbol: &[u8], identifier: Identifier<Test>| {
			AssetRegistry::register(
				RuntimeOrigin::signed(ISSUER),
				name.to_vec(),
				symbol.to_vec(),
				identifier,
				2,
				InstrumentKind::Bond(bond_terms()),
				Compliance::Open,
			)
		};
		let isin = Identifier::Isin(*ISIN);
		assert_noop!(try_register(b"", b"B", isin.clone()), Error::<Test>::EmptyName);
		assert_noop!(
			try_register(&[b'n'; MAX_NAME as usize + 1], b"B", isin.clone()),
			Error::<Test>::NameTooLong
		);
		assert_noop!(try_register(b"Bond", b"", isin.clone()), Error::<Test>::EmptySymbol);
		assert_noop!(
			try_register(b"Bond", b"TOOLONGSY", isin.clone()),
			Error::<Test>::SymbolTooLong
		);
		assert_noop!(
			try_register(b"Bond", b"B", Identifier::Isin(*b"US0378331004")),
			Error::<Test>::InvalidIsin
		);
		assert_noop!(try_register(b"Bond", b"B", other_id(b"")), Error::<Test>::EmptyIdentifier);
		assert_ok!(try_register(b"Bond", b"B", isin.clone()));
		assert_noop!(try_register(b"Other", b"C", isin), Error::<Test>::IdentifierTaken);
	});
}

#[test]
fn bond_terms_are_checked() {
	run(|| {
		let try_bond = |terms: BondTerms<AssetId, Balance>| {
			AssetRegistry::register(
				RuntimeOrigin::signed(ISSUER),
				b"Bond".to_vec(),
				b"B".to_vec(),
				other_id(b"B1"),
				0,
				InstrumentKind::Bond(terms),
				Compliance::Open,
			)
		};
		assert_noop!(
			try_bond(BondTerms { face_value: 0, ..bond_terms() }),
			Error::<Test>::ZeroFaceValue
		);
		assert_noop!(
			try_bond(BondTerms { maturity_date: ISSUE, ..bond_terms() }),
			Error::<Test>::MaturityNotAfterIssue
		);
		assert_noop!(
			try_bond(BondTerms { coupon_rate_bps: 10_001, ..bond_terms() }),
			Error::<Test>::CouponRateTooHigh
		);
		// Monthly over 11 years: 132 coupons, past the mock's 120.
		let long = BondTerms {
			coupon_frequency: CouponFrequency::Monthly,
			maturity_date: ISSUE + 11 * 31_557_600_000,
			..bond_terms()
		};
		assert_noop!(try_bond(long), Error::<Test>::TooManyCoupons);
		assert_ok!(try_bond(BondTerms { coupon_rate_bps: 0, ..bond_terms() }));
	});
}

#[test]
fn equity_derivative_and_contract_terms_are_checked() {
	run(|| {
		let try_kind = |kind: InstrumentKind<Test>| {
			AssetRegistry::register(
				RuntimeOrigin::signed(ISSUER),
				b"X".to_vec(),
				b"X".to_vec(),
				other_id(b"X1"),
				0,
				kind,
				Compliance::Open,
			)
		};
		let InstrumentKind::Equity(terms) = equity(&[b"A"]) else { unreachable!() };
		assert_noop!(
			try_kind(InstrumentKind::Equity(EquityTerms { authorised_shares: 0, ..terms })),
			Error::<Test>::ZeroAuthorisedShares
		);
		assert_noop!(try_kind(equity(&[])), Error::<Test>::NoShareClasses);
		assert_noop!(try_kind(equity(&[b"A", b"A"])), Error::<Test>::DuplicateShareClass);
		assert_noop!(try_kind(equity(&[b""])), Error::<Test>::EmptyName);
		assert_noop!(
			try_kind(derivative(Underlying::Instrument(99))),
			Error::<Test>::UnderlyingNotFound
		);
		assert_noop!(try_kind(derivative(Underlying::Lot(4))), Error::<Test>::UnderlyingNotFound);
		assert_noop!(
			try_kind(derivative(Underlying::External(BoundedVec::new()))),
			Error::<Test>::EmptyIdentifier
		);
		assert_noop!(try_kind(contract(&[ALICE])), Error::<Test>::TooFewParties);
		assert_noop!(try_kind(contract(&[ALICE, BOB, ALICE])), Error::<Test>::DuplicateParty);
	});
}

#[test]
fn an_issuer_who_cannot_pay_the_deposit_registers_nothing() {
	run(|| {
		assert!(AssetRegistry::register(
			RuntimeOrigin::signed(POOR),
			b"Bond".to_vec(),
			b"B".to_vec(),
			Identifier::Isin(*ISIN),
			0,
			InstrumentKind::Bond(bond_terms()),
			Compliance::Open,
		)
		.is_err());
		assert_eq!(LastInstrumentId::<Test>::get(), 0);
		assert!(InstrumentOf::<Test>::get(Identifier::Isin(*ISIN)).is_none());
	});
}
