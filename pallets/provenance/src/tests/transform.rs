//! Transformations: contained material conserved up to a declared, bounded loss.

use crate::{mock::*, types::*, Error, Event};
use frame_support::{assert_noop, assert_ok};

struct Setup {
	mine: FacilityId,
	smelter: FacilityId,
	/// 1_000_000 mg at 100_000 ppm: 100_000 mg contained, at the smelter.
	ore: LotId,
}

fn setup() -> Setup {
	let mine = facility(MINER_A, FacilityKind::Mine);
	let smelter = facility(SMELTER, FacilityKind::Smelter);
	let ore = mined(MINER_A, mine, Commodity::Cobalt, 1_000_000, 100_000);
	deliver(ore, SMELTER, smelter);
	Setup { mine, smelter, ore }
}

fn out(quantity: u128, grade_ppm: u32) -> OutputSpec {
	OutputSpec { quantity, grade_ppm }
}

fn smelt(inputs: Vec<LotId>, outputs: Vec<OutputSpec>, loss: u128) -> sp_runtime::DispatchResult {
	Provenance::transform(signed(SMELTER), inputs, outputs, ProcessKind::Smelting, loss)
}

#[test]
fn smelting_conserves_contained_material_up_to_the_declared_loss() {
	new_test_ext(|| {
		let Setup { smelter, ore, .. } = setup();
		// 49_000 + 47_040 contained out, 3_960 lost: 3.96 % of 100_000, within 5 %.
		let outputs = vec![out(50_000, 980_000), out(48_000, 980_000)];
		assert_ok!(smelt(vec![ore], outputs.clone(), 3_960));

		assert_eq!(lot(ore).status, LotStatus::Consumed);
		assert_eq!(lot(ore).children.to_vec(), vec![1, 2]);
		for (id, spec) in [(1, outputs[0]), (2, outputs[1])] {
			let metal = lot(id);
			assert_eq!((metal.quantity, metal.grade_ppm), (spec.quantity, spec.grade_ppm));
			assert_eq!(metal.parents.to_vec(), vec![ore]);
			assert_eq!(
				metal.origin,
				LotOrigin::Transformed {
					process: ProcessKind::Smelting,
					declared_loss: 3_960,
					custody: None,
				}
			);
			assert_eq!((metal.custodian, metal.facility), (SMELTER, smelter));
			assert_eq!(metal.commodity, Commodity::Cobalt);
		}
		assert_eq!(
			last_event(),
			Event::LotsTransformed {
				inputs: vec![ore].try_into().expect("fits"),
				outputs: vec![(1, outputs[0]), (2, outputs[1])].try_into().expect("fits"),
				commodity: Commodity::Cobalt,
				process: ProcessKind::Smelting,
				declared_loss: 3_960,
				custody: None,
				facility: smelter,
				custodian: SMELTER,
				claim: Claim::Unverified,
			}
		);
	});
}

#[test]
fn many_inputs_to_many_outputs_link_every_pair() {
	new_test_ext(|| {
		let Setup { mine, smelter, ore } = setup();
		let concentrate = mined(MINER_A, mine, Commodity::Cobalt, 500_000, 200_000);
		deliver(concentrate, SMELTER, smelter);
		// 200_000 contained in; 99_000 + 79_200 + 19_800 = 198_000 out; 2_000 lost (1 %).
		let outputs = vec![out(100_000, 990_000), out(80_000, 990_000), out(20_000, 990_000)];
		assert_ok!(smelt(vec![ore, concentrate], outputs, 2_000));
		for input in [ore, concentrate] {
			assert_eq!(lot(input).children.to_vec(), vec![2, 3, 4]);
		}
		for output in [2, 3, 4] {
			assert_eq!(lot(output).parents.to_vec(), vec![ore, concentrate]);
		}
	});
}

#[test]
fn outputs_exceeding_inputs_are_rejected() {
	new_test_ext(|| {
		let Setup { ore, .. } = setup();
		// 120_000 contained out of 100_000.
		assert_noop!(
			smelt(vec![ore], vec![out(200_000, 600_000)], 0),
			Error::<Test>::OutputsExceedInputs
		);
	});
}

