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
}
