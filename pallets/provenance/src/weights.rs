// This file is part of Lode.
// SPDX-License-Identifier: Apache-2.0

//! Weight functions of the provenance pallet.
//!
//! Lode's runtime uses the weights generated for it from `benchmarking.rs` by
//! `scripts/bench/weights` (`runtime/src/weights/pallet_provenance.rs`). The `()` implementation
//! below serves the pallet's own tests: its numbers are rough, hand-counted estimates (not
//! benchmark results), kept non-zero so that the claim-queue tests can bound work by weight.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_provenance`.
pub trait WeightInfo {
	fn grant_roles() -> Weight;
	fn revoke_roles() -> Weight;
	fn accredit_issuer() -> Weight;
	fn withdraw_accreditation() -> Weight;
	fn register_facility() -> Weight;
	fn create_lot() -> Weight;
	fn propose_transfer() -> Weight;
	fn accept_transfer() -> Weight;
	fn reject_transfer() -> Weight;
	fn cancel_transfer() -> Weight;
	fn expire_transfer() -> Weight;
	fn split(n: u32, ) -> Weight;
	fn merge(n: u32, ) -> Weight;
	fn transform(i: u32, o: u32, ) -> Weight;
	fn observe() -> Weight;
	fn consume() -> Weight;
	fn recall() -> Weight;
	fn declare_error() -> Weight;
	fn quarantine() -> Weight;
	fn release() -> Weight;
	fn attest() -> Weight;
	fn suspend_attestation() -> Weight;
	fn reinstate_attestation() -> Weight;
	fn revoke_attestation() -> Weight;
	fn recompute_claim() -> Weight;
	fn update_facility() -> Weight;
	fn deactivate_facility() -> Weight;
	fn transfer_facility() -> Weight;
	fn lift_recall() -> Weight;
}

