//! # Asset registry pallet
//!
//! Financial instruments on chain: bonds, equities, derivatives and contracts, each registered
//! by an issuer with bounded metadata, an identifier (an ISIN whose check digit is verified, or
//! another scheme) and kind-specific terms that the pallet validates.
//!
//! - [`Pallet::register`] records an instrument and holds a deposit from its issuer.
//! - [`Pallet::issue`], [`Pallet::transfer`] and [`Pallet::burn`] move units; every path that
//!   gives units to an account passes the instrument's [`Compliance`] rule (anyone, or an
//!   allow-list the issuer keeps with [`Pallet::set_allowed`]). [`Pallet::can_transfer`] answers
//!   the exact reason a transfer would fail.
//! - [`Pallet::file_document`] files a version of a named document (prospectus, term sheet):
//!   a new version supersedes the older ones, which stay readable.
//!
//! `try_state` checks that each instrument's supply is the sum of its holdings and its holder
//! count the number of non-zero holdings.
//!
//! Dates are timestamps of the runtime's clock (`Config::Time`, milliseconds): a date is reached
//! in the first block whose timestamp is at or past it.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod features;
pub mod isin;
#[cfg(test)]
mod mock;
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
		traits::{fungible, Contains},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The balance type of deposits, face values and prices.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;
	/// A payment asset (native LODE or a token).
	pub type AssetIdOf<T> = <T as Config>::AssetId;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Weights of the calls, from the benchmarks.
		type WeightInfo: WeightInfo;

		/// The currency deposits are held in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The runtime's hold reasons, of which this pallet's are one.
		type RuntimeHoldReason: From<HoldReason>;

		/// A payment asset: what coupons, dividends and prices are paid in.
		type AssetId: Parameter + MaxEncodedLen + Copy;

		/// The provenance lots a derivative may be written on.
		type Lots: Contains<u64>;

		/// The deposit of an instrument.
		#[pallet::constant]
		type InstrumentDeposit: Get<BalanceOf<Self>>;

		/// The deposit of a document version.
		#[pallet::constant]
		type DocumentDeposit: Get<BalanceOf<Self>>;

		/// The deposit of each byte of name, symbol, identifier and URI.
		#[pallet::constant]
		type DepositPerByte: Get<BalanceOf<Self>>;

		/// The longest instrument, share-class or document name.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// The longest ticker symbol.
		#[pallet::constant]
		type MaxSymbolLen: Get<u32>;

		/// The longest identifier scheme name.
		#[pallet::constant]
		type MaxSchemeLen: Get<u32>;

		/// The longest identifier or external reference.
		#[pallet::constant]
		type MaxIdentifierLen: Get<u32>;

		/// The longest document URI.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// The most share classes of an equity.
		#[pallet::constant]
		type MaxShareClasses: Get<u32>;

		/// The most parties of a contract.
		#[pallet::constant]
		type MaxParties: Get<u32>;

		/// The most coupons of a bond (its payments are scheduled, so their count is bounded).
		#[pallet::constant]
		type MaxCoupons: Get<u32>;
	}

	/// Why the pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of an instrument.
		#[codec(index = 0)]
		Instrument,
		/// The deposit of a document version.
		#[codec(index = 1)]
		Document,
	}

	/// The number the next instrument gets, less one.
	#[pallet::storage]
	pub type LastInstrumentId<T> = StorageValue<_, InstrumentId, ValueQuery>;

	/// The instruments.
	#[pallet::storage]
	pub type Instruments<T: Config> = StorageMap<_, Twox64Concat, InstrumentId, Instrument<T>>;

	/// Which instrument an identifier names: an identifier is registered once.
	#[pallet::storage]
	pub type InstrumentOf<T: Config> = StorageMap<_, Blake2_128Concat, Identifier<T>, InstrumentId>;

	/// Each account's units of each instrument (absent: none).
	#[pallet::storage]
	pub type Holdings<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstrumentId,
		Blake2_128Concat,
		T::AccountId,
		Units,
		ValueQuery,
	>;

	/// The accounts an allow-list instrument lets hold it.
	#[pallet::storage]
	pub type Allowed<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InstrumentId, Blake2_128Concat, T::AccountId, ()>;

	/// The latest version of each named document of an instrument.
	#[pallet::storage]
	pub type LatestDocument<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstrumentId,
		Blake2_128Concat,
		BoundedVec<u8, T::MaxNameLen>,
		u32,
	>;

	/// Every version of every document: (instrument, name, version).
	#[pallet::storage]
	pub type Documents<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, InstrumentId>,
			NMapKey<Blake2_128Concat, BoundedVec<u8, T::MaxNameLen>>,
			NMapKey<Twox64Concat, u32>,
		),
		Document<T>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An instrument was registered.
		Registered {
			/// Its number.
			instrument: InstrumentId,
			/// Its issuer.
			issuer: T::AccountId,
			/// Its name.
			name: BoundedVec<u8, T::MaxNameLen>,
			/// Its symbol.
			symbol: BoundedVec<u8, T::MaxSymbolLen>,
			/// Its identifier.
			identifier: Identifier<T>,
			/// Its decimals.
			decimals: u8,
			/// Its kind and terms.
			kind: InstrumentKind<T>,
			/// Who may hold it.
			compliance: Compliance,
			/// The deposit held from the issuer.
			deposit: BalanceOf<T>,
		},
		/// The issuer issued units to an account.
		Issued {
			/// The instrument.
			instrument: InstrumentId,
			/// The receiving account.
			to: T::AccountId,
			/// Units issued.
			amount: Units,
			/// The supply after.
			supply: Units,
		},
		/// Units moved between accounts.
		Transferred {
			/// The instrument.
			instrument: InstrumentId,
			/// The sending account.
			from: T::AccountId,
			/// The receiving account.
			to: T::AccountId,
			/// Units moved.
			amount: Units,
		},
		/// The issuer burnt units of an account.
		Burnt {
			/// The instrument.
			instrument: InstrumentId,
			/// The account whose units were burnt.
			from: T::AccountId,
			/// Units burnt.
			amount: Units,
			/// The supply after.
			supply: Units,
		},
		/// The issuer allowed an account to hold an instrument, or stopped allowing it.
		AllowListChanged {
			/// The instrument.
			instrument: InstrumentId,
			/// The account.
			account: T::AccountId,
			/// Allowed now or not.
			allowed: bool,
			/// Who acted (the issuer).
			by: T::AccountId,
		},
		/// A version of a document was filed.
		DocumentFiled {
			/// The instrument.
			instrument: InstrumentId,
			/// The document's name.
			name: BoundedVec<u8, T::MaxNameLen>,
			/// Its version (1 for the first).
			version: u32,
			/// Where it is published.
			uri: BoundedVec<u8, T::MaxUriLen>,
			/// Its content's hash.
			content_hash: H256,
			/// Who filed it.
			by: T::AccountId,
			/// The deposit held for it.
			deposit: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No instrument has this number.
		InstrumentNotFound,
		/// Only the instrument's issuer may do this.
		NotIssuer,
		/// The ISIN is malformed or its check digit is wrong.
		InvalidIsin,
		/// Another instrument has this identifier.
		IdentifierTaken,
		/// The name is empty.
		EmptyName,
		/// The name is longer than `MaxNameLen`.
		NameTooLong,
		/// The symbol is empty.
		EmptySymbol,
		/// The symbol is longer than `MaxSymbolLen`.
		SymbolTooLong,
		/// The identifier (or its scheme) is empty.
		EmptyIdentifier,
		/// A bond's face value is zero.
		ZeroFaceValue,
		/// A bond matures at or before its issue date.
		MaturityNotAfterIssue,
		/// A coupon rate above 100 % (10 000 basis points).
		CouponRateTooHigh,
		/// A bond would pay more than `MaxCoupons` coupons.
		TooManyCoupons,
		/// An equity authorises no shares.
		ZeroAuthorisedShares,
		/// An equity has no share class.
		NoShareClasses,
		/// Two share classes have the same name.
		DuplicateShareClass,
		/// A derivative's underlying instrument or lot does not exist.
		UnderlyingNotFound,
		/// A contract needs at least two parties.
		TooFewParties,
		/// A party is named twice.
		DuplicateParty,
		/// A contract has no units to issue or move.
		ContractsHaveNoUnits,
		/// Zero units.
		ZeroAmount,
		/// The account holds fewer units.
		InsufficientUnits,
		/// Issuing this would pass the equity's authorised shares.
		ExceedsAuthorisedShares,
		/// The receiver is not on the instrument's allow-list.
		ReceiverNotAllowed,
		/// The sender is not on the instrument's allow-list.
		SenderNotAllowed,
		/// The instrument is paused.
		InstrumentPaused,
		/// Sender and receiver are the same account.
		SelfTransfer,
		/// The URI is longer than `MaxUriLen`.
		UriTooLong,
		/// The document's content hash is zero.
		ZeroContentHash,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers an instrument issued by the caller, holding `InstrumentDeposit` plus
		/// `DepositPerByte` for each byte of name, symbol and identifier.
		///
		/// Emits `Registered`. Fails with `EmptyName`, `NameTooLong`, `EmptySymbol`,
		/// `SymbolTooLong`, `EmptyIdentifier`, `InvalidIsin`, `IdentifierTaken`, the terms'
		/// errors (`ZeroFaceValue`, `MaturityNotAfterIssue`, `CouponRateTooHigh`,
		/// `TooManyCoupons`, `ZeroAuthorisedShares`, `NoShareClasses`, `DuplicateShareClass`,
		/// `UnderlyingNotFound`, `TooFewParties`, `DuplicateParty`), or when the deposit cannot
		/// be held.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			name: Vec<u8>,
			symbol: Vec<u8>,
			identifier: Identifier<T>,
			decimals: u8,
			kind: InstrumentKind<T>,
			compliance: Compliance,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_register(issuer, name, symbol, identifier, decimals, kind, compliance)
		}

		/// Issues `amount` new units to `to` (the issuer only), subject to compliance.
		///
		/// Emits `Issued`. Fails with `InstrumentNotFound`, `NotIssuer`, `ZeroAmount`,
		/// `ContractsHaveNoUnits`, `InstrumentPaused`, `ReceiverNotAllowed`,
		/// `ExceedsAuthorisedShares`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::issue())]
		pub fn issue(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			to: T::AccountId,
			amount: Units,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_issue(&who, instrument, to, amount)
		}

		/// Moves `amount` of the caller's units to `to`, subject to compliance.
		///
		/// Emits `Transferred`. Fails with the reason [`Pallet::can_transfer`] gives.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::transfer())]
		pub fn transfer(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			to: T::AccountId,
			amount: Units,
		) -> DispatchResult {
			let from = ensure_signed(origin)?;
			Self::do_transfer(instrument, from, to, amount)
		}

		/// Burns `amount` of `from`'s units (the issuer only: a buyback, a cancellation).
		///
		/// Emits `Burnt`. Fails with `InstrumentNotFound`, `NotIssuer`, `ZeroAmount`,
		/// `InsufficientUnits`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::burn())]
		pub fn burn(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			from: T::AccountId,
			amount: Units,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_burn(&who, instrument, from, amount)
		}

		/// Puts `account` on the instrument's allow-list, or takes it off (the issuer only).
		/// Units already held stay; an account off the list neither receives nor sends.
		///
		/// Emits `AllowListChanged`. Fails with `InstrumentNotFound`, `NotIssuer`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_allowed())]
		pub fn set_allowed(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			account: T::AccountId,
			allowed: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_allowed(&who, instrument, account, allowed)
		}

		/// Files the next version of the document `name` of an instrument (the issuer only),
		/// holding `DocumentDeposit` plus `DepositPerByte` for each byte of name and URI. Older
		/// versions stay.
		///
		/// Emits `DocumentFiled`. Fails with `InstrumentNotFound`, `NotIssuer`, `EmptyName`,
		/// `NameTooLong`, `UriTooLong`, `ZeroContentHash`, or when the deposit cannot be held.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::file_document())]
		pub fn file_document(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			name: Vec<u8>,
			uri: Vec<u8>,
			content_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_file_document(&who, instrument, name, uri, content_hash)
		}
	}
}
