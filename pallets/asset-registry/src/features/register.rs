//! Registering an instrument: metadata, identifier and kind-specific terms, validated.

use crate::{
	isin, BalanceOf, BondTerms, Compliance, Config, ContractTerms, DerivativeTerms, EquityTerms,
	Error, Event, HoldReason, Identifier, Instrument, InstrumentKind, InstrumentOf,
	InstrumentStatus, Instruments, LastInstrumentId, Pallet, Underlying,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, Contains, Get, Time as _},
	BoundedVec,
};
use sp_runtime::{traits::Zero, ArithmeticError, Saturating};

/// The most basis points a coupon rate may have (100 %).
const MAX_COUPON_RATE_BPS: u32 = 10_000;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_register(
		issuer: T::AccountId,
		name: Vec<u8>,
		symbol: Vec<u8>,
		identifier: Identifier<T>,
		decimals: u8,
		kind: InstrumentKind<T>,
		compliance: Compliance,
	) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		let name: BoundedVec<u8, T::MaxNameLen> =
			name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		ensure!(!symbol.is_empty(), Error::<T>::EmptySymbol);
		let symbol: BoundedVec<u8, T::MaxSymbolLen> =
			symbol.try_into().map_err(|_| Error::<T>::SymbolTooLong)?;
		Self::check_identifier(&identifier)?;
		ensure!(!InstrumentOf::<T>::contains_key(&identifier), Error::<T>::IdentifierTaken);
		Self::check_terms(&kind)?;

		let bytes =
			name.len().saturating_add(symbol.len()).saturating_add(identifier.encoded_size());
		let deposit = Self::deposit(T::InstrumentDeposit::get(), bytes);
		T::Currency::hold(&HoldReason::Instrument.into(), &issuer, deposit)?;

		let id = LastInstrumentId::<T>::get().checked_add(1).ok_or(ArithmeticError::Overflow)?;
		LastInstrumentId::<T>::put(id);
		InstrumentOf::<T>::insert(&identifier, id);
		Instruments::<T>::insert(
			id,
			Instrument {
				issuer: issuer.clone(),
				name: name.clone(),
				symbol: symbol.clone(),
				identifier: identifier.clone(),
				decimals,
				kind: kind.clone(),
				compliance,
				status: InstrumentStatus::Active,
				supply: 0,
				holders: 0,
				deposit,
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		Self::deposit_event(Event::Registered {
			instrument: id,
			issuer,
			name,
			symbol,
			identifier,
			decimals,
			kind: kind.clone(),
			compliance,
			deposit,
		});
		match &kind {
			InstrumentKind::Bond(terms) => {
				let first = Self::first_bond_payment(terms, T::Time::now());
				Self::schedule_bond_payment(id, terms, first)?;
			},
			InstrumentKind::Contract(_) => Self::draft_contract(id),
			_ => {},
		}
		Ok(())
	}

	/// `base` plus `DepositPerByte` for each of `bytes`.
	pub(crate) fn deposit(base: BalanceOf<T>, bytes: usize) -> BalanceOf<T> {
		let bytes = BalanceOf::<T>::from(u32::try_from(bytes).unwrap_or(u32::MAX));
		base.saturating_add(T::DepositPerByte::get().saturating_mul(bytes))
	}

	fn check_identifier(identifier: &Identifier<T>) -> DispatchResult {
		match identifier {
			Identifier::Isin(code) => ensure!(isin::is_valid(code), Error::<T>::InvalidIsin),
			Identifier::Other { scheme, value } => {
				ensure!(!scheme.is_empty() && !value.is_empty(), Error::<T>::EmptyIdentifier)
			},
		}
		Ok(())
	}

	fn check_terms(kind: &InstrumentKind<T>) -> DispatchResult {
		match kind {
			InstrumentKind::Bond(terms) => Self::check_bond(terms),
			InstrumentKind::Equity(terms) => Self::check_equity(terms),
			InstrumentKind::Derivative(terms) => Self::check_derivative(terms),
			InstrumentKind::Contract(terms) => Self::check_contract(terms),
		}
	}

	fn check_bond(terms: &BondTerms<crate::AssetIdOf<T>, BalanceOf<T>>) -> DispatchResult {
		ensure!(!terms.face_value.is_zero(), Error::<T>::ZeroFaceValue);
		ensure!(terms.maturity_date > terms.issue_date, Error::<T>::MaturityNotAfterIssue);
		ensure!(terms.coupon_rate_bps <= MAX_COUPON_RATE_BPS, Error::<T>::CouponRateTooHigh);
		ensure!(
			Self::coupon_count(terms) <= u64::from(T::MaxCoupons::get()),
			Error::<T>::TooManyCoupons
		);
		ensure!(Self::bond_rates(terms).is_some(), Error::<T>::FaceValueTooLarge);
		ensure!(terms.maturity_date > T::Time::now(), Error::<T>::MaturityPassed);
		Ok(())
	}

	fn check_equity(terms: &EquityTerms<T>) -> DispatchResult {
		ensure!(terms.authorised_shares > 0, Error::<T>::ZeroAuthorisedShares);
		ensure!(!terms.classes.is_empty(), Error::<T>::NoShareClasses);
		for (index, class) in terms.classes.iter().enumerate() {
			ensure!(!class.name.is_empty(), Error::<T>::EmptyName);
			let mut later = terms.classes.iter().skip(index.saturating_add(1));
			ensure!(later.all(|other| other.name != class.name), Error::<T>::DuplicateShareClass);
		}
		Ok(())
	}

	fn check_derivative(terms: &DerivativeTerms<T>) -> DispatchResult {
		match &terms.underlying {
			Underlying::Instrument(id) => {
				ensure!(Instruments::<T>::contains_key(id), Error::<T>::UnderlyingNotFound)
			},
			Underlying::Lot(lot) => ensure!(T::Lots::contains(lot), Error::<T>::UnderlyingNotFound),
			Underlying::External(reference) => {
				ensure!(!reference.is_empty(), Error::<T>::EmptyIdentifier)
			},
		}
		Ok(())
	}

	fn check_contract(terms: &ContractTerms<T>) -> DispatchResult {
		ensure!(terms.parties.len() >= 2, Error::<T>::TooFewParties);
		for (index, party) in terms.parties.iter().enumerate() {
			let mut later = terms.parties.iter().skip(index.saturating_add(1));
			ensure!(later.all(|other| other != party), Error::<T>::DuplicateParty);
		}
		Ok(())
	}
}
