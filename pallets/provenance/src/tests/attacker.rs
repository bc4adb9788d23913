//! The pallet tried the way an attacker would: random sequences of every provenance call, by
//! random callers, on random lots, facilities and attestations, with quantities, grades and
//! bounds at and around their edges. After every call the storage invariants hold, and a call
//! that fails changes nothing (not even an event).
//!
//! `LODE_ATTACK_SEQUENCES` (default 10_000, split over four tests that run in parallel) sets how
//! many sequences of `CALLS_PER_SEQUENCE` calls run, `LODE_ATTACK_SEED` the first seed (sequence
//! `n` uses seed + n); a failure prints the seed that reproduces it (run it alone with
//! `LODE_ATTACK_SEED=<seed> LODE_ATTACK_SEQUENCES=1`).

use crate::{mock::*, types::*, Lots, NextAttestationId, NextFacilityId, NextLotId};
use frame_support::traits::Hooks;
use sp_core::H256;
use sp_runtime::StateVersion;

/// splitmix64: small, fast and good enough to pick test cases.
struct Rng(u64);

impl Rng {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}
	fn below(&mut self, bound: u64) -> u64 {
		if bound == 0 {
			0
		} else {
			self.next() % bound
		}
	}
	fn chance(&mut self, percent: u64) -> bool {
		self.below(100) < percent
	}
	fn pick<T: Clone>(&mut self, items: &[T]) -> T {
		items[self.below(items.len() as u64) as usize].clone()
	}
}

/// The callers: every endowed account of the mock.
const ACCOUNTS: [AccountId; 13] = ENDOWED;
const COMMODITIES: [Commodity; 6] = [
	Commodity::Cobalt,
	Commodity::Tin,
	Commodity::Tantalum,
	Commodity::Tungsten,
	Commodity::Gold,
	Commodity::Diamond,
];
const KINDS: [FacilityKind; 7] = [
	FacilityKind::Mine,
	FacilityKind::Trader,
	FacilityKind::Exporter,
	FacilityKind::Smelter,
	FacilityKind::Refiner,
	FacilityKind::Manufacturer,
	FacilityKind::Warehouse,
];
const PROCESSES: [ProcessKind; 5] = [
	ProcessKind::Concentration,
	ProcessKind::Smelting,
	ProcessKind::Refining,
	ProcessKind::Manufacturing,
	ProcessKind::Cutting,
];
const SCHEMES: [Scheme; 6] =
	[Scheme::Rmap, Scheme::Kp, Scheme::Itsci, Scheme::Lbma, Scheme::Rjc, Scheme::Audit];

struct Attacker {
	rng: Rng,
}

impl Attacker {
	fn origin(&mut self) -> RuntimeOrigin {
		if self.rng.chance(8) {
			root()
		} else {
			signed(self.rng.pick(&ACCOUNTS))
		}
	}

	/// A lot id: mostly existing, sometimes one past the end.
	fn lot(&mut self) -> LotId {
		self.rng.below(NextLotId::<Test>::get() + 1)
	}
	fn facility(&mut self) -> FacilityId {
		self.rng.below(NextFacilityId::<Test>::get() + 1)
	}
	fn attestation(&mut self) -> AttestationId {
		self.rng.below(NextAttestationId::<Test>::get() + 1)
	}

	/// A lot with an open transfer, most of the time.
	fn pending_lot(&mut self) -> LotId {
		let pending: Vec<LotId> = crate::PendingTransfers::<Test>::iter_keys().collect();
		if pending.is_empty() || self.rng.chance(20) {
			self.lot()
		} else {
			self.rng.pick(&pending)
		}
	}

	/// Up to `count` lots that could go into one merge or transform: active, of one custodian,
	/// owner, facility and commodity, most of the time.
	fn batch(&mut self, count: u64) -> Vec<LotId> {
		let active: Vec<_> =
			Lots::<Test>::iter_values().filter(|lot| lot.status == LotStatus::Active).collect();
		if active.is_empty() || self.rng.chance(20) {
			return (0..count).map(|_| self.lot()).collect();
		}
		let first = self.rng.pick(&active);
		let mut batch: Vec<LotId> = active
			.iter()
			.filter(|lot| {
				lot.custodian == first.custodian
					&& lot.owner == first.owner
					&& lot.facility == first.facility
					&& lot.commodity == first.commodity
			})
			.map(|lot| lot.id)
			.take(count as usize)
			.collect();
		batch.sort_by_key(|_| self.rng.next());
		batch
	}

