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
//!   the exact reason a transfer would fail. A holder lets another account move up to an amount
//!   of its units ([`Pallet::approve`], [`Pallet::transfer_from`]), through the same checks.
//! - Controls: the issuer freezes and thaws an account ([`Pallet::freeze`], [`Pallet::thaw`]) or
//!   part of its units ([`Pallet::freeze_units`]), pauses the instrument ([`Pallet::pause`]) and
//!   force-transfers with a stated reason ([`Pallet::force_transfer`], the receiver still passes
//!   compliance); the regulator origin freezes and thaws accounts and suspends and reinstates
//!   instruments ([`Pallet::regulator_freeze`], [`Pallet::suspend`]). A regulator's freeze or
//!   suspension is lifted by a regulator only. Every control's event names who acted.
//! - [`Pallet::file_document`] files a version of a named document (prospectus, term sheet):
//!   a new version supersedes the older ones, which stay readable.
//!
//! - Corporate actions execute themselves: a bond's coupons (one a period from its issue date,
//!   the last at maturity) and its redemption (the last coupon with the face value; each
//!   holder's units are cancelled as it is paid, and the bond closes) are scheduled from its
//!   terms; an equity's dividends are declared by its issuer ([`Pallet::declare_dividend`]). At
//!   the record date, with no transaction from anyone, the whole amount due moves from the
//!   issuer into the pot ([`Pallet::pot_account`]) through `Config::Payments` (native LODE or a
//!   `pallet-assets` token), or nothing moves and the instrument defaults (`Defaulted`, until
//!   [`Pallet::cure_default`]). The pot then pays every holder of record, within
//!   `Config::ActionWeight` a block, each once: a holder is owed `units × rate`, rounded down to
//!   the asset's smallest unit, and the dust (under one smallest unit a holder) returns to the
//!   issuer. A frozen holder's share, or one its account cannot receive, stays claimable
//!   ([`Pallet::claim`]).
//!
//! `try_state` checks that each instrument's supply is the sum of its holdings and its holder
//! count the number of non-zero holdings, and that each paying action's pot holds what its
//! unsettled holders of record are owed (plus under one unit of dust a holder).
//!
//! Dates are timestamps of the runtime's clock (`Config::Time`, milliseconds). A block's
//! `on_initialize` reads the clock as its parent's timestamp, so an action dated D executes at
//! the start of the block after the first block whose timestamp is at or past D, before any
//! transaction of that block: its holders of record are the holders at the end of that first
//! block. If more actions fall due at once than `ActionWeight` allows, the rest execute in the
//! next blocks.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use features::queries::MAX_PAGE;
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
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
		traits::{fungible, fungibles, Contains},
		PalletId,
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
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reasons, of which this pallet's are one.
		type RuntimeHoldReason: From<HoldReason>;

		/// A payment asset: what coupons, dividends and prices are paid in.
		type AssetId: Parameter + MaxEncodedLen;

		/// Pays coupons, redemptions and dividends: native LODE and `pallet-assets` tokens
		/// through one `fungibles` interface (in the runtime, a union of the two).
		type Payments: fungibles::Mutate<
			Self::AccountId,
			AssetId = Self::AssetId,
			Balance = BalanceOf<Self>,
		>;

		/// The runtime's clock, in milliseconds: corporate actions fall due by it.
		type Time: frame_support::traits::Time<Moment = Moment>;

		/// The id the pot's account is derived from.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The weight each block gives corporate actions (record dates, then payments to
		/// holders); the rest of the block stays for transactions.
		#[pallet::constant]
		type ActionWeight: Get<Weight>;

		/// Gives the benchmarks a payment asset and a lot to pledge.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AssetId, Self::AccountId>;

		/// The most corporate actions of one instrument scheduled or open (past their record
		/// date and not settled) at once.
		#[pallet::constant]
		type MaxOpenActions: Get<u32>;

		/// The regulators: on an alliance chain, the regulators' accounts; elsewhere governance
		/// decides. The account it yields is named in the events.
		type RegulatorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// The provenance lots a derivative may be written on.
		type Lots: Contains<u64>;

		/// The provenance lots an instrument may be backed by, pledged while they back it (in
		/// the runtime, the provenance pallet).
		type BackingLots: lode_primitives::LotPledges<Self::AccountId>;

		/// The most lots backing one instrument.
		#[pallet::constant]
		type MaxBackingLots: Get<u32>;

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

		/// The longest reason of a forced transfer.
		#[pallet::constant]
		type MaxReasonLen: Get<u32>;

		/// The most required topics, trusted issuers and jurisdictions of an instrument's
		/// claim rules (each).
		#[pallet::constant]
		type MaxClaimRules: Get<u32>;

		/// The deposit of a claim, held from its issuer.
		#[pallet::constant]
		type ClaimDeposit: Get<BalanceOf<Self>>;

		/// The most named books an account keeps.
		#[pallet::constant]
		type MaxBooks: Get<u32>;

		/// The most legs of a settlement.
		#[pallet::constant]
		type MaxLegs: Get<u32>;

		/// The deposit of a pending settlement, held from its proposer.
		#[pallet::constant]
		type SettlementDeposit: Get<BalanceOf<Self>>;
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
		/// The deposit of a pending settlement.
		#[codec(index = 2)]
		Settlement,
		/// The deposit of a claim.
		#[codec(index = 3)]
		Claim,
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

	/// The instruments each account holds units of: `Holdings` by account, for wallets and the
	/// runtime API.
	#[pallet::storage]
	pub type Portfolio<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, InstrumentId, ()>;

	/// The accounts an allow-list instrument lets hold it.
	#[pallet::storage]
	pub type Allowed<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InstrumentId, Blake2_128Concat, T::AccountId, ()>;

	/// Accounts frozen for an instrument (they neither send nor receive it), with who froze them.
	#[pallet::storage]
	pub type FrozenAccounts<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstrumentId,
		Blake2_128Concat,
		T::AccountId,
		Controller<T::AccountId>,
	>;

	/// Units of an account's holding that may not move (at most the holding).
	#[pallet::storage]
	pub type FrozenUnits<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstrumentId,
		Blake2_128Concat,
		T::AccountId,
		(Units, Controller<T::AccountId>),
	>;

	/// Units a holder lets another account move for it: (instrument, holder, spender).
	#[pallet::storage]
	pub type Approvals<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Twox64Concat, InstrumentId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
		),
		Units,
	>;

	/// Who paused or suspended an instrument.
	#[pallet::storage]
	pub type StoppedBy<T: Config> =
		StorageMap<_, Twox64Concat, InstrumentId, Controller<T::AccountId>>;

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

	/// Each account's named books (portfolios), by number.
	#[pallet::storage]
	pub type Books<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		BookId,
		BoundedVec<u8, T::MaxNameLen>,
	>;

	/// The number of each account's last book.
	#[pallet::storage]
	pub type NextBook<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BookId, ValueQuery>;

	/// Units in each named book: (owner, book, instrument).
	#[pallet::storage]
	pub type BookUnits<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, BookId>,
			NMapKey<Twox64Concat, InstrumentId>,
		),
		Units,
		ValueQuery,
	>;

	/// An account's units of an instrument in all its named books together (at most its
	/// holding; the rest is its main book).
	#[pallet::storage]
	pub type BookedTotal<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstrumentId,
		Blake2_128Concat,
		T::AccountId,
		Units,
		ValueQuery,
	>;

	/// Claims about accounts: (subject, claim issuer, topic).
	#[pallet::storage]
	pub type Claims<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Blake2_128Concat, ClaimTopic>,
		),
		ClaimRecord<BalanceOf<T>, BlockNumberFor<T>>,
	>;

	/// The claim rules of each `Claims` instrument.
	#[pallet::storage]
	pub type ClaimRulesOf<T: Config> = StorageMap<_, Twox64Concat, InstrumentId, ClaimRules<T>>;

	/// The number the next settlement gets, less one.
	#[pallet::storage]
	pub type LastSettlementId<T> = StorageValue<_, SettlementId, ValueQuery>;

	/// The settlements: pending, settled or cancelled.
	#[pallet::storage]
	pub type Settlements<T: Config> =
		StorageMap<_, Twox64Concat, SettlementId, SettlementRecord<T>>;

	/// Each contract's status and signatures.
	#[pallet::storage]
	pub type Contracts<T: Config> = StorageMap<_, Twox64Concat, InstrumentId, ContractRecord<T>>;

	/// The number the next corporate action gets, less one.
	#[pallet::storage]
	pub type LastActionId<T> = StorageValue<_, ActionId, ValueQuery>;

	/// The corporate actions: scheduled, paying, defaulted, completed or cancelled.
	#[pallet::storage]
	pub type Actions<T: Config> = StorageMap<_, Twox64Concat, ActionId, CorporateAction<T>>;

	/// Scheduled actions by record date. The date is the first key, big-endian and unhashed,
	/// so the map iterates earliest first.
	#[pallet::storage]
	pub type Schedule<T> =
		StorageDoubleMap<_, Identity, [u8; 8], Twox64Concat, ActionId, (), OptionQuery>;

	/// Each instrument's scheduled actions.
	#[pallet::storage]
	pub type Upcoming<T: Config> = StorageMap<
		_,
		Twox64Concat,
		InstrumentId,
		BoundedVec<ActionId, T::MaxOpenActions>,
		ValueQuery,
	>;

	/// Each instrument's actions past their record date whose holders are not all settled
	/// (paying or defaulted): a change to a holding is noted for each.
	#[pallet::storage]
	pub type OpenActions<T: Config> = StorageMap<
		_,
		Twox64Concat,
		InstrumentId,
		BoundedVec<ActionId, T::MaxOpenActions>,
		ValueQuery,
	>;

	/// What the accounts whose holding changed after an open action's record date (before it
	/// settled them) held at the record date.
	#[pallet::storage]
	pub type Records<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ActionId, Blake2_128Concat, T::AccountId, Units>;

	/// The holders an open action settled (paid, or their share made claimable): never again.
	#[pallet::storage]
	pub type Settled<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ActionId, Blake2_128Concat, T::AccountId, ()>;

	/// How far each paying action has paid its holders.
	#[pallet::storage]
	pub type Payouts<T> = StorageMap<_, Twox64Concat, ActionId, PayoutCursor>;

	/// Shares the pot keeps for holders it could not pay (frozen, or unable to receive), and
	/// rounding dust it could not return to the issuer: claimable with `claim`.
	#[pallet::storage]
	pub type Claimable<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ActionId, Blake2_128Concat, T::AccountId, BalanceOf<T>>;

	/// Instruments in default, with each action the issuer could not pay.
	#[pallet::storage]
	pub type InDefault<T> =
		StorageDoubleMap<_, Twox64Concat, InstrumentId, Twox64Concat, ActionId, ()>;

	/// The provenance lots backing each instrument (warehouse receipts, gold bars), pledged
	/// while they back it.
	#[pallet::storage]
	pub type Backing<T: Config> =
		StorageMap<_, Twox64Concat, InstrumentId, BoundedVec<LotId, T::MaxBackingLots>, ValueQuery>;

	/// The instrument each pledged lot backs: one at most.
	#[pallet::storage]
	pub type BackedBy<T> = StorageMap<_, Twox64Concat, LotId, InstrumentId>;

	/// Backing lots that were recalled, by instrument, with the block the recall was heard in:
	/// the instrument is flagged until the recall is lifted or the lot released.
	#[pallet::storage]
	pub type RecalledBacking<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InstrumentId, Twox64Concat, LotId, BlockNumberFor<T>>;

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
		/// A holder set how many of its units a spender may move (0: none).
		Approved {
			/// The instrument.
			instrument: InstrumentId,
			/// The holder.
			owner: T::AccountId,
			/// The account it lets move its units.
			spender: T::AccountId,
			/// Units the spender may move now.
			amount: Units,
		},
		/// A spender moved a holder's units under its approval.
		TransferredByApproval {
			/// The instrument.
			instrument: InstrumentId,
			/// The spender who acted.
			spender: T::AccountId,
			/// The holder the units left.
			from: T::AccountId,
			/// The account they went to.
			to: T::AccountId,
			/// Units moved.
			amount: Units,
			/// Units the spender may still move.
			remaining: Units,
		},
		/// An account was frozen for an instrument.
		AccountFrozen {
			/// The instrument.
			instrument: InstrumentId,
			/// The account.
			account: T::AccountId,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// An account was thawed.
		AccountThawed {
			/// The instrument.
			instrument: InstrumentId,
			/// The account.
			account: T::AccountId,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// The frozen part of an account's units was set (0: none frozen).
		UnitsFrozen {
			/// The instrument.
			instrument: InstrumentId,
			/// The account.
			account: T::AccountId,
			/// Units frozen now.
			amount: Units,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// The instrument was paused.
		Paused {
			/// The instrument.
			instrument: InstrumentId,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// The instrument was unpaused.
		Unpaused {
			/// The instrument.
			instrument: InstrumentId,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// A regulator suspended the instrument.
		Suspended {
			/// The instrument.
			instrument: InstrumentId,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// A regulator reinstated the instrument.
		Reinstated {
			/// The instrument.
			instrument: InstrumentId,
			/// Who acted.
			by: Controller<T::AccountId>,
		},
		/// The issuer moved units without the holder, for a stated reason.
		ForceTransferred {
			/// The instrument.
			instrument: InstrumentId,
			/// The account the units left.
			from: T::AccountId,
			/// The account they went to.
			to: T::AccountId,
			/// Units moved.
			amount: Units,
			/// Why (a court order, a lost key).
			reason: BoundedVec<u8, T::MaxReasonLen>,
			/// Who acted.
			by: Controller<T::AccountId>,
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
		/// A corporate action was scheduled (a bond's next payment, a declared dividend).
		ActionScheduled {
			/// The action.
			action: ActionId,
			/// The instrument it pays.
			instrument: InstrumentId,
			/// What it pays.
			kind: ActionKind,
			/// Its record date (milliseconds).
			record_date: Moment,
			/// The asset it pays in.
			asset: AssetIdOf<T>,
		},
		/// The issuer withdrew a dividend before its record date.
		ActionCancelled {
			/// The action.
			action: ActionId,
			/// The instrument.
			instrument: InstrumentId,
			/// Who acted (the issuer).
			by: T::AccountId,
		},
		/// An action's record date was acted on: its holders of record are fixed.
		RecordDateReached {
			/// The action.
			action: ActionId,
			/// The instrument.
			instrument: InstrumentId,
			/// Units outstanding at the record date.
			supply: Units,
			/// Accounts holding units at the record date.
			holders: u32,
			/// What the holders of record are owed together.
			due: BalanceOf<T>,
		},
		/// The issuer could not pay the whole amount due at the record date: nothing was paid,
		/// and the instrument is in default until the issuer pays (`cure_default`).
		Defaulted {
			/// The action.
			action: ActionId,
			/// The instrument.
			instrument: InstrumentId,
			/// What was due.
			due: BalanceOf<T>,
			/// What the issuer could spend.
			available: BalanceOf<T>,
		},
		/// The issuer paid a defaulted action: the pot pays its holders of record.
		DefaultCured {
			/// The action.
			action: ActionId,
			/// The instrument.
			instrument: InstrumentId,
			/// What moved into the pot.
			funded: BalanceOf<T>,
		},
		/// The pot paid a holder of record.
		HolderPaid {
			/// The action.
			action: ActionId,
			/// The holder.
			holder: T::AccountId,
			/// Units it held at the record date.
			units: Units,
			/// What it was paid.
			amount: BalanceOf<T>,
		},
		/// The pot kept a holder's share for it to claim.
		PaymentWithheld {
			/// The action.
			action: ActionId,
			/// The holder.
			holder: T::AccountId,
			/// Units it held at the record date.
			units: Units,
			/// Its share, claimable.
			amount: BalanceOf<T>,
			/// Why it was not paid.
			reason: WithheldReason,
		},
		/// Every holder of record of an action was settled.
		ActionCompleted {
			/// The action.
			action: ActionId,
			/// The instrument.
			instrument: InstrumentId,
			/// What the holders were paid.
			paid: BalanceOf<T>,
			/// What stays claimable.
			withheld: BalanceOf<T>,
			/// The rounding's dust returned to the issuer.
			returned: BalanceOf<T>,
		},
		/// A claimable share was paid.
		Claimed {
			/// The action.
			action: ActionId,
			/// Who claimed it.
			holder: T::AccountId,
			/// What it was paid.
			amount: BalanceOf<T>,
		},
		/// An account opened a named book.
		BookCreated {
			/// Its owner.
			owner: T::AccountId,
			/// Its number.
			book: BookId,
			/// Its name.
			name: BoundedVec<u8, T::MaxNameLen>,
		},
		/// An account closed an empty book.
		BookClosed {
			/// Its owner.
			owner: T::AccountId,
			/// Its number.
			book: BookId,
		},
		/// Units moved between an account's books (0: its main book).
		UnitsBooked {
			/// The owner.
			owner: T::AccountId,
			/// The instrument.
			instrument: InstrumentId,
			/// The book they left.
			from: BookId,
			/// The book they went to.
			to: BookId,
			/// Units moved.
			amount: Units,
		},
		/// A claim issuer made (or renewed) a claim about an account.
		ClaimIssued {
			/// Whom it is about.
			subject: T::AccountId,
			/// Who made it.
			issuer: T::AccountId,
			/// What it asserts.
			topic: ClaimTopic,
			/// The hash of the evidence the issuer keeps.
			claim_hash: H256,
			/// When it expires (milliseconds), if ever.
			expires_at: Option<Moment>,
		},
		/// A claim issuer revoked its claim.
		ClaimRevoked {
			/// Whom it was about.
			subject: T::AccountId,
			/// Who made it.
			issuer: T::AccountId,
			/// What it asserted.
			topic: ClaimTopic,
		},
		/// The issuer set an instrument's claim rules.
		ClaimRulesSet {
			/// The instrument.
			instrument: InstrumentId,
			/// The rules.
			rules: ClaimRules<T>,
		},
		/// A settlement was proposed.
		SettlementProposed {
			/// The settlement.
			settlement: SettlementId,
			/// Who proposed it.
			proposer: T::AccountId,
			/// Its legs.
			legs: BoundedVec<LegOf<T>, T::MaxLegs>,
		},
		/// A party affirmed a settlement.
		SettlementAffirmed {
			/// The settlement.
			settlement: SettlementId,
			/// The party.
			party: T::AccountId,
			/// Parties who have affirmed now.
			affirmed: u32,
			/// Parties in all.
			of: u32,
		},
		/// A party withdrew its affirmation.
		AffirmationWithdrawn {
			/// The settlement.
			settlement: SettlementId,
			/// The party.
			party: T::AccountId,
		},
		/// Every leg of a settlement moved, in one step.
		Settled {
			/// The settlement.
			settlement: SettlementId,
		},
		/// A fully affirmed settlement could not settle: nothing moved, it stays pending.
		SettlementFailed {
			/// The settlement.
			settlement: SettlementId,
			/// The first leg that could not move (from 0).
			leg: u32,
			/// Why.
			error: DispatchError,
		},
		/// A settlement was cancelled: nothing moved.
		SettlementCancelled {
			/// The settlement.
			settlement: SettlementId,
			/// Who cancelled it (its proposer or a party).
			by: T::AccountId,
		},
		/// A party signed a contract's text.
		ContractSigned {
			/// The contract.
			instrument: InstrumentId,
			/// The party.
			party: T::AccountId,
			/// Parties who have signed now.
			signed: u32,
			/// Parties in all.
			of: u32,
		},
		/// A fully signed contract was declared executed.
		ContractExecuted {
			/// The contract.
			instrument: InstrumentId,
			/// Who declared it (a party or the issuer).
			by: T::AccountId,
		},
		/// A contract was terminated.
		ContractTerminated {
			/// The contract.
			instrument: InstrumentId,
			/// Who terminated it (a party or the issuer).
			by: T::AccountId,
			/// Where it stood.
			from: ContractStatus,
			/// Why.
			reason: BoundedVec<u8, T::MaxReasonLen>,
		},
		/// A bond was repaid and closed; its deposit returned to the issuer.
		BondClosed {
			/// The instrument.
			instrument: InstrumentId,
			/// The deposit released.
			deposit_released: BalanceOf<T>,
		},
		/// A provenance lot was pledged as backing of an instrument: it stays as it is until
		/// released.
		BackingPledged {
			/// The instrument.
			instrument: InstrumentId,
			/// The lot.
			lot: LotId,
			/// The issuer, who owns the lot.
			by: T::AccountId,
		},
		/// A backing lot was released: it no longer backs the instrument and may change again.
		BackingReleased {
			/// The instrument.
			instrument: InstrumentId,
			/// The lot.
			lot: LotId,
			/// The issuer or a regulator.
			by: Controller<T::AccountId>,
		},
		/// A lot backing the instrument was recalled: the instrument is flagged (see
		/// `RecalledBacking`) until the recall is lifted or the lot released.
		BackingRecalled {
			/// The instrument.
			instrument: InstrumentId,
			/// The recalled lot.
			lot: LotId,
		},
		/// The recall of a backing lot was lifted: the flag is removed.
		BackingRecallLifted {
			/// The instrument.
			instrument: InstrumentId,
			/// The lot.
			lot: LotId,
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
		/// A regulator suspended the instrument.
		InstrumentSuspended,
		/// The sender's account is frozen for this instrument.
		SenderFrozen,
		/// The receiver's account is frozen for this instrument.
		ReceiverFrozen,
		/// Part of the sender's units is frozen, and the rest is less than the amount.
		UnitsFrozen,
		/// The account is frozen already.
		AlreadyFrozen,
		/// The account is not frozen.
		NotFrozen,
		/// A regulator froze or stopped it: only a regulator undoes that.
		ByRegulator,
		/// The instrument is not active (paused or suspended already).
		NotActive,
		/// The instrument is not paused.
		NotPaused,
		/// The instrument is not suspended.
		NotSuspended,
		/// More units frozen than the account holds.
		FreezeExceedsHolding,
		/// The spender may move fewer of the holder's units.
		ApprovalExceeded,
		/// A forced transfer needs a reason.
		EmptyReason,
		/// The reason is longer than `MaxReasonLen`.
		ReasonTooLong,
		/// The bond matured: its units no longer move.
		InstrumentClosed,
		/// A bond's face value times its rate does not fit the balance type.
		FaceValueTooLarge,
		/// The bond's redemption for this supply would not fit the balance type.
		PaymentTooLarge,
		/// The bond matured before it was registered.
		MaturityPassed,
		/// Only an equity pays dividends.
		NotAnEquity,
		/// A record date must be in the future.
		RecordDateNotFuture,
		/// The instrument has `MaxOpenActions` actions scheduled or open already.
		TooManyActions,
		/// No corporate action has this number.
		ActionNotFound,
		/// Only a dividend can be cancelled.
		NotCancellable,
		/// The action's record date has passed (or it was cancelled).
		NotScheduled,
		/// Nothing is claimable by this account for this action.
		NothingToClaim,
		/// The holder is frozen for the instrument: its share waits until it is thawed.
		HolderFrozen,
		/// The instrument is not in default.
		NotInDefault,
		/// The issuer cannot pay the whole amount due.
		InsufficientFunds,
		/// The instrument is not a contract.
		NotAContract,
		/// Only the contract's parties (and, to execute or terminate, its issuer) may do this.
		NotAParty,
		/// The hash signed is not the contract's document.
		DocumentMismatch,
		/// The contract is no longer open for signatures.
		ContractNotDraft,
		/// The party signed already.
		AlreadySigned,
		/// Not every party has signed yet.
		NotFullySigned,
		/// The contract was terminated.
		ContractTerminated,
		/// The contract was declared executed already.
		AlreadyExecuted,
		/// The account keeps `MaxBooks` books already.
		TooManyBooks,
		/// The account has no book of this number.
		BookNotFound,
		/// The book still holds units.
		BookNotEmpty,
		/// Units move between two different books.
		SameBook,
		/// The book holds fewer units.
		InsufficientBookUnits,
		/// The sender's units outside its named books are fewer than the amount.
		UnitsInBooks,
		/// The receiver lacks a claim the instrument requires.
		ReceiverMissingClaim,
		/// The receiver's claim the instrument requires has expired.
		ReceiverClaimExpired,
		/// The sender lacks a claim the instrument requires.
		SenderMissingClaim,
		/// The sender's claim the instrument requires has expired.
		SenderClaimExpired,
		/// A claim must expire in the future.
		ClaimAlreadyExpired,
		/// The caller made no such claim about the account.
		ClaimNotFound,
		/// Claim rules apply to instruments of `Claims` compliance only.
		NotClaimsCompliance,
		/// Claim rules trust at least one claim issuer.
		NoTrustedIssuers,
		/// More topics, trusted issuers or jurisdictions than `MaxClaimRules`.
		TooManyClaimRules,
		/// A settlement needs two legs at least.
		TooFewLegs,
		/// A settlement has more than `MaxLegs` legs.
		TooManyLegs,
		/// No settlement has this number.
		SettlementNotFound,
		/// The settlement settled or was cancelled.
		SettlementNotPending,
		/// The party affirmed already.
		AlreadyAffirmed,
		/// The party has not affirmed.
		NotAffirmed,
		/// Not every party has affirmed yet.
		NotFullyAffirmed,
		/// The lot backs an instrument already (a lot backs one at most).
		LotBacksAnInstrument,
		/// The instrument is backed by `MaxBackingLots` lots already.
		TooManyBackingLots,
		/// The lot does not back this instrument.
		NotBackingLot,
		/// Units of the instrument are outstanding: only a regulator may release its backing
		/// (or the issuer once every unit is burnt, redeemed or the bond closed).
		UnitsOutstanding,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Acts on the record dates due by the clock's time (the parent block's timestamp) and
		/// pays holders, within `ActionWeight`, before any transaction of the block.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			use frame_support::traits::Time as _;
			Self::run_actions(T::Time::now(), T::ActionWeight::get())
		}

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

		/// Lets `spender` move up to `amount` of the caller's units (replacing an earlier
		/// approval; 0 withdraws it).
		///
		/// Emits `Approved`. Fails with `InstrumentNotFound`, `SelfTransfer` (approving oneself).
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::approve())]
		pub fn approve(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			spender: T::AccountId,
			amount: Units,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_approve(instrument, owner, spender, amount)
		}

		/// Moves `amount` of `from`'s units to `to` under `from`'s approval of the caller,
		/// through the same checks as `transfer`.
		///
		/// Emits `TransferredByApproval`. Fails with `ApprovalExceeded` or the reason
		/// [`Pallet::can_transfer`] gives.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::transfer_from())]
		pub fn transfer_from(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			from: T::AccountId,
			to: T::AccountId,
			amount: Units,
		) -> DispatchResult {
			let spender = ensure_signed(origin)?;
			Self::do_transfer_from(instrument, spender, from, to, amount)
		}

		/// Freezes `account` for the instrument (the issuer only): it neither sends nor receives
		/// it until thawed.
		///
		/// Emits `AccountFrozen`. Fails with `InstrumentNotFound`, `NotIssuer`, `AlreadyFrozen`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::freeze())]
		pub fn freeze(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			account: T::AccountId,
		) -> DispatchResult {
			let by = Self::issuer_of(origin, instrument)?;
			Self::do_freeze(instrument, account, by)
		}

		/// Thaws `account` (the issuer only, and only an issuer's freeze).
		///
		/// Emits `AccountThawed`. Fails with `InstrumentNotFound`, `NotIssuer`, `NotFrozen`,
		/// `ByRegulator`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::thaw())]
		pub fn thaw(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			account: T::AccountId,
		) -> DispatchResult {
			let by = Self::issuer_of(origin, instrument)?;
			Self::do_thaw(instrument, account, by)
		}

		/// Sets how many of `account`'s units may not move (the issuer only; 0 thaws them).
		///
		/// Emits `UnitsFrozen`. Fails with `InstrumentNotFound`, `NotIssuer`,
		/// `FreezeExceedsHolding`, `ByRegulator` (a regulator set the frozen part).
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::freeze_units())]
		pub fn freeze_units(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			account: T::AccountId,
			amount: Units,
		) -> DispatchResult {
			let by = Self::issuer_of(origin, instrument)?;
			Self::do_freeze_units(instrument, account, amount, by)
		}

		/// Pauses the instrument (the issuer only): nothing moves until it is unpaused.
		///
		/// Emits `Paused`. Fails with `InstrumentNotFound`, `NotIssuer`, `NotActive`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn pause(origin: OriginFor<T>, instrument: InstrumentId) -> DispatchResult {
			let by = Self::issuer_of(origin, instrument)?;
			Self::do_stop(instrument, InstrumentStatus::Paused, by)
		}

		/// Unpauses the instrument (its issuer, or a regulator through `reinstate`).
		///
		/// Emits `Unpaused`. Fails with `InstrumentNotFound`, `NotIssuer`, `NotPaused`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn unpause(origin: OriginFor<T>, instrument: InstrumentId) -> DispatchResult {
			let by = Self::issuer_of(origin, instrument)?;
			Self::do_restart(instrument, InstrumentStatus::Paused, by)
		}

		/// Moves `amount` of `from`'s units to `to` without `from` (the issuer only), for a
		/// stated reason: `from`'s freezes and allow-list standing do not stop it, but the
		/// receiver passes compliance and must not be frozen, and the instrument must not be
		/// suspended.
		///
		/// Emits `ForceTransferred`. Fails with `InstrumentNotFound`, `NotIssuer`, `ZeroAmount`,
		/// `SelfTransfer`, `EmptyReason`, `ReasonTooLong`, `InstrumentSuspended`,
		/// `ReceiverNotAllowed`, `ReceiverFrozen`, `InsufficientUnits`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::force_transfer())]
		pub fn force_transfer(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			from: T::AccountId,
			to: T::AccountId,
			amount: Units,
			reason: Vec<u8>,
		) -> DispatchResult {
			let by = Self::issuer_of(origin, instrument)?;
			Self::do_force_transfer(instrument, from, to, amount, reason, by)
		}

		/// Freezes `account` for the instrument (the regulator origin).
		///
		/// Emits `AccountFrozen`. Fails with `InstrumentNotFound`, `AlreadyFrozen` (a
		/// regulator's freeze; an issuer's is taken over).
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::freeze())]
		pub fn regulator_freeze(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			account: T::AccountId,
		) -> DispatchResult {
			let by = Controller::Regulator(T::RegulatorOrigin::ensure_origin(origin)?);
			Self::do_freeze(instrument, account, by)
		}

		/// Thaws `account` (the regulator origin; any freeze).
		///
		/// Emits `AccountThawed`. Fails with `InstrumentNotFound`, `NotFrozen`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::thaw())]
		pub fn regulator_thaw(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			account: T::AccountId,
		) -> DispatchResult {
			let by = Controller::Regulator(T::RegulatorOrigin::ensure_origin(origin)?);
			Self::do_thaw(instrument, account, by)
		}

		/// Suspends the instrument (the regulator origin): nothing moves until a regulator
		/// reinstates it; a paused instrument may be suspended too.
		///
		/// Emits `Suspended`. Fails with `InstrumentNotFound`, `InstrumentSuspended`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn suspend(origin: OriginFor<T>, instrument: InstrumentId) -> DispatchResult {
			let by = Controller::Regulator(T::RegulatorOrigin::ensure_origin(origin)?);
			Self::do_stop(instrument, InstrumentStatus::Suspended, by)
		}

		/// Reinstates a suspended (or paused) instrument (the regulator origin).
		///
		/// Emits `Reinstated`. Fails with `InstrumentNotFound`, `NotSuspended`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::pause())]
		pub fn reinstate(origin: OriginFor<T>, instrument: InstrumentId) -> DispatchResult {
			let by = Controller::Regulator(T::RegulatorOrigin::ensure_origin(origin)?);
			Self::do_restart(instrument, InstrumentStatus::Suspended, by)
		}

		/// Declares a dividend of an equity (the issuer only): `total` of its dividend asset,
		/// shared among the holders of record at `record_date` by their units, rounded down; it
		/// moves from the issuer into the pot at the record date, or the equity defaults.
		///
		/// Emits `ActionScheduled`. Fails with `InstrumentNotFound`, `NotIssuer`, `NotAnEquity`,
		/// `ZeroAmount`, `RecordDateNotFuture`, `TooManyActions`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::declare_dividend())]
		pub fn declare_dividend(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			record_date: Moment,
			total: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_dividend(&who, instrument, record_date, total)
		}

		/// Withdraws a declared dividend before its record date (the issuer only).
		///
		/// Emits `ActionCancelled`. Fails with `ActionNotFound`, `NotIssuer`,
		/// `NotCancellable` (a bond's payment), `NotScheduled`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::cancel_dividend())]
		pub fn cancel_dividend(origin: OriginFor<T>, action: ActionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_dividend(&who, action)
		}

		/// Pays the caller its claimable share of an action (a share withheld while it was
		/// frozen or could not receive, or the issuer's dust).
		///
		/// Emits `Claimed`. Fails with `ActionNotFound`, `NothingToClaim`, `HolderFrozen`, or
		/// when the caller's account still cannot receive the asset.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(origin: OriginFor<T>, action: ActionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(action, who)
		}

		/// Signs a contract as one of its parties: `document` must be the contract's document
		/// hash, the text the party agrees to. The last signature makes it `Signed`.
		///
		/// Emits `ContractSigned`. Fails with `InstrumentNotFound`, `NotAContract`, `NotAParty`,
		/// `DocumentMismatch`, `ContractNotDraft`, `AlreadySigned`.
		#[pallet::call_index(22)]
		#[pallet::weight(T::WeightInfo::sign_contract())]
		pub fn sign_contract(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			document: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_sign_contract(who, instrument, document)
		}

		/// Declares a fully signed contract executed (a party or the issuer).
		///
		/// Emits `ContractExecuted`. Fails with `InstrumentNotFound`, `NotAContract`,
		/// `NotAParty`, `NotFullySigned`, `AlreadyExecuted`, `ContractTerminated`.
		#[pallet::call_index(23)]
		#[pallet::weight(T::WeightInfo::execute_contract())]
		pub fn execute_contract(origin: OriginFor<T>, instrument: InstrumentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_execute_contract(who, instrument)
		}

		/// Terminates a contract, draft, signed or executed, for a stated reason (a party or
		/// the issuer).
		///
		/// Emits `ContractTerminated`. Fails with `InstrumentNotFound`, `NotAContract`,
		/// `NotAParty`, `EmptyReason`, `ReasonTooLong`, `ContractTerminated`.
		#[pallet::call_index(24)]
		#[pallet::weight(T::WeightInfo::terminate_contract())]
		pub fn terminate_contract(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			reason: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_terminate_contract(who, instrument, reason)
		}

		/// Opens a named book (a portfolio) of the caller's holdings; returns its number in
		/// `BookCreated`. Units enter it with `move_to_book`.
		///
		/// Emits `BookCreated`. Fails with `EmptyName`, `NameTooLong`, `TooManyBooks`.
		#[pallet::call_index(33)]
		#[pallet::weight(T::WeightInfo::create_book())]
		pub fn create_book(origin: OriginFor<T>, name: Vec<u8>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_create_book(owner, name)
		}

		/// Closes one of the caller's books, which must hold nothing.
		///
		/// Emits `BookClosed`. Fails with `BookNotFound`, `BookNotEmpty`.
		#[pallet::call_index(34)]
		#[pallet::weight(T::WeightInfo::close_book())]
		pub fn close_book(origin: OriginFor<T>, book: BookId) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_close_book(owner, book)
		}

		/// Moves `amount` of the caller's units of an instrument from one of its books to
		/// another (0: its main book, whose units are the ones that transfer). The holder does
		/// not change: no compliance or freeze applies.
		///
		/// Emits `UnitsBooked`. Fails with `InstrumentNotFound`, `ZeroAmount`, `SameBook`,
		/// `BookNotFound`, `InsufficientBookUnits`.
		#[pallet::call_index(35)]
		#[pallet::weight(T::WeightInfo::move_to_book())]
		pub fn move_to_book(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			from: BookId,
			to: BookId,
			amount: Units,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_move_to_book(owner, instrument, from, to, amount)
		}

		/// Makes (or renews) a claim about `subject` as the caller: its topic, the hash of the
		/// evidence the caller keeps, and an expiry. A new claim holds `ClaimDeposit`.
		///
		/// Emits `ClaimIssued`. Fails with `ZeroContentHash`, `ClaimAlreadyExpired`, or when
		/// the deposit cannot be held.
		#[pallet::call_index(30)]
		#[pallet::weight(T::WeightInfo::issue_claim())]
		pub fn issue_claim(
			origin: OriginFor<T>,
			subject: T::AccountId,
			topic: ClaimTopic,
			claim_hash: H256,
			expires_at: Option<Moment>,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_issue_claim(issuer, subject, topic, claim_hash, expires_at)
		}

		/// Revokes the caller's claim about `subject`, releasing its deposit.
		///
		/// Emits `ClaimRevoked`. Fails with `ClaimNotFound`.
		#[pallet::call_index(31)]
		#[pallet::weight(T::WeightInfo::revoke_claim())]
		pub fn revoke_claim(
			origin: OriginFor<T>,
			subject: T::AccountId,
			topic: ClaimTopic,
		) -> DispatchResult {
			let issuer = ensure_signed(origin)?;
			Self::do_revoke_claim(issuer, subject, topic)
		}

		/// Sets the claim rules of a `Claims` instrument (the issuer only): the topics each
		/// holder needs a claim of, the claim issuers trusted, and the jurisdictions allowed
		/// (none: any). Every path that gives units checks the receiver against them, and a
		/// transfer the sender too.
		///
		/// Emits `ClaimRulesSet`. Fails with `InstrumentNotFound`, `NotIssuer`,
		/// `NotClaimsCompliance`, `NoTrustedIssuers`, `TooManyClaimRules`.
		#[pallet::call_index(32)]
		#[pallet::weight(T::WeightInfo::set_claim_rules())]
		pub fn set_claim_rules(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			required: Vec<ClaimTopic>,
			trusted_issuers: Vec<T::AccountId>,
			jurisdictions: Vec<[u8; 2]>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_claim_rules(&who, instrument, required, trusted_issuers, jurisdictions)
		}

		/// Proposes a trade of instrument units against payments, in two legs or more (at
		/// most `MaxLegs`), holding `SettlementDeposit` until it settles or is cancelled. Every
		/// account a leg names affirms it; a proposer that is a party affirms by proposing.
		///
		/// Emits `SettlementProposed` (and `SettlementAffirmed`). Fails with `TooFewLegs`,
		/// `TooManyLegs`, `SelfTransfer`, `InstrumentNotFound`, `ZeroAmount`, or when the
		/// deposit cannot be held.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::propose_settlement(T::MaxLegs::get()))]
		pub fn propose_settlement(origin: OriginFor<T>, legs: Vec<LegOf<T>>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_settlement(who, legs)
		}

		/// Affirms a settlement as one of its parties. The last affirmation settles it: every
		/// leg moves in one step (units through compliance), or none does and
		/// `SettlementFailed` names the leg that could not move.
		///
		/// Emits `SettlementAffirmed`, then `Settled` or `SettlementFailed`. Fails with
		/// `SettlementNotFound`, `SettlementNotPending`, `NotAParty`, `AlreadyAffirmed`.
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::affirm_settlement(T::MaxLegs::get()))]
		pub fn affirm_settlement(origin: OriginFor<T>, settlement: SettlementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_affirm_settlement(who, settlement)
		}

		/// Withdraws the caller's affirmation of a pending settlement.
		///
		/// Emits `AffirmationWithdrawn`. Fails with `SettlementNotFound`,
		/// `SettlementNotPending`, `NotAffirmed`.
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::withdraw_affirmation())]
		pub fn withdraw_affirmation(
			origin: OriginFor<T>,
			settlement: SettlementId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_affirmation(who, settlement)
		}

		/// Tries again a settlement every party affirmed but that could not settle (a party
		/// only).
		///
		/// Emits `Settled` or `SettlementFailed`. Fails with `SettlementNotFound`,
		/// `SettlementNotPending`, `NotAParty`, `NotFullyAffirmed`.
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::affirm_settlement(T::MaxLegs::get()))]
		pub fn execute_settlement(
			origin: OriginFor<T>,
			settlement: SettlementId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_execute_settlement(who, settlement)
		}

		/// Cancels a pending settlement (its proposer or a party): nothing moves, the deposit
		/// returns.
		///
		/// Emits `SettlementCancelled`. Fails with `SettlementNotFound`,
		/// `SettlementNotPending`, `NotAParty`.
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::cancel_settlement())]
		pub fn cancel_settlement(origin: OriginFor<T>, settlement: SettlementId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_settlement(who, settlement)
		}

		/// Pays an action its instrument defaulted on (the issuer only): the whole amount due
		/// moves into the pot, which pays the holders of record of its record date, and a bond's
		/// schedule goes on.
		///
		/// Emits `DefaultCured`. Fails with `ActionNotFound`, `NotIssuer`, `NotInDefault` (the
		/// action did not default), `InsufficientFunds`.
		#[pallet::call_index(21)]
		#[pallet::weight(T::WeightInfo::cure_default())]
		pub fn cure_default(origin: OriginFor<T>, action: ActionId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cure_default(&who, action)
		}

		/// Pledges a provenance lot the issuer owns as backing of the instrument (a warehouse
		/// receipt, a gold bar): until released the lot cannot be split, merged, transformed,
		/// transferred or consumed, and a recall of it flags the instrument.
		///
		/// Emits `BackingPledged` (and provenance's `Pledged`). Fails with
		/// `InstrumentNotFound`, `NotIssuer`, `InstrumentClosed`, `LotBacksAnInstrument`,
		/// `TooManyBackingLots`, or provenance's refusal (`LotNotFound`, `NotOwner`,
		/// `AlreadyPledged`, `LotNotActive`, `LotFrozen`).
		#[pallet::call_index(36)]
		#[pallet::weight(T::WeightInfo::pledge_backing())]
		pub fn pledge_backing(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			lot: LotId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_pledge_backing(&who, instrument, lot)
		}

		/// Releases a backing lot: the issuer once no units are outstanding (or the bond is
		/// closed), a regulator at any time.
		///
		/// Emits `BackingReleased` (and provenance's `PledgeReleased`). Fails with
		/// `InstrumentNotFound`, `NotIssuer`, `NotBackingLot`, `UnitsOutstanding`.
		#[pallet::call_index(37)]
		#[pallet::weight(T::WeightInfo::release_backing())]
		pub fn release_backing(
			origin: OriginFor<T>,
			instrument: InstrumentId,
			lot: LotId,
		) -> DispatchResult {
			let by = match T::RegulatorOrigin::try_origin(origin) {
				Ok(regulator) => Controller::Regulator(regulator),
				Err(origin) => Self::issuer_of(origin, instrument)?,
			};
			Self::do_release_backing(instrument, lot, by)
		}
	}
}

/// What the benchmarks need from the runtime.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AssetId, AccountId> {
	/// A payment asset that exists, is not the native currency, and that `Payments::mint_into`
	/// can mint (the benchmarks' accounts start with none of it).
	fn payment_asset() -> AssetId;

	/// A new lot that `owner` owns and `BackingLots` can pledge.
	fn backing_lot(owner: &AccountId) -> LotId;
}
