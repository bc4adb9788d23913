//! Corporate actions: a bond's coupons and its redemption, scheduled from its terms, and an
//! equity's dividends, declared by its issuer. Each executes at its record date with no
//! transaction from anyone: the whole payment moves from the issuer into the pot in one step (or
//! the instrument defaults, and nothing is paid), then the pot pays the holders of record a
//! bounded number per block.
//!
//! Holders of record without a snapshot copy: once an action's record date has passed, the
//! first change to an account's holding stores what it held at the record date
//! ([`Records`]); an account whose holding did not change still holds its record units. The
//! payout walks the current holdings, then the changed accounts, and marks each account it
//! settles, so nobody is paid twice and nobody is skipped, whatever moves meanwhile.

use crate::{
	ActionId, ActionKind, ActionStatus, Actions, AssetIdOf, BalanceOf, BondTerms, Claimable,
	Config, CorporateAction, Error, Event, FrozenAccounts, HoldReason, Holdings, InDefault,
	InstrumentId, InstrumentKind, InstrumentStatus, Instruments, LastActionId, Moment, OpenActions,
	Pallet, PayoutCursor, Payouts, Records, Schedule, Settled, StoppedBy, Units, Upcoming,
	WeightInfo, WithheldReason,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::{DispatchResult, Weight},
	storage::{with_storage_layer, PrefixIterator},
	traits::{
		fungible::MutateHold,
		fungibles::{Inspect, Mutate},
		tokens::{Fortitude, Precision, Preservation},
		Get, Time as Clock,
	},
	BoundedVec,
};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding,
	traits::{AccountIdConversion, CheckedAdd, Saturating, UniqueSaturatedInto, Zero},
	ArithmeticError, DispatchError, Rounding,
};

/// Milliseconds in a (Julian) year: the length coupon periods are counted in.
pub(crate) const YEAR_MS: u64 = 31_557_600_000;

/// Basis points in one (100 %).
const BPS: u128 = 10_000;

/// What the record date of an action found.
pub(crate) enum Executed {
	/// The action was acted on.
	Done,
	/// The instrument has `MaxOpenActions` open already: tried again next block.
	Postponed,
}

impl<T: Config> Pallet<T> {
	/// The account of the pot: it holds every funded, unpaid payment and every claimable share,
	/// and keeps each payment asset's minimum balance so that it never closes.
	pub fn pot_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// What a holder of `units` at the record date is owed, rounded down to the payment asset's
	/// smallest unit (`None` if it does not fit the balance type).
	pub fn entitlement(action: &CorporateAction<T>, units: Units) -> Option<BalanceOf<T>> {
		if units == 0 || action.denominator == 0 {
			return Some(Zero::zero());
		}
		let raw = multiply_by_rational_with_rounding(
			units,
			action.numerator,
			action.denominator,
			Rounding::Down,
		)?;
		to_balance::<T>(raw)
	}

	/// A bond's coupon and redemption per unit, as numerators over one denominator: a coupon is
	/// `face × rate / coupons a year`, a redemption is the last coupon plus the face value.
	pub(crate) fn bond_rates(
		terms: &BondTerms<AssetIdOf<T>, BalanceOf<T>>,
	) -> Option<(u128, u128, u128)> {
		let face: u128 = terms.face_value.unique_saturated_into();
		let denominator = BPS.checked_mul(u128::from(terms.coupon_frequency.per_year()))?;
		let coupon = face.checked_mul(u128::from(terms.coupon_rate_bps))?;
		let redemption = coupon.checked_add(face.checked_mul(denominator)?)?;
		Some((coupon, redemption, denominator))
	}

	/// How many coupons a bond pays: one per period from the issue date, the last at maturity
	/// (a shorter last period pays a whole coupon too).
	pub fn coupon_count(terms: &BondTerms<AssetIdOf<T>, BalanceOf<T>>) -> u64 {
		let term = terms.maturity_date.saturating_sub(terms.issue_date);
		term.div_ceil(Self::coupon_period(terms).max(1))
	}

