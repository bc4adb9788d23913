//! What the benchmarks set up: funded accounts, instruments with the longest metadata, eligible
//! holders, open corporate actions, contracts and settlement legs.

use crate::Pallet as Registry;
use crate::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect as NativeInspect, Mutate as NativeMutate},
		fungibles::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use sp_core::H256;
use sp_runtime::traits::{Bounded, Saturating};

/// Units each benchmark holder gets.
pub(super) const UNITS: Units = 1_000;

/// A year, in milliseconds.
pub(super) const YEAR: u64 = 31_557_600_000;

pub(super) fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

/// An account with native funds for a thousand of the largest deposits.
pub(super) fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let bytes = T::MaxNameLen::get()
		.saturating_add(T::MaxSymbolLen::get())
		.saturating_add(T::MaxSchemeLen::get())
		.saturating_add(T::MaxIdentifierLen::get())
		.saturating_add(T::MaxUriLen::get())
		.saturating_add(16);
	let largest = T::InstrumentDeposit::get()
		.max(T::DocumentDeposit::get())
		.saturating_add(T::DepositPerByte::get().saturating_mul(bytes.into()));
	T::Currency::set_balance(
		&who,
		largest
			.saturating_mul(1_000u32.into())
			.saturating_add(<T::Currency as NativeInspect<_>>::minimum_balance()),
	);
	who
}

/// The payment asset, and a face value whose payments are well above its minimum balance.
pub(super) fn payment<T: Config>() -> (AssetIdOf<T>, BalanceOf<T>) {
	let asset = T::BenchmarkHelper::payment_asset();
	let face =
		T::Payments::minimum_balance(asset.clone()).max(1u32.into()).saturating_mul(100u32.into());
	(asset, face)
}

/// Gives `who` plenty of the payment asset (a millionth of the balance type's range: a
/// benchmark funds a few dozen accounts at most).
pub(super) fn fund_payments<T: Config>(asset: &AssetIdOf<T>, who: &T::AccountId) {
	let plenty = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	let minted = T::Payments::mint_into(asset.clone(), who, plenty);
	assert!(minted.is_ok(), "the benchmark's payment asset can be minted");
}

/// A byte string of `length` bytes.
pub(super) fn bytes<L: Get<u32>>(byte: u8) -> BoundedVec<u8, L> {
	BoundedVec::truncate_from(vec![byte; L::get() as usize])
}

/// A two-year semi-annual bond starting after the clock's time.
pub(super) fn bond_kind<T: Config>() -> InstrumentKind<T> {
	let (asset, face) = payment::<T>();
	let issue_date = {
		use frame_support::traits::Time as _;
		T::Time::now().saturating_add(1_000)
	};
	InstrumentKind::Bond(BondTerms {
		face_value: face,
		payment_asset: asset,
		coupon_rate_bps: 500,
		coupon_frequency: CouponFrequency::SemiAnnual,
		issue_date,
		maturity_date: issue_date.saturating_add(2 * YEAR),
		day_count: DayCount::Thirty360,
	})
}

/// An equity paying dividends in the payment asset.
pub(super) fn equity_kind<T: Config>() -> InstrumentKind<T> {
	let (asset, _) = payment::<T>();
	let class = ShareClass { name: bytes::<T::MaxNameLen>(b'c'), votes_per_share: 1 };
	InstrumentKind::Equity(EquityTerms {
		authorised_shares: Units::MAX,
		dividend_asset: asset,
		classes: BoundedVec::truncate_from(vec![class]),
	})
}

/// Registers an instrument of `kind` with the longest metadata; returns its issuer and id.
pub(super) fn instrument<T: Config>(
	kind: InstrumentKind<T>,
	compliance: Compliance,
) -> Result<(T::AccountId, InstrumentId), BenchmarkError> {
	let issuer = funded::<T>("issuer", 0);
	let seed = LastInstrumentId::<T>::get().saturating_add(1);
	let mut value = vec![b'v'; T::MaxIdentifierLen::get() as usize];
	let seed = seed.to_be_bytes();
	let n = value.len().min(seed.len());
	value[..n].copy_from_slice(&seed[seed.len() - n..]);
	let identifier = Identifier::Other {
		scheme: bytes::<T::MaxSchemeLen>(b's'),
		value: BoundedVec::truncate_from(value),
	};
	Registry::<T>::do_register(
		issuer.clone(),
		bytes::<T::MaxNameLen>(b'n').into_inner(),
		bytes::<T::MaxSymbolLen>(b'y').into_inner(),
		identifier,
		2,
		kind,
		compliance,
	)?;
	Ok((issuer, LastInstrumentId::<T>::get()))
}

/// A bond of `Claims` compliance with the longest rules: `MaxClaimRules` required topics,
/// trusted issuers and jurisdictions (its holders' claims come from the last issuer, each
/// check walks them all).
pub(super) fn claims_instrument<T: Config>() -> Result<(T::AccountId, InstrumentId), BenchmarkError>
{
	let (issuer, id) = instrument::<T>(bond_kind::<T>(), Compliance::Claims)?;
	let n = T::MaxClaimRules::get();
	let required: Vec<ClaimTopic> = (0..n).map(ClaimTopic::Custom).collect();
	let trusted: Vec<T::AccountId> = (0..n).map(|i| funded::<T>("claim issuer", i)).collect();
	let jurisdictions: Vec<[u8; 2]> =
		(0..n).map(|i| [b'A', b'A'.saturating_add(u8::try_from(i % 26).unwrap_or(0))]).collect();
	Registry::<T>::do_set_claim_rules(&issuer, id, required, trusted, jurisdictions)?;
	Ok((issuer, id))
}

