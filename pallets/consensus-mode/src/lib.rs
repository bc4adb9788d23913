//! # Consensus mode
//!
//! One Lode runtime serves every chain type. What produces blocks is fixed in the genesis state:
//! proof of work ([`ConsensusMode::Pow`], the public chain) or BABE ([`ConsensusMode::Babe`], the
//! private and alliance chains); GRANDPA finalizes in both. The node reads the mode through
//! [`ConsensusModeApi`] at startup and starts the matching block-production engine.
//!
//! The few runtime hooks that differ between the engines dispatch on the mode here, so that each
//! engine's pallet only runs where its blocks exist:
//! - [`ByMode`] forwards `OnTimestampSet`, `ShouldEndSession`, `EstimateNextSessionRotation` and
//!   `FindAuthor` to the proof-of-work side or the BABE side. BABE's `OnTimestampSet` asserts that
//!   the timestamp matches the slot in the block's BABE digest, which a mined block does not have;
//!   sessions end every N blocks under proof of work and with BABE's epochs under BABE.
//! - [`OnlyInBabeMode`] wraps a session handler (BABE's) so that it sees sessions only on a BABE
//!   chain: on a proof-of-work chain BABE has no epochs to enact.
//!
//! This keeps one runtime, rather than two runtime crates sharing a configuration crate.

#![cfg_attr(not(feature = "std"), no_std)]

pub use pallet::*;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{
	traits::{EstimateNextSessionRotation, FindAuthor, Get, OnTimestampSet, OneSessionHandler},
	weights::Weight,
};
use frame_system::pallet_prelude::BlockNumberFor;
use pallet_session::ShouldEndSession;
use scale_info::TypeInfo;
use sp_runtime::{
	traits::{One, Saturating, Zero},
	BoundToRuntimeAppPublic, ConsensusEngineId, Permill,
};

#[cfg(test)]
mod tests;

/// What produces the chain's blocks. GRANDPA finalizes them in either mode.
#[derive(
	Clone,
	Copy,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ConsensusMode {
	/// Open proof-of-work mining (the public chain).
	#[default]
	Pow,
	/// BABE slots among the validators (private and alliance chains).
	Babe,
}

#[frame_support::pallet]
pub mod pallet {
	use super::ConsensusMode;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::BlockNumberFor;
	use sp_runtime::traits::Zero;

	#[pallet::config]
	pub trait Config: frame_system::Config {}

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The chain's consensus mode, set at genesis and never changed.
	#[pallet::storage]
	pub type Mode<T> = StorageValue<_, ConsensusMode, ValueQuery>;

	/// On a proof-of-work chain, the length of a validator session in blocks (a new session, and
	/// with it possibly a new GRANDPA authority set, starts at every multiple of it). BABE chains
	/// follow BABE's epochs instead.
	#[pallet::storage]
	pub type PowSessionLength<T> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::genesis_config]
	pub struct GenesisConfig<T: Config> {
		/// The mode the chain runs in for its whole life.
		pub mode: ConsensusMode,
		/// Session length in blocks on a proof-of-work chain; must be at least 1 in that mode.
		pub pow_session_length: BlockNumberFor<T>,
	}

	impl<T: Config> Default for GenesisConfig<T> {
		fn default() -> Self {
			GenesisConfig {
				mode: ConsensusMode::Pow,
				pow_session_length: DEFAULT_POW_SESSION_LENGTH.into(),
			}
		}
	}

	/// The session length of a default genesis: one hour of 6-second blocks.
	pub const DEFAULT_POW_SESSION_LENGTH: u32 = 600;

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(
				self.mode != ConsensusMode::Pow || !self.pow_session_length.is_zero(),
				"a proof-of-work chain needs a session length of at least one block",
			);
			Mode::<T>::put(self.mode);
			PowSessionLength::<T>::put(self.pow_session_length);
		}
	}

	impl<T: Config> Pallet<T> {
		/// The chain's consensus mode.
		pub fn mode() -> ConsensusMode {
			Mode::<T>::get()
		}

		/// Whether BABE produces the chain's blocks.
		pub fn is_babe() -> bool {
			Self::mode() == ConsensusMode::Babe
		}
	}
}

/// Sessions of [`PowSessionLength`] blocks: a session ends at every block number that is a
/// multiple of it.
pub struct PowSessions<T>(PhantomData<T>);

impl<T: Config> PowSessions<T> {
	fn length() -> BlockNumberFor<T> {
		PowSessionLength::<T>::get().max(One::one())
	}
}

impl<T: Config> ShouldEndSession<BlockNumberFor<T>> for PowSessions<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		!now.is_zero() && (now % Self::length()).is_zero()
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for PowSessions<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		Self::length()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let length = Self::length();
		let into_session = now % length;
		// One read of the length; the progress is exact for fixed-length sessions.
		let progress = Permill::from_rational(into_session, length);
		(Some(progress), T::DbWeight::get().reads(1))
	}

	fn estimate_next_session_rotation(
		now: BlockNumberFor<T>,
	) -> (Option<BlockNumberFor<T>>, Weight) {
		let length = Self::length();
		let next = now.saturating_add(length.saturating_sub(now % length));
		(Some(next), T::DbWeight::get().reads(1))
	}
}