	/// The length of a bond's coupon period, in milliseconds.
	fn coupon_period(terms: &BondTerms<AssetIdOf<T>, BalanceOf<T>>) -> u64 {
		YEAR_MS / u64::from(terms.coupon_frequency.per_year())
	}

	/// The date of a bond's coupon `number` (from 1): a period after the previous one, the last
	/// at maturity.
	pub fn coupon_date(terms: &BondTerms<AssetIdOf<T>, BalanceOf<T>>, number: u32) -> Moment {
		if u64::from(number) >= Self::coupon_count(terms) {
			return terms.maturity_date;
		}
		terms
			.issue_date
			.saturating_add(Self::coupon_period(terms).saturating_mul(u64::from(number)))
	}

	/// Schedules a bond's payment `number` (its redemption if that is the last, or if the bond
	/// pays no coupon).
	pub(crate) fn schedule_bond_payment(
		id: InstrumentId,
		terms: &BondTerms<AssetIdOf<T>, BalanceOf<T>>,
		number: u32,
	) -> DispatchResult {
		let (coupon, redemption, denominator) =
			Self::bond_rates(terms).ok_or(Error::<T>::FaceValueTooLarge)?;
		let count = u32::try_from(Self::coupon_count(terms)).unwrap_or(u32::MAX);
		let number = if terms.coupon_rate_bps == 0 { count } else { number.min(count) };
		let (kind, numerator) = if number >= count {
			(ActionKind::Redemption(number), redemption)
		} else {
			(ActionKind::Coupon(number), coupon)
		};
		let date = Self::coupon_date(terms, number);
		Self::schedule(id, kind, date, terms.payment_asset.clone(), numerator, denominator)?;
		Ok(())
	}

	/// The first payment of a bond registered at `now`: the first whose date is after `now`
	/// (earlier coupons were paid before the chain knew the bond).
	pub(crate) fn first_bond_payment(
		terms: &BondTerms<AssetIdOf<T>, BalanceOf<T>>,
		now: Moment,
	) -> u32 {
		if now < terms.issue_date {
			return 1;
		}
		let elapsed = (now - terms.issue_date) / Self::coupon_period(terms).max(1);
		u32::try_from(elapsed.saturating_add(1)).unwrap_or(u32::MAX)
	}

	/// Records a new action and puts it in the schedule.
	pub(crate) fn schedule(
		instrument: InstrumentId,
		kind: ActionKind,
		record_date: Moment,
		asset: AssetIdOf<T>,
		numerator: u128,
		denominator: u128,
	) -> Result<ActionId, DispatchError> {
		let id = LastActionId::<T>::get().checked_add(1).ok_or(ArithmeticError::Overflow)?;
		Upcoming::<T>::try_mutate(instrument, |upcoming| upcoming.try_push(id))
			.map_err(|_| Error::<T>::TooManyActions)?;
		LastActionId::<T>::put(id);
		Actions::<T>::insert(
			id,
			CorporateAction {
				instrument,
				kind,
				record_date,
				asset: asset.clone(),
				numerator,
				denominator,
				status: ActionStatus::Scheduled,
				supply: 0,
				holders: 0,
				due: Zero::zero(),
				funded: Zero::zero(),
				paid: Zero::zero(),
				withheld: Zero::zero(),
				settled: 0,
				executed_at: None,
			},
		);
		Schedule::<T>::insert(record_date.to_be_bytes(), id, ());
		Self::deposit_event(Event::ActionScheduled {
			action: id,
			instrument,
			kind,
			record_date,
			asset,
		});
		Ok(id)
	}

