//! Governance. Who governs depends on the chain type, through the genesis alone:
//! - development and private chains: the sudo key (root);
//! - alliance chains: a council of the member institutions (pallet-collective, members kept by
//!   pallet-membership), deciding by two-thirds majority; no sudo key. Regulators (a second
//!   pallet-membership) each quarantine and recall lots, suspend attestations and deactivate
//!   facilities in their own name (see `configs/provenance.rs`); roles and accreditations stay
//!   with governance;
//! - the public chain: neither a sudo key nor a council in its genesis.
//!
//! [`Governance`] is the origin every pallet's governance calls accept: root or two thirds of the
//! council.

use crate::{
	AccountId, Balance, Balances, BlockNumber, Council, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, DAYS, HOURS,
	UNIT,
};
use alloc::borrow::Cow;
use frame_support::traits::fungible::HoldConsideration;
use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse, EqualPrivilegeOnly, LinearStoragePrice},
	weights::Weight,
};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

/// The council of an alliance's member institutions.
pub type CouncilCollective = pallet_collective::Instance1;
/// Its membership.
pub type CouncilMembershipInstance = pallet_membership::Instance1;
/// The regulators.
pub type RegulatorsInstance = pallet_membership::Instance2;

/// At least two thirds of the council.
pub type CouncilTwoThirds =
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilCollective, 2, 3>;

/// Root (the sudo key, where a chain has one) or two thirds of the council.
pub type Governance = EitherOfDiverse<EnsureRoot<AccountId>, CouncilTwoThirds>;

parameter_types! {
	/// A council motion that has not reached its threshold lapses after three days.
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	/// A motion may dispatch at most half a block's weight.
	pub MaxProposalWeight: Weight =
		Perbill::from_percent(50) * crate::configs::RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<100>;
	/// A member who does not vote counts as voting with the prime member, if there is one.
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Members change through the membership pallet, which is governed.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = Governance;
	type KillOrigin = Governance;
	type Consideration = ();
}

impl pallet_membership::Config<CouncilMembershipInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	type PrimeOrigin = Governance;
	type MembershipInitialized = Council;
	type MembershipChanged = Council;
	type MaxMembers = ConstU32<100>;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

impl pallet_membership::Config<RegulatorsInstance> for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	type PrimeOrigin = Governance;
	type MembershipInitialized = ();
	type MembershipChanged = ();
	type MaxMembers = ConstU32<16>;
	type WeightInfo = crate::weights::pallet_membership::WeightInfo<Runtime>;
}

impl pallet_node_authorization::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type MaxWellKnownNodes = ConstU32<64>;
	type MaxPeerIdLength = ConstU32<128>;
	type AddOrigin = Governance;
	type RemoveOrigin = Governance;
	type SwapOrigin = Governance;
	type ResetOrigin = Governance;
	/// Benchmarked through pallets/node-authorization-benchmarking (the pallet ships none).
	type WeightInfo = crate::weights::pallet_node_authorization::WeightInfo<Runtime>;
}

// ----- Public referenda: preimages, the scheduler, conviction voting and referenda -----
//
// How a proposal passes (on every chain; the public chain has no other root): anyone notes the
// call's preimage and submits a referendum on the `root` track with a submission deposit; once
// someone places the decision deposit and the prepare period is over, it is *deciding*. Token
// holders vote aye or nay with a conviction (their vote counts 0.1× unlocked, up to 6× locked
// 32 vote-locking periods). It passes when, for the whole confirm period, the ayes' share of the
// votes (approval) and the ayes' share of the issuance (support) stay above the track's curves,
// which fall from the start to the end of the decision period; then the call is dispatched as
// root after the enactment period. Two thirds of the council may cancel a referendum (deposits
// back) and root may kill one (deposits slashed). The periods are storage parameters, which
// governance itself may change; tests on the dev chain shorten them with sudo.