/// Forwards a hook to `PowHook` on a proof-of-work chain and to `BabeHook` on a BABE chain.
pub struct ByMode<T, PowHook, BabeHook>(PhantomData<(T, PowHook, BabeHook)>);

impl<T: Config, Moment, PowHook, BabeHook> OnTimestampSet<Moment> for ByMode<T, PowHook, BabeHook>
where
	PowHook: OnTimestampSet<Moment>,
	BabeHook: OnTimestampSet<Moment>,
{
	fn on_timestamp_set(moment: Moment) {
		match Pallet::<T>::mode() {
			ConsensusMode::Pow => PowHook::on_timestamp_set(moment),
			ConsensusMode::Babe => BabeHook::on_timestamp_set(moment),
		}
	}
}

impl<T: Config, BlockNumber, PowHook, BabeHook> ShouldEndSession<BlockNumber>
	for ByMode<T, PowHook, BabeHook>
where
	PowHook: ShouldEndSession<BlockNumber>,
	BabeHook: ShouldEndSession<BlockNumber>,
{
	fn should_end_session(now: BlockNumber) -> bool {
		match Pallet::<T>::mode() {
			ConsensusMode::Pow => PowHook::should_end_session(now),
			ConsensusMode::Babe => BabeHook::should_end_session(now),
		}
	}
}

impl<T: Config, BlockNumber, PowHook, BabeHook> EstimateNextSessionRotation<BlockNumber>
	for ByMode<T, PowHook, BabeHook>
where
	PowHook: EstimateNextSessionRotation<BlockNumber>,
	BabeHook: EstimateNextSessionRotation<BlockNumber>,
{
	fn average_session_length() -> BlockNumber {
		match Pallet::<T>::mode() {
			ConsensusMode::Pow => PowHook::average_session_length(),
			ConsensusMode::Babe => BabeHook::average_session_length(),
		}
	}

	fn estimate_current_session_progress(now: BlockNumber) -> (Option<Permill>, Weight) {
		match Pallet::<T>::mode() {
			ConsensusMode::Pow => PowHook::estimate_current_session_progress(now),
			ConsensusMode::Babe => BabeHook::estimate_current_session_progress(now),
		}
	}

	fn estimate_next_session_rotation(now: BlockNumber) -> (Option<BlockNumber>, Weight) {
		match Pallet::<T>::mode() {
			ConsensusMode::Pow => PowHook::estimate_next_session_rotation(now),
			ConsensusMode::Babe => BabeHook::estimate_next_session_rotation(now),
		}
	}
}

impl<T: Config, AccountId, PowHook, BabeHook> FindAuthor<AccountId> for ByMode<T, PowHook, BabeHook>
where
	PowHook: FindAuthor<AccountId>,
	BabeHook: FindAuthor<AccountId>,
{
	fn find_author<'a, I>(digests: I) -> Option<AccountId>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		match Pallet::<T>::mode() {
			ConsensusMode::Pow => PowHook::find_author(digests),
			ConsensusMode::Babe => BabeHook::find_author(digests),
		}
	}
}

/// A session handler that only sees sessions on a BABE chain. Its key type stays part of the
/// session keys in both modes, so a chain's validators register the same keys whatever the mode.
pub struct OnlyInBabeMode<T, Handler>(PhantomData<(T, Handler)>);

impl<T, Handler: BoundToRuntimeAppPublic> BoundToRuntimeAppPublic for OnlyInBabeMode<T, Handler> {
	type Public = Handler::Public;
}

impl<T: Config, ValidatorId, Handler> OneSessionHandler<ValidatorId> for OnlyInBabeMode<T, Handler>
where
	Handler: OneSessionHandler<ValidatorId>,
{
	type Key = Handler::Key;

	fn on_genesis_session<'a, I>(validators: I)
	where
		I: 'a + Iterator<Item = (&'a ValidatorId, Self::Key)>,
		ValidatorId: 'a,
	{
		if Pallet::<T>::is_babe() {
			Handler::on_genesis_session(validators)
		}
	}

	fn on_new_session<'a, I>(changed: bool, validators: I, queued_validators: I)
	where
		I: 'a + Iterator<Item = (&'a ValidatorId, Self::Key)>,
		ValidatorId: 'a,
	{
		if Pallet::<T>::is_babe() {
			Handler::on_new_session(changed, validators, queued_validators)
		}
	}

	fn on_before_session_ending() {
		if Pallet::<T>::is_babe() {
			Handler::on_before_session_ending()
		}
	}

	fn on_disabled(validator_index: u32) {
		if Pallet::<T>::is_babe() {
			Handler::on_disabled(validator_index)
		}
	}
}

sp_api::decl_runtime_apis! {
	/// The chain's consensus mode, which the node reads at startup to pick its block-production
	/// engine.
	pub trait ConsensusModeApi {
		/// Proof of work or BABE.
		fn mode() -> ConsensusMode;
	}
}