// Test-only estimates, see the module docs.
impl WeightInfo for () {
	/// Storage: `Provenance::Parties` (r:1 w:1)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn grant_roles() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2533`
		//  Estimated: `3533`
		// Minimum execution time: 13_000_000 picoseconds.
		Weight::from_parts(14_000_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Parties` (r:1 w:1)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn revoke_roles() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2533`
		//  Estimated: `3533`
		// Minimum execution time: 13_500_000 picoseconds.
		Weight::from_parts(14_500_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Issuers` (r:0 w:1)
	/// Proof: `Provenance::Issuers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn accredit_issuer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0`
		//  Estimated: `0`
		// Minimum execution time: 8_000_000 picoseconds.
		Weight::from_parts(9_000_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Issuers` (r:1 w:1)
	/// Proof: `Provenance::Issuers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn withdraw_accreditation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2502`
		//  Estimated: `3502`
		// Minimum execution time: 12_000_000 picoseconds.
		Weight::from_parts(13_000_000, 3502)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Parties` (r:1 w:0)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextFacilityId` (r:1 w:1)
	/// Proof: `Provenance::NextFacilityId` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Facilities` (r:0 w:1)
	/// Proof: `Provenance::Facilities` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn register_facility() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2533`
		//  Estimated: `3533`
		// Minimum execution time: 23_000_000 picoseconds.
		Weight::from_parts(24_000_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Provenance::Parties` (r:1 w:0)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Facilities` (r:1 w:0)
	/// Proof: `Provenance::Facilities` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::FacilityAttestations` (r:1 w:0)
	/// Proof: `Provenance::FacilityAttestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Attestations` (r:8 w:0)
	/// Proof: `Provenance::Attestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextLotId` (r:1 w:1)
	/// Proof: `Provenance::NextLotId` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::CertifiedLotCount` (r:1 w:1)
	/// Proof: `Provenance::CertifiedLotCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::CertifiedLots` (r:0 w:1)
	/// Proof: `Provenance::CertifiedLots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Lots` (r:0 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn create_lot() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `20840`
		//  Estimated: `21840`
		// Minimum execution time: 61_000_000 picoseconds.
		Weight::from_parts(62_000_000, 21840)
			.saturating_add(RocksDbWeight::get().reads(13_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Parties` (r:1 w:0)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Facilities` (r:1 w:0)
	/// Proof: `Provenance::Facilities` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransferCount` (r:1 w:1)
	/// Proof: `Provenance::PendingTransferCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ExpiryCursor` (r:0 w:1)
	/// Proof: `Provenance::ExpiryCursor` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransfers` (r:0 w:1)
	/// Proof: `Provenance::PendingTransfers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::TransferExpiries` (r:0 w:1)
	/// Proof: `Provenance::TransferExpiries` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn propose_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 37_000_000 picoseconds.
		Weight::from_parts(38_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransfers` (r:1 w:1)
	/// Proof: `Provenance::PendingTransfers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::TransferExpiries` (r:0 w:1)
	/// Proof: `Provenance::TransferExpiries` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransferCount` (r:1 w:1)
	/// Proof: `Provenance::PendingTransferCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn accept_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 35_000_000 picoseconds.
		Weight::from_parts(36_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransfers` (r:1 w:1)
	/// Proof: `Provenance::PendingTransfers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::TransferExpiries` (r:0 w:1)
	/// Proof: `Provenance::TransferExpiries` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransferCount` (r:1 w:1)
	/// Proof: `Provenance::PendingTransferCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn reject_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 32_000_000 picoseconds.
		Weight::from_parts(33_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransfers` (r:1 w:1)
	/// Proof: `Provenance::PendingTransfers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::TransferExpiries` (r:0 w:1)
	/// Proof: `Provenance::TransferExpiries` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransferCount` (r:1 w:1)
	/// Proof: `Provenance::PendingTransferCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn cancel_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 32_000_000 picoseconds.
		Weight::from_parts(33_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransfers` (r:1 w:1)
	/// Proof: `Provenance::PendingTransfers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::TransferExpiries` (r:0 w:1)
	/// Proof: `Provenance::TransferExpiries` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransferCount` (r:1 w:1)
	/// Proof: `Provenance::PendingTransferCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn expire_transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 32_500_000 picoseconds.
		Weight::from_parts(33_500_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:17)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextLotId` (r:1 w:1)
	/// Proof: `Provenance::NextLotId` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[2, 16]`.
	fn split(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 23_000_000 picoseconds.
		Weight::from_parts(24_000_000, 4080)
			// Standard Error: 190_000
			.saturating_add(Weight::from_parts(9_500_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
	}
	/// Storage: `Provenance::Lots` (r:16 w:17)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextLotId` (r:1 w:1)
	/// Proof: `Provenance::NextLotId` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// The range of component `n` is `[2, 16]`.
	fn merge(n: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `590`
		//  Estimated: `1590`
		// Minimum execution time: 26_000_000 picoseconds.
		Weight::from_parts(27_000_000, 1590)
			// Standard Error: 160_000
			.saturating_add(Weight::from_parts(8_000_000, 0).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(n.into())))
			.saturating_add(Weight::from_parts(0, 2620).saturating_mul(n.into()))
	}
	/// Storage: `Provenance::Lots` (r:16 w:32)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Facilities` (r:1 w:0)
	/// Proof: `Provenance::Facilities` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextLotId` (r:1 w:1)
	/// Proof: `Provenance::NextLotId` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[1, 16]`.
	/// The range of component `o` is `[1, 16]`.
	fn transform(i: u32, o: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `4070`
		//  Estimated: `5070`
		// Minimum execution time: 29_000_000 picoseconds.
		Weight::from_parts(30_000_000, 5070)
			// Standard Error: 164_000
			.saturating_add(Weight::from_parts(8_200_000, 0).saturating_mul(i.into()))
			// Standard Error: 192_000
			.saturating_add(Weight::from_parts(9_600_000, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(i.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(i.into())))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(o.into())))
			.saturating_add(Weight::from_parts(0, 2620).saturating_mul(i.into()))
	}
	/// Storage: `Provenance::Lots` (r:1 w:0)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Parties` (r:1 w:0)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::LastObservation` (r:0 w:1)
	/// Proof: `Provenance::LastObservation` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn observe() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 21_000_000 picoseconds.
		Weight::from_parts(22_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn consume() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 20_000_000 picoseconds.
		Weight::from_parts(21_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Facilities` (r:1 w:0)
	/// Proof: `Provenance::Facilities` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransfers` (r:1 w:1)
	/// Proof: `Provenance::PendingTransfers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::TransferExpiries` (r:0 w:1)
	/// Proof: `Provenance::TransferExpiries` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::PendingTransferCount` (r:1 w:1)
	/// Proof: `Provenance::PendingTransferCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueued` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueued` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueueTail` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueueTail` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueue` (r:0 w:1)
	/// Proof: `Provenance::ClaimQueue` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn recall() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 44_000_000 picoseconds.
		Weight::from_parts(45_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Provenance::Parties` (r:1 w:0)
	/// Proof: `Provenance::Parties` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn declare_error() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2533`
		//  Estimated: `3533`
		// Minimum execution time: 11_000_000 picoseconds.
		Weight::from_parts(12_000_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn quarantine() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 19_000_000 picoseconds.
		Weight::from_parts(20_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Lots` (r:1 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn release() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3080`
		//  Estimated: `4080`
		// Minimum execution time: 19_000_000 picoseconds.
		Weight::from_parts(20_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Provenance::Issuers` (r:1 w:0)
	/// Proof: `Provenance::Issuers` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Facilities` (r:1 w:0)
	/// Proof: `Provenance::Facilities` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::FacilityAttestations` (r:1 w:1)
	/// Proof: `Provenance::FacilityAttestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Attestations` (r:8 w:1)
	/// Proof: `Provenance::Attestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::NextAttestationId` (r:1 w:1)
	/// Proof: `Provenance::NextAttestationId` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn attest() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `11800`
		//  Estimated: `12800`
		// Minimum execution time: 57_000_000 picoseconds.
		Weight::from_parts(58_000_000, 12800)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Provenance::Attestations` (r:1 w:1)
	/// Proof: `Provenance::Attestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::CertifiedLotCount` (r:1 w:0)
	/// Proof: `Provenance::CertifiedLotCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueueTail` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueueTail` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueue` (r:0 w:1)
	/// Proof: `Provenance::ClaimQueue` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn suspend_attestation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2620`
		//  Estimated: `3620`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(26_000_000, 3620)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Provenance::Attestations` (r:1 w:1)
	/// Proof: `Provenance::Attestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::CertifiedLotCount` (r:1 w:0)
	/// Proof: `Provenance::CertifiedLotCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueueTail` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueueTail` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueue` (r:0 w:1)
	/// Proof: `Provenance::ClaimQueue` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn reinstate_attestation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2620`
		//  Estimated: `3620`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(26_000_000, 3620)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Provenance::Attestations` (r:1 w:1)
	/// Proof: `Provenance::Attestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::CertifiedLotCount` (r:1 w:0)
	/// Proof: `Provenance::CertifiedLotCount` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueueTail` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueueTail` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueue` (r:0 w:1)
	/// Proof: `Provenance::ClaimQueue` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn revoke_attestation() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2620`
		//  Estimated: `3620`
		// Minimum execution time: 25_000_000 picoseconds.
		Weight::from_parts(26_000_000, 3620)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Provenance::ClaimQueueHead` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueueHead` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueueTail` (r:1 w:1)
	/// Proof: `Provenance::ClaimQueueTail` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueue` (r:1 w:17)
	/// Proof: `Provenance::ClaimQueue` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Lots` (r:17 w:1)
	/// Proof: `Provenance::Lots` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::ClaimQueued` (r:16 w:17)
	/// Proof: `Provenance::ClaimQueued` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	/// Storage: `Provenance::Attestations` (r:0 w:0)
	/// Proof: `Provenance::Attestations` (`max_values`: None, `max_size`: PENDING, mode: `MaxEncodedLen`)
	fn recompute_claim() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `45000`
		//  Estimated: `46000`
		// Minimum execution time: 189_000_000 picoseconds.
		Weight::from_parts(190_000_000, 46000)
			.saturating_add(RocksDbWeight::get().reads(36_u64))
			.saturating_add(RocksDbWeight::get().writes(37_u64))
	}
	fn update_facility() -> Weight {
		Weight::from_parts(20_000_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn deactivate_facility() -> Weight {
		Weight::from_parts(15_000_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_facility() -> Weight {
		Weight::from_parts(20_000_000, 3533)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn lift_recall() -> Weight {
		Weight::from_parts(30_000_000, 4080)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
}
