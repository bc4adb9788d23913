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
	AccountId, BlockNumber, Council, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, DAYS,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOfDiverse},
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
