//! End to end: cobalt from two mines, one RMAP-certified, through a trader, a smelter and a
//! refiner into a battery manufacturer's product; then the certificate is revoked.

use crate::{mock::*, types::*, Event};
use frame_support::assert_ok;
use std::collections::BTreeSet;

#[test]
fn cobalt_from_two_mines_to_a_battery() {
	new_test_ext(|| {
		let mine_a = facility(MINER_A, FacilityKind::Mine);
		let mine_b = facility(MINER_B, FacilityKind::Mine);
		let trade = facility(TRADER, FacilityKind::Trader);
		let smelter = facility(SMELTER, FacilityKind::Smelter);
		let refinery = facility(REFINER, FacilityKind::Refiner);
		let plant = facility(MAKER, FacilityKind::Manufacturer);
		let rmap = certify(mine_a);

		// Mine A: 600 kg of ore at 10 % cobalt, certified. Mine B: 400 kg at 15 %, not.
		let ore_a = mined(MINER_A, mine_a, Commodity::Cobalt, 600_000_000, 100_000);
		let ore_b = mined(MINER_B, mine_b, Commodity::Cobalt, 400_000_000, 150_000);
		assert_eq!(lot(ore_a).claim(), Claim::Segregated);
		assert_eq!(lot(ore_b).claim(), Claim::Unverified);

		// The trader receives both; 20 kg of B's ore is lost on the road.
		deliver(ore_a, TRADER, trade);
		assert_ok!(Provenance::propose_transfer(signed(MINER_B), ore_b, TRADER, trade));
		assert_ok!(Provenance::accept_transfer(signed(TRADER), ore_b, 380_000_000));
		assert_eq!(lot(ore_b).loss, 20_000_000);

		// Blend: Σ q×g = 600e6 × 100_000 + 380e6 × 150_000 = 6.0e13 + 5.7e13 = 1.17e14;
		// grade = ⌊1.17e14 / 980e6⌋ = 119_387 ppm (remainder 1.17e14 − 980e6 × 119_387 = 740e6);
		// certified share = ⌊10_000 × 6.0e13 / 1.17e14⌋ = ⌊5_128.2…⌋ = 5_128 bps.
		assert_ok!(Provenance::merge(signed(TRADER), vec![ore_a, ore_b]));
		let blend = 2;
		assert_eq!((lot(blend).quantity, lot(blend).grade_ppm), (980_000_000, 119_387));
		assert!(matches!(last_event(), Event::LotsMerged { grade_rounding: 740_000_000, .. }));
		assert_eq!(lot(blend).claim(), Claim::MassBalance(5_128));

		// Smelting: 116_999_260 mg contained in; 115 kg at 99.8 % = 114_770_000 out;
		// 2_229_260 lost (1.9 %, within 5 %).
		deliver(blend, SMELTER, smelter);
		assert_ok!(Provenance::transform(
			signed(SMELTER),
			vec![blend],
			vec![OutputSpec { quantity: 115_000_000, grade_ppm: 998_000 }],
			ProcessKind::Smelting,
			2_229_260,
		));
		let metal = 3;

		// Refining: 114 kg at 99.98 % = 113_977_200 out; 792_800 lost (0.69 %, within 2 %).
		deliver(metal, REFINER, refinery);
		assert_ok!(Provenance::transform(
			signed(REFINER),
			vec![metal],
			vec![OutputSpec { quantity: 114_000_000, grade_ppm: 999_800 }],
			ProcessKind::Refining,
			792_800,
		));
		let refined = 4;

		// The battery maker takes 100 kg into one tonne of cells at 9.9 % cobalt:
		// 99_980_000 in, 99_000_000 out, 980_000 lost (0.98 %, within 5 %).
		deliver(refined, MAKER, plant);
		assert_ok!(Provenance::split(signed(MAKER), refined, vec![100_000_000, 14_000_000]));
		let (batch, spare) = (5, 6);
		assert_ok!(Provenance::transform(
			signed(MAKER),
			vec![batch],
			vec![OutputSpec { quantity: 1_000_000_000, grade_ppm: 99_000 }],
			ProcessKind::Manufacturing,
			980_000,
		));
		let cells = 7;

		// Single-parent steps keep the blend's share all the way down.
		for id in [blend, metal, refined, batch, spare, cells] {
			assert_eq!(Provenance::claim_of(id), Some(Claim::MassBalance(5_128)), "lot {id}");
		}
		assert_eq!(lot(cells).certified_share_bps, 5_128);

		// Traced back, the product reaches both mines.
		let lineage = Provenance::trace_back(cells, 32, 100);
		let lots: BTreeSet<LotId> = lineage.iter().map(|node| node.lot).collect();
		assert_eq!(lots, BTreeSet::from([cells, batch, refined, metal, blend, ore_a, ore_b]));
		let mines: BTreeSet<FacilityId> = lineage
			.iter()
			.filter_map(|node| match node.origin {
				LotOrigin::Mined { mine, .. } => Some(mine),
				_ => None,
			})
			.collect();
		assert_eq!(mines, BTreeSet::from([mine_a, mine_b]));
		assert_eq!(lineage.iter().map(|node| node.depth).max(), Some(5));
		// ⌊10_000 × 6.0/11.7⌋ from A and ⌊10_000 × 5.7/11.7⌋ from B.
		assert_eq!(Provenance::origin_summary(cells), vec![(mine_a, 5_128), (mine_b, 4_871)]);
		// Forward from mine A's ore, the trace reaches the product.
		let forward: BTreeSet<LotId> =
			Provenance::trace_forward(ore_a, 32, 100).iter().map(|node| node.lot).collect();
		assert_eq!(forward, BTreeSet::from([ore_a, blend, metal, refined, batch, spare, cells]));

		// The RMAP certificate of mine A is revoked: every descendant of its ore is downgraded,
		// three lots at once and the rest in on_idle.
		let before = provenance_events().len();
		assert_ok!(Provenance::revoke_attestation(signed(ISSUER), rmap));
		let downgraded = || -> Vec<(LotId, Claim, Claim)> {
			provenance_events()
				.into_iter()
				.skip(before)
				.filter_map(|event| match event {
					Event::ClaimDowngraded { lot, previous, current } => {
						Some((lot, previous, current))
					},
					_ => None,
				})
				.collect()
		};
		assert_eq!(downgraded().len(), 3);
		assert!(Provenance::pending_claim_work() > 0);
		assert_eq!(Provenance::claim_of(cells), Some(Claim::MassBalance(5_128)));

		let blocks = drain_claim_queue();
		assert!(blocks >= 1);
		let mass_balance = Claim::MassBalance(5_128);
		assert_eq!(
			downgraded(),
			vec![
				(ore_a, Claim::Segregated, Claim::Unverified),
				(blend, mass_balance, Claim::Unverified),
				(metal, mass_balance, Claim::Unverified),
				(refined, mass_balance, Claim::Unverified),
				(batch, mass_balance, Claim::Unverified),
				(spare, mass_balance, Claim::Unverified),
				(cells, mass_balance, Claim::Unverified),
			]
		);
		for id in [ore_a, ore_b, blend, metal, refined, batch, spare, cells] {
			assert_eq!(Provenance::claim_of(id), Some(Claim::Unverified), "lot {id}");
		}
		// The history is intact: the product still traces to both mines.
		assert_eq!(Provenance::trace_back(cells, 32, 100).len(), 7);
	});
}
