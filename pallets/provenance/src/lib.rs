//! # Provenance pallet
//!
//! Traces conflict-free commodities (cobalt, tin, tantalum, tungsten, gold, diamonds) from the mine
//! to the finished product, modelled on GS1 EPCIS 2.0: lot creation and observations are
//! ObjectEvents, merges are AggregationEvents, transforms are TransformationEvents and transfers
//! are TransactionEvents.
//!
//! ## Model
//! - **Parties**: governance ([`Config::GovernanceOrigin`]) grants [`Roles`] to accounts and
//!   accredits attestation issuers for [`Schemes`].
//! - **Facilities**: an operator registers mines, traders, exporters, smelters, refiners,
//!   manufacturers and warehouses, with an ISO 3166 country, coordinates in micro-degrees and
//!   optional external ids (RMI smelter id, GS1 GLN with its check digit verified).
//! - **Lots**: created only at the caller's own mine; a quantity (milligrams, or hundredths of a
//!   carat for diamonds) of one [`Commodity`] at a grade in parts per million. Only the custodian
//!   acts on a lot; consumed lots are frozen.
//! - **Custody**: two-party transfers (propose → accept / reject / cancel, or expiry after
//!   [`Config::TransferExpiry`] blocks); the receiver records the quantity received and the
//!   difference is recorded as loss.
//! - **Split, merge, transform**: split and merge conserve quantity exactly; a transform conserves
//!   contained material (quantity × grade / 10⁶) up to a declared loss bounded per process. Parents
//!   and children link to each other.
//! - **Attestations**: accredited issuers attest facilities or lots under a scheme, with a validity
//!   window; issuers suspend, reinstate and revoke them.
//! - **Claims**: computed, never typed in. A lot created at a mine holding a valid attestation is
//!   certified; a derived lot's certified share is the contained-material-weighted share of its
//!   parents. [`Claim::Segregated`] when fully certified, [`Claim::MassBalance`] when partly,
//!   [`Claim::Unverified`] when not at all. Suspending or revoking an attestation, or recalling a
//!   lot, recomputes every descendant through a work queue processed with bounded work per block
//!   (immediately, then in `on_idle`), emitting [`Event::ClaimDowngraded`] per lot.
//! - **Queries**: [`Pallet::lot_info`], [`Pallet::trace_back`], [`Pallet::trace_forward`],
//!   [`Pallet::origin_summary`] and [`Pallet::claim_of`] back the runtime API declared in the
//!   `pallet-provenance-runtime-api` crate.
//!
//! Invariants (checked by `try_state`): split and merge conserve quantity, transforms conserve
//! contained material up to the declared loss, every parent/child link exists in both directions,
//! transfers and statuses agree, and once the claim queue is empty every stored share equals the
//! share recomputed from scratch.
//!
//! ## Runtime configuration
//!
//! The pallet needs no currency and no other pallet. Lode's runtime configures it as follows
//! (regenerate its weights with `scripts/bench/weights` after changing a bound):
//!
//! ```text
//! impl pallet_provenance::Config for Runtime {
//!     type WeightInfo = crate::weights::pallet_provenance::WeightInfo<Runtime>; // generated
//!     type GovernanceOrigin = frame_system::EnsureRoot<AccountId>;
//!     type MaxInputs = ConstU32<16>;
//!     type MaxOutputs = ConstU32<16>;
//!     type MaxExternalIdLen = ConstU32<32>;
//!     type MaxGs1IdLen = ConstU32<64>;
//!     type MaxCertificateIdLen = ConstU32<64>;
//!     type MaxAttestationsPerSubject = ConstU32<8>;
//!     type TransferExpiry = ConstU32<{ 7 * DAYS }>;
//!     type MaxDowngradesPerBlock = ConstU32<64>;
//!     type MaxTraceNodes = ConstU32<2_000>;
//!     type MaxConcentrationLossBps = ConstU16<3_000>;
//!     type MaxSmeltingLossBps = ConstU16<500>;
//!     type MaxRefiningLossBps = ConstU16<200>;
//!     type MaxManufacturingLossBps = ConstU16<500>;
//!     type MaxCuttingLossBps = ConstU16<6_000>;
//! }
//! ```

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod claims;
mod features;
mod functions;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
mod queries;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use crate::{types::*, weights::WeightInfo};
	use alloc::vec::Vec;
	use frame_support::{pallet_prelude::*, traits::fungible};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	/// A facility as stored.
	pub type FacilityOf<T> =
		Facility<<T as frame_system::Config>::AccountId, <T as Config>::MaxExternalIdLen>;
	/// A lot as stored.
	pub type LotOf<T> = Lot<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::MaxInputs,
		<T as Config>::MaxOutputs,
		<T as Config>::MaxGs1IdLen,
	>;
	/// A pending transfer as stored.
	pub type TransferOf<T> = Transfer<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// An attestation as stored.
	pub type AttestationOf<T> = Attestation<
		<T as frame_system::Config>::AccountId,
		BlockNumberFor<T>,
		<T as Config>::MaxCertificateIdLen,
	>;
	/// An observation as stored.
	pub type ObservationOf<T> =
		Observation<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// A reference to an on-chain event.
	pub type EventRefOf<T> = EventRef<BlockNumberFor<T>>;
	/// A lot as the runtime API reports it.
	pub type LotInfoOf<T> = LotInfo<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;
	/// Who acted.
	pub type ActorOf<T> = Actor<<T as frame_system::Config>::AccountId>;
	/// A recall as stored.
	pub type RecallOf<T> = Recall<<T as frame_system::Config>::AccountId>;
	/// A unit of claim work as queued.
	pub type ClaimWorkOf<T> = ClaimWork<<T as frame_system::Config>::AccountId>;
	/// The balance type of the currency deposits are held in.
	pub type BalanceOf<T> = <<T as Config>::Currency as fungible::Inspect<
		<T as frame_system::Config>::AccountId,
	>>::Balance;
	/// A deposit as recorded.
	pub type DepositOf<T> = Deposit<<T as frame_system::Config>::AccountId, BalanceOf<T>>;

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// The origin that grants roles, accredits issuers, lifts recalls, and does everything a
		/// regulator does (root or two thirds of a council in the runtime).
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The origin of a regulator: one supervisory account that may quarantine and release
		/// lots, recall them, suspend attestations and deactivate facilities, and is named in
		/// each event. It grants no role and accredits no issuer.
		type RegulatorOrigin: EnsureOrigin<Self::RuntimeOrigin, Success = Self::AccountId>;

		/// Which schemes certify which commodities (e.g. [`StandardCoverage`]).
		type SchemeCoverage: SchemeCoverage;

		/// The currency deposits are held in.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;

		/// The runtime's hold reason, of which this pallet's [`HoldReason`] is a part.
		type RuntimeHoldReason: From<HoldReason>;

		/// Deposit held from an operator for each facility it registers, until it is deactivated.
		#[pallet::constant]
		type FacilityDeposit: Get<BalanceOf<Self>>;

		/// Deposit held for each lot from the account that made it, until it is consumed.
		#[pallet::constant]
		type LotDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from the issuer for each attestation, until it is revoked or leaves its
		/// subject's list.
		#[pallet::constant]
		type AttestationDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from the observer for a lot's last observation, until it is replaced or
		/// the lot consumed.
		#[pallet::constant]
		type ObservationDeposit: Get<BalanceOf<Self>>;

		/// Deposit held from the proposer of a transfer while it is open.
		#[pallet::constant]
		type TransferDeposit: Get<BalanceOf<Self>>;

		/// Most lots a merge or a transform consumes; also the bound of a lot's parents.
		#[pallet::constant]
		type MaxInputs: Get<u32>;

		/// Most lots a split or a transform produces; also the bound of a lot's children.
		#[pallet::constant]
		type MaxOutputs: Get<u32>;

		/// Longest external facility id (e.g. an RMI smelter id), in bytes.
		#[pallet::constant]
		type MaxExternalIdLen: Get<u32>;

		/// Longest GS1 identifier of a lot, in bytes.
		#[pallet::constant]
		type MaxGs1IdLen: Get<u32>;

		/// Longest certificate id of an attestation, in bytes.
		#[pallet::constant]
		type MaxCertificateIdLen: Get<u32>;

		/// Most attestations recorded about one facility or one lot.
		#[pallet::constant]
		type MaxAttestationsPerSubject: Get<u32>;

		/// Most attestations in force (neither revoked nor expired) one issuer holds about one
		/// subject, so that no issuer can fill a subject's slots.
		#[pallet::constant]
		type MaxAttestationsPerIssuer: Get<u32>;

		/// Largest quantity of one lot of a metal or ore, in milligrams.
		#[pallet::constant]
		type MaxMilligrams: Get<u128>;

		/// Largest quantity of one lot of diamonds, in hundredths of a carat.
		#[pallet::constant]
		type MaxCentiCarats: Get<u128>;

		/// Blocks a proposed transfer stays open; afterwards anyone may expire it.
		#[pallet::constant]
		type TransferExpiry: Get<BlockNumberFor<Self>>;

		/// Most lots whose claim is recomputed in one go: by the call that triggers a downgrade,
		/// and again by `on_idle` in each block until the queue is empty.
		#[pallet::constant]
		type MaxDowngradesPerBlock: Get<u32>;

		/// Most lots a trace query returns, whatever the caller asks for.
		#[pallet::constant]
		type MaxTraceNodes: Get<u32>;

		/// Most contained material a concentration may declare lost, in basis points of its
		/// inputs' contained material.
		#[pallet::constant]
		type MaxConcentrationLossBps: Get<u16>;

		/// Most contained material a smelting may declare lost, in basis points.
		#[pallet::constant]
		type MaxSmeltingLossBps: Get<u16>;

		/// Most contained material a refining may declare lost, in basis points.
		#[pallet::constant]
		type MaxRefiningLossBps: Get<u16>;

		/// Most contained material a manufacturing may declare lost, in basis points.
		#[pallet::constant]
		type MaxManufacturingLossBps: Get<u16>;

		/// Most contained material a diamond cutting may declare lost, in basis points.
		#[pallet::constant]
		type MaxCuttingLossBps: Get<u16>;

		/// Told when a lot is recalled and when its recall is lifted (the asset registry flags
		/// the instruments the lot backs); `()` for nobody.
		type OnRecall: lode_primitives::OnLotRecall;
	}

	/// Why the pallet holds an account's funds: a deposit for each kind of item it stores.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A registered, active facility.
		Facility,
		/// A lot not yet consumed.
		Lot,
		/// An attestation in its subject's list, not revoked.
		Attestation,
		/// A lot's last observation.
		Observation,
		/// An open transfer proposal.
		Transfer,
	}

	/// Every deposit held, by item, with who paid it.
	#[pallet::storage]
	pub type Deposits<T: Config> = StorageMap<_, Twox64Concat, DepositItem, DepositOf<T>>;

	/// Registered parties and their roles.
	#[pallet::storage]
	pub type Parties<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Party>;

	/// Accredited attestation issuers and the schemes they may attest under.
	#[pallet::storage]
	pub type Issuers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Schemes>;

	/// The id the next facility gets.
	#[pallet::storage]
	pub type NextFacilityId<T: Config> = StorageValue<_, FacilityId, ValueQuery>;

	/// Registered facilities.
	#[pallet::storage]
	pub type Facilities<T: Config> = StorageMap<_, Twox64Concat, FacilityId, FacilityOf<T>>;

	/// The facilities each operator runs (active or not).
	#[pallet::storage]
	pub type FacilitiesByOperator<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, FacilityId, ()>;

	/// The lots each account holds in custody, consumed lots excepted.
	#[pallet::storage]
	pub type LotsByCustodian<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, LotId, ()>;

	/// The lots each account owns, consumed lots excepted.
	#[pallet::storage]
	pub type LotsByOwner<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, LotId, ()>;

	/// The id the next lot gets.
	#[pallet::storage]
	pub type NextLotId<T: Config> = StorageValue<_, LotId, ValueQuery>;

	/// Every lot ever created (consumed lots stay, frozen, as history).
	#[pallet::storage]
	pub type Lots<T: Config> = StorageMap<_, Twox64Concat, LotId, LotOf<T>>;

	/// Open transfer proposals, by lot.
	#[pallet::storage]
	pub type PendingTransfers<T: Config> = StorageMap<_, Twox64Concat, LotId, TransferOf<T>>;

	/// Open transfer proposals by their last block of validity, for expiry in `on_idle`.
	#[pallet::storage]
	pub type TransferExpiries<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Twox64Concat, LotId, ()>;

	/// The earliest block whose expiring transfers `on_idle` has not swept yet.
	#[pallet::storage]
	pub type ExpiryCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Number of open transfer proposals.
	#[pallet::storage]
	pub type PendingTransferCount<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The last observation recorded on each lot.
	#[pallet::storage]
	pub type LastObservation<T: Config> = StorageMap<_, Twox64Concat, LotId, ObservationOf<T>>;

	/// The id the next attestation gets.
	#[pallet::storage]
	pub type NextAttestationId<T: Config> = StorageValue<_, AttestationId, ValueQuery>;

	/// Every attestation ever issued.
	#[pallet::storage]
	pub type Attestations<T: Config> = StorageMap<_, Twox64Concat, AttestationId, AttestationOf<T>>;

	/// Attestations about each facility. When the list is full, a revoked or expired
	/// attestation leaves it to make room for a new one.
	#[pallet::storage]
	pub type FacilityAttestations<T: Config> = StorageMap<
		_,
		Twox64Concat,
		FacilityId,
		BoundedVec<AttestationId, T::MaxAttestationsPerSubject>,
		ValueQuery,
	>;

	/// Attestations about each lot, bounded like `FacilityAttestations`.
	#[pallet::storage]
	pub type LotAttestations<T: Config> = StorageMap<
		_,
		Twox64Concat,
		LotId,
		BoundedVec<AttestationId, T::MaxAttestationsPerSubject>,
		ValueQuery,
	>;

	/// Number of lots each attestation certified at their creation.
	#[pallet::storage]
	pub type CertifiedLotCount<T: Config> =
		StorageMap<_, Twox64Concat, AttestationId, u64, ValueQuery>;

	/// The lots each attestation certified, by attestation and index (0..count).
	#[pallet::storage]
	pub type CertifiedLots<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AttestationId, Twox64Concat, u64, LotId>;

	/// Number of attestations each issuer issued.
	#[pallet::storage]
	pub type IssuerAttestationCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// The attestations each issuer issued, by issuer and index (0..count): what an
	/// accreditation change recomputes.
	#[pallet::storage]
	pub type IssuerAttestations<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, AttestationId>;

	/// Recalled lots: who recalled, why, and the status a lifted recall restores.
	#[pallet::storage]
	pub type Recalls<T: Config> = StorageMap<_, Twox64Concat, LotId, RecallOf<T>>;

	/// Lots pledged as the backing of something else (an asset-registry instrument), through
	/// [`lode_primitives::LotPledges`]: until released they cannot be split, merged,
	/// transformed, transferred or consumed.
	#[pallet::storage]
	pub type Pledged<T: Config> = StorageMap<_, Twox64Concat, LotId, ()>;

	/// Quarantined lots and who quarantined them (a regulator's quarantine is released by a
	/// regulator or governance, governance's by governance).
	#[pallet::storage]
	pub type Quarantines<T: Config> = StorageMap<_, Twox64Concat, LotId, ActorOf<T>>;

	/// The claim-recomputation queue, by position (from `ClaimQueueHead` to `ClaimQueueTail`).
	#[pallet::storage]
	pub type ClaimQueue<T: Config> = StorageMap<_, Twox64Concat, u64, ClaimWorkOf<T>>;

	/// Position of the first item of the claim queue.
	#[pallet::storage]
	pub type ClaimQueueHead<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Position after the last item of the claim queue.
	#[pallet::storage]
	pub type ClaimQueueTail<T: Config> = StorageValue<_, u64, ValueQuery>;

	/// Lots waiting in the claim queue, so that a lot is queued once at a time.
	#[pallet::storage]
	pub type ClaimQueued<T: Config> = StorageMap<_, Twox64Concat, LotId, ()>;

	/// Parties and issuers to register at genesis (for development and alliance chains).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// `(account, roles, jurisdiction)`, e.g.
		/// `["5Grw…", { "operator": true, "auditor": false }, "CD"]`.
		pub parties: Vec<(T::AccountId, Roles, CountryCode)>,
		/// `(account, schemes)`, e.g. `["5Grw…", { "rmap": true, "kp": false, … }]`.
		pub issuers: Vec<(T::AccountId, Schemes)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, roles, jurisdiction) in &self.parties {
				assert!(!roles.is_empty(), "genesis party without roles");
				assert!(jurisdiction.is_valid(), "genesis party with invalid jurisdiction");
				Parties::<T>::insert(who, Party { roles: *roles, jurisdiction: *jurisdiction });
			}
			for (issuer, schemes) in &self.issuers {
				assert!(!schemes.is_empty(), "genesis issuer without schemes");
				Issuers::<T>::insert(issuer, *schemes);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance granted roles to a party.
		RolesGranted {
			/// The party.
			who: T::AccountId,
			/// The roles granted by this call.
			granted: Roles,
			/// All the party's roles now.
			roles: Roles,
			/// The party's jurisdiction.
			jurisdiction: CountryCode,
		},
		/// Governance revoked roles of a party (the party is removed when none remain).
		RolesRevoked {
			/// The party.
			who: T::AccountId,
			/// The roles revoked by this call.
			revoked: Roles,
			/// The roles the party keeps.
			roles: Roles,
		},
		/// Governance accredited an attestation issuer.
		IssuerAccredited {
			/// The issuer.
			issuer: T::AccountId,
			/// The schemes it may attest under.
			schemes: Schemes,
		},
		/// Governance withdrew an issuer's accreditation: its attestations certify nothing until
		/// it is accredited again, and the claims they supported are being recomputed.
		AccreditationWithdrawn {
			/// The issuer.
			issuer: T::AccountId,
		},
		/// An operator registered a facility.
		FacilityRegistered {
			/// The new facility's id.
			facility: FacilityId,
			/// Its operator.
			operator: T::AccountId,
			/// What it does.
			kind: FacilityKind,
			/// Its country.
			country: CountryCode,
			/// Latitude in micro-degrees.
			latitude: i32,
			/// Longitude in micro-degrees.
			longitude: i32,
			/// Its RMI smelter/refiner id, if any.
			rmi_id: Option<BoundedVec<u8, T::MaxExternalIdLen>>,
			/// Its GS1 GLN, if any.
			gln: Option<Gln>,
		},
		/// A facility's operator updated its location or external ids.
		FacilityUpdated {
			/// The facility.
			facility: FacilityId,
			/// Its country.
			country: CountryCode,
			/// Latitude in micro-degrees.
			latitude: i32,
			/// Longitude in micro-degrees.
			longitude: i32,
			/// Its RMI smelter/refiner id, if any.
			rmi_id: Option<BoundedVec<u8, T::MaxExternalIdLen>>,
			/// Its GS1 GLN, if any.
			gln: Option<Gln>,
		},
		/// A facility was deactivated: it creates, receives and processes no more lots.
		FacilityDeactivated {
			/// The facility.
			facility: FacilityId,
			/// Its operator, a regulator or governance.
			by: ActorOf<T>,
		},
		/// A facility was handed to another operator.
		FacilityOperatorChanged {
			/// The facility.
			facility: FacilityId,
			/// The operator before.
			from: T::AccountId,
			/// The operator now.
			to: T::AccountId,
		},
		/// A lot was created at a mine (EPCIS ObjectEvent, action ADD).
		LotCreated {
			/// The new lot.
			lot: LotId,
			/// Its commodity.
			commodity: Commodity,
			/// Its quantity.
			quantity: u128,
			/// The unit of the quantity.
			unit: Unit,
			/// Its grade in parts per million.
			grade_ppm: u32,
			/// The mine.
			facility: FacilityId,
			/// The mine's operator: custodian and owner of the lot.
			custodian: T::AccountId,
			/// Its GS1 identifier, if any.
			gs1_id: Option<BoundedVec<u8, T::MaxGs1IdLen>>,
			/// Hash of the creation evidence.
			evidence: H256,
			/// The mine's attestation that certified the lot, if any.
			certified_by: Option<AttestationId>,
			/// The lot's claim.
			claim: Claim,
		},
		/// A custodian or owner proposed to transfer a lot (EPCIS TransactionEvent begins).
		TransferProposed {
			/// The lot.
			lot: LotId,
			/// What is handed over: custody, ownership or both.
			kind: TransferKind,
			/// The sender.
			from: T::AccountId,
			/// The facility the lot leaves.
			from_facility: FacilityId,
			/// The receiver.
			to: T::AccountId,
			/// The receiver's facility.
			to_facility: FacilityId,
			/// The quantity sent.
			quantity: u128,
			/// The last block in which the receiver may accept.
			expires_at: BlockNumberFor<T>,
		},
		/// The receiver accepted a lot: it is now custodian, owner or both, as `kind` says.
		TransferAccepted {
			/// The lot.
			lot: LotId,
			/// What was handed over.
			kind: TransferKind,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
			/// The facility the lot left.
			from_facility: FacilityId,
			/// The facility the lot is now at.
			to_facility: FacilityId,
			/// The quantity sent.
			sent: u128,
			/// The quantity received (the lot's quantity now).
			received: u128,
			/// `sent - received`, added to the lot's loss.
			loss: u128,
		},
		/// The receiver rejected a lot; it stays with the sender.
		TransferRejected {
			/// The lot.
			lot: LotId,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
		},
		/// The sender cancelled a transfer.
		TransferCancelled {
			/// The lot.
			lot: LotId,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
		},
		/// A transfer expired unanswered; the lot stays with the sender.
		TransferExpired {
			/// The lot.
			lot: LotId,
			/// The sender.
			from: T::AccountId,
			/// The receiver.
			to: T::AccountId,
		},
		/// A lot was split into pieces; the parent is consumed. The children inherit the parent's
		/// commodity, grade, facility, custodian, owner and claim.
		LotSplit {
			/// The consumed parent.
			parent: LotId,
			/// The new lots and their quantities.
			children: BoundedVec<(LotId, u128), T::MaxOutputs>,
			/// The commodity.
			commodity: Commodity,
			/// The grade in parts per million.
			grade_ppm: u32,
			/// Where.
			facility: FacilityId,
			/// The custodian of the pieces.
			custodian: T::AccountId,
			/// The claim of each piece.
			claim: Claim,
		},
		/// Lots were merged into one (EPCIS AggregationEvent); the parents are consumed.
		LotsMerged {
			/// The new lot.
			lot: LotId,
			/// The consumed parents.
			parents: BoundedVec<LotId, T::MaxInputs>,
			/// The commodity.
			commodity: Commodity,
			/// The sum of the parents' quantities.
			quantity: u128,
			/// The quantity-weighted grade of the parents, rounded down.
			grade_ppm: u32,
			/// Contained material the grade's rounding down dropped, in millionths of the unit
			/// (`Σ quantity × grade − quantity × grade_ppm`), recorded in the lot's origin.
			grade_rounding: u128,
			/// Where.
			facility: FacilityId,
			/// The custodian (and owner) of the new lot.
			custodian: T::AccountId,
			/// The new lot's claim.
			claim: Claim,
		},
		/// Lots were transformed into new lots (EPCIS TransformationEvent); inputs are consumed.
		LotsTransformed {
			/// The consumed inputs.
			inputs: BoundedVec<LotId, T::MaxInputs>,
			/// The new lots with their quantity and grade.
			outputs: BoundedVec<(LotId, OutputSpec), T::MaxOutputs>,
			/// The commodity (inputs and outputs alike).
			commodity: Commodity,
			/// The process.
			process: ProcessKind,
			/// Contained material declared lost.
			declared_loss: u128,
			/// The facility's chain-of-custody attestation, for smelting and refining.
			custody: Option<AttestationId>,
			/// Where.
			facility: FacilityId,
			/// The custodian (and owner) of the outputs.
			custodian: T::AccountId,
			/// The claim of each output.
			claim: Claim,
		},
		/// An observation was recorded on a lot (EPCIS ObjectEvent, action OBSERVE).
		LotObserved {
			/// The lot.
			lot: LotId,
			/// Who observed.
			observer: T::AccountId,
			/// Where the lot is.
			facility: FacilityId,
			/// The business step.
			business_step: BusinessStep,
			/// The disposition.
			disposition: Disposition,
			/// Hash of the evidence.
			evidence: H256,
		},
		/// A lot was consumed or retired (EPCIS ObjectEvent, action DELETE); it is frozen.
		LotConsumed {
			/// The lot.
			lot: LotId,
			/// Its last custodian.
			custodian: T::AccountId,
			/// Where.
			facility: FacilityId,
		},
		/// A lot was recalled; its claim and its descendants' claims are being recomputed.
		LotRecalled {
			/// The lot.
			lot: LotId,
			/// Governance, a regulator or the origin mine's operator.
			by: ActorOf<T>,
			/// Hash of the reason.
			reason: H256,
		},
		/// Governance lifted a recall: the lot has its former status again and its claim and
		/// its descendants' are being recomputed.
		RecallLifted {
			/// The lot.
			lot: LotId,
			/// Always governance.
			by: ActorOf<T>,
			/// The status the lot is back in.
			status: LotStatus,
		},
		/// A party declared an earlier event erroneous and pointed at the correction.
		ErrorDeclared {
			/// Who declared.
			declarer: T::AccountId,
			/// The erroneous event.
			event: EventRefOf<T>,
			/// Hash of the correcting data.
			correction: H256,
		},
		/// A regulator or governance quarantined a lot.
		LotQuarantined {
			/// The lot.
			lot: LotId,
			/// A regulator or governance.
			by: ActorOf<T>,
			/// Hash of the reason.
			reason: H256,
		},
		/// A regulator or governance released a lot from quarantine.
		LotReleased {
			/// The lot.
			lot: LotId,
			/// A regulator or governance.
			by: ActorOf<T>,
		},
		/// An accredited issuer issued an attestation.
		AttestationIssued {
			/// The new attestation.
			attestation: AttestationId,
			/// The issuer.
			issuer: T::AccountId,
			/// What it is about.
			subject: Subject,
			/// The scheme.
			scheme: Scheme,
			/// The certificate id.
			certificate_id: BoundedVec<u8, T::MaxCertificateIdLen>,
			/// First block of validity.
			valid_from: BlockNumberFor<T>,
			/// Last block of validity.
			valid_until: BlockNumberFor<T>,
			/// Hash of the certificate document.
			document_hash: H256,
		},
		/// An attestation was suspended.
		AttestationSuspended {
			/// The attestation.
			attestation: AttestationId,
			/// The issuer, a regulator or governance.
			by: ActorOf<T>,
		},
		/// A suspended attestation was reinstated.
		AttestationReinstated {
			/// The attestation.
			attestation: AttestationId,
			/// The issuer, a regulator or governance.
			by: ActorOf<T>,
		},
		/// An attestation was revoked for ever.
		AttestationRevoked {
			/// The attestation.
			attestation: AttestationId,
			/// The issuer, a regulator or governance.
			by: ActorOf<T>,
		},
		/// A lot's claim went down after an attestation, an accreditation or a recall changed its
		/// lineage.
		ClaimDowngraded {
			/// The lot.
			lot: LotId,
			/// Its claim before.
			previous: Claim,
			/// Its claim now.
			current: Claim,
		},
		/// A lot's claim went back up (an attestation reinstated, an accreditation restored, a
		/// recall lifted).
		ClaimUpgraded {
			/// The lot.
			lot: LotId,
			/// Its claim before.
			previous: Claim,
			/// Its claim now.
			current: Claim,
		},
		/// A lot was pledged as backing: it stays as it is until released.
		Pledged {
			/// The lot.
			lot: LotId,
			/// Its owner, who pledged it.
			owner: T::AccountId,
		},
		/// A lot's pledge was released: it may be split, merged, transformed, transferred and
		/// consumed again.
		PledgeReleased {
			/// The lot.
			lot: LotId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No role is set.
		InvalidRoles,
		/// No scheme is set.
		InvalidSchemes,
		/// The account is not a registered party.
		NotAParty,
		/// The party lacks the role this needs.
		MissingRole,
		/// The account is not an accredited issuer.
		IssuerNotFound,
		/// The country code is not two uppercase ASCII letters.
		InvalidCountryCode,
		/// Latitude beyond ±90° or longitude beyond ±180°.
		InvalidCoordinates,
		/// The external id is empty.
		InvalidExternalId,
		/// The external id is longer than `MaxExternalIdLen`.
		ExternalIdTooLong,
		/// The GLN is not 13 digits with a valid GS1 check digit.
		InvalidGln,
		/// No facility has this id.
		FacilityNotFound,
		/// The account does not operate the facility.
		NotFacilityOperator,
		/// Lots are created at mines only.
		NotAMine,
		/// Quantities must be above zero.
		ZeroQuantity,
		/// Grades are at most 1_000_000 ppm.
		InvalidGrade,
		/// The GS1 identifier is empty.
		InvalidGs1Id,
		/// The GS1 identifier is longer than `MaxGs1IdLen`.
		Gs1IdTooLong,
		/// No lot has this id.
		LotNotFound,
		/// Only the lot's custodian may do this.
		NotCustodian,
		/// The lot is in transit or quarantined (a quarantined lot accepts no operation but an
		/// auditor's observation until it is released).
		LotNotActive,
		/// The lot is consumed or recalled: it is frozen.
		LotFrozen,
		/// The lot has no open transfer.
		NoPendingTransfer,
		/// Only the transfer's receiver may do this.
		NotReceiver,
		/// Only the transfer's sender may do this.
		NotSender,
		/// The transfer's window for acceptance has passed.
		TransferLapsed,
		/// The transfer has not expired yet.
		TransferNotExpired,
		/// More was received than was sent.
		ReceivedExceedsSent,
		/// The lot is already with this custodian at this facility.
		TransferToSelf,
		/// A split needs at least two pieces; a transform at least one output.
		TooFewOutputs,
		/// More outputs than `MaxOutputs`.
		TooManyOutputs,
		/// A merge needs at least two lots; a transform at least one input.
		TooFewInputs,
		/// More inputs than `MaxInputs`.
		TooManyInputs,
		/// The same lot is listed twice.
		DuplicateLot,
		/// The pieces do not add up to the lot's quantity.
		QuantityNotConserved,
		/// The lots are of different commodities.
		CommodityMismatch,
		/// The lots are at different facilities.
		FacilityMismatch,
		/// The lots have different owners.
		OwnerMismatch,
		/// This process cannot run at this kind of facility.
		ProcessNotAllowedAtFacility,
		/// The outputs contain more material than the inputs.
		OutputsExceedInputs,
		/// Outputs' contained material plus declared loss differ from the inputs'.
		MaterialNotConserved,
		/// The declared loss exceeds the process's bound.
		LossExceedsBound,
		/// The lot is already recalled.
		AlreadyRecalled,
		/// Only governance, a regulator, or the operator of the lot's origin mine (for a lot it
		/// still owns, or one created at its mine) may recall it.
		NotRecallAuthority,
		/// The referenced event is in a future block.
		EventInFuture,
		/// The lot is not quarantined.
		NotQuarantined,
		/// The account is not accredited for this scheme.
		IssuerNotAccredited,
		/// The certificate id is empty.
		EmptyCertificateId,
		/// The certificate id is longer than `MaxCertificateIdLen`.
		CertificateIdTooLong,
		/// The validity window is inverted or already over.
		InvalidValidityWindow,
		/// The subject already has `MaxAttestationsPerSubject` attestations, none of them revoked
		/// or expired.
		TooManyAttestations,
		/// No attestation has this id.
		AttestationNotFound,
		/// Only the attestation's issuer (or governance) may do this.
		NotAttestationIssuer,
		/// The attestation is not valid (suspended or revoked).
		AttestationNotValid,
		/// The attestation is not suspended.
		AttestationNotSuspended,
		/// The attestation is already revoked.
		AlreadyRevoked,
		/// The attestation was suspended by a higher authority (a regulator or governance), which
		/// alone may reinstate it.
		SuspendedByHigherAuthority,
		/// The lot was quarantined by governance, which alone may release it.
		QuarantinedByHigherAuthority,
		/// The scheme does not certify this commodity (e.g. the Kimberley Process and cobalt).
		SchemeNotForCommodity,
		/// The issuer already holds `MaxAttestationsPerIssuer` attestations in force about this
		/// subject.
		TooManyAttestationsFromIssuer,
		/// The facility is deactivated.
		FacilityInactive,
		/// Only the lot's owner may do this.
		NotOwner,
		/// The quantity exceeds `MaxMilligrams` (or `MaxCentiCarats` for diamonds).
		QuantityTooLarge,
		/// The lot is not recalled.
		NotRecalled,
		/// The claim queue is empty.
		NoClaimWork,
		/// The lot is pledged as backing (of an asset-registry instrument): it cannot be split,
		/// merged, transformed, transferred or consumed until the pledge is released.
		LotPledged,
		/// The lot is pledged already.
		AlreadyPledged,
		/// The lot is not pledged.
		NotPledged,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Continues claim recomputations and expires overdue transfers, within the weight left.
		fn on_idle(now: BlockNumberFor<T>, remaining_weight: Weight) -> Weight {
			Self::do_on_idle(now, remaining_weight)
		}

		fn integrity_test() {
			assert!(T::MaxInputs::get() >= 2, "MaxInputs must allow a merge of two lots");
			assert!(T::MaxOutputs::get() >= 2, "MaxOutputs must allow a split in two");
			assert!(T::MaxExternalIdLen::get() > 0, "MaxExternalIdLen must be positive");
			assert!(T::MaxGs1IdLen::get() > 0, "MaxGs1IdLen must be positive");
			assert!(T::MaxCertificateIdLen::get() > 0, "MaxCertificateIdLen must be positive");
			assert!(T::MaxAttestationsPerSubject::get() > 0, "MaxAttestationsPerSubject is zero");
			assert!(
				(1..=T::MaxAttestationsPerSubject::get())
					.contains(&T::MaxAttestationsPerIssuer::get()),
				"MaxAttestationsPerIssuer must be positive and at most MaxAttestationsPerSubject"
			);
			assert!(T::MaxMilligrams::get() > 0, "MaxMilligrams must be positive");
			assert!(T::MaxCentiCarats::get() > 0, "MaxCentiCarats must be positive");
			assert!(!T::TransferExpiry::get().is_zero(), "TransferExpiry must be positive");
			assert!(T::MaxDowngradesPerBlock::get() > 0, "MaxDowngradesPerBlock must be positive");
			assert!(T::MaxTraceNodes::get() > 0, "MaxTraceNodes must be positive");
			for bound in [
				T::MaxConcentrationLossBps::get(),
				T::MaxSmeltingLossBps::get(),
				T::MaxRefiningLossBps::get(),
				T::MaxManufacturingLossBps::get(),
				T::MaxCuttingLossBps::get(),
			] {
				assert!(bound <= BPS, "a loss bound exceeds 10_000 basis points");
			}
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grant `roles` to `who` in `jurisdiction` (adding to roles already held).
		///
		/// Origin: governance. Emits `RolesGranted`.
		/// Fails with `InvalidRoles`, `InvalidCountryCode`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant_roles())]
		pub fn grant_roles(
			origin: OriginFor<T>,
			who: T::AccountId,
			roles: Roles,
			jurisdiction: CountryCode,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_grant_roles(who, roles, jurisdiction)
		}

		/// Revoke `roles` from `who`; a party left without roles is removed.
		///
		/// Origin: governance. Emits `RolesRevoked`. Fails with `InvalidRoles`, `NotAParty`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke_roles())]
		pub fn revoke_roles(
			origin: OriginFor<T>,
			who: T::AccountId,
			roles: Roles,
		) -> DispatchResult {
			T::GovernanceOrigin::ensure_origin(origin)?;
			Self::do_revoke_roles(who, roles)
		}

		/// Accredit `issuer` to attest under `schemes` (replacing an earlier accreditation). The
		/// claims its attestations support are recomputed: an attestation certifies only while
		/// its issuer is accredited for its scheme.
		///
		/// Origin: governance (not a regulator). Emits `IssuerAccredited`, then
		/// `ClaimUpgraded` / `ClaimDowngraded` per lot. Fails with `InvalidSchemes`.
		#[pallet::call_index(2)]
		#[pallet::weight(
			T::WeightInfo::accredit_issuer().saturating_add(Pallet::<T>::claim_work_weight())
		)]
		pub fn accredit_issuer(
			origin: OriginFor<T>,
			issuer: T::AccountId,
			schemes: Schemes,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let steps = Self::do_accredit_issuer(issuer, schemes)?;
			Ok(Some(
				T::WeightInfo::accredit_issuer().saturating_add(Self::claim_steps_weight(steps)),
			)
			.into())
		}

		/// Withdraw `issuer`'s accreditation: its attestations stop certifying, and the claims
		/// they supported are recomputed (up to `MaxDowngradesPerBlock` lots now, the rest in
		/// `on_idle`).
		///
		/// Origin: governance (not a regulator). Emits `AccreditationWithdrawn`, then
		/// `ClaimDowngraded` per lot. Fails with `IssuerNotFound`.
		#[pallet::call_index(3)]
		#[pallet::weight(
			T::WeightInfo::withdraw_accreditation().saturating_add(Pallet::<T>::claim_work_weight())
		)]
		pub fn withdraw_accreditation(
			origin: OriginFor<T>,
			issuer: T::AccountId,
		) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let steps = Self::do_withdraw_accreditation(issuer)?;
			Ok(Some(
				T::WeightInfo::withdraw_accreditation()
					.saturating_add(Self::claim_steps_weight(steps)),
			)
			.into())
		}

		/// Register a facility operated by the caller.
		///
		/// Origin: a party with the operator role. Emits `FacilityRegistered`.
		/// Fails with `NotAParty`, `MissingRole`, `InvalidCountryCode`, `InvalidCoordinates`,
		/// `InvalidExternalId`, `ExternalIdTooLong`, `InvalidGln`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::register_facility())]
		pub fn register_facility(
			origin: OriginFor<T>,
			kind: FacilityKind,
			country: CountryCode,
			latitude: i32,
			longitude: i32,
			rmi_id: Option<Vec<u8>>,
			gln: Option<Gln>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_facility(who, kind, country, latitude, longitude, rmi_id, gln)
				.map(|_| ())
		}

		/// Create a lot at a mine the caller operates. The lot is certified when the mine holds an
		/// attestation valid now, whose issuer is accredited for its scheme and whose scheme
		/// certifies the commodity.
		///
		/// Origin: the mine's operator. Emits `LotCreated`.
		/// Fails with `NotAParty`, `MissingRole`, `FacilityNotFound`, `NotFacilityOperator`,
		/// `FacilityInactive`, `NotAMine`, `ZeroQuantity`, `QuantityTooLarge`, `InvalidGrade`,
		/// `InvalidGs1Id`, `Gs1IdTooLong`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::create_lot())]
		pub fn create_lot(
			origin: OriginFor<T>,
			facility: FacilityId,
			commodity: Commodity,
			quantity: u128,
			grade_ppm: u32,
			gs1_id: Option<Vec<u8>>,
			evidence: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_lot(who, facility, commodity, quantity, grade_ppm, gs1_id, evidence)
				.map(|_| ())
		}

		/// Propose to transfer custody and ownership of a lot to `to` at its facility
		/// `to_facility`. The lot is in transit until the receiver answers or the proposal expires.
		///
		/// Origin: the custodian, who must also be the owner and hold the operator role.
		/// Emits `TransferProposed`. Fails with `LotNotFound`, `NotCustodian`, `NotOwner`,
		/// `NotAParty`, `MissingRole`, `LotNotActive`, `LotFrozen`, `FacilityNotFound`,
		/// `NotFacilityOperator`, `FacilityInactive`, `TransferToSelf`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::propose_transfer())]
		pub fn propose_transfer(
			origin: OriginFor<T>,
			lot: LotId,
			to: T::AccountId,
			to_facility: FacilityId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_transfer(who, lot, TransferKind::Both, to, Some(to_facility))
		}

		/// Propose to move a lot into the custody of `to` at `to_facility`, its owner staying the
		/// same (toll processing, warehousing).
		///
		/// Origin: the custodian, holding the operator role. Emits `TransferProposed`.
		/// Fails as `propose_transfer`, except with `NotOwner`.
		#[pallet::call_index(28)]
		#[pallet::weight(T::WeightInfo::propose_transfer())]
		pub fn propose_custody_transfer(
			origin: OriginFor<T>,
			lot: LotId,
			to: T::AccountId,
			to_facility: FacilityId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_transfer(who, lot, TransferKind::Custody, to, Some(to_facility))
		}

		/// Propose to sell a lot to `to`: ownership moves when `to` accepts, custody and facility
		/// stay.
		///
		/// Origin: the owner, holding the operator role. Emits `TransferProposed`.
		/// Fails with `LotNotFound`, `NotOwner`, `NotAParty`, `MissingRole`, `LotNotActive`,
		/// `LotFrozen`, `TransferToSelf`.
		#[pallet::call_index(29)]
		#[pallet::weight(T::WeightInfo::propose_transfer())]
		pub fn propose_ownership_transfer(
			origin: OriginFor<T>,
			lot: LotId,
			to: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_transfer(who, lot, TransferKind::Ownership, to, None)
		}

		/// Accept a lot, recording the quantity actually received (at most what was sent; for an
		/// ownership transfer, the whole lot).
		///
		/// Origin: the receiver, holding the operator role. Emits `TransferAccepted`.
		/// Fails with `LotNotFound`, `NoPendingTransfer`, `NotReceiver`, `NotAParty`,
		/// `MissingRole`, `TransferLapsed`, `ZeroQuantity`, `ReceivedExceedsSent`,
		/// `QuantityNotConserved`, `NotFacilityOperator`, `FacilityInactive`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::accept_transfer())]
		pub fn accept_transfer(
			origin: OriginFor<T>,
			lot: LotId,
			received_quantity: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_transfer(who, lot, received_quantity)
		}

		/// Reject a proposed transfer; the lot stays with the sender.
		///
		/// Origin: the receiver. Emits `TransferRejected`.
		/// Fails with `LotNotFound`, `NoPendingTransfer`, `NotReceiver`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::reject_transfer())]
		pub fn reject_transfer(origin: OriginFor<T>, lot: LotId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reject_transfer(who, lot)
		}

		/// Cancel a proposed transfer.
		///
		/// Origin: the sender. Emits `TransferCancelled`.
		/// Fails with `LotNotFound`, `NoPendingTransfer`, `NotSender`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::cancel_transfer())]
		pub fn cancel_transfer(origin: OriginFor<T>, lot: LotId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel_transfer(who, lot)
		}

		/// Expire a transfer whose last block has passed (`on_idle` does this too).
		///
		/// Origin: anyone signed. Emits `TransferExpired`.
		/// Fails with `LotNotFound`, `NoPendingTransfer`, `TransferNotExpired`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::expire_transfer())]
		pub fn expire_transfer(origin: OriginFor<T>, lot: LotId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_transfer(lot)
		}

		/// Split a lot into pieces of the given quantities, which must add up to the lot's
		/// quantity exactly. The lot is consumed.
		///
		/// Origin: the custodian, holding the operator role. Emits `LotSplit`.
		/// Fails with `LotNotFound`, `NotCustodian`, `NotAParty`, `MissingRole`, `LotNotActive`,
		/// `LotFrozen`, `TooFewOutputs`,
		/// `TooManyOutputs`, `ZeroQuantity`, `QuantityNotConserved`, `ArithmeticError::Overflow`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::split(
			Pallet::<T>::weight_len(quantities.len(), T::MaxOutputs::get()),
		))]
		pub fn split(origin: OriginFor<T>, lot: LotId, quantities: Vec<u128>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_split(who, lot, quantities).map(|_| ())
		}

		/// Merge lots of one commodity, custodian, owner and facility into one. The quantity is
		/// the sum; the grade the quantity-weighted grade, rounded down. The inputs are consumed.
		///
		/// The contained material the rounding drops is recorded in the new lot's origin
		/// (`Merged { grade_rounding }`), so the parents' contained material is accounted for.
		///
		/// Origin: the custodian, holding the operator role. Emits `LotsMerged`.
		/// Fails with `TooFewInputs`, `TooManyInputs`, `DuplicateLot`, `LotNotFound`,
		/// `NotCustodian`, `NotAParty`, `MissingRole`, `LotNotActive`, `LotFrozen`,
		/// `CommodityMismatch`, `FacilityMismatch`, `OwnerMismatch`, `QuantityTooLarge`,
		/// `ArithmeticError::Overflow`.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::merge(
			Pallet::<T>::weight_len(lots.len(), T::MaxInputs::get()),
		))]
		pub fn merge(origin: OriginFor<T>, lots: Vec<LotId>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_merge(who, lots).map(|_| ())
		}

		/// Transform input lots into output lots of the same commodity by `process`, declaring the
		/// contained material lost. Σ outputs' contained + `declared_loss` must equal Σ inputs'
		/// contained (contained = quantity × grade / 10⁶, rounded down per lot), and the loss must
		/// stay within the process's bound. The inputs are consumed. Smelting and refining
		/// outputs are `Segregated` only when the facility holds a chain-of-custody attestation in
		/// force for the commodity (recorded as `custody`).
		///
		/// Origin: the custodian, holding the operator role. Emits `LotsTransformed`.
		/// Fails with `TooFewInputs`, `TooManyInputs`, `TooFewOutputs`, `TooManyOutputs`,
		/// `DuplicateLot`, `LotNotFound`, `NotCustodian`, `NotAParty`, `MissingRole`,
		/// `LotNotActive`, `LotFrozen`, `CommodityMismatch`, `FacilityMismatch`, `OwnerMismatch`,
		/// `FacilityNotFound`, `FacilityInactive`, `ProcessNotAllowedAtFacility`, `ZeroQuantity`,
		/// `QuantityTooLarge`, `InvalidGrade`, `OutputsExceedInputs`, `MaterialNotConserved`,
		/// `LossExceedsBound`.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::transform(
			Pallet::<T>::weight_len(inputs.len(), T::MaxInputs::get()),
			Pallet::<T>::weight_len(outputs.len(), T::MaxOutputs::get()),
		))]
		pub fn transform(
			origin: OriginFor<T>,
			inputs: Vec<LotId>,
			outputs: Vec<OutputSpec>,
			process: ProcessKind,
			declared_loss: u128,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transform(who, inputs, outputs, process, declared_loss).map(|_| ())
		}

		/// Record an observation (inspection, sampling, assay, …) on a lot.
		///
		/// Origin: an auditor, on any lot not consumed (quarantined and recalled lots included:
		/// inspecting held or recalled goods is an auditor's job); or the custodian, holding the
		/// operator role, on a lot active or in transit. Emits `LotObserved`.
		/// Fails with `LotNotFound`, `LotFrozen` (consumed; recalled, for the custodian),
		/// `LotNotActive` (quarantined, for the custodian), `NotCustodian`, `NotAParty`,
		/// `MissingRole`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::observe())]
		pub fn observe(
			origin: OriginFor<T>,
			lot: LotId,
			business_step: BusinessStep,
			disposition: Disposition,
			evidence: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_observe(who, lot, business_step, disposition, evidence)
		}

		/// Consume (retire) a lot: it is frozen for ever.
		///
		/// Origin: the custodian, holding the operator role. Emits `LotConsumed`.
		/// Fails with `LotNotFound`, `NotCustodian`, `NotAParty`, `MissingRole`, `LotNotActive`,
		/// `LotFrozen`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::consume())]
		pub fn consume(origin: OriginFor<T>, lot: LotId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_consume(who, lot)
		}

		/// Recall a lot (even one already consumed): its claim becomes `Unverified` and every
		/// descendant's claim is recomputed (up to `MaxDowngradesPerBlock` lots now, the rest in
		/// `on_idle`). An open transfer of the lot is cancelled. Governance may lift the recall.
		///
		/// Origin: governance, a regulator, or the operator of the lot's origin mine for a lot
		/// created at its mine or one it still owns (single origin mine).
		/// Emits `LotRecalled`, then `ClaimDowngraded` per lot.
		/// Fails with `LotNotFound`, `NotRecallAuthority`, `AlreadyRecalled`.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::recall().saturating_add(Pallet::<T>::claim_work_weight()))]
		pub fn recall(
			origin: OriginFor<T>,
			lot: LotId,
			reason: H256,
		) -> DispatchResultWithPostInfo {
			let by = Self::authority_or_signed(origin)?;
			let steps = Self::do_recall(by, lot, reason)?;
			Ok(Some(T::WeightInfo::recall().saturating_add(Self::claim_steps_weight(steps))).into())
		}

		/// Lift a recall (a mistaken one): the lot gets back the status it had (a transfer the
		/// recall cancelled stays cancelled) and its claim and its descendants' are recomputed.
		///
		/// Origin: governance. Emits `RecallLifted`, then `ClaimUpgraded` per lot.
		/// Fails with `LotNotFound`, `NotRecalled`.
		#[pallet::call_index(30)]
		#[pallet::weight(
			T::WeightInfo::lift_recall().saturating_add(Pallet::<T>::claim_work_weight())
		)]
		pub fn lift_recall(origin: OriginFor<T>, lot: LotId) -> DispatchResultWithPostInfo {
			T::GovernanceOrigin::ensure_origin(origin)?;
			let steps = Self::do_lift_recall(lot)?;
			Ok(Some(T::WeightInfo::lift_recall().saturating_add(Self::claim_steps_weight(steps)))
				.into())
		}

		/// Declare an earlier event erroneous, pointing at the hash of the correcting data
		/// (EPCIS error declaration).
		///
		/// Origin: a registered party. Emits `ErrorDeclared`. Fails with `NotAParty`,
		/// `EventInFuture`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::declare_error())]
		pub fn declare_error(
			origin: OriginFor<T>,
			event: EventRefOf<T>,
			correction: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_declare_error(who, event, correction)
		}

		/// Quarantine an active lot: no operation but an auditor's observation is accepted
		/// until it is released.
		///
		/// Origin: a regulator or governance. Emits `LotQuarantined`.
		/// Fails with `BadOrigin`, `LotNotFound`, `LotNotActive`, `LotFrozen`.
		#[pallet::call_index(18)]
		#[pallet::weight(T::WeightInfo::quarantine())]
		pub fn quarantine(origin: OriginFor<T>, lot: LotId, reason: H256) -> DispatchResult {
			let by = Self::ensure_authority(origin)?;
			Self::do_quarantine(by, lot, reason)
		}

		/// Release a quarantined lot.
		///
		/// Origin: a regulator or governance (governance alone for a lot governance
		/// quarantined). Emits `LotReleased`.
		/// Fails with `BadOrigin`, `LotNotFound`, `NotQuarantined`, `QuarantinedByHigherAuthority`.
		#[pallet::call_index(19)]
		#[pallet::weight(T::WeightInfo::release())]
		pub fn release(origin: OriginFor<T>, lot: LotId) -> DispatchResult {
			let by = Self::ensure_authority(origin)?;
			Self::do_release(by, lot)
		}

		/// Attest a facility or a lot under `scheme`, valid from `valid_from` to `valid_until`
		/// (block numbers, inclusive). When the subject's list is full, a revoked or expired
		/// attestation leaves it.
		///
		/// Origin: an issuer accredited for `scheme`. Emits `AttestationIssued`.
		/// Fails with `IssuerNotAccredited`, `EmptyCertificateId`, `CertificateIdTooLong`,
		/// `InvalidValidityWindow`, `FacilityNotFound`, `FacilityInactive`, `LotNotFound`,
		/// `SchemeNotForCommodity` (a lot of a commodity the scheme does not certify),
		/// `TooManyAttestationsFromIssuer`, `TooManyAttestations`.
		#[pallet::call_index(20)]
		#[pallet::weight(T::WeightInfo::attest())]
		pub fn attest(
			origin: OriginFor<T>,
			subject: Subject,
			scheme: Scheme,
			certificate_id: Vec<u8>,
			valid_from: BlockNumberFor<T>,
			valid_until: BlockNumberFor<T>,
			document_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_attest(
				who,
				subject,
				scheme,
				certificate_id,
				valid_from,
				valid_until,
				document_hash,
			)
			.map(|_| ())
		}

		/// Suspend a valid attestation; the lots it certified are downgraded. Who suspended is
		/// recorded: only the same authority or a higher one reinstates (issuer < regulator <
		/// governance).
		///
		/// Origin: the issuer, a regulator or governance. Emits `AttestationSuspended`, then
		/// `ClaimDowngraded` per lot. Fails with `AttestationNotFound`, `NotAttestationIssuer`,
		/// `AttestationNotValid`.
		#[pallet::call_index(21)]
		#[pallet::weight(
			T::WeightInfo::suspend_attestation().saturating_add(Pallet::<T>::claim_work_weight())
		)]
		pub fn suspend_attestation(
			origin: OriginFor<T>,
			attestation: AttestationId,
		) -> DispatchResultWithPostInfo {
			let by = Self::authority_or_signed(origin)?;
			let steps = Self::do_suspend_attestation(by, attestation)?;
			Ok(Some(
				T::WeightInfo::suspend_attestation()
					.saturating_add(Self::claim_steps_weight(steps)),
			)
			.into())
		}

		/// Reinstate a suspended attestation; the lots it certified regain their claims.
		///
		/// Origin: the issuer (for its own suspension), a regulator (for an issuer's or a
		/// regulator's) or governance (any). Emits `AttestationReinstated`, then `ClaimUpgraded`
		/// per lot. Fails with `AttestationNotFound`, `NotAttestationIssuer`,
		/// `AttestationNotSuspended`, `SuspendedByHigherAuthority`.
		#[pallet::call_index(22)]
		#[pallet::weight(
			T::WeightInfo::reinstate_attestation().saturating_add(Pallet::<T>::claim_work_weight())
		)]
		pub fn reinstate_attestation(
			origin: OriginFor<T>,
			attestation: AttestationId,
		) -> DispatchResultWithPostInfo {
			let by = Self::authority_or_signed(origin)?;
			let steps = Self::do_reinstate_attestation(by, attestation)?;
			Ok(Some(
				T::WeightInfo::reinstate_attestation()
					.saturating_add(Self::claim_steps_weight(steps)),
			)
			.into())
		}

		/// Revoke an attestation for ever; the lots it certified are downgraded.
		///
		/// Origin: the issuer or governance (a regulator suspends). Emits `AttestationRevoked`,
		/// then `ClaimDowngraded` per lot. Fails with `AttestationNotFound`,
		/// `NotAttestationIssuer`, `AlreadyRevoked`.
		#[pallet::call_index(23)]
		#[pallet::weight(
			T::WeightInfo::revoke_attestation().saturating_add(Pallet::<T>::claim_work_weight())
		)]
		pub fn revoke_attestation(
			origin: OriginFor<T>,
			attestation: AttestationId,
		) -> DispatchResultWithPostInfo {
			let by = Self::governance_or_signed(origin)?;
			let steps = Self::do_revoke_attestation(by, attestation)?;
			Ok(Some(
				T::WeightInfo::revoke_attestation().saturating_add(Self::claim_steps_weight(steps)),
			)
			.into())
		}

		/// Advance the claim queue by up to `max_steps` lots (at most `MaxDowngradesPerBlock`),
		/// for when `on_idle` has no weight to spare.
		///
		/// Origin: anyone signed. Emits `ClaimDowngraded` / `ClaimUpgraded` per lot.
		/// Fails with `NoClaimWork`.
		#[pallet::call_index(24)]
		#[pallet::weight(
			Pallet::<T>::claim_steps_weight((*max_steps).min(T::MaxDowngradesPerBlock::get()))
		)]
		pub fn process_claim_queue(
			origin: OriginFor<T>,
			max_steps: u32,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			ensure!(Self::pending_claim_work() > 0, Error::<T>::NoClaimWork);
			let steps = Self::process_claim_work(max_steps.min(T::MaxDowngradesPerBlock::get()));
			Ok(Some(Self::claim_steps_weight(steps)).into())
		}

		/// Update a facility's location and external ids (its kind never changes).
		///
		/// Origin: the facility's operator, holding the operator role. Emits `FacilityUpdated`.
		/// Fails with `FacilityNotFound`, `NotFacilityOperator`, `NotAParty`, `MissingRole`,
		/// `FacilityInactive`, `InvalidCountryCode`, `InvalidCoordinates`, `InvalidExternalId`,
		/// `ExternalIdTooLong`, `InvalidGln`.
		#[pallet::call_index(25)]
		#[pallet::weight(T::WeightInfo::update_facility())]
		pub fn update_facility(
			origin: OriginFor<T>,
			facility: FacilityId,
			country: CountryCode,
			latitude: i32,
			longitude: i32,
			rmi_id: Option<Vec<u8>>,
			gln: Option<Gln>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_facility(who, facility, country, latitude, longitude, rmi_id, gln)
		}

		/// Deactivate a facility for good: it creates, receives and processes no more lots and
		/// takes no new attestation; lots there may still leave.
		///
		/// Origin: its operator, a regulator or governance. Emits `FacilityDeactivated`.
		/// Fails with `FacilityNotFound`, `NotFacilityOperator`, `FacilityInactive`.
		#[pallet::call_index(26)]
		#[pallet::weight(T::WeightInfo::deactivate_facility())]
		pub fn deactivate_facility(origin: OriginFor<T>, facility: FacilityId) -> DispatchResult {
			let by = Self::authority_or_signed(origin)?;
			Self::do_deactivate_facility(by, facility)
		}

		/// Hand a facility to another operator (a sale of a mine or a plant).
		///
		/// Origin: its operator. Emits `FacilityOperatorChanged`.
		/// Fails with `FacilityNotFound`, `NotFacilityOperator`, `FacilityInactive`,
		/// `TransferToSelf`, `NotAParty`, `MissingRole` (the new operator needs the role).
		#[pallet::call_index(27)]
		#[pallet::weight(T::WeightInfo::transfer_facility())]
		pub fn transfer_facility(
			origin: OriginFor<T>,
			facility: FacilityId,
			to: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer_facility(who, facility, to)
		}
	}
}