	pub(crate) fn do_declare_dividend(
		who: &T::AccountId,
		id: InstrumentId,
		record_date: Moment,
		total: BalanceOf<T>,
	) -> DispatchResult {
		let instrument = Self::issued_by(who, id)?;
		let InstrumentKind::Equity(terms) = &instrument.kind else {
			return Err(Error::<T>::NotAnEquity.into());
		};
		ensure!(!total.is_zero(), Error::<T>::ZeroAmount);
		ensure!(record_date > T::Time::now(), Error::<T>::RecordDateNotFuture);
		let open = OpenActions::<T>::decode_len(id).unwrap_or(0);
		let upcoming = Upcoming::<T>::decode_len(id).unwrap_or(0);
		ensure!(
			open.saturating_add(upcoming) < T::MaxOpenActions::get() as usize,
			Error::<T>::TooManyActions
		);
		let numerator: u128 = total.unique_saturated_into();
		Self::schedule(
			id,
			ActionKind::Dividend,
			record_date,
			terms.dividend_asset.clone(),
			numerator,
			0,
		)?;
		Ok(())
	}

	pub(crate) fn do_cancel_dividend(who: &T::AccountId, action_id: ActionId) -> DispatchResult {
		let mut action = Actions::<T>::get(action_id).ok_or(Error::<T>::ActionNotFound)?;
		Self::issued_by(who, action.instrument)?;
		ensure!(action.kind == ActionKind::Dividend, Error::<T>::NotCancellable);
		ensure!(action.status == ActionStatus::Scheduled, Error::<T>::NotScheduled);
		action.status = ActionStatus::Cancelled;
		Schedule::<T>::remove(action.record_date.to_be_bytes(), action_id);
		Upcoming::<T>::mutate(action.instrument, |upcoming| upcoming.retain(|a| *a != action_id));
		Self::deposit_event(Event::ActionCancelled {
			action: action_id,
			instrument: action.instrument,
			by: who.clone(),
		});
		Actions::<T>::insert(action_id, action);
		Ok(())
	}

	/// Acts on the record dates due by `now` and pays holders, within `budget`. Returns the
	/// weight used.
	pub(crate) fn run_actions(now: Moment, budget: Weight) -> Weight {
		let mut used = T::WeightInfo::on_initialize_idle();
		let execute = T::WeightInfo::execute_action();
		let room = budget.saturating_sub(used);
		let most = room.checked_div_per_component(&execute).unwrap_or(u64::MAX);
		let due: Vec<([u8; 8], ActionId)> = Schedule::<T>::iter_keys()
			.take_while(|(date, _)| Moment::from_be_bytes(*date) <= now)
			.take(usize::try_from(most).unwrap_or(usize::MAX))
			.collect();
		for (date, action) in due {
			used.saturating_accrue(execute);
			if let Executed::Done = Self::execute(action) {
				Schedule::<T>::remove(date, action);
			}
		}
		while let Some((action, cursor)) = Payouts::<T>::iter().next() {
			let room = budget.saturating_sub(used);
			let least =
				T::WeightInfo::pay_holder().saturating_add(T::WeightInfo::complete_action());
			if !least.all_lte(room) {
				break;
			}
			let (spent, next) = Self::advance(action, cursor, room);
			used.saturating_accrue(spent);
			match next {
				Some(cursor) => Payouts::<T>::insert(action, cursor),
				None => Payouts::<T>::remove(action),
			}
		}
		used
	}

