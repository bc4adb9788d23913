//! The LODE token: balances and transaction fees.

use crate::{
	AccountId, Balance, Balances, Runtime, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason,
	EXISTENTIAL_DEPOSIT, MICRO_UNIT, MILLI_UNIT,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::{Balanced, Credit},
		ConstU128, ConstU32, ConstU8, Imbalance, OnUnbalanced, VariantCountOf,
	},
	weights::{
		constants::ExtrinsicBaseWeight, ConstantMultiplier, WeightToFeeCoefficient,
		WeightToFeeCoefficients, WeightToFeePolynomial,
	},
};
use pallet_transaction_payment::{FungibleAdapter, Multiplier, TargetedFeeAdjustment};
use sp_runtime::{FixedPointNumber, Perbill, Perquintill};

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = frame_system::Pallet<Runtime>;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fees double in about a day of blocks more than a quarter full, and fall back as fast.
	pub const TargetBlockFullness: Perquintill = Perquintill::from_percent(25);
	/// How quickly the multiplier follows congestion (the value Polkadot uses).
	pub AdjustmentVariable: Multiplier = Multiplier::saturating_from_rational(75, 1_000_000);
	/// Fees never fall below a tenth of their base.
	pub MinimumMultiplier: Multiplier = Multiplier::saturating_from_rational(1, 10u128);
	/// Nor rise without bound.
	pub MaximumMultiplier: Multiplier = Multiplier::saturating_from_integer(100_000u128);
}

/// Prices weight: the base weight of an extrinsic costs [`BASE_EXTRINSIC_FEE`] (0.001 LODE),
/// and weight above it proportionally (a balance transfer pays about 0.009 LODE in all, weight
/// and bytes: README, *Fees and deposits*).
pub struct WeightToFee;

impl WeightToFeePolynomial for WeightToFee {
	type Balance = Balance;
	fn polynomial() -> WeightToFeeCoefficients<Balance> {
		let base = Balance::from(ExtrinsicBaseWeight::get().ref_time());
		let mut coefficients = WeightToFeeCoefficients::new();
		coefficients.push(WeightToFeeCoefficient {
			degree: 1,
			negative: false,
			coeff_frac: Perbill::from_rational(BASE_EXTRINSIC_FEE % base, base),
			coeff_integer: BASE_EXTRINSIC_FEE / base,
		});
		coefficients
	}
}

/// What the base weight of an extrinsic costs: 0.001 LODE.
pub const BASE_EXTRINSIC_FEE: Balance = MILLI_UNIT;

/// Prices bytes: 0.00001 LODE per byte of extrinsic, 10.49 LODE per MiB, so that filling blocks
/// with data costs what it takes (a 1 MiB `system.remark` costs over a thousand transfers).
pub type LengthToFee = ConstantMultiplier<Balance, ConstU128<{ 10 * MICRO_UNIT }>>;

/// Fees and tips of a block: 80 % of the fee and all of the tip go to its author (the miner on
/// proof-of-work chains, the BABE author on the others); 20 % of the fee is burned, so that even
/// an author filling its own blocks pays for the space.
pub struct DealWithFees;

/// Share of a fee that goes to the block author, in percent; the rest is burned.
pub const AUTHOR_FEE_SHARE: u32 = 80;

impl OnUnbalanced<Credit<AccountId, Balances>> for DealWithFees {
	fn on_unbalanceds(mut fees_then_tips: impl Iterator<Item = Credit<AccountId, Balances>>) {
		let Some(fees) = fees_then_tips.next() else { return };
		let (mut to_author, burned) = fees.ration(AUTHOR_FEE_SHARE, 100 - AUTHOR_FEE_SHARE);
		drop(burned);
		for tip in fees_then_tips {
			tip.merge_into(&mut to_author);
		}
		if let Some(author) = pallet_authorship::Pallet::<Runtime>::author() {
			// An author account that cannot take it (below the existential deposit) burns it.
			let _ = <Balances as Balanced<AccountId>>::resolve(&author, to_author);
		}
	}
}

/// How the fee multiplier follows block fullness.
pub type FeeMultiplierUpdate = TargetedFeeAdjustment<
	Runtime,
	TargetBlockFullness,
	AdjustmentVariable,
	MinimumMultiplier,
	MaximumMultiplier,
>;

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, DealWithFees>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = WeightToFee;
	type LengthToFee = LengthToFee;
	type FeeMultiplierUpdate = FeeMultiplierUpdate;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}