	/// A facility of `kind`, most of the time.
	fn facility_of_kind(&mut self, kind: FacilityKind) -> FacilityId {
		let matching: Vec<FacilityId> = crate::Facilities::<Test>::iter()
			.filter(|(_, facility)| facility.kind == kind)
			.map(|(id, _)| id)
			.collect();
		if matching.is_empty() || self.rng.chance(20) {
			self.facility()
		} else {
			self.rng.pick(&matching)
		}
	}

	/// The origin of whoever holds, owns or should act on `lot`, most of the time.
	fn actor_of(&mut self, lot: LotId) -> RuntimeOrigin {
		match Lots::<Test>::get(lot) {
			Some(record) if self.rng.chance(75) => {
				signed(if self.rng.chance(80) { record.custodian } else { record.owner })
			},
			_ => self.origin(),
		}
	}

	fn quantity(&mut self, unit: Unit) -> u128 {
		let bound = match unit {
			Unit::Milligram => MaxMilligrams::get(),
			Unit::CentiCarat => MaxCentiCarats::get(),
		};
		match self.rng.below(16) {
			0 => 0,
			1 => 1,
			2 => bound,
			3 => bound + 1,
			4 => u128::MAX,
			5 => bound - 1,
			_ => u128::from(self.rng.below(1_000_000) + 1),
		}
	}

	fn grade(&mut self) -> u32 {
		match self.rng.below(10) {
			0 => 0,
			1 => 1,
			2 => PPM,
			3 => PPM + 1,
			_ => self.rng.below(u64::from(PPM)) as u32 + 1,
		}
	}

	/// Pieces of `total`: usually adding up, sometimes not.
	fn pieces(&mut self, total: u128) -> Vec<u128> {
		let count = self.rng.below(6) as usize;
		if total < count as u128 || count == 0 || self.rng.chance(20) {
			return (0..count).map(|_| self.quantity(Unit::Milligram)).collect();
		}
		let mut left = total;
		let mut pieces = Vec::new();
		for remaining in (1..count).rev() {
			let most = left - remaining as u128;
			let piece = 1 + u128::from(self.rng.next()) % most.max(1);
			let piece = piece.min(most);
			pieces.push(piece);
			left -= piece;
		}
		pieces.push(left);
		pieces
	}

	/// Outputs and a declared loss for a transform of `inputs`: usually conserving contained
	/// material within a random loss, sometimes anything.
	fn outputs(&mut self, inputs: &[LotId]) -> (Vec<OutputSpec>, u128) {
		let lots: Vec<_> = inputs.iter().filter_map(Lots::<Test>::get).collect();
		let contained: u128 = lots
			.iter()
			.map(|lot| lot.quantity.saturating_mul(u128::from(lot.grade_ppm)) / 1_000_000)
			.sum();
		if lots.is_empty() || contained == 0 || self.rng.chance(20) {
			let count = self.rng.below(6) as usize;
			let outputs = (0..count)
				.map(|_| OutputSpec {
					quantity: self.quantity(Unit::Milligram),
					grade_ppm: self.grade(),
				})
				.collect();
			return (outputs, u128::from(self.rng.below(1_000)));
		}
		// One output at grade 1_000_000: contained = quantity.
		let loss = match self.rng.below(4) {
			0 => 0,
			1 => contained / 100,
			2 => contained / 10,
			_ => u128::from(self.rng.next()) % contained,
		};
		let kept = contained - loss;
		if kept == 0 {
			return (vec![OutputSpec { quantity: 1, grade_ppm: 0 }], contained);
		}
		(vec![OutputSpec { quantity: kept, grade_ppm: PPM }], loss)
	}

	fn roles(&mut self) -> Roles {
		Roles { operator: self.rng.chance(60), auditor: self.rng.chance(40) }
	}

	fn schemes(&mut self) -> Schemes {
		let mut schemes = Schemes::default();
		for scheme in SCHEMES {
			if self.rng.chance(40) {
				schemes = schemes.with(scheme);
			}
		}
		schemes
	}

	fn country(&mut self) -> CountryCode {
		CountryCode(self.rng.pick(&[*b"CD", *b"RW", *b"cd", *b"C1", *b"CN"]))
	}