	/// Acts on an action's record date: notes the holders of record, moves the whole payment
	/// into the pot or defaults, and schedules a bond's next payment.
	pub(crate) fn execute(action_id: ActionId) -> Executed {
		let Some(mut action) = Actions::<T>::get(action_id) else { return Executed::Done };
		if action.status != ActionStatus::Scheduled {
			return Executed::Done;
		}
		let Some(mut instrument) = Instruments::<T>::get(action.instrument) else {
			return Executed::Done;
		};
		let id = action.instrument;
		if OpenActions::<T>::decode_len(id).unwrap_or(0) >= T::MaxOpenActions::get() as usize {
			return Executed::Postponed;
		}
		Upcoming::<T>::mutate(id, |upcoming| upcoming.retain(|a| *a != action_id));
		action.supply = instrument.supply;
		action.holders = instrument.holders;
		action.executed_at = Some(frame_system::Pallet::<T>::block_number());
		if action.kind == ActionKind::Dividend {
			action.denominator = instrument.supply;
		}
		// Issuing checks that a bond's redemption fits the balance type, and a dividend is at
		// most its declared total: the amount due always fits.
		action.due = Self::entitlement(&action, action.supply).unwrap_or_else(Zero::zero);
		Self::deposit_event(Event::RecordDateReached {
			action: action_id,
			instrument: id,
			supply: action.supply,
			holders: action.holders,
			due: action.due,
		});

		let bond = match &instrument.kind {
			InstrumentKind::Bond(terms) => Some(terms.clone()),
			_ => None,
		};
		let mut defaulted = false;
		if action.due.is_zero() {
			action.status = ActionStatus::Completed;
			Self::deposit_event(Event::ActionCompleted {
				action: action_id,
				instrument: id,
				paid: Zero::zero(),
				withheld: Zero::zero(),
				returned: Zero::zero(),
			});
			if matches!(action.kind, ActionKind::Redemption(_)) {
				Self::close(id, &mut instrument);
			}
		} else {
			// The holders of record are noted from now on, whether the payment is funded or not.
			let _ = OpenActions::<T>::try_mutate(id, |open| open.try_push(action_id));
			match Self::fund(&instrument.issuer, &action) {
				Ok(funded) => {
					action.funded = funded;
					action.status = ActionStatus::Paying;
					Payouts::<T>::insert(action_id, PayoutCursor::Holdings(None));
					if matches!(action.kind, ActionKind::Redemption(_)) {
						instrument.status = InstrumentStatus::Closed;
						StoppedBy::<T>::remove(id);
					}
				},
				Err(available) => {
					defaulted = true;
					action.status = ActionStatus::Defaulted;
					InDefault::<T>::insert(id, action_id, ());
					Self::deposit_event(Event::Defaulted {
						action: action_id,
						instrument: id,
						due: action.due,
						available,
					});
				},
			}
		}
		if let (Some(terms), ActionKind::Coupon(number), false) = (&bond, action.kind, defaulted) {
			// The terms were checked at registration, so the next payment is scheduled; a full
			// `Upcoming` cannot happen for a bond, which has one at a time.
			let _ = Self::schedule_bond_payment(id, terms, number.saturating_add(1));
		}
		Instruments::<T>::insert(id, instrument);
		Actions::<T>::insert(action_id, action);
		Executed::Done
	}

	/// Moves the whole amount due from the issuer into the pot (with, the first time the pot
	/// takes the asset, the asset's minimum balance that keeps the pot's account open). On
	/// failure nothing moves, and the issuer's spendable balance is returned.
	fn fund(
		issuer: &T::AccountId,
		action: &CorporateAction<T>,
	) -> Result<BalanceOf<T>, BalanceOf<T>> {
		let pot = Self::pot_account();
		if !frame_system::Pallet::<T>::account_exists(&pot) {
			frame_system::Pallet::<T>::inc_providers(&pot);
		}
		let asset = action.asset.clone();
		let reserve = T::Payments::minimum_balance(asset.clone())
			.saturating_sub(T::Payments::balance(asset.clone(), &pot));
		let available = || {
			T::Payments::reducible_balance(
				asset.clone(),
				issuer,
				Preservation::Preserve,
				Fortitude::Polite,
			)
		};
		let amount = action.due.checked_add(&reserve).ok_or_else(available)?;
		with_storage_layer(|| {
			T::Payments::transfer(asset.clone(), issuer, &pot, amount, Preservation::Preserve)
		})
		.map_err(|_| available())?;
		Ok(action.due)
	}