#[test]
fn undeclared_or_overdeclared_loss_is_rejected() {
	new_test_ext(|| {
		let Setup { ore, .. } = setup();
		let outputs = vec![out(50_000, 980_000), out(48_000, 980_000)];
		assert_noop!(smelt(vec![ore], outputs.clone(), 3_959), Error::<Test>::MaterialNotConserved);
		assert_noop!(smelt(vec![ore], outputs.clone(), 3_961), Error::<Test>::MaterialNotConserved);
		assert_noop!(smelt(vec![ore], outputs, 0), Error::<Test>::MaterialNotConserved);
	});
}

#[test]
fn loss_is_bounded_per_process() {
	new_test_ext(|| {
		let Setup { ore, .. } = setup();
		// 6 % lost: beyond smelting's 5 %.
		assert_noop!(
			smelt(vec![ore], vec![out(100_000, 940_000)], 6_000),
			Error::<Test>::LossExceedsBound
		);
		// Exactly 5 % is allowed.
		assert_ok!(smelt(vec![ore], vec![out(100_000, 950_000)], 5_000));
	});
}

#[test]
fn the_process_must_suit_the_facility() {
	new_test_ext(|| {
		let Setup { mine, ore, .. } = setup();
		assert_noop!(
			Provenance::transform(
				signed(SMELTER),
				vec![ore],
				vec![out(100_000, 990_000)],
				ProcessKind::Manufacturing,
				1_000,
			),
			Error::<Test>::ProcessNotAllowedAtFacility
		);
		let raw = mined(MINER_A, mine, Commodity::Cobalt, 1_000, 100_000);
		assert_noop!(
			Provenance::transform(
				signed(MINER_A),
				vec![raw],
				vec![out(900, 100_000)],
				ProcessKind::Smelting,
				10,
			),
			Error::<Test>::ProcessNotAllowedAtFacility
		);
		// Concentrating ore at the mine: 1_000 mg at 10 % into 400 mg at 24 % (96 of 100 kept).
		assert_ok!(Provenance::transform(
			signed(MINER_A),
			vec![raw],
			vec![out(400, 240_000)],
			ProcessKind::Concentration,
			4,
		));
	});
}

#[test]
fn input_and_output_counts_are_bounded() {
	new_test_ext(|| {
		let Setup { ore, .. } = setup();
		let one = vec![out(100_000, 990_000)];
		assert_noop!(smelt(vec![], one.clone(), 1_000), Error::<Test>::TooFewInputs);
		assert_noop!(smelt(vec![ore], vec![], 100_000), Error::<Test>::TooFewOutputs);
		assert_noop!(smelt(vec![0, 1, 2, 3, 4], one.clone(), 1_000), Error::<Test>::TooManyInputs);
		assert_noop!(
			smelt(vec![ore], vec![out(20_000, 990_000); 5], 1_000),
			Error::<Test>::TooManyOutputs
		);
		assert_noop!(smelt(vec![ore, ore], one, 1_000), Error::<Test>::DuplicateLot);
	});
}

#[test]
fn outputs_are_validated() {
	new_test_ext(|| {
		let Setup { ore, .. } = setup();
		assert_noop!(
			smelt(vec![ore], vec![out(0, 990_000), out(100_000, 990_000)], 1_000),
			Error::<Test>::ZeroQuantity
		);
		assert_noop!(
			smelt(vec![ore], vec![out(100_000, 1_000_001)], 0),
			Error::<Test>::InvalidGrade
		);
	});
}

#[test]
fn inputs_must_be_one_commodity_held_by_the_caller() {
	new_test_ext(|| {
		let Setup { mine, smelter, ore } = setup();
		let tin = mined(MINER_A, mine, Commodity::Tin, 1_000, 500_000);
		deliver(tin, SMELTER, smelter);
		assert_noop!(
			smelt(vec![ore, tin], vec![out(100_000, 990_000)], 1_000),
			Error::<Test>::CommodityMismatch
		);
		assert_noop!(
			Provenance::transform(
				signed(TRADER),
				vec![ore],
				vec![out(100_000, 990_000)],
				ProcessKind::Smelting,
				1_000,
			),
			Error::<Test>::NotCustodian
		);
		assert_noop!(
			smelt(vec![ore, 77], vec![out(100_000, 990_000)], 1_000),
			Error::<Test>::LotNotFound
		);
	});
}
