//! Tokens and instruments: `pallet-assets` for payment tokens (a regulated bank's EUR token),
//! and the asset registry's bonds, equities, derivatives and contracts, which pay their
//! coupons, redemptions and dividends in native LODE or such a token.

use super::notary::ProvenanceLots;
use crate::{
	configs::{Governance, RuntimeBlockWeights},
	deposit, AccountId, Assets, Balance, Balances, Runtime, RuntimeEvent, RuntimeHoldReason,
	Timestamp,
};
use codec::{Compact, MaxEncodedLen};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{NativeFromLeft, NativeOrWithId, UnionOf},
		AsEnsureOriginWithArg, ConstU32,
	},
	weights::Weight,
	PalletId,
};
use frame_system::{EnsureSigned, EnsureSignedBy};
use pallet_asset_registry::{Document, Instrument};

/// A payment asset of the asset registry: native LODE, or a `pallet-assets` token by id.
pub type PaymentAsset = NativeOrWithId<u32>;

/// Native LODE and every `pallet-assets` token through one `fungibles` interface.
pub type Payments = UnionOf<Balances, Assets, NativeFromLeft, PaymentAsset, AccountId>;

parameter_types! {
	/// Creating a token holds one item and its details' bytes.
	pub const AssetDeposit: Balance = deposit(1, 210);
	/// Each account of a token (for non-sufficient tokens) holds one item.
	pub const AssetAccountDeposit: Balance = deposit(1, 16);
	/// A token's metadata holds one item, plus its bytes.
	pub const MetadataDepositBase: Balance = deposit(1, 68);
	pub const MetadataDepositPerByte: Balance = deposit(0, 1);
	/// An approval of a token holds one item.
	pub const ApprovalDeposit: Balance = deposit(1, 48);
}

impl pallet_assets::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Balance = Balance;
	type RemoveItemsLimit = ConstU32<1_000>;
	type AssetId = u32;
	type AssetIdParameter = Compact<u32>;
	type ReserveData = ();
	type Currency = Balances;
	/// Anyone may create a token, holding `AssetDeposit`; governance may force-create,
	/// force-transfer and mark a token sufficient.
	type CreateOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type ForceOrigin = Governance;
	type AssetDeposit = AssetDeposit;
	type AssetAccountDeposit = AssetAccountDeposit;
	type MetadataDepositBase = MetadataDepositBase;
	type MetadataDepositPerByte = MetadataDepositPerByte;
	type ApprovalDeposit = ApprovalDeposit;
	type StringLimit = ConstU32<50>;
	type Freezer = ();
	type Holder = ();
	type Extra = ();
	type CallbackHandle = ();
	type AssetIdAllocator = ();
	type WeightInfo = pallet_assets::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = ();
}

/// The longest instrument, share-class or document name, in bytes.
pub const MAX_NAME_LEN: u32 = 64;
/// The longest document URI, in bytes.
pub const MAX_URI_LEN: u32 = 256;

parameter_types! {
	/// The pot's account: it holds funded, unpaid payments and claimable shares.
	pub const AssetRegistryPalletId: PalletId = PalletId(*b"lode/reg");
	/// A quarter of a block's weight is for corporate actions (record dates, then payments to
	/// holders); the rest stays for transactions.
	pub ActionWeight: Weight = RuntimeBlockWeights::get().max_block / 4;
	/// An instrument holds one item and its record's fixed bytes, ...
	pub InstrumentDeposit: Balance =
		deposit(1, u32::try_from(Instrument::<Runtime>::max_encoded_len()).unwrap_or(u32::MAX));
	/// ... a document version one item and its record's fixed bytes, ...
	pub DocumentDeposit: Balance =
		deposit(1, u32::try_from(Document::<Runtime>::max_encoded_len()).unwrap_or(u32::MAX));
	/// ... and each byte of name, symbol, identifier and URI once more.
	pub const AssetRegistryDepositPerByte: Balance = deposit(0, 1);
	/// A pending settlement holds one item and its legs' bytes (the most legs).
	pub SettlementDeposit: Balance = deposit(
		1,
		u32::try_from(pallet_asset_registry::SettlementRecord::<Runtime>::max_encoded_len())
			.unwrap_or(u32::MAX),
	);
	/// A claim holds one item and its record's bytes, with its key.
	pub ClaimDeposit: Balance = deposit(1, 48 + 32 + 32 + 8);
}

impl pallet_asset_registry::Config for Runtime {
	type WeightInfo = crate::weights::pallet_asset_registry::WeightInfo<Runtime>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AssetId = PaymentAsset;
	type Payments = Payments;
	type Time = Timestamp;
	type PalletId = AssetRegistryPalletId;
	type ActionWeight = ActionWeight;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkToken;
	type MaxOpenActions = ConstU32<8>;
	/// Each regulator (a member of `Regulators`) freezes accounts and suspends instruments in
	/// its own name.
	type RegulatorOrigin = EnsureSignedBy<crate::Regulators, AccountId>;
	type Lots = ProvenanceLots;
	/// Lots are pledged in the provenance pallet, which then refuses every change to them.
	type BackingLots = crate::Provenance;
	type MaxBackingLots = ConstU32<64>;
	type InstrumentDeposit = InstrumentDeposit;
	type DocumentDeposit = DocumentDeposit;
	type DepositPerByte = AssetRegistryDepositPerByte;
	type MaxNameLen = ConstU32<MAX_NAME_LEN>;
	type MaxSymbolLen = ConstU32<12>;
	type MaxSchemeLen = ConstU32<16>;
	type MaxIdentifierLen = ConstU32<64>;
	type MaxUriLen = ConstU32<MAX_URI_LEN>;
	type MaxShareClasses = ConstU32<8>;
	type MaxParties = ConstU32<16>;
	/// A century of monthly coupons.
	type MaxCoupons = ConstU32<1_200>;
	type MaxReasonLen = ConstU32<256>;
	type MaxClaimRules = ConstU32<8>;
	type ClaimDeposit = ClaimDeposit;
	type MaxBooks = ConstU32<16>;
	type MaxLegs = ConstU32<16>;
	type SettlementDeposit = SettlementDeposit;
}

/// The benchmarks' payment token: created (sufficient, minimum balance 1) on first use.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkToken;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_asset_registry::BenchmarkHelper<PaymentAsset, AccountId> for BenchmarkToken {
	fn payment_asset() -> PaymentAsset {
		const TOKEN: u32 = 0xBE4C;
		if !pallet_assets::Asset::<Runtime>::contains_key(TOKEN) {
			let owner: AccountId = frame_benchmarking::account("token owner", 0, 0);
			let _ = Assets::force_create(
				frame_system::RawOrigin::Root.into(),
				TOKEN.into(),
				sp_runtime::MultiAddress::Id(owner),
				true,
				1,
			);
		}
		NativeOrWithId::WithId(TOKEN)
	}

	fn backing_lot(owner: &AccountId) -> u64 {
		pallet_provenance::benchmarking::a_lot_owned_by::<Runtime>(owner)
			.expect("the provenance benchmarks make a lot and pass its ownership")
	}
}
