//! Books: named portfolios of one account's holdings (a client's account, a trading book, a
//! collateral book). Units move between one's own books freely — the holder does not change,
//! so compliance and freezes do not apply — and leave the account only from its main book
//! (book 0, the units in no named book). A forced transfer, a burn or a redemption takes what
//! it needs from the named books too.

use crate::{
	BookId, BookUnits, BookedTotal, Books, Config, Error, Event, Holdings, InstrumentId,
	Instruments, NextBook, Pallet, Units,
};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::DispatchResult, traits::Get, BoundedVec};
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_book(owner: T::AccountId, name: Vec<u8>) -> DispatchResult {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		let name: BoundedVec<u8, T::MaxNameLen> =
			name.try_into().map_err(|_| Error::<T>::NameTooLong)?;
		let count = Books::<T>::iter_key_prefix(&owner).count();
		ensure!(count < T::MaxBooks::get() as usize, Error::<T>::TooManyBooks);
		let book = NextBook::<T>::get(&owner).checked_add(1).ok_or(ArithmeticError::Overflow)?;
		NextBook::<T>::insert(&owner, book);
		Books::<T>::insert(&owner, book, name.clone());
		Self::deposit_event(Event::BookCreated { owner, book, name });
		Ok(())
	}

	pub(crate) fn do_close_book(owner: T::AccountId, book: BookId) -> DispatchResult {
		ensure!(Books::<T>::contains_key(&owner, book), Error::<T>::BookNotFound);
		ensure!(
			BookUnits::<T>::iter_prefix((&owner, book)).next().is_none(),
			Error::<T>::BookNotEmpty
		);
		Books::<T>::remove(&owner, book);
		Self::deposit_event(Event::BookClosed { owner, book });
		Ok(())
	}

	/// The units of `id` in `owner`'s `book` (0: its main book).
	pub fn book_units(owner: &T::AccountId, book: BookId, id: InstrumentId) -> Units {
		if book == 0 {
			Holdings::<T>::get(id, owner).saturating_sub(BookedTotal::<T>::get(id, owner))
		} else {
			BookUnits::<T>::get((owner, book, id))
		}
	}

	pub(crate) fn do_move_to_book(
		owner: T::AccountId,
		id: InstrumentId,
		from: BookId,
		to: BookId,
		amount: Units,
	) -> DispatchResult {
		ensure!(Instruments::<T>::contains_key(id), Error::<T>::InstrumentNotFound);
		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(from != to, Error::<T>::SameBook);
		for book in [from, to] {
			ensure!(book == 0 || Books::<T>::contains_key(&owner, book), Error::<T>::BookNotFound);
		}
		ensure!(Self::book_units(&owner, from, id) >= amount, Error::<T>::InsufficientBookUnits);
		let mut booked = BookedTotal::<T>::get(id, &owner);
		if from != 0 {
			BookUnits::<T>::mutate_exists((&owner, from, id), |units| {
				let left = units.unwrap_or(0).saturating_sub(amount);
				*units = (left > 0).then_some(left);
			});
			booked = booked.saturating_sub(amount);
		}
		if to != 0 {
			BookUnits::<T>::try_mutate((&owner, to, id), |units| -> DispatchResult {
				*units = units.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
				Ok(())
			})?;
			booked = booked.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		}
		Self::set_booked(id, &owner, booked);
		Self::deposit_event(Event::UnitsBooked { owner, instrument: id, from, to, amount });
		Ok(())
	}

	fn set_booked(id: InstrumentId, owner: &T::AccountId, booked: Units) {
		if booked == 0 {
			BookedTotal::<T>::remove(id, owner);
		} else {
			BookedTotal::<T>::insert(id, owner, booked);
		}
	}

	/// After `owner`'s holding of `id` fell to `holding`: if its named books hold more, they
	/// give up the difference, book after book.
	pub(crate) fn fit_books(id: InstrumentId, owner: &T::AccountId, holding: Units) {
		let booked = BookedTotal::<T>::get(id, owner);
		let over = booked.saturating_sub(holding);
		if over == 0 {
			return;
		}
		let mut excess = over;
		for book in Books::<T>::iter_key_prefix(owner) {
			if excess == 0 {
				break;
			}
			BookUnits::<T>::mutate_exists((owner, book, id), |units| {
				let held = units.unwrap_or(0);
				let taken = held.min(excess);
				excess = excess.saturating_sub(taken);
				let left = held.saturating_sub(taken);
				*units = (left > 0).then_some(left);
			});
		}
		Self::set_booked(id, owner, booked.saturating_sub(over.saturating_sub(excess)));
	}
}