	/// Works on a paying action from `cursor` with up to `room` weight: settles holders of
	/// record, then clears the action's records. Returns the weight used and where to go on
	/// (`None`: the action is complete).
	fn advance(
		action_id: ActionId,
		cursor: PayoutCursor,
		room: Weight,
	) -> (Weight, Option<PayoutCursor>) {
		let Some(mut action) = Actions::<T>::get(action_id) else { return (Weight::zero(), None) };
		let id = action.instrument;
		let pay = T::WeightInfo::pay_holder();
		let clear = T::WeightInfo::clear_record();
		let fits = |per: Weight, room: Weight| {
			let most = room.checked_div_per_component(&per).unwrap_or(u64::MAX);
			usize::try_from(most).unwrap_or(usize::MAX).max(1)
		};
		let (used, next) = match cursor {
			PayoutCursor::Holdings(last) => {
				let limit = fits(pay, room);
				let iter = match last {
					Some(key) => Holdings::<T>::iter_prefix_from(id, key.into_inner()),
					None => Holdings::<T>::iter_prefix(id),
				};
				let (batch, last, ended) = take_page(iter, limit);
				for (who, units) in &batch {
					if Settled::<T>::contains_key(action_id, who) {
						continue;
					}
					let at_record = Records::<T>::get(action_id, who).unwrap_or(*units);
					Self::settle(action_id, &mut action, who, at_record);
				}
				let next =
					if ended { PayoutCursor::Changed(None) } else { PayoutCursor::Holdings(last) };
				(pay.saturating_mul(u64::try_from(batch.len().max(1)).unwrap_or(u64::MAX)), next)
			},
			PayoutCursor::Changed(last) => {
				let limit = fits(pay, room);
				let iter = match last {
					Some(key) => Records::<T>::iter_prefix_from(action_id, key.into_inner()),
					None => Records::<T>::iter_prefix(action_id),
				};
				let (batch, last, ended) = take_page(iter, limit);
				for (who, held) in &batch {
					if !Settled::<T>::contains_key(action_id, who) {
						Self::settle(action_id, &mut action, who, *held);
					}
				}
				let next = if ended {
					PayoutCursor::ClearRecords(None)
				} else {
					PayoutCursor::Changed(last)
				};
				(pay.saturating_mul(u64::try_from(batch.len().max(1)).unwrap_or(u64::MAX)), next)
			},
			PayoutCursor::ClearRecords(from) => {
				let limit = u32::try_from(fits(clear, room)).unwrap_or(u32::MAX);
				let removal = Records::<T>::clear_prefix(
					action_id,
					limit,
					from.as_ref().map(|key| key.as_slice()),
				);
				let next = match removal.maybe_cursor {
					Some(cursor) => PayoutCursor::ClearRecords(raw_key(&cursor)),
					None => PayoutCursor::ClearSettled(None),
				};
				(clear.saturating_mul(u64::from(removal.loops.max(1))), next)
			},
			PayoutCursor::ClearSettled(from) => {
				let room = room.saturating_sub(T::WeightInfo::complete_action());
				let limit = u32::try_from(fits(clear, room)).unwrap_or(u32::MAX);
				let removal = Settled::<T>::clear_prefix(
					action_id,
					limit,
					from.as_ref().map(|key| key.as_slice()),
				);
				let used = clear.saturating_mul(u64::from(removal.loops.max(1)));
				match removal.maybe_cursor {
					Some(cursor) => {
						Actions::<T>::insert(action_id, action);
						return (used, Some(PayoutCursor::ClearSettled(raw_key(&cursor))));
					},
					None => {
						Self::complete(action_id, &mut action);
						Actions::<T>::insert(action_id, action);
						return (used.saturating_add(T::WeightInfo::complete_action()), None);
					},
				}
			},
		};
		Actions::<T>::insert(action_id, action);
		(used, Some(next))
	}

