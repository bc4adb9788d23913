//! # Notary pallet
//!
//! Anyone anchors the digest of a record or a file, or the Merkle root of a batch of them, and
//! anyone verifies it later by hash: who anchored it, in which block, when, and whether it was
//! revoked. The node's `notary_prove` RPC answers with a storage proof of the anchor and the
//! finality proofs that let a client check it from the chain spec alone (see the verifier crate).
//!
//! - [`Pallet::anchor`] records a digest, tagged with its algorithm (BLAKE2b-256, SHA-256,
//!   Keccak-256) and kind, optionally about a subject (a provenance lot or an asset-registry
//!   instrument, checked through the small [`Config::Lots`] and [`Config::Instruments`] traits)
//!   and with a bounded public memo.
//! - [`Pallet::anchor_batch`] records the root of a Merkle tree over many items, with the number
//!   of leaves and the name of their format.
//! - [`Pallet::revoke`] marks an anchor revoked, with a reason; only its anchoring account may.
//!   A revoked anchor stays, so a verifier learns that it was revoked rather than "not found".
//!
//! A hash is anchored once: a second anchor of it fails with `AlreadyAnchored`, and the first
//! stays what [`Anchors`] (or the runtime API's `anchor`) returns.
//!
//! Every anchor holds a deposit from its anchoring account ([`HoldReason::Anchor`]): a base plus a
//! price per byte of memo, schema and revocation reason. Anchors are permanent public records, so
//! the deposit stays held for as long as the chain keeps them. `try_state` checks that each
//! account's balance on hold for anchors is the sum of its anchors' recorded deposits.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod functions;
#[cfg(test)]
mod mock;
pub mod queries;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, Contains, Time},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The balance type of the deposit currency.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;
	/// A timestamp of the runtime's clock.
	pub type MomentOf<T> = <<T as Config>::Time as Time>::Moment;
	/// An anchor as stored.
	pub type AnchorOf<T> = Anchor<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		MomentOf<T>,
		<T as Config>::MaxMemoLen,
		<T as Config>::MaxSchemaLen,
		<T as Config>::MaxReasonLen,
	>;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Weights of the calls, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// The currency deposits are held in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reason, of which this pallet's [`HoldReason`] is a part.
		type RuntimeHoldReason: From<HoldReason>;

		/// The clock an anchor's `moment` is read from (the timestamp pallet).
		type Time: Time;

		/// The provenance lots that exist: a [`Subject::Lot`] must be one of them.
		type Lots: Contains<u64>;

		/// The asset-registry instruments that exist: a [`Subject::Instrument`] must be one.
		type Instruments: Contains<u64>;

		/// Makes a subject exist, for the benchmarks' worst case (an anchor about a lot).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;

		/// Deposit held for each anchor, whatever its size.
		#[pallet::constant]
		type AnchorDepositBase: Get<BalanceOf<Self>>;

		/// Deposit held for each byte of memo, schema name or revocation reason.
		#[pallet::constant]
		type AnchorDepositPerByte: Get<BalanceOf<Self>>;

		/// The longest memo, in bytes.
		#[pallet::constant]
		type MaxMemoLen: Get<u32>;

		/// The longest schema name of a batch, in bytes.
		#[pallet::constant]
		type MaxSchemaLen: Get<u32>;

		/// The longest revocation reason, in bytes.
		#[pallet::constant]
		type MaxReasonLen: Get<u32>;
	}

	/// Why the pallet holds an account's funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// An anchor, revoked or not.
		Anchor,
	}

	/// Every anchor, under the anchored hash or batch root.
	#[pallet::storage]
	pub type Anchors<T: Config> = StorageMap<_, Blake2_128Concat, H256, AnchorOf<T>>;

	/// The anchors about each subject, for the runtime API's `anchors_of`.
	#[pallet::storage]
	pub type AnchorsBySubject<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Subject, Blake2_128Concat, H256, ()>;

	/// How many anchors exist.
	#[pallet::storage]
	pub type AnchorCount<T: Config> = StorageValue<_, u64, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// The digest of an item was anchored.
		Anchored {
			/// The anchored digest.
			digest: H256,
			/// The algorithm that produced it.
			algorithm: HashAlgorithm,
			/// What the item is.
			kind: AnchorKind,
			/// The lot or instrument the item is about.
			subject: Option<Subject>,
			/// The anchoring party's public note.
			memo: BoundedVec<u8, T::MaxMemoLen>,
			/// The anchoring account.
			by: T::AccountId,
			/// The deposit held from it.
			deposit: BalanceOf<T>,
		},
		/// The Merkle root of a batch was anchored.
		BatchAnchored {
			/// The root of the batch's tree.
			root: H256,
			/// How many leaves the tree has.
			leaf_count: u32,
			/// The name of the leaves' format.
			schema: BoundedVec<u8, T::MaxSchemaLen>,
			/// The anchoring account.
			by: T::AccountId,
			/// The deposit held from it.
			deposit: BalanceOf<T>,
		},
		/// An anchor was revoked by its anchoring account; it stays, marked revoked.
		Revoked {
			/// The revoked digest or batch root.
			digest: H256,
			/// The anchoring account, who revoked it.
			by: T::AccountId,
			/// Why.
			reason: BoundedVec<u8, T::MaxReasonLen>,
			/// The anchor's whole deposit now, the reason's bytes included.
			deposit: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The hash is anchored already; the first anchor stays (read `Anchors` or the runtime
		/// API's `anchor` for who anchored it, and when).
		AlreadyAnchored,
		/// No anchor has this hash.
		AnchorNotFound,
		/// Only the account that anchored a hash may revoke it.
		NotAnchorer,
		/// The anchor was revoked already.
		AlreadyRevoked,
		/// The all-zero hash is no digest: a client sent an empty value.
		ZeroHash,
		/// The memo is longer than `MaxMemoLen` bytes.
		MemoTooLong,
		/// The schema name is longer than `MaxSchemaLen` bytes.
		SchemaTooLong,
		/// A schema name is needed: it says what a batch's leaves are.
		EmptySchema,
		/// The revocation reason is longer than `MaxReasonLen` bytes.
		ReasonTooLong,
		/// A batch has at least one leaf.
		EmptyBatch,
		/// The subject (a lot or an instrument) does not exist.
		SubjectNotFound,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxMemoLen::get() > 0, "a memo must be able to say something");
			assert!(T::MaxSchemaLen::get() > 0, "a batch must be able to name its schema");
			assert!(T::MaxReasonLen::get() > 0, "a revocation must be able to say why");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Anchor the digest `hash` of an item, produced by `algorithm`, of kind `kind`, about
		/// `subject` if given, with a public `memo`.
		///
		/// Origin: any signed account, which holds the deposit. Emits `Anchored`.
		/// Fails with `ZeroHash`, `AlreadyAnchored`, `MemoTooLong`, `SubjectNotFound`, or a
		/// token error when the deposit cannot be held.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::anchor(length_of(memo.as_deref())))]
		pub fn anchor(
			origin: OriginFor<T>,
			hash: H256,
			algorithm: HashAlgorithm,
			kind: AnchorKind,
			subject: Option<Subject>,
			memo: Option<Vec<u8>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_anchor(who, hash, algorithm, kind, subject, memo.unwrap_or_default())
		}

		/// Anchor `merkle_root`, the root of a binary BLAKE2b-256 tree over `leaf_count` leaves
		/// in the format `schema` names.
		///
		/// Origin: any signed account, which holds the deposit. Emits `BatchAnchored`.
		/// Fails with `ZeroHash`, `AlreadyAnchored`, `EmptyBatch`, `EmptySchema`,
		/// `SchemaTooLong`, or a token error when the deposit cannot be held.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::anchor_batch(length_of(Some(schema.as_slice()))))]
		pub fn anchor_batch(
			origin: OriginFor<T>,
			merkle_root: H256,
			leaf_count: u32,
			schema: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_anchor_batch(who, merkle_root, leaf_count, schema)
		}

		/// Revoke the anchor of `hash` (an item's digest or a batch root), saying why. The
		/// anchor stays, marked revoked; the reason's bytes add to its deposit.
		///
		/// Origin: the account that anchored it. Emits `Revoked`.
		/// Fails with `AnchorNotFound`, `NotAnchorer`, `AlreadyRevoked`, `ReasonTooLong`, or a
		/// token error when the added deposit cannot be held.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::revoke(length_of(Some(reason.as_slice()))))]
		pub fn revoke(origin: OriginFor<T>, hash: H256, reason: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_revoke(who, hash, reason)
		}
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// A subject that exists (creating it if need be), which `Config::Lots` or
	/// `Config::Instruments` contains.
	fn subject() -> Result<Subject, frame_benchmarking::BenchmarkError>;
}

/// The length of an optional byte string, for a weight (saturating: a longer one is refused).
fn length_of(bytes: Option<&[u8]>) -> u32 {
	bytes.map_or(0, |bytes| u32::try_from(bytes.len()).unwrap_or(u32::MAX))
}