	/// One random call; returns its name and result.
	fn step(&mut self) -> (&'static str, sp_runtime::DispatchResult) {
		let hash = H256::repeat_byte(self.rng.below(256) as u8);
		let now = System::block_number();
		let result = |r: sp_runtime::DispatchResultWithInfo<
			frame_support::dispatch::PostDispatchInfo,
		>| { r.map(|_| ()).map_err(|e| e.error) };
		match self.rng.below(33) {
			0 => ("grant_roles", {
				let (origin, who, roles, country) =
					(self.origin(), self.rng.pick(&ACCOUNTS), self.roles(), self.country());
				Provenance::grant_roles(origin, who, roles, country)
			}),
			1 => ("revoke_roles", {
				let (origin, who, roles) = (self.origin(), self.rng.pick(&ACCOUNTS), self.roles());
				Provenance::revoke_roles(origin, who, roles)
			}),
			2 => ("accredit_issuer", {
				let (origin, who, schemes) =
					(self.origin(), self.rng.pick(&ACCOUNTS), self.schemes());
				result(Provenance::accredit_issuer(origin, who, schemes))
			}),
			3 => ("withdraw_accreditation", {
				let (origin, who) = (self.origin(), self.rng.pick(&ACCOUNTS));
				result(Provenance::withdraw_accreditation(origin, who))
			}),
			4 | 5 => ("register_facility", {
				let origin = self.origin();
				let kind = self.rng.pick(&KINDS);
				let country = self.country();
				let latitude = self.rng.pick(&[0, 90_000_000, -90_000_001, 1_234_567]);
				let rmi = self.rng.pick(&[
					None,
					Some(vec![]),
					Some(vec![b'C'; 16]),
					Some(vec![b'C'; 17]),
				]);
				let gln = self.rng.pick(&[
					None,
					Some(Gln(*b"5412345000013")),
					Some(Gln(*b"5412345000012")),
				]);
				Provenance::register_facility(origin, kind, country, latitude, 0, rmi, gln)
			}),
			6 => ("update_facility", {
				let (origin, facility, country) = (self.origin(), self.facility(), self.country());
				Provenance::update_facility(origin, facility, country, 1, -1, None, None)
			}),
			7 => ("deactivate_facility", {
				let (origin, facility) = (self.origin(), self.facility());
				Provenance::deactivate_facility(origin, facility)
			}),
			8 => ("transfer_facility", {
				let (origin, facility, to) =
					(self.origin(), self.facility(), self.rng.pick(&ACCOUNTS));
				Provenance::transfer_facility(origin, facility, to)
			}),
			9..=11 => ("create_lot", {
				let facility = self.facility_of_kind(FacilityKind::Mine);
				let origin = match crate::Facilities::<Test>::get(facility) {
					Some(record) if self.rng.chance(80) => signed(record.operator),
					_ => self.origin(),
				};
				let commodity = self.rng.pick(&COMMODITIES);
				let quantity = self.quantity(commodity.unit());
				let grade = self.grade();
				let gs1 = self.rng.pick(&[
					None,
					None,
					None,
					Some(vec![]),
					Some(vec![b'9'; 32]),
					Some(vec![b'9'; 33]),
				]);
				Provenance::create_lot(origin, facility, commodity, quantity, grade, gs1, hash)
			}),
			12 => ("propose_transfer", {
				let (lot, to, facility) = (self.lot(), self.rng.pick(&ACCOUNTS), self.facility());
				let origin = self.actor_of(lot);
				let to = crate::Facilities::<Test>::get(facility)
					.filter(|_| self.rng.chance(70))
					.map_or(to, |record| record.operator);
				match self.rng.below(3) {
					0 => Provenance::propose_transfer(origin, lot, to, facility),
					1 => Provenance::propose_custody_transfer(origin, lot, to, facility),
					_ => Provenance::propose_ownership_transfer(origin, lot, to),
				}
			}),
			13 | 14 => ("accept_transfer", {
				let lot = self.pending_lot();
				let pending = crate::PendingTransfers::<Test>::get(lot);
				let origin = match &pending {
					Some(transfer) if self.rng.chance(80) => signed(transfer.to),
					_ => self.origin(),
				};
				let received = match pending {
					Some(transfer) if self.rng.chance(70) => {
						transfer.sent - u128::from(self.rng.below(2)).min(transfer.sent)
					},
					_ => self.quantity(Unit::Milligram),
				};
				Provenance::accept_transfer(origin, lot, received)
			}),
			15 => ("reject_transfer", {
				let lot = self.pending_lot();
				let origin = match crate::PendingTransfers::<Test>::get(lot) {
					Some(transfer) if self.rng.chance(70) => signed(transfer.to),
					_ => self.origin(),
				};
				Provenance::reject_transfer(origin, lot)
			}),
			16 => ("cancel_transfer", {
				let lot = self.pending_lot();
				let origin = match crate::PendingTransfers::<Test>::get(lot) {
					Some(transfer) if self.rng.chance(70) => signed(transfer.from),
					_ => self.origin(),
				};
				Provenance::cancel_transfer(origin, lot)
			}),
			17 => ("expire_transfer", {
				let (origin, lot) = (self.origin(), self.pending_lot());
				Provenance::expire_transfer(origin, lot)
			}),
			18 | 19 => ("split", {
				let lot = self.lot();
				let origin = self.actor_of(lot);
				let total = Lots::<Test>::get(lot).map_or(10, |record| record.quantity);
				let pieces = self.pieces(total);
				Provenance::split(origin, lot, pieces)
			}),
			20 => ("merge", {
				let count = self.rng.below(6);
				let lots = self.batch(count);
				let origin = self.actor_of(lots.first().copied().unwrap_or_default());
				Provenance::merge(origin, lots)
			}),
			21 | 22 => ("transform", {
				let count = self.rng.below(4);
				let inputs = self.batch(count);
				let origin = self.actor_of(inputs.first().copied().unwrap_or_default());
				let (outputs, loss) = self.outputs(&inputs);
				// Mostly a process the inputs' facility may run.
				let at = inputs
					.first()
					.and_then(Lots::<Test>::get)
					.and_then(|lot| crate::Facilities::<Test>::get(lot.facility));
				let allowed: Vec<ProcessKind> = PROCESSES
					.into_iter()
					.filter(|process| at.as_ref().is_some_and(|f| process.allowed_at(f.kind)))
					.collect();
				let process = if allowed.is_empty() || self.rng.chance(20) {
					self.rng.pick(&PROCESSES)
				} else {
					self.rng.pick(&allowed)
				};
				Provenance::transform(origin, inputs, outputs, process, loss)
			}),
			23 => ("observe", {
				let lot = self.lot();
				let origin = if self.rng.chance(40) { signed(AUDITOR) } else { self.actor_of(lot) };
				Provenance::observe(
					origin,
					lot,
					BusinessStep::Inspecting,
					Disposition::Active,
					hash,
				)
			}),
			24 => ("consume", {
				let lot = self.lot();
				let origin = self.actor_of(lot);
				Provenance::consume(origin, lot)
			}),
			25 => ("recall", {
				let lot = self.lot();
				let origin = if self.rng.chance(50) { self.actor_of(lot) } else { self.origin() };
				result(Provenance::recall(origin, lot, hash))
			}),
			26 => ("lift_recall", {
				let (origin, lot) = (self.origin(), self.lot());
				result(Provenance::lift_recall(origin, lot))
			}),
			27 => ("quarantine or release", {
				let (origin, lot) = (self.origin(), self.lot());
				if self.rng.chance(50) {
					Provenance::quarantine(origin, lot, hash)
				} else {
					Provenance::release(origin, lot)
				}
			}),
			28 | 29 => ("attest", {
				let issuer = self.rng.pick(&[ISSUER, ISSUER_2, ISSUER_2, STRANGER]);
				let subject = if self.rng.chance(75) {
					Subject::Facility(self.facility())
				} else {
					Subject::Lot(self.lot())
				};
				let scheme = self.rng.pick(&SCHEMES);
				let certificate = self.rng.pick(&[vec![], vec![b'R'; 16], vec![b'R'; 17]]);
				let from = now.saturating_sub(self.rng.below(3));
				let until = self.rng.pick(&[now - 1, now, now + 5, now + 1_000]);
				Provenance::attest(signed(issuer), subject, scheme, certificate, from, until, hash)
			}),
			30 => ("suspend, reinstate or revoke", {
				let id = self.attestation();
				let origin = match crate::Attestations::<Test>::get(id) {
					Some(attestation) if self.rng.chance(50) => signed(attestation.issuer),
					_ => self.origin(),
				};
				result(match self.rng.below(3) {
					0 => Provenance::suspend_attestation(origin, id),
					1 => Provenance::reinstate_attestation(origin, id),
					_ => Provenance::revoke_attestation(origin, id),
				})
			}),
			31 => ("declare_error or process_claim_queue", {
				let origin = self.origin();
				if self.rng.chance(50) {
					let event = EventRef { block: now + self.rng.below(2), index: 0 };
					Provenance::declare_error(origin, event, hash)
				} else {
					let steps = self.rng.pick(&[0, 1, 2, u32::MAX]);
					result(Provenance::process_claim_queue(origin, steps))
				}
			}),
			_ => ("next block", {
				let next = now + self.rng.pick(&[1, 1, 1, 11]);
				System::set_block_number(next);
				let weight = self.rng.pick(&[
					frame_support::weights::Weight::MAX,
					frame_support::weights::Weight::from_parts(60_000_000, 10_000),
					frame_support::weights::Weight::zero(),
				]);
				Provenance::on_idle(next, weight);
				Ok(())
			}),
		}
	}
}

