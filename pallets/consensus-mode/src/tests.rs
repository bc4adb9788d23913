//! The hooks reach the side of the chain's mode, and only that side.

use crate::{self as pallet_consensus_mode, ByMode, OnlyInBabeMode};
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{EstimateNextSessionRotation, FindAuthor, OnTimestampSet, OneSessionHandler},
	weights::Weight,
};
use pallet_session::ShouldEndSession;
use sp_runtime::{
	testing::UintAuthorityId, BoundToRuntimeAppPublic, BuildStorage, ConsensusEngineId, Permill,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Consensus: pallet_consensus_mode,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

impl crate::Config for Test {}

thread_local! {
	static CALLS: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

fn record(call: &'static str) {
	CALLS.with(|calls| calls.borrow_mut().push(call));
}

fn calls() -> Vec<&'static str> {
	CALLS.with(|calls| calls.take())
}

/// A hook that records which side it stands for and answers with that side's values.
struct Side<const BABE: bool>;

impl<const BABE: bool> Side<BABE> {
	const NAME: &'static str = if BABE { "babe" } else { "pow" };
}

impl<const BABE: bool> OnTimestampSet<u64> for Side<BABE> {
	fn on_timestamp_set(_: u64) {
		record(Self::NAME);
	}
}

impl<const BABE: bool> ShouldEndSession<u64> for Side<BABE> {
	fn should_end_session(_: u64) -> bool {
		record(Self::NAME);
		BABE
	}
}

impl<const BABE: bool> EstimateNextSessionRotation<u64> for Side<BABE> {
	fn average_session_length() -> u64 {
		if BABE {
			20
		} else {
			10
		}
	}
	fn estimate_current_session_progress(_: u64) -> (Option<Permill>, Weight) {
		(Some(Permill::from_percent(if BABE { 20 } else { 10 })), Weight::zero())
	}
	fn estimate_next_session_rotation(now: u64) -> (Option<u64>, Weight) {
		(Some(now + Self::average_session_length()), Weight::zero())
	}
}

impl<const BABE: bool> FindAuthor<u64> for Side<BABE> {
	fn find_author<'a, I>(_: I) -> Option<u64>
	where
		I: 'a + IntoIterator<Item = (ConsensusEngineId, &'a [u8])>,
	{
		Some(if BABE { 2 } else { 1 })
	}
}

impl<const BABE: bool> BoundToRuntimeAppPublic for Side<BABE> {
	type Public = UintAuthorityId;
}

impl<const BABE: bool> OneSessionHandler<u64> for Side<BABE> {
	type Key = UintAuthorityId;
	fn on_genesis_session<'a, I>(_: I)
	where
		I: Iterator<Item = (&'a u64, UintAuthorityId)> + 'a,
	{
		record("genesis");
	}
	fn on_new_session<'a, I>(_: bool, _: I, _: I)
	where
		I: Iterator<Item = (&'a u64, UintAuthorityId)> + 'a,
	{
		record("new session");
	}
	fn on_before_session_ending() {
		record("ending");
	}
	fn on_disabled(_: u32) {
		record("disabled");
	}
}

type Hook = ByMode<Test, Side<false>, Side<true>>;
type BabeOnly = OnlyInBabeMode<Test, Side<true>>;

fn chain(mode: crate::ConsensusMode) -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		consensus: crate::GenesisConfig { mode, pow_session_length: 10 },
		..Default::default()
	}
	.build_storage()
	.expect("genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		calls();
	});
	ext
}

fn drive_session_handler() {
	let validator = 1u64;
	let keys = || core::iter::once((&validator, UintAuthorityId(1)));
	<BabeOnly as OneSessionHandler<u64>>::on_genesis_session(keys());
	<BabeOnly as OneSessionHandler<u64>>::on_new_session(true, keys(), keys());
	<BabeOnly as OneSessionHandler<u64>>::on_before_session_ending();
	<BabeOnly as OneSessionHandler<u64>>::on_disabled(0);
}

#[test]
fn the_default_mode_is_proof_of_work() {
	chain(crate::ConsensusMode::default()).execute_with(|| {
		assert_eq!(Consensus::mode(), crate::ConsensusMode::Pow);
		assert!(!Consensus::is_babe());
	});
}

#[test]
fn genesis_sets_babe_mode() {
	chain(crate::ConsensusMode::Babe).execute_with(|| {
		assert_eq!(crate::Mode::<Test>::get(), crate::ConsensusMode::Babe);
		assert!(Consensus::is_babe());
	});
}

#[test]
fn proof_of_work_chains_run_the_proof_of_work_side_only() {
	chain(crate::ConsensusMode::Pow).execute_with(|| {
		Hook::on_timestamp_set(6_000);
		assert!(!Hook::should_end_session(5));
		assert_eq!(calls(), vec!["pow", "pow"]);
		assert_eq!(<Hook as EstimateNextSessionRotation<u64>>::average_session_length(), 10);
		assert_eq!(Hook::estimate_current_session_progress(5).0, Some(Permill::from_percent(10)));
		assert_eq!(Hook::estimate_next_session_rotation(5).0, Some(15));
		assert_eq!(<Hook as FindAuthor<u64>>::find_author(core::iter::empty()), Some(1));
		drive_session_handler();
		assert_eq!(calls(), Vec::<&str>::new(), "BABE's session handler is never reached");
	});
}

#[test]
fn babe_chains_run_the_babe_side_only() {
	chain(crate::ConsensusMode::Babe).execute_with(|| {
		Hook::on_timestamp_set(6_000);
		assert!(Hook::should_end_session(5));
		assert_eq!(calls(), vec!["babe", "babe"]);
		assert_eq!(<Hook as EstimateNextSessionRotation<u64>>::average_session_length(), 20);
		assert_eq!(Hook::estimate_current_session_progress(5).0, Some(Permill::from_percent(20)));
		assert_eq!(Hook::estimate_next_session_rotation(5).0, Some(25));
		assert_eq!(<Hook as FindAuthor<u64>>::find_author(core::iter::empty()), Some(2));
		drive_session_handler();
		assert_eq!(calls(), vec!["genesis", "new session", "ending", "disabled"]);
	});
}

#[test]
#[should_panic(expected = "session length of at least one block")]
fn a_proof_of_work_genesis_without_a_session_length_is_refused() {
	let _ = RuntimeGenesisConfig {
		consensus: crate::GenesisConfig { mode: crate::ConsensusMode::Pow, pow_session_length: 0 },
		..Default::default()
	}
	.build_storage();
}

#[test]
fn proof_of_work_sessions_end_every_session_length_blocks() {
	chain(crate::ConsensusMode::Pow).execute_with(|| {
		let ends: Vec<u64> =
			(0..=35).filter(|&n| crate::PowSessions::<Test>::should_end_session(n)).collect();
		assert_eq!(ends, vec![10, 20, 30]);
		type Sessions = crate::PowSessions<Test>;
		assert_eq!(Sessions::average_session_length(), 10);
		assert_eq!(Sessions::estimate_next_session_rotation(0).0, Some(10));
		assert_eq!(Sessions::estimate_next_session_rotation(17).0, Some(20));
		assert_eq!(Sessions::estimate_next_session_rotation(20).0, Some(30));
		assert_eq!(
			Sessions::estimate_current_session_progress(13).0,
			Some(Permill::from_percent(30))
		);
	});
}
