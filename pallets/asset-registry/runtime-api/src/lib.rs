//! Runtime API of the asset registry.
//!
//! Every type is SCALE-encoded with `TypeInfo`, so Polkadot.js decorates these calls from the
//! runtime metadata (`api.call.assetRegistryApi.*`) without a custom type bundle. The pallet
//! does the work; the runtime only forwards:
//!
//! ```text
//! impl pallet_asset_registry_runtime_api::AssetRegistryApi<
//!     Block, AccountId, Instrument<Runtime>, CorporateAction<Runtime>, Balance,
//! > for Runtime {
//!     fn instrument(id: InstrumentId) -> Option<Instrument<Runtime>> {
//!         pallet_asset_registry::Instruments::<Runtime>::get(id)
//!     }
//!     fn holdings(who: AccountId, after: Option<InstrumentId>, limit: u32) -> Vec<(InstrumentId, Units)> {
//!         AssetRegistry::holdings_of(&who, after, limit)
//!     }
//!     // holders, upcoming_actions, action, claimable and can_transfer likewise.
//! }
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;

pub use pallet_asset_registry::{ActionId, InstrumentId, TransferRefusal, Units, MAX_PAGE};

sp_api::decl_runtime_apis! {
	/// Queries on the asset registry's instruments, holdings and corporate actions.
	pub trait AssetRegistryApi<AccountId, Instrument, Action, Balance>
	where
		AccountId: Codec,
		Instrument: Codec,
		Action: Codec,
		Balance: Codec,
	{
		/// The instrument, or `None` if no instrument has this number.
		fn instrument(id: InstrumentId) -> Option<Instrument>;

		/// The instruments `who` holds, with its units: at most `limit` (capped at `MAX_PAGE`),
		/// after instrument `after` (the last of the previous page) when given.
		fn holdings(who: AccountId, after: Option<InstrumentId>, limit: u32) -> Vec<(InstrumentId, Units)>;

		/// The holders of an instrument with their units, paged as `holdings` (`after`: the last
		/// account of the previous page).
		fn holders(id: InstrumentId, after: Option<AccountId>, limit: u32) -> Vec<(AccountId, Units)>;

		/// The instrument's scheduled corporate actions, earliest first, with what each would
		/// pay at today's supply (a dividend: its declared total).
		fn upcoming_actions(id: InstrumentId) -> Vec<(ActionId, Action, Balance)>;

		/// A corporate action, whatever its status.
		fn action(id: ActionId) -> Option<Action>;

		/// What `who` may claim from an action (a share withheld while frozen or unable to
		/// receive).
		fn claimable(who: AccountId, action: ActionId) -> Option<Balance>;

		/// Whether `from` could move `amount` units of `id` to `to` now, or the exact reason
		/// it could not.
		fn can_transfer(id: InstrumentId, from: AccountId, to: AccountId, amount: Units) -> Result<(), TransferRefusal>;
	}
}
