//! The pallet's logic, one file per concern.

mod documents;
mod holdings;
mod register;

use crate::{Config, Holdings, Instruments, Pallet};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// The pallet's invariants: each instrument's supply is the sum of its holdings, and its
	/// holder count the number of accounts holding units; no holding of a missing instrument.
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
		for (id, _, _) in Holdings::<T>::iter() {
			if !Instruments::<T>::contains_key(id) {
				return Err("a holding of an instrument that does not exist".into());
			}
		}
		Ok(())
	}
}