	/// Pays `who` its entitlement for `units` held at the record date, or keeps it claimable
	/// (the account is frozen, or cannot receive); marks `who` settled; cancels a redeemed
	/// bond's units.
	pub(crate) fn settle(
		action_id: ActionId,
		action: &mut CorporateAction<T>,
		who: &T::AccountId,
		units: Units,
	) {
		if units == 0 {
			return;
		}
		let id = action.instrument;
		let amount = Self::entitlement(action, units).unwrap_or_else(Zero::zero);
		if !amount.is_zero() {
			let outcome = if FrozenAccounts::<T>::contains_key(id, who) {
				Err(WithheldReason::Frozen)
			} else {
				with_storage_layer(|| {
					T::Payments::transfer(
						action.asset.clone(),
						&Self::pot_account(),
						who,
						amount,
						Preservation::Preserve,
					)
				})
				.map(|_| ())
				.map_err(|_| WithheldReason::CannotReceive)
			};
			match outcome {
				Ok(()) => {
					action.paid.saturating_accrue(amount);
					Self::deposit_event(Event::HolderPaid {
						action: action_id,
						holder: who.clone(),
						units,
						amount,
					});
				},
				Err(reason) => {
					action.withheld.saturating_accrue(amount);
					Claimable::<T>::mutate(action_id, who, |owed| {
						*owed = Some(owed.unwrap_or_else(Zero::zero).saturating_add(amount))
					});
					Self::deposit_event(Event::PaymentWithheld {
						action: action_id,
						holder: who.clone(),
						units,
						amount,
						reason,
					});
				},
			}
		}
		action.settled = action.settled.saturating_add(1);
		if matches!(action.kind, ActionKind::Redemption(_)) {
			Self::cancel_units(id, who);
		}
		Settled::<T>::insert(action_id, who, ());
	}

	/// Cancels all of `who`'s units of a redeemed bond.
	fn cancel_units(id: InstrumentId, who: &T::AccountId) {
		let Some(mut instrument) = Instruments::<T>::get(id) else { return };
		let held = Holdings::<T>::get(id, who);
		if held == 0 {
			return;
		}
		Self::note_change(id, who, held);
		instrument.supply = instrument.supply.saturating_sub(held);
		Self::set_holding(id, &mut instrument, who, 0);
		Instruments::<T>::insert(id, instrument);
	}

	/// Ends a payout: the rounding's dust goes back to the issuer (or is claimable by it), the
	/// action stops noting holders, and a redeemed bond closes.
	pub(crate) fn complete(action_id: ActionId, action: &mut CorporateAction<T>) {
		let id = action.instrument;
		let Some(mut instrument) = Instruments::<T>::get(id) else { return };
		let dust = action.funded.saturating_sub(action.paid).saturating_sub(action.withheld);
		let mut returned = Zero::zero();
		if !dust.is_zero() {
			let back = with_storage_layer(|| {
				T::Payments::transfer(
					action.asset.clone(),
					&Self::pot_account(),
					&instrument.issuer,
					dust,
					Preservation::Preserve,
				)
			});
			if back.is_ok() {
				returned = dust;
			} else {
				action.withheld.saturating_accrue(dust);
				Claimable::<T>::mutate(action_id, &instrument.issuer, |owed| {
					*owed = Some(owed.unwrap_or_else(Zero::zero).saturating_add(dust))
				});
			}
		}
		action.status = ActionStatus::Completed;
		OpenActions::<T>::mutate(id, |open| open.retain(|a| *a != action_id));
		Self::deposit_event(Event::ActionCompleted {
			action: action_id,
			instrument: id,
			paid: action.paid,
			withheld: action.withheld,
			returned,
		});
		if matches!(action.kind, ActionKind::Redemption(_)) {
			Self::close(id, &mut instrument);
		}
		Instruments::<T>::insert(id, instrument);
	}

	/// Closes a repaid bond: nothing moves any more, and its deposit returns to the issuer.
	/// The caller stores `instrument`.
	fn close(id: InstrumentId, instrument: &mut crate::Instrument<T>) {
		instrument.status = InstrumentStatus::Closed;
		StoppedBy::<T>::remove(id);
		let released = T::Currency::release(
			&HoldReason::Instrument.into(),
			&instrument.issuer,
			instrument.deposit,
			Precision::BestEffort,
		)
		.unwrap_or_else(|_| Zero::zero());
		instrument.deposit = instrument.deposit.saturating_sub(released);
		Self::deposit_event(Event::BondClosed { instrument: id, deposit_released: released });
	}

	/// Before `who`'s holding of `id` changes from `held`: each open action of the instrument
	/// that has not noted `who` yet keeps `held` as its record units.
	pub(crate) fn note_change(id: InstrumentId, who: &T::AccountId, held: Units) {
		for action in OpenActions::<T>::get(id) {
			if !Settled::<T>::contains_key(action, who) && !Records::<T>::contains_key(action, who)
			{
				Records::<T>::insert(action, who, held);
			}
		}
	}

