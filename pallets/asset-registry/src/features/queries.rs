//! Read-only queries for the runtime API: pages of holdings and holders, the next corporate
//! actions with what they would pay today.

use crate::{
	ActionId, ActionStatus, Actions, BalanceOf, Config, CorporateAction, Holdings, InstrumentId,
	Instruments, Pallet, Portfolio, Units, Upcoming,
};
use alloc::vec::Vec;
use sp_runtime::traits::Zero;

/// The most entries a page holds, whatever the caller asks.
pub const MAX_PAGE: u32 = 1_000;

/// `limit`, capped at [`MAX_PAGE`], as a count.
fn page(limit: u32) -> usize {
	usize::try_from(limit.min(MAX_PAGE)).unwrap_or(usize::MAX)
}

impl<T: Config> Pallet<T> {
	/// The instruments `who` holds units of, with the units: at most `limit` (capped at
	/// [`MAX_PAGE`]) in storage order, after instrument `after` (the last of the previous page).
	pub fn holdings_of(
		who: &T::AccountId,
		after: Option<InstrumentId>,
		limit: u32,
	) -> Vec<(InstrumentId, Units)> {
		let iter = match after {
			Some(id) => {
				Portfolio::<T>::iter_prefix_from(who, Portfolio::<T>::hashed_key_for(who, id))
			},
			None => Portfolio::<T>::iter_prefix(who),
		};
		iter.take(page(limit)).map(|(id, ())| (id, Holdings::<T>::get(id, who))).collect()
	}

	/// The accounts holding units of `id`, with the units, paged as [`Pallet::holdings_of`].
	pub fn holders_of(
		id: InstrumentId,
		after: Option<T::AccountId>,
		limit: u32,
	) -> Vec<(T::AccountId, Units)> {
		let iter = match after {
			Some(who) => {
				Holdings::<T>::iter_prefix_from(id, Holdings::<T>::hashed_key_for(id, who))
			},
			None => Holdings::<T>::iter_prefix(id),
		};
		iter.take(page(limit)).collect()
	}

	/// The instrument's scheduled corporate actions, earliest first, each with what it would
	/// pay at today's supply (a dividend: its declared total).
	pub fn upcoming_actions(id: InstrumentId) -> Vec<(ActionId, CorporateAction<T>, BalanceOf<T>)> {
		let supply = Instruments::<T>::get(id).map_or(0, |instrument| instrument.supply);
		let mut upcoming: Vec<(ActionId, CorporateAction<T>, BalanceOf<T>)> =
			Upcoming::<T>::get(id)
				.into_iter()
				.filter_map(|action_id| {
					Actions::<T>::get(action_id).map(|action| (action_id, action))
				})
				.filter(|(_, action)| action.status == ActionStatus::Scheduled)
				.map(|(action_id, action)| {
					let due = match action.kind {
						crate::ActionKind::Dividend => BalanceOf::<T>::try_from(action.numerator)
							.unwrap_or_else(|_| Zero::zero()),
						_ => Self::entitlement(&action, supply).unwrap_or_else(Zero::zero),
					};
					(action_id, action, due)
				})
				.collect();
		upcoming.sort_by_key(|(action_id, action, _)| (action.record_date, *action_id));
		upcoming
	}
}