parameter_types! {
	/// Blocks between submission and the start of deciding (time to place the decision deposit
	/// and study the proposal).
	pub storage ReferendumPreparePeriod: BlockNumber = HOURS;
	/// Blocks a referendum has to be approved before it fails.
	pub storage ReferendumDecisionPeriod: BlockNumber = 7 * DAYS;
	/// Blocks a referendum must keep passing before it is approved.
	pub storage ReferendumConfirmPeriod: BlockNumber = DAYS;
	/// Blocks between approval and dispatch, for everyone to prepare (e.g. a runtime upgrade).
	pub storage ReferendumEnactmentPeriod: BlockNumber = DAYS;
	/// Held from the submitter, back when the referendum ends (unless killed).
	pub const ReferendumSubmissionDeposit: Balance = 10 * UNIT;
	/// Held from whoever lets the referendum be decided, back when it ends (unless killed).
	pub const ReferendumDecisionDeposit: Balance = 1_000 * UNIT;
	/// A referendum not deciding after this many blocks times out.
	pub const ReferendumUndecidingTimeout: BlockNumber = 14 * DAYS;
	/// Votes stay locked for this many blocks per conviction doubling.
	pub const VoteLockingPeriod: BlockNumber = 7 * DAYS;
	/// The scheduler dispatches at most 80 % of a block's weight.
	pub MaximumSchedulerWeight: Weight =
		Perbill::from_percent(80) * crate::configs::RuntimeBlockWeights::get().max_block;
	/// A noted preimage holds a deposit: 1 LODE, and 0.00001 LODE per byte.
	pub const PreimageBaseDeposit: Balance = crate::deposit(100, 0);
	pub const PreimageByteDeposit: Balance = crate::deposit(0, 1);
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = pallet_preimage::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = pallet_scheduler::weights::SubstrateWeight<Runtime>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

impl pallet_conviction_voting::Config for Runtime {
	type WeightInfo = pallet_conviction_voting::weights::SubstrateWeight<Runtime>;
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Polls = Referenda;
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, AccountId>;
	type MaxVotes = ConstU32<512>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

/// The referenda tracks: one, `root`, whose approved calls are dispatched as root (runtime
/// upgrades, `grandpa.noteStalled`, accreditations and roles, anything governance does).
pub struct Tracks;

/// Id of the root track.
pub const ROOT_TRACK: u16 = 0;

/// Bytes of a track's name (the referenda pallet's default).
const TRACK_NAME_LEN: usize = 25;

/// A track's name as the referenda pallet stores it: ASCII, zero-padded.
const fn track_name(text: &str) -> [u8; TRACK_NAME_LEN] {
	let mut name = [0u8; TRACK_NAME_LEN];
	let bytes = text.as_bytes();
	let mut i = 0;
	while i < bytes.len() && i < name.len() {
		name[i] = bytes[i];
		i += 1;
	}
	name
}

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for Tracks {
	type Id = u16;
	type RuntimeOrigin = <RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks(
	) -> impl Iterator<Item = Cow<'static, pallet_referenda::Track<Self::Id, Balance, BlockNumber>>>
	{
		let root = pallet_referenda::Track {
			id: ROOT_TRACK,
			info: pallet_referenda::TrackInfo {
				name: track_name("root"),
				max_deciding: 1,
				decision_deposit: ReferendumDecisionDeposit::get(),
				prepare_period: ReferendumPreparePeriod::get(),
				decision_period: ReferendumDecisionPeriod::get(),
				confirm_period: ReferendumConfirmPeriod::get(),
				min_enactment_period: ReferendumEnactmentPeriod::get(),
				// Approval: from all of the votes to half of them over the decision period.
				min_approval: pallet_referenda::Curve::LinearDecreasing {
					length: Perbill::from_percent(100),
					floor: Perbill::from_percent(50),
					ceil: Perbill::from_percent(100),
				},
				// Support: from a fifth of the active issuance voting aye to a two-hundredth.
				min_support: pallet_referenda::Curve::LinearDecreasing {
					length: Perbill::from_percent(100),
					floor: Perbill::from_rational(1u32, 200),
					ceil: Perbill::from_percent(20),
				},
			},
		};
		core::iter::once(Cow::Owned(root))
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match frame_system::RawOrigin::try_from(origin.clone()) {
			Ok(frame_system::RawOrigin::Root) => Ok(ROOT_TRACK),
			_ => Err(()),
		}
	}
}

impl pallet_referenda::Config for Runtime {
	type WeightInfo = pallet_referenda::weights::SubstrateWeight<Runtime>;
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type Scheduler = Scheduler;
	type Currency = Balances;
	type SubmitOrigin = frame_system::EnsureSigned<AccountId>;
	type CancelOrigin = Governance;
	type KillOrigin = EnsureRoot<AccountId>;
	type Slash = ();
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = ReferendumSubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = ReferendumUndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = Tracks;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}