	pub(crate) fn do_claim(action_id: ActionId, who: T::AccountId) -> DispatchResult {
		let mut action = Actions::<T>::get(action_id).ok_or(Error::<T>::ActionNotFound)?;
		let amount = Claimable::<T>::get(action_id, &who).ok_or(Error::<T>::NothingToClaim)?;
		ensure!(
			!FrozenAccounts::<T>::contains_key(action.instrument, &who),
			Error::<T>::HolderFrozen
		);
		T::Payments::transfer(
			action.asset.clone(),
			&Self::pot_account(),
			&who,
			amount,
			Preservation::Preserve,
		)?;
		Claimable::<T>::remove(action_id, &who);
		action.withheld = action.withheld.saturating_sub(amount);
		action.paid.saturating_accrue(amount);
		Actions::<T>::insert(action_id, action);
		Self::deposit_event(Event::Claimed { action: action_id, holder: who, amount });
		Ok(())
	}

	pub(crate) fn do_cure_default(who: &T::AccountId, action_id: ActionId) -> DispatchResult {
		let mut action = Actions::<T>::get(action_id).ok_or(Error::<T>::ActionNotFound)?;
		let id = action.instrument;
		let mut instrument = Self::issued_by(who, id)?;
		ensure!(action.status == ActionStatus::Defaulted, Error::<T>::NotInDefault);
		action.funded = Self::fund(who, &action).map_err(|_| Error::<T>::InsufficientFunds)?;
		action.status = ActionStatus::Paying;
		InDefault::<T>::remove(id, action_id);
		Payouts::<T>::insert(action_id, PayoutCursor::Holdings(None));
		Self::deposit_event(Event::DefaultCured {
			action: action_id,
			instrument: id,
			funded: action.funded,
		});
		match (&instrument.kind, action.kind) {
			(InstrumentKind::Bond(terms), ActionKind::Coupon(number)) => {
				Self::schedule_bond_payment(id, &terms.clone(), number.saturating_add(1))?;
			},
			(_, ActionKind::Redemption(_)) => {
				instrument.status = InstrumentStatus::Closed;
				StoppedBy::<T>::remove(id);
			},
			_ => {},
		}
		Instruments::<T>::insert(id, instrument);
		Actions::<T>::insert(action_id, action);
		Ok(())
	}
}

/// Up to `limit` entries of `iter`, the storage key to resume after, and whether the walk
/// reached the end.
fn take_page<K, V>(
	mut iter: PrefixIterator<(K, V)>,
	limit: usize,
) -> (Vec<(K, V)>, Option<BoundedVec<u8, crate::RawKeyLimit>>, bool) {
	let batch: Vec<(K, V)> = iter.by_ref().take(limit).collect();
	let ended = batch.len() < limit;
	(batch, raw_key(iter.last_raw_key()), ended)
}

/// `raw` as a cursor key (`None`, restarting the phase, if it were ever longer than the
/// bound: settled entries are skipped, so a restart costs time, never a double payment).
fn raw_key(raw: &[u8]) -> Option<BoundedVec<u8, crate::RawKeyLimit>> {
	BoundedVec::try_from(raw.to_vec()).ok()
}

/// `raw` in the balance type, if it fits.
pub(crate) fn to_balance<T: Config>(raw: u128) -> Option<BalanceOf<T>> {
	BalanceOf::<T>::try_from(raw).ok()
}

