//! Benchmarks of the provenance pallet, each in its worst case.

use super::*;
use crate::{functions::Caller, Pallet as Provenance};
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::traits::Saturating;

const GLN: Gln = Gln(*b"5412345000013");

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn governance<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::GovernanceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// Funds `who` for a thousand deposits of every kind.
fn fund<T: Config>(who: &T::AccountId) {
	use frame_support::traits::fungible::{Inspect, Mutate};
	let deposits = [
		T::FacilityDeposit::get(),
		T::LotDeposit::get(),
		T::AttestationDeposit::get(),
		T::ObservationDeposit::get(),
		T::TransferDeposit::get(),
		T::Currency::minimum_balance(),
	]
	.into_iter()
	.fold(BalanceOf::<T>::from(0u32), |sum, amount| sum.saturating_add(amount));
	T::Currency::set_balance(who, deposits.saturating_mul(1_000u32.into()));
}

/// A registered party holding every role, funded for its deposits.
fn party<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	fund::<T>(&who);
	Parties::<T>::insert(&who, Party { roles: Roles::ALL, jurisdiction: CountryCode(*b"CD") });
	who
}

/// A facility of `kind` run by `operator`, with the longest external id.
fn facility_of<T: Config>(
	operator: &T::AccountId,
	kind: FacilityKind,
) -> Result<FacilityId, BenchmarkError> {
	let rmi_id = vec![b'C'; T::MaxExternalIdLen::get() as usize];
	Ok(Provenance::<T>::do_register_facility(
		operator.clone(),
		kind,
		CountryCode(*b"CD"),
		-10_700_000,
		25_500_000,
		Some(rmi_id),
		Some(GLN),
	)?)
}

/// A lot of `quantity` at grade 1_000_000 ppm created at `mine`.
fn lot_at<T: Config>(
	miner: &T::AccountId,
	mine: FacilityId,
	quantity: u128,
) -> Result<LotId, BenchmarkError> {
	Ok(Provenance::<T>::do_create_lot(
		miner.clone(),
		mine,
		Commodity::Cobalt,
		quantity,
		1_000_000,
		None,
		H256::repeat_byte(1),
	)?)
}

/// A lot mined at a mine of its own, for the benchmarks of pallets that need a lot to exist
/// (the notary's anchors about a lot).
pub fn a_lot<T: Config>() -> Result<LotId, BenchmarkError> {
	let miner = party::<T>("lot-miner");
	let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
	lot_at::<T>(&miner, mine, 1_000_000)
}

/// A lot mined by another party whose ownership passed to `owner` (now a party with every
/// role), for the benchmarks of pallets that pledge lots (the asset registry's backing).
pub fn a_lot_owned_by<T: Config>(owner: &T::AccountId) -> Result<LotId, BenchmarkError> {
	let lot = a_lot::<T>()?;
	let miner = Lots::<T>::get(lot).ok_or(BenchmarkError::Stop("the lot was not made"))?.owner;
	Parties::<T>::insert(owner, Party { roles: Roles::ALL, jurisdiction: CountryCode(*b"CD") });
	Provenance::<T>::do_propose_transfer(miner, lot, TransferKind::Ownership, owner.clone(), None)?;
	Provenance::<T>::do_accept_transfer(owner.clone(), lot, 1_000_000)?;
	Ok(lot)
}

/// An accredited issuer (the `index`-th) and a valid attestation of `facility` by it.
fn attestation_by<T: Config>(
	facility: FacilityId,
	index: u32,
) -> Result<(T::AccountId, AttestationId), BenchmarkError> {
	let issuer: T::AccountId = account("issuer", index, 0);
	fund::<T>(&issuer);
	Issuers::<T>::insert(&issuer, Schemes::ALL);
	let now = frame_system::Pallet::<T>::block_number();
	let id = Provenance::<T>::do_attest(
		issuer.clone(),
		Subject::Facility(facility),
		Scheme::Rmap,
		vec![b'R'; T::MaxCertificateIdLen::get() as usize],
		now,
		now + 1_000u32.into(),
		H256::repeat_byte(2),
	)?;
	Ok((issuer, id))
}

/// An accredited issuer and a valid attestation of `facility` by it.
fn attestation_of<T: Config>(
	facility: FacilityId,
) -> Result<(T::AccountId, AttestationId), BenchmarkError> {
	attestation_by::<T>(facility, 0)
}

