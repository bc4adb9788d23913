//! # Validator set pallet
//!
//! The proof-of-stake validator set of Lode: the accounts that vote GRANDPA finality on every
//! chain, and produce BABE blocks on private and alliance chains.
//!
//! ## Model
//! - **Bonds**: an account bonds funds ([`Pallet::bond`]), which puts them on hold under
//!   [`HoldReason::Bonded`]. [`Pallet::unbond`] moves part of the active bond into an unlocking
//!   chunk that [`Pallet::withdraw_unbonded`] releases once session
//!   `current + `[`Config::BondingDuration`] has started. Unlocking funds stay on hold, and so
//!   stay slashable, until then. A validator cannot withdraw while it is in the current or next
//!   set, nor until [`Config::ReportWindow`] sessions after the last session it served
//!   ([`LastServedSession`]), since a set kept for want of candidates can hold a chilled
//!   validator for longer than the bonding duration.
//! - **Candidacy**: an account with an active bond of at least [`Config::MinCandidateBond`] and
//!   session keys set declares itself a candidate ([`Pallet::candidate`]) and withdraws with
//!   [`Pallet::chill`]; governance may chill anyone ([`Pallet::force_chill`]).
//! - **Selection**: as `pallet-session`'s `SessionManager`, the pallet plans each session's
//!   validators: the [`DesiredValidators`] candidates with the largest active bond, ties broken by
//!   the smaller account id, returned sorted by account id. With fewer than
//!   [`Config::MinValidators`] eligible candidates, or when the set would not change, it keeps the
//!   current set (returns `None`, so GRANDPA does not start a new authority set for nothing).
//!   Like every change, a chill takes effect at the next planning: the validator still serves
//!   the session already planned.
//! - **Rewards**: when a session ends, [`Config::RewardPerSession`] divided by the number of its
//!   validators is minted to each of them, except those reported for an offence during the
//!   session. The share of an excluded validator and the remainder of the division are not
//!   minted, so that nobody earns more because another validator misbehaved.
//! - **Slashing**: as the `OnOffenceHandler` of `pallet-offences`, the pallet slashes the
//!   reported fraction of the offender's bond (active first, then unlocking chunks, most recent
//!   first) from the hold, hands the slashed funds to [`Config::Slash`], and removes the offender
//!   from candidacy. Per offender and offence session only the largest reported fraction counts.
//!   Offences older than [`Config::ReportWindow`] sessions are ignored; because
//!   [`Config::BondingDuration`] exceeds the report window (checked by `integrity_test`), every
//!   fund at stake at the time of an offence that may still be reported is still on hold.
//!
//! Validator ids are account ids (`ValidatorIdOf = sp_runtime::traits::ConvertInto`), and the
//! historical full identification is `()` ([`UnitIdentification`]): a validator's bond is read
//! from its ledger when an offence is reported, not when the session was planned. An
//! identification that changed with the bond would make key-ownership proofs fail whenever the
//! validator bonded more after the planning, which would let a validator escape slashing.
//!
//! Invariants (checked by `try_state`): [`TotalBonded`] equals the sum of the ledgers and the sum
//! of the funds held under [`HoldReason::Bonded`]; every candidate has an active bond of at least
//! [`Config::MinCandidateBond`]; unlocking chunks are sorted and bounded; [`DesiredValidators`]
//! lies within its bounds.
//!
//! ## Runtime configuration
//!
//! The pallet must come before `pallet-session` in the runtime, so that the genesis validators
//! exist when `pallet-session` asks for the first sessions' validators. The wiring:
//!
//! ```text
//! impl pallet_validator_set::Config for Runtime {
//!     type WeightInfo = crate::weights::pallet_validator_set::WeightInfo<Runtime>; // generated
//!     type Currency = Balances;
//!     type RuntimeHoldReason = RuntimeHoldReason;
//!     type Slash = ();                                   // burn; or a treasury
//!     type SessionKeys = Session;                        // ValidatorRegistration
//!     type SessionHistory = Historical;                  // prunes proofs past the window
//!     type GovernanceOrigin = EnsureRoot<AccountId>;
//!     type MinBond = ConstU128<{ 100 * UNIT }>;
//!     type MinCandidateBond = ConstU128<{ 10_000 * UNIT }>;
//!     type BondingDuration = ConstU32<28>;               // sessions
//!     type ReportWindow = ConstU32<24>;                  // sessions, < BondingDuration
//!     type MaxUnlockingChunks = ConstU32<16>;
//!     type MinValidators = ConstU32<1>;
//!     type MaxValidators = ConstU32<100>;
//!     type MaxCandidates = ConstU32<1_000>;
//!     type RewardPerSession = ConstU128<{ 1_000 * UNIT }>;
//! }
//! impl pallet_session::Config for Runtime {
//!     type ValidatorId = AccountId;
//!     type ValidatorIdOf = sp_runtime::traits::ConvertInto;
//!     type SessionManager = pallet_session::historical::NoteHistoricalRoot<Self, ValidatorSet>;
//!     // ...
//! }
//! impl pallet_session::historical::Config for Runtime {
//!     type FullIdentification = ();
//!     type FullIdentificationOf = pallet_validator_set::UnitIdentification;
//! }
//! impl pallet_offences::Config for Runtime {
//!     type IdentificationTuple = pallet_session::historical::IdentificationTuple<Self>;
//!     type OnOffenceHandler = ValidatorSet;
//! }
//! ```
//!
//! `pallet_grandpa::Config::MaxSetIdSessionEntries` should cover at least `ReportWindow` sessions,
//! so that GRANDPA accepts equivocation reports for the whole window. With `runtime-benchmarks`,
//! the runtime also provides a [`BenchmarkHelper`] that sets session keys for a funded account,
//! e.g. through `<Session as pallet_session::SessionInterface>::set_keys` with keys decoded from
//! a seed derived from the account (keys must differ between accounts).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod functions;
mod impl_on_offence;
mod impl_session_manager;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use impl_session_manager::{PruneSessionHistory, UnitIdentification};
pub use types::*;
pub use weights::WeightInfo;