thread_local! {
	/// Calls made and calls that succeeded, by name: printed with `LODE_ATTACK_STATS=1`, to see
	/// that sequences reach deep states rather than failing at the door.
	static STATS: core::cell::RefCell<std::collections::BTreeMap<&'static str, (u64, u64)>> =
		Default::default();
}

fn run_sequence(seed: u64, calls: usize) {
	let mut attacker = Attacker { rng: Rng(seed) };
	ExtBuilder::default().build().execute_with(|| {
		// A little prepared ground so that sequences reach deep states quickly.
		let mine = facility(MINER_A, FacilityKind::Mine);
		certify(mine);
		facility(TRADER, FacilityKind::Trader);
		facility(SMELTER, FacilityKind::Smelter);
		mined(MINER_A, mine, Commodity::Cobalt, 1_000_000, 100_000);
		for index in 0..calls {
			let root_before = sp_io::storage::root(StateVersion::V1);
			let (call, outcome) = attacker.step();
			STATS.with(|stats| {
				let mut stats = stats.borrow_mut();
				let entry = stats.entry(call).or_default();
				entry.0 += 1;
				entry.1 += u64::from(outcome.is_ok());
			});
			if let Err(error) = outcome {
				assert_eq!(
					sp_io::storage::root(StateVersion::V1),
					root_before,
					"seed {seed}: call {index} ({call}) failed with {error:?} but changed storage"
				);
			}
			let checked = Provenance::do_try_state();
			assert!(
				checked.is_ok(),
				"seed {seed}: after call {index} ({call}, {outcome:?}): {checked:?}"
			);
		}
		drain_claim_queue();
		let checked = Provenance::do_try_state();
		assert!(checked.is_ok(), "seed {seed}: after draining the claim queue: {checked:?}");
	});
}