/// A miner with a mine, and a trader with a trading post.
fn miner_and_trader<T: Config>(
) -> Result<(T::AccountId, FacilityId, T::AccountId, FacilityId), BenchmarkError> {
	let miner = party::<T>("miner");
	let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
	let trader = party::<T>("trader");
	let post = facility_of::<T>(&trader, FacilityKind::Trader)?;
	Ok((miner, mine, trader, post))
}

/// A lot in transit from the miner to the trader.
fn lot_in_transit<T: Config>() -> Result<(T::AccountId, T::AccountId, LotId), BenchmarkError> {
	let (miner, mine, trader, post) = miner_and_trader::<T>()?;
	let lot = lot_at::<T>(&miner, mine, 1_000_000)?;
	Provenance::<T>::do_propose_transfer(
		miner.clone(),
		lot,
		TransferKind::Both,
		trader.clone(),
		Some(post),
	)?;
	Ok((miner, trader, lot))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn grant_roles() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let who = party::<T>("party");
		Parties::<T>::insert(
			&who,
			Party { roles: Roles::AUDITOR, jurisdiction: CountryCode(*b"CD") },
		);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Roles::OPERATOR, CountryCode(*b"RW"));

		assert_eq!(Parties::<T>::get(&who).map(|party| party.roles), Some(Roles::ALL));
		Ok(())
	}

	#[benchmark]
	fn revoke_roles() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let who = party::<T>("party");

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone(), Roles::OPERATOR);

		assert_eq!(Parties::<T>::get(&who).map(|party| party.roles), Some(Roles::AUDITOR));
		Ok(())
	}

	#[benchmark]
	fn accredit_issuer() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let issuer: T::AccountId = account("issuer", 0, 0);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone(), Schemes::ALL);

		assert_eq!(Issuers::<T>::get(&issuer), Some(Schemes::ALL));
		Ok(())
	}

	/// The issuer's one attestation certified one lot: the issuer's and the attestation's work
	/// are queued, and the first steps taken (the rest is counted per step, `recompute_claim`).
	#[benchmark]
	fn withdraw_accreditation() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let (issuer, _) = attestation_of::<T>(mine)?;
		lot_at::<T>(&miner, mine, 1_000)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, issuer.clone());

		assert!(!Issuers::<T>::contains_key(&issuer));
		Ok(())
	}

	#[benchmark]
	fn register_facility() {
		let operator = party::<T>("operator");
		let rmi_id = vec![b'C'; T::MaxExternalIdLen::get() as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			FacilityKind::Smelter,
			CountryCode(*b"CN"),
			31_230_400,
			121_473_700,
			Some(rmi_id),
			Some(GLN),
		);

		assert!(Facilities::<T>::contains_key(0));
	}

	/// The mine holds the most attestations, the valid one last: every one is read.
	#[benchmark]
	fn create_lot() -> Result<(), BenchmarkError> {
		let miner = party::<T>("miner");
		let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
		let attestations = T::MaxAttestationsPerSubject::get();
		let mut last = 0;
		for index in 0..attestations {
			let (issuer, id) = attestation_by::<T>(mine, index)?;
			Provenance::<T>::do_suspend_attestation(Caller::Signed(issuer), id)?;
			last = id;
		}
		Attestations::<T>::mutate(last, |attestation| {
			if let Some(attestation) = attestation {
				attestation.status = AttestationStatus::Valid;
				attestation.suspended_by = None;
			}
		});
		let gs1_id = vec![b'9'; T::MaxGs1IdLen::get() as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(miner),
			mine,
			Commodity::Cobalt,
			1_000_000u128,
			100_000u32,
			Some(gs1_id),
			H256::repeat_byte(1),
		);

		let lot = Lots::<T>::get(0).ok_or("lot not created")?;
		assert_eq!(lot.claim(), Claim::Segregated);
		Ok(())
	}

	#[benchmark]
	fn propose_transfer() -> Result<(), BenchmarkError> {
		let (miner, mine, trader, post) = miner_and_trader::<T>()?;
		let lot = lot_at::<T>(&miner, mine, 1_000_000)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(miner), lot, trader, post);

		assert!(PendingTransfers::<T>::contains_key(lot));
		Ok(())
	}

	#[benchmark]
	fn accept_transfer() -> Result<(), BenchmarkError> {
		let (_, trader, lot) = lot_in_transit::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(trader.clone()), lot, 999_000u128);

		let lot = Lots::<T>::get(lot).ok_or("lot missing")?;
		assert_eq!((lot.custodian, lot.loss), (trader, 1_000));
		Ok(())
	}

	#[benchmark]
	fn reject_transfer() -> Result<(), BenchmarkError> {
		let (_, trader, lot) = lot_in_transit::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(trader), lot);

		assert!(!PendingTransfers::<T>::contains_key(lot));
		Ok(())
	}

	#[benchmark]
	fn cancel_transfer() -> Result<(), BenchmarkError> {
		let (miner, _, lot) = lot_in_transit::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(miner), lot);

		assert!(!PendingTransfers::<T>::contains_key(lot));
		Ok(())
	}

	#[benchmark]
	fn expire_transfer() -> Result<(), BenchmarkError> {
		let (_, _, lot) = lot_in_transit::<T>()?;
		let expires_at = PendingTransfers::<T>::get(lot).ok_or("no transfer")?.expires_at;
		frame_system::Pallet::<T>::set_block_number(expires_at + 1u32.into());
		let anyone: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), lot);

		assert!(!PendingTransfers::<T>::contains_key(lot));
		Ok(())
	}

	#[benchmark]
	fn split(n: Linear<2, { T::MaxOutputs::get() }>) -> Result<(), BenchmarkError> {
		let miner = party::<T>("miner");
		let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
		let lot = lot_at::<T>(&miner, mine, u128::from(n) * 1_000)?;
		let pieces = vec![1_000u128; n as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(miner), lot, pieces);

		assert_eq!(Lots::<T>::get(lot).ok_or("lot missing")?.children.len(), n as usize);
		Ok(())
	}

	#[benchmark]
	fn merge(n: Linear<2, { T::MaxInputs::get() }>) -> Result<(), BenchmarkError> {
		let miner = party::<T>("miner");
		let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
		let lots =
			(0..n).map(|_| lot_at::<T>(&miner, mine, 1_000)).collect::<Result<Vec<_>, _>>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(miner), lots);

		assert_eq!(
			Lots::<T>::get(u64::from(n)).ok_or("merged lot missing")?.quantity,
			u128::from(n) * 1_000
		);
		Ok(())
	}

	#[benchmark]
	fn transform(
		i: Linear<1, { T::MaxInputs::get() }>,
		o: Linear<1, { T::MaxOutputs::get() }>,
	) -> Result<(), BenchmarkError> {
		let miner = party::<T>("miner");
		let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
		let smelter = party::<T>("smelter");
		let works = facility_of::<T>(&smelter, FacilityKind::Smelter)?;
		let mut inputs = Vec::new();
		for _ in 0..i {
			let lot = lot_at::<T>(&miner, mine, 1_000_000)?;
			Provenance::<T>::do_propose_transfer(
				miner.clone(),
				lot,
				TransferKind::Both,
				smelter.clone(),
				Some(works),
			)?;
			Provenance::<T>::do_accept_transfer(smelter.clone(), lot, 1_000_000)?;
			inputs.push(lot);
		}
		// Grade 1_000_000 everywhere: contained = quantity, so the outputs conserve it exactly.
		let total = u128::from(i) * 1_000_000;
		let each = total / u128::from(o);
		let mut outputs = vec![OutputSpec { quantity: each, grade_ppm: 1_000_000 }; o as usize];
		if let Some(first) = outputs.first_mut() {
			first.quantity += total - each * u128::from(o);
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(smelter), inputs, outputs, ProcessKind::Smelting, 0u128);

		assert_eq!(NextLotId::<T>::get(), u64::from(i) + u64::from(o));
		Ok(())
	}

	/// An auditor, not the custodian: the party is read too.
	#[benchmark]
	fn observe() -> Result<(), BenchmarkError> {
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let lot = lot_at::<T>(&miner, mine, 1_000)?;
		let auditor = party::<T>("auditor");

		#[extrinsic_call]
		_(
			RawOrigin::Signed(auditor),
			lot,
			BusinessStep::Assaying,
			Disposition::Conformant,
			H256::repeat_byte(3),
		);

		assert!(LastObservation::<T>::contains_key(lot));
		Ok(())
	}

	#[benchmark]
	fn consume() -> Result<(), BenchmarkError> {
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let lot = lot_at::<T>(&miner, mine, 1_000)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(miner), lot);

		assert_eq!(Lots::<T>::get(lot).ok_or("lot missing")?.status, LotStatus::Consumed);
		Ok(())
	}

	/// A lot in transit recalled by its mine's operator: the transfer is closed and the lot's
	/// claim recomputed (one queue step, counted in `recall`).
	#[benchmark]
	fn recall() -> Result<(), BenchmarkError> {
		let (miner, _, lot) = lot_in_transit::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(miner), lot, H256::repeat_byte(4));

		assert_eq!(Lots::<T>::get(lot).ok_or("lot missing")?.status, LotStatus::Recalled);
		Ok(())
	}

	#[benchmark]
	fn declare_error() {
		let who = party::<T>("party");
		let event = EventRef { block: frame_system::Pallet::<T>::block_number(), index: 7 };

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), event, H256::repeat_byte(5));

		assert_last_event::<T>(Event::ErrorDeclared {
			declarer: who,
			event,
			correction: H256::repeat_byte(5),
		});
	}

	#[benchmark]
	fn quarantine() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let lot = lot_at::<T>(&miner, mine, 1_000)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lot, H256::repeat_byte(6));

		assert_eq!(Lots::<T>::get(lot).ok_or("lot missing")?.status, LotStatus::Quarantined);
		Ok(())
	}

	#[benchmark]
	fn release() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let lot = lot_at::<T>(&miner, mine, 1_000)?;
		Provenance::<T>::do_quarantine(Actor::Governance, lot, H256::repeat_byte(6))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lot);

		assert_eq!(Lots::<T>::get(lot).ok_or("lot missing")?.status, LotStatus::Active);
		Ok(())
	}

	/// The facility's list is full and only its last attestation is revoked: every one is read
	/// before the revoked one makes room.
	#[benchmark]
	fn attest() -> Result<(), BenchmarkError> {
		let (_, mine, _, _) = miner_and_trader::<T>()?;
		let mut last = None;
		for index in 0..T::MaxAttestationsPerSubject::get() {
			last = Some(attestation_by::<T>(mine, index)?);
		}
		let (issuer, spent) = last.ok_or("MaxAttestationsPerSubject is zero")?;
		Attestations::<T>::mutate(spent, |attestation| {
			if let Some(attestation) = attestation {
				attestation.status = AttestationStatus::Revoked;
			}
		});
		let now = frame_system::Pallet::<T>::block_number();
		let certificate_id = vec![b'R'; T::MaxCertificateIdLen::get() as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer),
			Subject::Facility(mine),
			Scheme::Rmap,
			certificate_id,
			now,
			now + 1_000u32.into(),
			H256::repeat_byte(2),
		);

		let list = FacilityAttestations::<T>::get(mine);
		assert_eq!(list.len() as u32, T::MaxAttestationsPerSubject::get());
		assert!(!list.contains(&spent));
		Ok(())
	}

	/// The attestation certified one lot: it is queued and recomputed (one queue step).
	#[benchmark]
	fn suspend_attestation() -> Result<(), BenchmarkError> {
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let (issuer, id) = attestation_of::<T>(mine)?;
		lot_at::<T>(&miner, mine, 1_000)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);

		assert_eq!(
			Attestations::<T>::get(id).ok_or("attestation missing")?.status,
			AttestationStatus::Suspended
		);
		Ok(())
	}

	#[benchmark]
	fn reinstate_attestation() -> Result<(), BenchmarkError> {
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let (issuer, id) = attestation_of::<T>(mine)?;
		lot_at::<T>(&miner, mine, 1_000)?;
		Provenance::<T>::do_suspend_attestation(Caller::Signed(issuer.clone()), id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);

		assert_eq!(
			Attestations::<T>::get(id).ok_or("attestation missing")?.status,
			AttestationStatus::Valid
		);
		Ok(())
	}

	#[benchmark]
	fn revoke_attestation() -> Result<(), BenchmarkError> {
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		let (issuer, id) = attestation_of::<T>(mine)?;
		lot_at::<T>(&miner, mine, 1_000)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);

		assert_eq!(
			Attestations::<T>::get(id).ok_or("attestation missing")?.status,
			AttestationStatus::Revoked
		);
		Ok(())
	}

	/// One step of the claim queue on a lot with `MaxInputs` parents and `MaxOutputs` children
	/// whose share changes, so that every child is queued.
	#[benchmark]
	fn recompute_claim() -> Result<(), BenchmarkError> {
		let miner = party::<T>("miner");
		let mine = facility_of::<T>(&miner, FacilityKind::Mine)?;
		let (_, attestation) = attestation_of::<T>(mine)?;
		let inputs = T::MaxInputs::get();
		let outputs = T::MaxOutputs::get();
		let parents = (0..inputs)
			.map(|_| lot_at::<T>(&miner, mine, u128::from(outputs) * 1_000))
			.collect::<Result<Vec<_>, _>>()?;
		let total = u128::from(inputs) * u128::from(outputs) * 1_000;
		let blend = Provenance::<T>::do_transform(
			miner.clone(),
			parents.clone(),
			vec![OutputSpec { quantity: total, grade_ppm: 1_000_000 }],
			ProcessKind::Concentration,
			0,
		)?;
		let blend = *blend.first().ok_or("no blend")?;
		Provenance::<T>::do_split(
			miner,
			blend,
			vec![total / u128::from(outputs); outputs as usize],
		)?;
		// The mine's certificate is revoked and the parents already recomputed: the blend is
		// the one lot left in the queue.
		Attestations::<T>::mutate(attestation, |attestation| {
			if let Some(attestation) = attestation {
				attestation.status = AttestationStatus::Revoked;
			}
		});
		for parent in &parents {
			Provenance::<T>::enqueue_lot(*parent);
		}
		Provenance::<T>::process_claim_work(inputs);
		assert_eq!(Provenance::<T>::pending_claim_work(), 1);

		#[block]
		{
			Provenance::<T>::process_claim_work(1);
		}

		let blend = Lots::<T>::get(blend).ok_or("blend missing")?;
		assert_eq!(blend.claim(), Claim::Unverified);
		assert_eq!(Provenance::<T>::pending_claim_work(), u64::from(outputs));
		Ok(())
	}

	#[benchmark]
	fn update_facility() -> Result<(), BenchmarkError> {
		let operator = party::<T>("operator");
		let facility = facility_of::<T>(&operator, FacilityKind::Smelter)?;
		let rmi_id = vec![b'D'; T::MaxExternalIdLen::get() as usize];

		#[extrinsic_call]
		_(
			RawOrigin::Signed(operator),
			facility,
			CountryCode(*b"MY"),
			4_210_500,
			101_975_800,
			Some(rmi_id),
			Some(GLN),
		);

		assert_eq!(
			Facilities::<T>::get(facility).ok_or("facility missing")?.country,
			CountryCode(*b"MY")
		);
		Ok(())
	}

	#[benchmark]
	fn deactivate_facility() -> Result<(), BenchmarkError> {
		let operator = party::<T>("operator");
		let facility = facility_of::<T>(&operator, FacilityKind::Smelter)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), facility);

		assert!(!Facilities::<T>::get(facility).ok_or("facility missing")?.active);
		Ok(())
	}

	#[benchmark]
	fn transfer_facility() -> Result<(), BenchmarkError> {
		let operator = party::<T>("operator");
		let facility = facility_of::<T>(&operator, FacilityKind::Mine)?;
		let buyer = party::<T>("buyer");

		#[extrinsic_call]
		_(RawOrigin::Signed(operator), facility, buyer.clone());

		assert_eq!(Facilities::<T>::get(facility).ok_or("facility missing")?.operator, buyer);
		Ok(())
	}

	/// A recall of a certified lot lifted: the lot is queued and recomputed (one queue step,
	/// counted in `lift_recall`).
	#[benchmark]
	fn lift_recall() -> Result<(), BenchmarkError> {
		let origin = governance::<T>()?;
		let (miner, mine, _, _) = miner_and_trader::<T>()?;
		attestation_of::<T>(mine)?;
		let lot = lot_at::<T>(&miner, mine, 1_000)?;
		Provenance::<T>::do_recall(Caller::Authority(Actor::Governance), lot, H256::zero())?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, lot);

		let lot = Lots::<T>::get(lot).ok_or("lot missing")?;
		assert_eq!((lot.status, lot.claim()), (LotStatus::Active, Claim::Segregated));
		Ok(())
	}

	impl_benchmark_test_suite!(Provenance, crate::mock::new_bench_ext(), crate::mock::Test);
}
