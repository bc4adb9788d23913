//! The pallet's logic, one file per concern.

mod actions;
mod backing;
mod books;
mod claims;
mod contracts;
mod controls;
mod documents;
mod holdings;
pub mod queries;
mod register;
mod settlement;

use crate::{
	BookUnits, BookedTotal, Books, Config, ContractStatus, Contracts, FrozenUnits, Holdings,
	InstrumentKind, InstrumentStatus, Instruments, Pallet, Portfolio, SettlementStatus,
	Settlements, StoppedBy,
};
use sp_runtime::traits::Zero;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// The pallet's invariants: each instrument's supply is the sum of its holdings, and its
	/// holder count the number of accounts holding units; no holding of a missing instrument;
	/// a frozen part is within its holding; a stopped instrument names who stopped it.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (id, instrument) in Instruments::<T>::iter() {
			let mut supply: u128 = 0;
			let mut holders: u32 = 0;
			for (_, units) in Holdings::<T>::iter_prefix(id) {
				if units == 0 {
					return Err("a holding of zero units is stored".into());
				}
				supply = supply.checked_add(units).ok_or("holdings overflow")?;
				holders = holders.saturating_add(1);
			}
			if supply != instrument.supply {
				return Err("an instrument's supply is not the sum of its holdings".into());
			}
			if holders != instrument.holders {
				return Err("an instrument's holder count is not its number of holdings".into());
			}
		}
		for (id, who, (frozen, _)) in FrozenUnits::<T>::iter() {
			if frozen == 0 || frozen > Holdings::<T>::get(id, &who) {
				return Err("a frozen part is zero or more than the holding".into());
			}
		}
		for (id, instrument) in Instruments::<T>::iter() {
			let stopped =
				matches!(instrument.status, InstrumentStatus::Paused | InstrumentStatus::Suspended);
			if stopped != StoppedBy::<T>::contains_key(id) {
				return Err("a paused or suspended instrument does not name who stopped it".into());
			}
		}
		for (id, who, _) in Holdings::<T>::iter() {
			if !Instruments::<T>::contains_key(id) {
				return Err("a holding of an instrument that does not exist".into());
			}
			if !Portfolio::<T>::contains_key(&who, id) {
				return Err("a holding missing from its holder's portfolio".into());
			}
		}
		for (id, instrument) in Instruments::<T>::iter() {
			let record = Contracts::<T>::get(id);
			match (&instrument.kind, record) {
				(InstrumentKind::Contract(terms), Some(record)) => {
					if record.signatures.iter().any(|(who, _)| !terms.parties.contains(who)) {
						return Err("a contract signed by someone not a party".into());
					}
					let all = record.signatures.len() == terms.parties.len();
					if record.status == ContractStatus::Draft && all {
						return Err("a contract every party signed is still a draft".into());
					}
				},
				(InstrumentKind::Contract(_), None) => {
					return Err("a contract without its record".into())
				},
				(_, Some(_)) => return Err("a contract record of another kind".into()),
				(_, None) => {},
			}
		}
		for (_, settlement) in Settlements::<T>::iter() {
			if settlement.affirmed.iter().any(|who| !settlement.parties.contains(who)) {
				return Err("a settlement affirmed by someone not a party".into());
			}
			let pending = settlement.status == SettlementStatus::Pending;
			if !pending && !settlement.deposit.is_zero() {
				return Err("a settled or cancelled settlement still holds its deposit".into());
			}
		}
		for (id, who, booked) in BookedTotal::<T>::iter() {
			let books: u128 = Books::<T>::iter_key_prefix(&who)
				.map(|book| BookUnits::<T>::get((&who, book, id)))
				.sum();
			if booked == 0 || books != booked || booked > Holdings::<T>::get(id, &who) {
				return Err(
					"an account's booked units are not its books' sum within its holding".into()
				);
			}
		}
		for ((who, book, id), units) in BookUnits::<T>::iter() {
			if units == 0
				|| !Books::<T>::contains_key(&who, book)
				|| BookedTotal::<T>::get(id, &who) == 0
			{
				return Err("units in a book that does not exist or is not counted".into());
			}
		}
		for (who, id, _) in Portfolio::<T>::iter() {
			if Holdings::<T>::get(id, &who) == 0 {
				return Err("a portfolio names an instrument the account holds none of".into());
			}
		}
		Self::try_state_backing()?;
		Self::try_state_actions()
	}
}