/// Runs this test's quarter of the sequences (the four quarters run in parallel).
fn run_quarter(quarter: u64) {
	let sequences: u64 = std::env::var("LODE_ATTACK_SEQUENCES")
		.ok()
		.and_then(|value| value.parse().ok())
		.unwrap_or(10_000);
	let first_seed: u64 = std::env::var("LODE_ATTACK_SEED")
		.ok()
		.and_then(|value| value.parse().ok())
		.unwrap_or(0x10DE);
	for n in (quarter..sequences).step_by(4) {
		run_sequence(first_seed.wrapping_add(n), CALLS_PER_SEQUENCE);
	}
	if std::env::var("LODE_ATTACK_STATS").is_ok() {
		STATS.with(|stats| {
			for (call, (made, succeeded)) in stats.borrow().iter() {
				println!("quarter {quarter}: {call}: {succeeded} of {made} succeeded");
			}
		});
	}
}

/// Calls in one sequence, after the prepared ground.
const CALLS_PER_SEQUENCE: usize = 25;

#[test]
fn random_call_sequences_keep_every_invariant_and_failed_calls_change_nothing_1() {
	run_quarter(0)
}

#[test]
fn random_call_sequences_keep_every_invariant_and_failed_calls_change_nothing_2() {
	run_quarter(1)
}

#[test]
fn random_call_sequences_keep_every_invariant_and_failed_calls_change_nothing_3() {
	run_quarter(2)
}

#[test]
fn random_call_sequences_keep_every_invariant_and_failed_calls_change_nothing_4() {
	run_quarter(3)
}
