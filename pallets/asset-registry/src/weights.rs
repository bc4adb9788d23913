//! Weights of the asset registry's calls.
//!
//! The pallet is not in the runtime yet, so no benchmark has run: the unit implementation, which
//! only the mock uses, prices each call by the storage it reads and writes. The runtime's
//! weights will come from the pallet's benchmarks when it joins the runtime.

use frame_support::weights::{constants::RocksDbWeight, Weight};

/// The weight of each call.
pub trait WeightInfo {
	/// `register`.
	fn register() -> Weight;
	/// `issue`.
	fn issue() -> Weight;
	/// `transfer`.
	fn transfer() -> Weight;
	/// `burn`.
	fn burn() -> Weight;
	/// `set_allowed`.
	fn set_allowed() -> Weight;
	/// `file_document`.
	fn file_document() -> Weight;
	/// `freeze` and `regulator_freeze`.
	fn freeze() -> Weight;
	/// `thaw` and `regulator_thaw`.
	fn thaw() -> Weight;
	/// `freeze_units`.
	fn freeze_units() -> Weight;
	/// `pause`, `unpause`, `suspend`, `reinstate`.
	fn pause() -> Weight;
	/// `force_transfer`.
	fn force_transfer() -> Weight;
	/// `approve`.
	fn approve() -> Weight;
	/// `transfer_from`.
	fn transfer_from() -> Weight;
	/// `declare_dividend`.
	fn declare_dividend() -> Weight;
	/// `cancel_dividend`.
	fn cancel_dividend() -> Weight;
	/// `claim`.
	fn claim() -> Weight;
	/// `cure_default`.
	fn cure_default() -> Weight;
	/// `create_book`.
	fn create_book() -> Weight;
	/// `close_book`.
	fn close_book() -> Weight;
	/// `move_to_book`.
	fn move_to_book() -> Weight;
	/// `issue_claim`.
	fn issue_claim() -> Weight;
	/// `revoke_claim`.
	fn revoke_claim() -> Weight;
	/// `set_claim_rules`.
	fn set_claim_rules() -> Weight;
	/// `propose_settlement` of `l` legs.
	fn propose_settlement(l: u32) -> Weight;
	/// `affirm_settlement` (and `execute_settlement`) settling `l` legs.
	fn affirm_settlement(l: u32) -> Weight;
	/// `withdraw_affirmation`.
	fn withdraw_affirmation() -> Weight;
	/// `cancel_settlement`.
	fn cancel_settlement() -> Weight;
	/// `sign_contract`.
	fn sign_contract() -> Weight;
	/// `execute_contract`.
	fn execute_contract() -> Weight;
	/// `terminate_contract`.
	fn terminate_contract() -> Weight;
	/// A block's corporate-action work when nothing is due.
	fn on_initialize_idle() -> Weight;
	/// Acting on one record date: fixing the holders of record, funding the pot, scheduling a
	/// bond's next payment.
	fn execute_action() -> Weight;
	/// Settling one holder of record: paying it (or keeping its share claimable), marking it
	/// settled, cancelling a redeemed bond's units.
	fn pay_holder() -> Weight;
	/// Removing one record of a completed payout.
	fn clear_record() -> Weight;
	/// Ending a payout: returning the dust, closing a redeemed bond.
	fn complete_action() -> Weight;
	/// `pledge_backing`, the lot pledged through `BackingLots`.
	fn pledge_backing() -> Weight;
	/// `release_backing` of a lot among `MaxBackingLots`.
	fn release_backing() -> Weight;
}

impl WeightInfo for () {
	fn register() -> Weight {
		RocksDbWeight::get().reads_writes(3, 4)
	}
	fn issue() -> Weight {
		RocksDbWeight::get().reads_writes(3, 2)
	}
	fn transfer() -> Weight {
		RocksDbWeight::get().reads_writes(5, 3)
	}
	fn burn() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn set_allowed() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn file_document() -> Weight {
		RocksDbWeight::get().reads_writes(3, 4)
	}
	fn freeze() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn thaw() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn freeze_units() -> Weight {
		RocksDbWeight::get().reads_writes(3, 1)
	}
	fn pause() -> Weight {
		RocksDbWeight::get().reads_writes(1, 2)
	}
	fn force_transfer() -> Weight {
		RocksDbWeight::get().reads_writes(6, 4)
	}
	fn approve() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn transfer_from() -> Weight {
		RocksDbWeight::get().reads_writes(7, 4)
	}
	fn declare_dividend() -> Weight {
		RocksDbWeight::get().reads_writes(4, 4)
	}
	fn cancel_dividend() -> Weight {
		RocksDbWeight::get().reads_writes(3, 3)
	}
	fn claim() -> Weight {
		RocksDbWeight::get().reads_writes(5, 4)
	}
	fn cure_default() -> Weight {
		RocksDbWeight::get().reads_writes(9, 10)
	}
	fn create_book() -> Weight {
		RocksDbWeight::get().reads_writes(4, 2)
	}
	fn close_book() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn move_to_book() -> Weight {
		RocksDbWeight::get().reads_writes(6, 3)
	}
	fn issue_claim() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn revoke_claim() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn set_claim_rules() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn propose_settlement(l: u32) -> Weight {
		RocksDbWeight::get().reads_writes(3, 3).saturating_add(RocksDbWeight::get().reads(l.into()))
	}
	fn affirm_settlement(l: u32) -> Weight {
		RocksDbWeight::get()
			.reads_writes(2, 2)
			.saturating_add(RocksDbWeight::get().reads_writes(8, 5).saturating_mul(l.into()))
	}
	fn withdraw_affirmation() -> Weight {
		RocksDbWeight::get().reads_writes(1, 1)
	}
	fn cancel_settlement() -> Weight {
		RocksDbWeight::get().reads_writes(2, 2)
	}
	fn sign_contract() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn execute_contract() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn terminate_contract() -> Weight {
		RocksDbWeight::get().reads_writes(2, 1)
	}
	fn on_initialize_idle() -> Weight {
		RocksDbWeight::get().reads(2)
	}
	fn execute_action() -> Weight {
		RocksDbWeight::get().reads_writes(10, 12)
	}
	fn pay_holder() -> Weight {
		RocksDbWeight::get().reads_writes(6, 5)
	}
	fn clear_record() -> Weight {
		RocksDbWeight::get().writes(1)
	}
	fn complete_action() -> Weight {
		RocksDbWeight::get().reads_writes(6, 6)
	}
	fn pledge_backing() -> Weight {
		RocksDbWeight::get().reads_writes(4, 3)
	}
	fn release_backing() -> Weight {
		RocksDbWeight::get().reads_writes(3, 4)
	}
}