/// Sets up what the benchmarks cannot do through this pallet alone.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Sets session keys for `who` (a funded account), so that `Config::SessionKeys` reports it
	/// as registered.
	fn set_session_keys(who: &AccountId);
}

#[frame_support::pallet]
pub mod pallet {
	use crate::{types::*, weights::WeightInfo, PruneSessionHistory};
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{self, Inspect, MutateHold},
			OnUnbalanced, ValidatorRegistration,
		},
	};
	use frame_system::pallet_prelude::*;
	use sp_runtime::traits::Zero;
	use sp_staking::SessionIndex;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	/// The balance type of the bonded currency.
	pub type BalanceOf<T> =
		<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
	/// Funds taken by a slash, handed to [`Config::Slash`].
	pub type CreditOf<T> =
		fungible::Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;
	/// A ledger as stored.
	pub type LedgerOf<T> = Ledger<BalanceOf<T>, <T as Config>::MaxUnlockingChunks>;
	/// A validator set as stored.
	pub type ValidatorsOf<T> =
		BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Weights of this pallet's calls and session hooks.
		type WeightInfo: WeightInfo;

		/// The currency bonds are held in and rewards are minted in.
		type Currency: fungible::Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::BalancedHold<Self::AccountId>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Receives slashed funds (`()` burns them).
		type Slash: OnUnbalanced<CreditOf<Self>>;

		/// Tells whether an account has set its session keys (`pallet-session` in the runtime).
		type SessionKeys: ValidatorRegistration<Self::AccountId>;

		/// The record of past sessions' validators kept to check key-ownership proofs
		/// (`pallet-session`'s historical pallet); pruned past [`Config::ReportWindow`].
		type SessionHistory: PruneSessionHistory;

		/// The origin that sets the number of validators and chills candidates.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Smallest active bond an account may keep (other than none).
		#[pallet::constant]
		type MinBond: Get<BalanceOf<Self>>;

		/// Smallest active bond of a candidate. At least [`Config::MinBond`].
		#[pallet::constant]
		type MinCandidateBond: Get<BalanceOf<Self>>;

		/// Sessions an unbonded amount stays on hold, slashable, before it can be withdrawn.
		/// Greater than [`Config::ReportWindow`].
		#[pallet::constant]
		type BondingDuration: Get<SessionIndex>;

		/// Sessions after its session during which an offence is still slashed; older reports
		/// are ignored.
		#[pallet::constant]
		type ReportWindow: Get<SessionIndex>;

		/// Most unlocking chunks in one ledger (unbonds within one session share a chunk).
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;

		/// Fewest validators a planned set may have; with fewer eligible candidates the current
		/// set stays.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Most validators in a set; the upper bound of [`DesiredValidators`].
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// Most candidates at once (bounds the work of planning a session).
		#[pallet::constant]
		type MaxCandidates: Get<u32>;

		/// Minted at the end of each session and shared equally by its validators.
		#[pallet::constant]
		type RewardPerSession: Get<BalanceOf<Self>>;

		/// Sets session keys for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// Bonded (active or unlocking) funds.
		#[codec(index = 0)]
		Bonded,
	}

	/// Each bonded account's ledger.
	#[pallet::storage]
	pub type Ledgers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, LedgerOf<T>>;

	/// Accounts standing for election.
	#[pallet::storage]
	pub type Candidates<T: Config> = CountedStorageMap<_, Blake2_128Concat, T::AccountId, ()>;

	/// How many validators a planned set should have.
	#[pallet::storage]
	pub type DesiredValidators<T> = StorageValue<_, u32, ValueQuery>;

	/// Sum of all ledgers (active and unlocking).
	#[pallet::storage]
	pub type TotalBonded<T: Config> = StorageValue<_, BalanceOf<T>, ValueQuery>;

	/// The index of the session in progress.
	#[pallet::storage]
	pub type CurrentSession<T> = StorageValue<_, SessionIndex, ValueQuery>;

	/// The validators of the session in progress, as planned by this pallet, by account id.
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The validators planned for the next session, when they differ from the current ones.
	#[pallet::storage]
	pub type QueuedValidators<T: Config> = StorageValue<_, (SessionIndex, ValidatorsOf<T>)>;

	/// Validators of the session in progress that lose its reward (reported for an offence).
	#[pallet::storage]
	pub type ForfeitedRewards<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The last session served by each former validator: its bond cannot be withdrawn until
	/// [`Config::ReportWindow`] sessions later, while offences of that session may be reported.
	#[pallet::storage]
	pub type LastServedSession<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SessionIndex>;

	/// What was slashed per offence session and offender, kept for [`Config::ReportWindow`].
	#[pallet::storage]
	pub type OffenceSlashes<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionIndex,
		Blake2_128Concat,
		T::AccountId,
		SlashRecord<BalanceOf<T>>,
	>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial validators and their bonds: the bonds are put on hold and the accounts are
		/// candidates. Their session keys go in `pallet-session`'s genesis.
		pub validators: Vec<(T::AccountId, BalanceOf<T>)>,
		/// The initial [`DesiredValidators`]; `0` means the number of initial validators (at
		/// least `MinValidators`).
		pub desired_validators: u32,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			let desired = match self.desired_validators {
				0 => (self.validators.len() as u32).max(T::MinValidators::get()),
				desired => desired,
			};
			assert!(
				desired >= T::MinValidators::get() && desired <= T::MaxValidators::get(),
				"genesis desired validators out of bounds"
			);
			// Without genesis validators, pallet-session's genesis keys serve until enough
			// candidates appear.
			assert!(
				self.validators.is_empty()
					|| self.validators.len() as u32 >= T::MinValidators::get(),
				"fewer genesis validators than MinValidators"
			);
			assert!(
				self.validators.len() as u32 <= T::MaxCandidates::get(),
				"more genesis validators than MaxCandidates"
			);
			DesiredValidators::<T>::put(desired);
			for (who, bond) in &self.validators {
				assert!(!Ledgers::<T>::contains_key(who), "duplicate genesis validator");
				assert!(*bond >= T::MinCandidateBond::get(), "genesis bond below MinCandidateBond");
				Pallet::<T>::do_bond(who.clone(), *bond).expect("genesis validator can bond");
				Candidates::<T>::insert(who, ());
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Funds were bonded (first bond or extra).
		Bonded {
			/// The bonding account.
			who: T::AccountId,
			/// The amount added to its active bond.
			amount: BalanceOf<T>,
		},
		/// Part of an active bond started unlocking.
		Unbonded {
			/// The unbonding account.
			who: T::AccountId,
			/// The amount moved out of the active bond.
			amount: BalanceOf<T>,
			/// The session from which it can be withdrawn.
			unlock_at: SessionIndex,
		},
		/// Unlocked funds were released from the hold.
		Withdrawn {
			/// The withdrawing account.
			who: T::AccountId,
			/// The amount released.
			amount: BalanceOf<T>,
		},
		/// An account became a candidate.
		CandidateAdded {
			/// The candidate.
			who: T::AccountId,
		},
		/// An account stopped being a candidate (by itself, by governance or for an offence).
		Chilled {
			/// The former candidate.
			who: T::AccountId,
		},
		/// Governance changed the number of validators to plan.
		DesiredValidatorsSet {
			/// The new number.
			count: u32,
		},
		/// A new validator set was planned.
		NewValidatorSet {
			/// The session it will serve.
			session: SessionIndex,
			/// Its validators, by account id.
			validators: Vec<T::AccountId>,
		},
		/// Too few eligible candidates to plan a set; the current set stays.
		NotEnoughCandidates {
			/// The session that was being planned.
			session: SessionIndex,
			/// How many eligible candidates there were.
			candidates: u32,
		},
		/// The validators of a session that ended were rewarded.
		SessionRewarded {
			/// The session that ended.
			session: SessionIndex,
			/// The amount minted to each rewarded validator.
			per_validator: BalanceOf<T>,
			/// How many validators were rewarded.
			rewarded: u32,
		},
		/// A bond was slashed for an offence.
		Slashed {
			/// The offender.
			who: T::AccountId,
			/// The amount taken from its bond.
			amount: BalanceOf<T>,
			/// The session of the offence.
			offence_session: SessionIndex,
		},
		/// An offence older than the report window was reported and ignored.
		OffenceIgnored {
			/// The offender.
			who: T::AccountId,
			/// The session of the offence.
			offence_session: SessionIndex,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The amount is zero.
		ZeroAmount,
		/// The account has no bond.
		NotBonded,
		/// The resulting active bond would be below `MinBond`.
		BondBelowMinimum,
		/// The account's free balance cannot cover the bond.
		InsufficientBalance,
		/// The amount exceeds the active bond.
		InsufficientActiveBond,
		/// The remaining active bond would be above zero but below `MinBond`: unbond all or less.
		RemainderBelowMinimum,
		/// A candidate's active bond would fall below `MinCandidateBond`: chill first.
		CandidateBondBelowMinimum,
		/// The ledger already has `MaxUnlockingChunks` unlocking chunks: withdraw first.
		TooManyUnlockingChunks,
		/// No unlocking chunk has reached its session yet.
		NothingToWithdraw,
		/// The account is a validator of the current or next session, or served less than
		/// `ReportWindow` sessions ago: its bond stays slashable until then.
		StillAccountable,
		/// The account is already a candidate.
		AlreadyCandidate,
		/// The account is not a candidate.
		NotCandidate,
		/// The active bond is below `MinCandidateBond`.
		InsufficientCandidateBond,
		/// The account has not set its session keys.
		SessionKeysNotSet,
		/// There are already `MaxCandidates` candidates.
		TooManyCandidates,
		/// The number of validators is below `MinValidators` or above `MaxValidators`.
		DesiredValidatorsOutOfBounds,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::BondingDuration::get() > T::ReportWindow::get(),
				"BondingDuration must exceed ReportWindow, or unbonded funds could leave before \
				 an offence committed while they were bonded is reported"
			);
			assert!(!T::MinBond::get().is_zero(), "MinBond must be positive");
			assert!(
				T::MinCandidateBond::get() >= T::MinBond::get(),
				"MinCandidateBond must be at least MinBond"
			);
			assert!(T::MaxUnlockingChunks::get() > 0, "MaxUnlockingChunks must be positive");
			assert!(T::MinValidators::get() > 0, "MinValidators must be positive");
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
			assert!(
				T::MaxValidators::get() <= T::MaxCandidates::get(),
				"MaxCandidates must allow a full set"
			);
			let rotation = T::WeightInfo::new_session(T::MaxCandidates::get())
				.saturating_add(T::WeightInfo::end_session(T::MaxValidators::get()))
				.saturating_add(T::WeightInfo::start_session());
			assert!(
				rotation.all_lte(T::BlockWeights::get().max_block),
				"a session rotation with MaxCandidates candidates must fit in a block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Bond `value` more of the caller's free balance (a first bond or an extra one).
		///
		/// Emits [`Event::Bonded`]. Fails with [`Error::ZeroAmount`], [`Error::BondBelowMinimum`]
		/// (the active bond would stay below `MinBond`) or [`Error::InsufficientBalance`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::bond())]
		pub fn bond(
			origin: OriginFor<T>,
			#[pallet::compact] value: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond(who, value)
		}

		/// Start unbonding `value` of the caller's active bond; it can be withdrawn from session
		/// `current + BondingDuration` on, and stays slashable until then.
		///
		/// Emits [`Event::Unbonded`]. Fails with [`Error::ZeroAmount`], [`Error::NotBonded`],
		/// [`Error::InsufficientActiveBond`], [`Error::RemainderBelowMinimum`],
		/// [`Error::CandidateBondBelowMinimum`] or [`Error::TooManyUnlockingChunks`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(
			origin: OriginFor<T>,
			#[pallet::compact] value: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(who, value)
		}

		/// Release every unlocking chunk whose session has come; removes the ledger once empty.
		/// A validator, current or next, and a former validator within `ReportWindow` sessions
		/// of its last session cannot withdraw: a set kept for want of candidates may hold a
		/// chilled validator longer than `BondingDuration`.
		///
		/// Emits [`Event::Withdrawn`]. Fails with [`Error::NotBonded`],
		/// [`Error::NothingToWithdraw`] or [`Error::StillAccountable`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(who)
		}

		/// Stand for election as a validator, from the next planned session on.
		///
		/// Emits [`Event::CandidateAdded`]. Fails with [`Error::AlreadyCandidate`],
		/// [`Error::NotBonded`], [`Error::InsufficientCandidateBond`],
		/// [`Error::SessionKeysNotSet`] or [`Error::TooManyCandidates`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::candidate())]
		pub fn candidate(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_candidate(who)
		}

		/// Stop standing for election. The caller leaves the set at the next planning; it still
		/// serves the session already planned.
		///
		/// Emits [`Event::Chilled`]. Fails with [`Error::NotCandidate`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::chill())]
		pub fn chill(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_chill(&who)
		}

		/// Set how many validators each planned session should have (governance).
		///
		/// Emits [`Event::DesiredValidatorsSet`]. Fails with
		/// [`Error::DesiredValidatorsOutOfBounds`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_desired_validators())]
		pub fn set_desired_validators(origin: OriginFor<T>, count: u32) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_set_desired_validators(count)
		}

		/// Remove `who` from candidacy (governance), e.g. an unresponsive validator.
		///
		/// Emits [`Event::Chilled`]. Fails with [`Error::NotCandidate`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::force_chill())]
		pub fn force_chill(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_chill(&who)
		}
	}
}