impl<T: Config> Pallet<T> {
	/// The corporate actions' invariants: every paying action's pot holds what its unsettled
	/// holders of record are owed, less than one smallest unit of dust per holder over it;
	/// the pot's balance of each asset covers every pot and claimable share; the schedule,
	/// the open actions and the payouts agree with each action's status.
	pub(crate) fn try_state_actions() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut owed: Vec<(AssetIdOf<T>, BalanceOf<T>)> = Vec::new();
		let mut owe = |asset: &AssetIdOf<T>, amount: BalanceOf<T>| match owed
			.iter_mut()
			.find(|(a, _)| a == asset)
		{
			Some((_, total)) => total.saturating_accrue(amount),
			None => owed.push((asset.clone(), amount)),
		};
		for (action_id, action) in Actions::<T>::iter() {
			let open = OpenActions::<T>::get(action.instrument).contains(&action_id);
			let upcoming = Upcoming::<T>::get(action.instrument).contains(&action_id);
			let scheduled =
				Schedule::<T>::contains_key(action.record_date.to_be_bytes(), action_id);
			let paying = Payouts::<T>::contains_key(action_id);
			let defaulted = InDefault::<T>::contains_key(action.instrument, action_id);
			let expected = match action.status {
				ActionStatus::Scheduled => (false, true, true, false, false),
				ActionStatus::Paying => (true, false, false, true, false),
				ActionStatus::Defaulted => (true, false, false, false, true),
				ActionStatus::Completed | ActionStatus::Cancelled => {
					(false, false, false, false, false)
				},
			};
			if (open, upcoming, scheduled, paying, defaulted) != expected {
				return Err(
					"an action's schedule, open list or payout disagrees with its status".into()
				);
			}
			let withheld = Claimable::<T>::iter_prefix(action_id)
				.fold(BalanceOf::<T>::zero(), |sum, (_, amount)| sum.saturating_add(amount));
			if withheld != action.withheld {
				return Err(
					"an action's withheld total is not the sum of its claimable shares".into()
				);
			}
			let settled = action.paid.checked_add(&action.withheld).ok_or("overflow")?;
			if settled > action.funded {
				return Err("an action paid out more than its pot took".into());
			}
			owe(&action.asset, withheld);
			if action.status != ActionStatus::Paying {
				continue;
			}
			let remaining = action.funded - settled;
			let unpaid = Self::unpaid_entitlements(action_id, &action)?;
			if unpaid > remaining {
				return Err("a pot holds less than its unsettled holders are owed".into());
			}
			if remaining - unpaid > BalanceOf::<T>::from(action.holders) {
				return Err("a pot holds more dust than one unit per holder of record".into());
			}
			owe(&action.asset, remaining);
		}
		let pot = Self::pot_account();
		for (asset, total) in owed {
			if T::Payments::balance(asset, &pot) < total {
				return Err("the pot's balance does not cover its pots and claimable shares".into());
			}
		}
		let open = |action_id: ActionId| {
			let status = Actions::<T>::get(action_id).map(|action| action.status);
			matches!(status, Some(ActionStatus::Paying | ActionStatus::Defaulted))
		};
		if Records::<T>::iter_keys().any(|(action_id, _)| !open(action_id))
			|| Settled::<T>::iter_keys().any(|(action_id, _)| !open(action_id))
		{
			return Err("a record entry of an action that is not open".into());
		}
		Ok(())
	}

	/// What the unsettled holders of record of a paying action are owed together.
	fn unpaid_entitlements(
		action_id: ActionId,
		action: &CorporateAction<T>,
	) -> Result<BalanceOf<T>, sp_runtime::TryRuntimeError> {
		let mut unpaid = BalanceOf::<T>::zero();
		let mut add = |units: Units| -> Result<(), sp_runtime::TryRuntimeError> {
			let amount = Self::entitlement(action, units).ok_or("an entitlement overflows")?;
			unpaid = unpaid.checked_add(&amount).ok_or("entitlements overflow")?;
			Ok(())
		};
		for (who, units) in Holdings::<T>::iter_prefix(action.instrument) {
			if !Settled::<T>::contains_key(action_id, &who) {
				add(Records::<T>::get(action_id, &who).unwrap_or(units))?;
			}
		}
		for (who, held) in Records::<T>::iter_prefix(action_id) {
			let gone = Holdings::<T>::get(action.instrument, &who) == 0;
			if gone && !Settled::<T>::contains_key(action_id, &who) {
				add(held)?;
			}
		}
		Ok(unpaid)
	}
}