/// Makes `who` eligible for instrument `id`: on its allow-list, and holding every claim its
/// rules require from the last issuer they trust.
pub(super) fn eligible<T: Config>(
	issuer: &T::AccountId,
	id: InstrumentId,
	who: &T::AccountId,
) -> Result<(), BenchmarkError> {
	Registry::<T>::do_set_allowed(issuer, id, who.clone(), true)?;
	let Some(rules) = ClaimRulesOf::<T>::get(id) else { return Ok(()) };
	let claim_issuer = rules.trusted_issuers.last().cloned().ok_or(BenchmarkError::Weightless)?;
	let mut topics: Vec<ClaimTopic> = rules.required.to_vec();
	topics.extend(rules.jurisdictions.last().map(|code| ClaimTopic::Jurisdiction(*code)));
	for topic in topics {
		Registry::<T>::do_issue_claim(
			claim_issuer.clone(),
			who.clone(),
			topic,
			H256::repeat_byte(3),
			None,
		)?;
	}
	Ok(())
}

/// Puts `account` on the allow-list and gives it `units`.
pub(super) fn holder<T: Config>(
	issuer: &T::AccountId,
	id: InstrumentId,
	name: &'static str,
	units: Units,
) -> Result<T::AccountId, BenchmarkError> {
	let who = funded::<T>(name, 1);
	eligible::<T>(issuer, id, &who)?;
	if units > 0 {
		Registry::<T>::do_issue(issuer, id, who.clone(), units)?;
	}
	Ok(who)
}

/// Fills `who`'s `MaxBooks` books with one unit of `id` each, so that taking its whole holding
/// walks every book.
pub(super) fn full_books<T: Config>(
	who: &T::AccountId,
	id: InstrumentId,
) -> Result<(), BenchmarkError> {
	for _ in 0..T::MaxBooks::get() {
		Registry::<T>::do_create_book(who.clone(), bytes::<T::MaxNameLen>(b'b').into_inner())?;
		let book = NextBook::<T>::get(who);
		Registry::<T>::do_move_to_book(who.clone(), id, 0, book, 1)?;
	}
	Ok(())
}

/// Makes `MaxOpenActions` corporate actions open on the instrument, so that every change of a
/// holding is noted for each.
pub(super) fn open_actions<T: Config>(id: InstrumentId) {
	let open: Vec<ActionId> =
		(0..u64::from(T::MaxOpenActions::get())).map(|n| 1_000_000 + n).collect();
	OpenActions::<T>::insert(id, BoundedVec::truncate_from(open));
}

/// A contract between `MaxParties` parties; returns its issuer, id and parties.
pub(super) fn contract<T: Config>(
) -> Result<(T::AccountId, InstrumentId, Vec<T::AccountId>), BenchmarkError> {
	let parties: Vec<T::AccountId> =
		(0..T::MaxParties::get()).map(|n| account("party", n, 0)).collect();
	let terms = ContractTerms {
		parties: BoundedVec::truncate_from(parties.clone()),
		document: H256::repeat_byte(7),
	};
	let (issuer, id) = instrument::<T>(InstrumentKind::Contract(terms), Compliance::Open)?;
	Ok((issuer, id, parties))
}

/// Every party but the last signs.
pub(super) fn sign_all_but_one<T: Config>(
	id: InstrumentId,
	parties: &[T::AccountId],
) -> Result<(), BenchmarkError> {
	for party in parties.iter().take(parties.len().saturating_sub(1)) {
		Registry::<T>::do_sign_contract(party.clone(), id, H256::repeat_byte(7))?;
	}
	Ok(())
}

/// A contract of the most parties signed by all but the last; returns it and the last party.
pub(super) fn awaiting_last_signature<T: Config>(
) -> Result<(InstrumentId, T::AccountId), BenchmarkError> {
	let (_, id, parties) = contract::<T>()?;
	sign_all_but_one::<T>(id, &parties)?;
	let last = parties.last().cloned().ok_or(BenchmarkError::Weightless)?;
	Ok((id, last))
}

/// A trade of `l` legs between distinct accounts, alternately units of an allow-list bond (with
/// `MaxOpenActions` open actions) and payments, every giver funded.
pub(super) fn trade_legs<T: Config>(l: u32) -> Result<Vec<LegOf<T>>, BenchmarkError> {
	let (issuer, id) = claims_instrument::<T>()?;
	let (asset, face) = payment::<T>();
	let mut legs = Vec::new();
	for n in 0..l {
		let from = funded::<T>("giver", n);
		let to = funded::<T>("taker", n);
		let asset = if n % 2 == 0 {
			eligible::<T>(&issuer, id, &from)?;
			eligible::<T>(&issuer, id, &to)?;
			Registry::<T>::do_issue(&issuer, id, from.clone(), UNITS)?;
			LegAsset::Units { instrument: id, amount: UNITS }
		} else {
			fund_payments::<T>(&asset, &from);
			LegAsset::Payment { asset: asset.clone(), amount: face }
		};
		legs.push(Leg { from, to, asset });
	}
	open_actions::<T>(id);
	Ok(legs)
}

/// Proposes `legs` as their first giver; returns the settlement's number.
pub(super) fn proposed<T: Config>(legs: Vec<LegOf<T>>) -> Result<SettlementId, BenchmarkError> {
	let proposer = legs.first().map(|leg| leg.from.clone()).ok_or(BenchmarkError::Weightless)?;
	Registry::<T>::do_propose_settlement(proposer, legs)?;
	Ok(LastSettlementId::<T>::get())
}
