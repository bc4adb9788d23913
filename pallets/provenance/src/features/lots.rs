//! Lots: created at mines, split, merged, transformed and consumed by their custodians.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, traits::Get, BoundedVec};
use sp_core::{H256, U256};
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_create_lot(
		who: T::AccountId,
		facility: FacilityId,
		commodity: Commodity,
		quantity: u128,
		grade_ppm: u32,
		gs1_id: Option<Vec<u8>>,
		evidence: H256,
	) -> Result<LotId, DispatchError> {
		Self::ensure_role(&who, Roles::OPERATOR)?;
		let mine = Self::active_facility_of(&who, facility)?;
		ensure!(mine.kind == FacilityKind::Mine, Error::<T>::NotAMine);
		Self::ensure_quantity(quantity, commodity.unit())?;
		ensure!(grade_ppm <= PPM, Error::<T>::InvalidGrade);
		let gs1_id = match gs1_id {
			Some(id) => {
				ensure!(!id.is_empty(), Error::<T>::InvalidGs1Id);
				Some(BoundedVec::try_from(id).map_err(|_| Error::<T>::Gs1IdTooLong)?)
			},
			None => None,
		};

		let now = frame_system::Pallet::<T>::block_number();
		let certified_by = Self::valid_attestation_of(facility, commodity, &now);
		Self::reserve_lots(&who, 1)?;
		let lot = Self::next_lot_id()?;
		if let Some(attestation) = certified_by {
			Self::register_certified(attestation, lot)?;
		}
		let certified = certified_by.is_some();
		let record = LotOf::<T> {
			id: lot,
			commodity,
			quantity,
			unit: commodity.unit(),
			grade_ppm,
			facility,
			custodian: who.clone(),
			owner: who.clone(),
			status: LotStatus::Active,
			origin: LotOrigin::Mined { mine: facility, certified_by },
			origin_mine: Some(facility),
			parents: BoundedVec::new(),
			children: BoundedVec::new(),
			gs1_id: gs1_id.clone(),
			evidence,
			created: now,
			loss: 0,
			certified_share_bps: if certified { BPS } else { 0 },
			fully_certified: certified,
		};
		let claim = record.claim();
		Self::store_new_lot(record);
		Self::deposit_event(Event::LotCreated {
			lot,
			commodity,
			quantity,
			unit: commodity.unit(),
			grade_ppm,
			facility,
			custodian: who,
			gs1_id,
			evidence,
			certified_by,
			claim,
		});
		Ok(lot)
	}

	pub(crate) fn do_split(
		who: T::AccountId,
		lot_id: LotId,
		quantities: Vec<u128>,
	) -> Result<Vec<LotId>, DispatchError> {
		let mut parent = Self::lot_of_custodian(&who, lot_id)?;
		Self::ensure_active(&parent)?;
		Self::ensure_unpledged(lot_id)?;
		ensure!(quantities.len() >= 2, Error::<T>::TooFewOutputs);
		ensure!(quantities.len() <= T::MaxOutputs::get() as usize, Error::<T>::TooManyOutputs);
		ensure!(quantities.iter().all(|quantity| *quantity > 0), Error::<T>::ZeroQuantity);
		let total = quantities
			.iter()
			.try_fold(0u128, |sum, quantity| sum.checked_add(*quantity))
			.ok_or(ArithmeticError::Overflow)?;
		ensure!(total == parent.quantity, Error::<T>::QuantityNotConserved);
		Self::reserve_lots(&who, quantities.len())?;

		let now = frame_system::Pallet::<T>::block_number();
		let parents: BoundedVec<LotId, T::MaxInputs> =
			BoundedVec::try_from(alloc::vec![lot_id]).map_err(|_| Error::<T>::TooManyInputs)?;
		let mut pieces = BoundedVec::<(LotId, u128), T::MaxOutputs>::new();
		for quantity in quantities {
			let id = Self::next_lot_id()?;
			Self::store_new_lot(LotOf::<T> {
				id,
				commodity: parent.commodity,
				quantity,
				unit: parent.unit,
				grade_ppm: parent.grade_ppm,
				facility: parent.facility,
				custodian: parent.custodian.clone(),
				owner: parent.owner.clone(),
				status: LotStatus::Active,
				origin: LotOrigin::Split,
				origin_mine: parent.origin_mine,
				parents: parents.clone(),
				children: BoundedVec::new(),
				gs1_id: None,
				evidence: H256::zero(),
				created: now,
				loss: 0,
				certified_share_bps: parent.certified_share_bps,
				fully_certified: parent.fully_certified,
			});
			pieces.try_push((id, quantity)).map_err(|_| Error::<T>::TooManyOutputs)?;
		}
		let children: Vec<LotId> = pieces.iter().map(|(id, _)| *id).collect();
		parent.children =
			BoundedVec::try_from(children.clone()).map_err(|_| Error::<T>::TooManyOutputs)?;
		parent.status = LotStatus::Consumed;
		Self::unindex_lot(&parent);
		Self::release_consumed(lot_id);
		let claim = parent.claim();
		let (commodity, grade_ppm, facility) =
			(parent.commodity, parent.grade_ppm, parent.facility);
		Lots::<T>::insert(lot_id, parent);
		Self::deposit_event(Event::LotSplit {
			parent: lot_id,
			children: pieces,
			commodity,
			grade_ppm,
			facility,
			custodian: who,
			claim,
		});
		Ok(children)
	}

	/// Loads `ids` as inputs of a merge or transform: distinct, held by `who`, active, and of one
	/// commodity, facility and owner.
	fn load_inputs(who: &T::AccountId, ids: &[LotId]) -> Result<Vec<LotOf<T>>, DispatchError> {
		for (position, id) in ids.iter().enumerate() {
			ensure!(
				!ids.iter().skip(position.saturating_add(1)).any(|other| other == id),
				Error::<T>::DuplicateLot
			);
		}
		let mut lots = Vec::with_capacity(ids.len());
		for id in ids {
			let lot = Self::lot_of_custodian(who, *id)?;
			Self::ensure_active(&lot)?;
			Self::ensure_unpledged(*id)?;
			lots.push(lot);
		}
		let first = lots.first().ok_or(Error::<T>::TooFewInputs)?;
		for lot in &lots {
			ensure!(lot.commodity == first.commodity, Error::<T>::CommodityMismatch);
			ensure!(lot.facility == first.facility, Error::<T>::FacilityMismatch);
			ensure!(lot.owner == first.owner, Error::<T>::OwnerMismatch);
		}
		Ok(lots)
	}

	/// The single mine shared by every lot, if there is one.
	fn common_origin_mine(lots: &[LotOf<T>]) -> Option<FacilityId> {
		let first = lots.first()?.origin_mine?;
		lots.iter().all(|lot| lot.origin_mine == Some(first)).then_some(first)
	}

	/// Marks the inputs consumed, linking them to their children.
	fn consume_into(inputs: Vec<LotOf<T>>, children: &BoundedVec<LotId, T::MaxOutputs>) {
		for mut input in inputs {
			input.children = children.clone();
			input.status = LotStatus::Consumed;
			Self::unindex_lot(&input);
			Self::release_consumed(input.id);
			Lots::<T>::insert(input.id, input);
		}
	}

	pub(crate) fn do_merge(who: T::AccountId, ids: Vec<LotId>) -> Result<LotId, DispatchError> {
		ensure!(ids.len() >= 2, Error::<T>::TooFewInputs);
		let parent_ids: BoundedVec<LotId, T::MaxInputs> =
			BoundedVec::try_from(ids).map_err(|_| Error::<T>::TooManyInputs)?;
		let inputs = Self::load_inputs(&who, &parent_ids)?;
		let first = inputs.first().ok_or(Error::<T>::TooFewInputs)?;
		let (commodity, unit, facility, owner) =
			(first.commodity, first.unit, first.facility, first.owner.clone());

		let quantity = inputs
			.iter()
			.try_fold(0u128, |sum, lot| sum.checked_add(lot.quantity))
			.ok_or(ArithmeticError::Overflow)?;
		Self::ensure_quantity(quantity, unit)?;
		let (grade_ppm, grade_rounding) = Self::weighted_grade(&inputs, quantity)?;
		let origin = LotOrigin::Merged { grade_rounding };
		let (certified_share_bps, fully_certified) = Self::derived_share(&inputs, &origin);
		let origin_mine = Self::common_origin_mine(&inputs);

		Self::reserve_lots(&who, 1)?;
		let id = Self::next_lot_id()?;
		let children: BoundedVec<LotId, T::MaxOutputs> =
			BoundedVec::try_from(alloc::vec![id]).map_err(|_| Error::<T>::TooManyOutputs)?;
		let merged = LotOf::<T> {
			id,
			commodity,
			quantity,
			unit,
			grade_ppm,
			facility,
			custodian: who.clone(),
			owner,
			status: LotStatus::Active,
			origin,
			origin_mine,
			parents: parent_ids.clone(),
			children: BoundedVec::new(),
			gs1_id: None,
			evidence: H256::zero(),
			created: frame_system::Pallet::<T>::block_number(),
			loss: 0,
			certified_share_bps,
			fully_certified,
		};
		let claim = merged.claim();
		Self::store_new_lot(merged);
		Self::consume_into(inputs, &children);
		Self::deposit_event(Event::LotsMerged {
			lot: id,
			parents: parent_ids,
			commodity,
			quantity,
			grade_ppm,
			grade_rounding,
			facility,
			custodian: who,
			claim,
		});
		Ok(id)
	}

	/// The quantity-weighted grade of `lots` (whose quantities add up to `total`), rounded down,
	/// and the contained material the rounding dropped (in unit × ppm).
	pub(crate) fn weighted_grade(
		lots: &[LotOf<T>],
		total: u128,
	) -> Result<(u32, u128), DispatchError> {
		let weighted = lots.iter().fold(U256::zero(), |sum, lot| {
			sum.saturating_add(U256::from(lot.quantity).saturating_mul(U256::from(lot.grade_ppm)))
		});
		let total = U256::from(total);
		let grade = weighted.checked_div(total).ok_or(Error::<T>::ZeroQuantity)?;
		let remainder = weighted.saturating_sub(grade.saturating_mul(total));
		let grade = u32::try_from(grade).map_err(|_| ArithmeticError::Overflow)?;
		let remainder = u128::try_from(remainder).map_err(|_| ArithmeticError::Overflow)?;
		Ok((grade, remainder))
	}

	/// Contained material of a lot: `quantity × grade / 10⁶`, rounded down.
	pub(crate) fn contained(quantity: u128, grade_ppm: u32) -> U256 {
		U256::from(quantity).saturating_mul(U256::from(grade_ppm)) / U256::from(PPM)
	}

	/// The loss bound of a process, in basis points.
	pub(crate) fn loss_bound_bps(process: ProcessKind) -> u16 {
		match process {
			ProcessKind::Concentration => T::MaxConcentrationLossBps::get(),
			ProcessKind::Smelting => T::MaxSmeltingLossBps::get(),
			ProcessKind::Refining => T::MaxRefiningLossBps::get(),
			ProcessKind::Manufacturing => T::MaxManufacturingLossBps::get(),
			ProcessKind::Cutting => T::MaxCuttingLossBps::get(),
		}
	}

	pub(crate) fn do_transform(
		who: T::AccountId,
		input_ids: Vec<LotId>,
		outputs: Vec<OutputSpec>,
		process: ProcessKind,
		declared_loss: u128,
	) -> Result<Vec<LotId>, DispatchError> {
		ensure!(!input_ids.is_empty(), Error::<T>::TooFewInputs);
		ensure!(!outputs.is_empty(), Error::<T>::TooFewOutputs);
		let parent_ids: BoundedVec<LotId, T::MaxInputs> =
			BoundedVec::try_from(input_ids).map_err(|_| Error::<T>::TooManyInputs)?;
		ensure!(outputs.len() <= T::MaxOutputs::get() as usize, Error::<T>::TooManyOutputs);
		let inputs = Self::load_inputs(&who, &parent_ids)?;
		let first = inputs.first().ok_or(Error::<T>::TooFewInputs)?;
		let (commodity, unit, facility_id, owner) =
			(first.commodity, first.unit, first.facility, first.owner.clone());
		let facility = Facilities::<T>::get(facility_id).ok_or(Error::<T>::FacilityNotFound)?;
		ensure!(facility.active, Error::<T>::FacilityInactive);
		ensure!(process.allowed_at(facility.kind), Error::<T>::ProcessNotAllowedAtFacility);
		for output in &outputs {
			Self::ensure_quantity(output.quantity, unit)?;
			ensure!(output.grade_ppm <= PPM, Error::<T>::InvalidGrade);
		}

		let contained_in = inputs.iter().fold(U256::zero(), |sum, lot| {
			sum.saturating_add(Self::contained(lot.quantity, lot.grade_ppm))
		});
		let contained_out = outputs.iter().fold(U256::zero(), |sum, output| {
			sum.saturating_add(Self::contained(output.quantity, output.grade_ppm))
		});
		ensure!(contained_out <= contained_in, Error::<T>::OutputsExceedInputs);
		ensure!(
			contained_out.saturating_add(U256::from(declared_loss)) == contained_in,
			Error::<T>::MaterialNotConserved
		);
		let bound_bps = Self::loss_bound_bps(process);
		ensure!(
			U256::from(declared_loss).saturating_mul(U256::from(BPS))
				<= contained_in.saturating_mul(U256::from(bound_bps)),
			Error::<T>::LossExceedsBound
		);

		Self::reserve_lots(&who, outputs.len())?;
		let now = frame_system::Pallet::<T>::block_number();
		let custody = if process.needs_custody_attestation() {
			Self::valid_attestation_of(facility_id, commodity, &now)
		} else {
			None
		};
		let origin = LotOrigin::Transformed { process, declared_loss, custody };
		let (certified_share_bps, fully_certified) = Self::derived_share(&inputs, &origin);
		let origin_mine = Self::common_origin_mine(&inputs);
		let mut created = BoundedVec::<(LotId, OutputSpec), T::MaxOutputs>::new();
		let mut claim = Claim::Unverified;
		for output in outputs {
			let id = Self::next_lot_id()?;
			if let Some(attestation) = custody {
				Self::register_certified(attestation, id)?;
			}
			let lot = LotOf::<T> {
				id,
				commodity,
				quantity: output.quantity,
				unit,
				grade_ppm: output.grade_ppm,
				facility: facility_id,
				custodian: who.clone(),
				owner: owner.clone(),
				status: LotStatus::Active,
				origin,
				origin_mine,
				parents: parent_ids.clone(),
				children: BoundedVec::new(),
				gs1_id: None,
				evidence: H256::zero(),
				created: now,
				loss: 0,
				certified_share_bps,
				fully_certified,
			};
			claim = lot.claim();
			Self::store_new_lot(lot);
			created.try_push((id, output)).map_err(|_| Error::<T>::TooManyOutputs)?;
		}
		let ids: Vec<LotId> = created.iter().map(|(id, _)| *id).collect();
		let children: BoundedVec<LotId, T::MaxOutputs> =
			BoundedVec::try_from(ids.clone()).map_err(|_| Error::<T>::TooManyOutputs)?;
		Self::consume_into(inputs, &children);
		Self::deposit_event(Event::LotsTransformed {
			inputs: parent_ids,
			outputs: created,
			commodity,
			process,
			declared_loss,
			custody,
			facility: facility_id,
			custodian: who,
			claim,
		});
		Ok(ids)
	}

	pub(crate) fn do_consume(who: T::AccountId, lot_id: LotId) -> DispatchResult {
		let mut lot = Self::lot_of_custodian(&who, lot_id)?;
		Self::ensure_active(&lot)?;
		Self::ensure_unpledged(lot_id)?;
		lot.status = LotStatus::Consumed;
		Self::unindex_lot(&lot);
		Self::release_consumed(lot_id);
		let facility = lot.facility;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::LotConsumed { lot: lot_id, custodian: who, facility });
		Ok(())
	}
}
