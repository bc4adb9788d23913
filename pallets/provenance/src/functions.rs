//! The logic behind the calls: every `do_*` validates, mutates storage and deposits its event.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, pallet_prelude::*, traits::Get, BoundedVec};
use frame_system::pallet_prelude::*;
use sp_core::{H256, U256};
use sp_runtime::ArithmeticError;

impl<T: Config> Pallet<T> {
	// ----- parties and issuers -----

	pub(crate) fn do_grant_roles(
		who: T::AccountId,
		granted: Roles,
		jurisdiction: CountryCode,
	) -> DispatchResult {
		ensure!(!granted.is_empty() && granted.is_known(), Error::<T>::InvalidRoles);
		ensure!(jurisdiction.is_valid(), Error::<T>::InvalidCountryCode);
		let roles =
			Parties::<T>::get(&who).map(|party| party.roles).unwrap_or_default().union(granted);
		Parties::<T>::insert(&who, Party { roles, jurisdiction });
		Self::deposit_event(Event::RolesGranted { who, granted, roles, jurisdiction });
		Ok(())
	}

	pub(crate) fn do_revoke_roles(who: T::AccountId, revoked: Roles) -> DispatchResult {
		ensure!(!revoked.is_empty() && revoked.is_known(), Error::<T>::InvalidRoles);
		let mut party = Parties::<T>::get(&who).ok_or(Error::<T>::NotAParty)?;
		party.roles = party.roles.difference(revoked);
		if party.roles.is_empty() {
			Parties::<T>::remove(&who);
		} else {
			Parties::<T>::insert(&who, party);
		}
		Self::deposit_event(Event::RolesRevoked { who, revoked, roles: party.roles });
		Ok(())
	}

	pub(crate) fn do_accredit_issuer(issuer: T::AccountId, schemes: Schemes) -> DispatchResult {
		ensure!(!schemes.is_empty() && schemes.is_known(), Error::<T>::InvalidSchemes);
		Issuers::<T>::insert(&issuer, schemes);
		Self::deposit_event(Event::IssuerAccredited { issuer, schemes });
		Ok(())
	}

	pub(crate) fn do_withdraw_accreditation(issuer: T::AccountId) -> DispatchResult {
		ensure!(Issuers::<T>::contains_key(&issuer), Error::<T>::IssuerNotFound);
		Issuers::<T>::remove(&issuer);
		Self::deposit_event(Event::AccreditationWithdrawn { issuer });
		Ok(())
	}

	/// Fails unless `who` is a party holding `role`.
	pub(crate) fn ensure_role(who: &T::AccountId, role: Roles) -> DispatchResult {
		let party = Parties::<T>::get(who).ok_or(Error::<T>::NotAParty)?;
		ensure!(party.roles.contains(role), Error::<T>::MissingRole);
		Ok(())
	}

	// ----- facilities -----

	pub(crate) fn do_register_facility(
		operator: T::AccountId,
		kind: FacilityKind,
		country: CountryCode,
		latitude: i32,
		longitude: i32,
		rmi_id: Option<Vec<u8>>,
		gln: Option<Gln>,
	) -> Result<FacilityId, DispatchError> {
		Self::ensure_role(&operator, Roles::OPERATOR)?;
		ensure!(country.is_valid(), Error::<T>::InvalidCountryCode);
		ensure!(
			(-MAX_LATITUDE..=MAX_LATITUDE).contains(&latitude)
				&& (-MAX_LONGITUDE..=MAX_LONGITUDE).contains(&longitude),
			Error::<T>::InvalidCoordinates
		);
		let rmi_id = match rmi_id {
			Some(id) => {
				ensure!(!id.is_empty(), Error::<T>::InvalidExternalId);
				Some(BoundedVec::try_from(id).map_err(|_| Error::<T>::ExternalIdTooLong)?)
			},
			None => None,
		};
		if let Some(gln) = &gln {
			ensure!(gln.is_valid(), Error::<T>::InvalidGln);
		}

		let facility = NextFacilityId::<T>::get();
		NextFacilityId::<T>::put(facility.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		Facilities::<T>::insert(
			facility,
			Facility {
				kind,
				country,
				latitude,
				longitude,
				rmi_id: rmi_id.clone(),
				gln,
				operator: operator.clone(),
			},
		);
		Self::deposit_event(Event::FacilityRegistered {
			facility,
			operator,
			kind,
			country,
			latitude,
			longitude,
			rmi_id,
			gln,
		});
		Ok(facility)
	}

	// ----- lots -----

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
		let mine = Facilities::<T>::get(facility).ok_or(Error::<T>::FacilityNotFound)?;
		ensure!(mine.operator == who, Error::<T>::NotFacilityOperator);
		ensure!(mine.kind == FacilityKind::Mine, Error::<T>::NotAMine);
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		ensure!(grade_ppm <= PPM, Error::<T>::InvalidGrade);
		let gs1_id = match gs1_id {
			Some(id) => {
				ensure!(!id.is_empty(), Error::<T>::InvalidGs1Id);
				Some(BoundedVec::try_from(id).map_err(|_| Error::<T>::Gs1IdTooLong)?)
			},
			None => None,
		};

		let now = frame_system::Pallet::<T>::block_number();
		let certified_by = Self::valid_attestation_of(facility, &now);
		let lot = Self::next_lot_id()?;
		if let Some(attestation) = certified_by {
			let index = CertifiedLotCount::<T>::get(attestation);
			CertifiedLots::<T>::insert(attestation, index, lot);
			CertifiedLotCount::<T>::insert(
				attestation,
				index.checked_add(1).ok_or(ArithmeticError::Overflow)?,
			);
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
		Lots::<T>::insert(lot, record);
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

	/// The first attestation of `facility` valid at `now`, if any.
	pub(crate) fn valid_attestation_of(
		facility: FacilityId,
		now: &BlockNumberFor<T>,
	) -> Option<AttestationId> {
		FacilityAttestations::<T>::get(facility).into_iter().find(|id| {
			Attestations::<T>::get(id).is_some_and(|attestation| attestation.is_valid_at(now))
		})
	}

	/// Takes the next lot id.
	pub(crate) fn next_lot_id() -> Result<LotId, DispatchError> {
		let id = NextLotId::<T>::get();
		NextLotId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		Ok(id)
	}

	/// The lot, provided `who` is its custodian.
	pub(crate) fn lot_of_custodian(
		who: &T::AccountId,
		lot: LotId,
	) -> Result<LotOf<T>, DispatchError> {
		let lot = Lots::<T>::get(lot).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.custodian == *who, Error::<T>::NotCustodian);
		Ok(lot)
	}

	/// Fails unless the lot is active: consumed and recalled lots are frozen, lots in transit or
	/// in quarantine wait.
	pub(crate) fn ensure_active(lot: &LotOf<T>) -> DispatchResult {
		match lot.status {
			LotStatus::Active => Ok(()),
			LotStatus::Consumed | LotStatus::Recalled => Err(Error::<T>::LotFrozen.into()),
			LotStatus::InTransit | LotStatus::Quarantined => Err(Error::<T>::LotNotActive.into()),
		}
	}

	// ----- custody -----

	pub(crate) fn do_propose_transfer(
		who: T::AccountId,
		lot_id: LotId,
		to: T::AccountId,
		to_facility: FacilityId,
	) -> DispatchResult {
		let mut lot = Self::lot_of_custodian(&who, lot_id)?;
		Self::ensure_active(&lot)?;
		Self::ensure_role(&to, Roles::OPERATOR)?;
		let facility = Facilities::<T>::get(to_facility).ok_or(Error::<T>::FacilityNotFound)?;
		ensure!(facility.operator == to, Error::<T>::NotFacilityOperator);
		ensure!(!(to == who && to_facility == lot.facility), Error::<T>::TransferToSelf);

		let now = frame_system::Pallet::<T>::block_number();
		let expires_at =
			now.checked_add(&T::TransferExpiry::get()).ok_or(ArithmeticError::Overflow)?;
		let open = PendingTransferCount::<T>::get();
		if open == 0 {
			// Nothing was pending: the expiry sweep may start from here.
			ExpiryCursor::<T>::put(now);
		}
		PendingTransferCount::<T>::put(open.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		let transfer = Transfer {
			from: who.clone(),
			from_facility: lot.facility,
			to: to.clone(),
			to_facility,
			sent: lot.quantity,
			expires_at,
		};
		PendingTransfers::<T>::insert(lot_id, transfer);
		TransferExpiries::<T>::insert(expires_at, lot_id, ());
		lot.status = LotStatus::InTransit;
		let (from_facility, quantity) = (lot.facility, lot.quantity);
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::TransferProposed {
			lot: lot_id,
			from: who,
			from_facility,
			to,
			to_facility,
			quantity,
			expires_at,
		});
		Ok(())
	}

	/// The lot and its open transfer.
	fn lot_in_transit(lot_id: LotId) -> Result<(LotOf<T>, TransferOf<T>), DispatchError> {
		let lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		let transfer = PendingTransfers::<T>::get(lot_id).ok_or(Error::<T>::NoPendingTransfer)?;
		Ok((lot, transfer))
	}

	/// Removes an open transfer and its expiry entry.
	pub(crate) fn close_transfer(lot_id: LotId, transfer: &TransferOf<T>) {
		PendingTransfers::<T>::remove(lot_id);
		TransferExpiries::<T>::remove(transfer.expires_at, lot_id);
		PendingTransferCount::<T>::mutate(|open| *open = open.saturating_sub(1));
	}

	pub(crate) fn do_accept_transfer(
		who: T::AccountId,
		lot_id: LotId,
		received: u128,
	) -> DispatchResult {
		let (mut lot, transfer) = Self::lot_in_transit(lot_id)?;
		ensure!(transfer.to == who, Error::<T>::NotReceiver);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= transfer.expires_at, Error::<T>::TransferExpired);
		ensure!(received > 0, Error::<T>::ZeroQuantity);
		let loss = transfer.sent.checked_sub(received).ok_or(Error::<T>::ReceivedExceedsSent)?;

		lot.quantity = received;
		lot.loss = lot.loss.checked_add(loss).ok_or(ArithmeticError::Overflow)?;
		lot.custodian = transfer.to.clone();
		lot.owner = transfer.to.clone();
		lot.facility = transfer.to_facility;
		lot.status = LotStatus::Active;
		Lots::<T>::insert(lot_id, lot);
		Self::close_transfer(lot_id, &transfer);
		Self::deposit_event(Event::TransferAccepted {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
			from_facility: transfer.from_facility,
			to_facility: transfer.to_facility,
			sent: transfer.sent,
			received,
			loss,
		});
		Ok(())
	}

	/// Ends a transfer without moving the lot.
	fn return_to_sender(lot_id: LotId, mut lot: LotOf<T>, transfer: &TransferOf<T>) {
		lot.status = LotStatus::Active;
		Lots::<T>::insert(lot_id, lot);
		Self::close_transfer(lot_id, transfer);
	}

	pub(crate) fn do_reject_transfer(who: T::AccountId, lot_id: LotId) -> DispatchResult {
		let (lot, transfer) = Self::lot_in_transit(lot_id)?;
		ensure!(transfer.to == who, Error::<T>::NotReceiver);
		Self::return_to_sender(lot_id, lot, &transfer);
		Self::deposit_event(Event::TransferRejected {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
		});
		Ok(())
	}

	pub(crate) fn do_cancel_transfer(who: T::AccountId, lot_id: LotId) -> DispatchResult {
		let (lot, transfer) = Self::lot_in_transit(lot_id)?;
		ensure!(transfer.from == who, Error::<T>::NotSender);
		Self::return_to_sender(lot_id, lot, &transfer);
		Self::deposit_event(Event::TransferCancelled {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
		});
		Ok(())
	}

	pub(crate) fn do_expire_transfer(lot_id: LotId) -> DispatchResult {
		let (lot, transfer) = Self::lot_in_transit(lot_id)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > transfer.expires_at, Error::<T>::TransferNotExpired);
		Self::return_to_sender(lot_id, lot, &transfer);
		Self::deposit_event(Event::TransferExpired {
			lot: lot_id,
			from: transfer.from,
			to: transfer.to,
		});
		Ok(())
	}

	// ----- split, merge, transform -----

	pub(crate) fn do_split(
		who: T::AccountId,
		lot_id: LotId,
		quantities: Vec<u128>,
	) -> Result<Vec<LotId>, DispatchError> {
		let mut parent = Self::lot_of_custodian(&who, lot_id)?;
		Self::ensure_active(&parent)?;
		ensure!(quantities.len() >= 2, Error::<T>::TooFewOutputs);
		ensure!(quantities.len() <= T::MaxOutputs::get() as usize, Error::<T>::TooManyOutputs);
		ensure!(quantities.iter().all(|quantity| *quantity > 0), Error::<T>::ZeroQuantity);
		let total = quantities
			.iter()
			.try_fold(0u128, |sum, quantity| sum.checked_add(*quantity))
			.ok_or(ArithmeticError::Overflow)?;
		ensure!(total == parent.quantity, Error::<T>::QuantityNotConserved);

		let now = frame_system::Pallet::<T>::block_number();
		let parents: BoundedVec<LotId, T::MaxInputs> =
			BoundedVec::try_from(alloc::vec![lot_id]).map_err(|_| Error::<T>::TooManyInputs)?;
		let mut pieces = BoundedVec::<(LotId, u128), T::MaxOutputs>::new();
		for quantity in quantities {
			let id = Self::next_lot_id()?;
			Lots::<T>::insert(
				id,
				LotOf::<T> {
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
				},
			);
			pieces.try_push((id, quantity)).map_err(|_| Error::<T>::TooManyOutputs)?;
		}
		let children: Vec<LotId> = pieces.iter().map(|(id, _)| *id).collect();
		parent.children =
			BoundedVec::try_from(children.clone()).map_err(|_| Error::<T>::TooManyOutputs)?;
		parent.status = LotStatus::Consumed;
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
		let (grade_ppm, grade_remainder) = Self::weighted_grade(&inputs, quantity)?;
		let (certified_share_bps, fully_certified) = Self::weighted_share(&inputs);
		let origin_mine = Self::common_origin_mine(&inputs);

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
			origin: LotOrigin::Merged,
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
		Lots::<T>::insert(id, merged);
		Self::consume_into(inputs, &children);
		Self::deposit_event(Event::LotsMerged {
			lot: id,
			parents: parent_ids,
			commodity,
			quantity,
			grade_ppm,
			grade_remainder,
			facility,
			custodian: who,
			claim,
		});
		Ok(id)
	}

	/// The quantity-weighted grade of `lots` (whose quantities add up to `total`), rounded down,
	/// and the remainder the rounding dropped (in unit × ppm).
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
		ensure!(process.allowed_at(facility.kind), Error::<T>::ProcessNotAllowedAtFacility);
		for output in &outputs {
			ensure!(output.quantity > 0, Error::<T>::ZeroQuantity);
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

		let (certified_share_bps, fully_certified) = Self::weighted_share(&inputs);
		let origin_mine = Self::common_origin_mine(&inputs);
		let now = frame_system::Pallet::<T>::block_number();
		let origin = LotOrigin::Transformed { process, declared_loss };
		let mut created = BoundedVec::<(LotId, OutputSpec), T::MaxOutputs>::new();
		let mut claim = Claim::Unverified;
		for output in outputs {
			let id = Self::next_lot_id()?;
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
			Lots::<T>::insert(id, lot);
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
			facility: facility_id,
			custodian: who,
			claim,
		});
		Ok(ids)
	}

	// ----- lifecycle -----

	pub(crate) fn do_observe(
		who: T::AccountId,
		lot_id: LotId,
		business_step: BusinessStep,
		disposition: Disposition,
		evidence: H256,
	) -> DispatchResult {
		let lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.status != LotStatus::Consumed, Error::<T>::LotFrozen);
		let is_auditor =
			Parties::<T>::get(&who).is_some_and(|party| party.roles.contains(Roles::AUDITOR));
		ensure!(lot.custodian == who || is_auditor, Error::<T>::NotCustodian);
		let at = frame_system::Pallet::<T>::block_number();
		LastObservation::<T>::insert(
			lot_id,
			Observation { observer: who.clone(), business_step, disposition, evidence, at },
		);
		Self::deposit_event(Event::LotObserved {
			lot: lot_id,
			observer: who,
			facility: lot.facility,
			business_step,
			disposition,
			evidence,
		});
		Ok(())
	}

	pub(crate) fn do_consume(who: T::AccountId, lot_id: LotId) -> DispatchResult {
		let mut lot = Self::lot_of_custodian(&who, lot_id)?;
		Self::ensure_active(&lot)?;
		lot.status = LotStatus::Consumed;
		let facility = lot.facility;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::LotConsumed { lot: lot_id, custodian: who, facility });
		Ok(())
	}

	/// Recalls a lot and recomputes claims; returns the claim-queue steps taken.
	pub(crate) fn do_recall(
		by: Option<T::AccountId>,
		lot_id: LotId,
		reason: H256,
	) -> Result<u32, DispatchError> {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		if let Some(who) = &by {
			let mine = lot.origin_mine.ok_or(Error::<T>::NotRecallAuthority)?;
			let operates = Facilities::<T>::get(mine).is_some_and(|mine| mine.operator == *who);
			ensure!(operates, Error::<T>::NotRecallAuthority);
		}
		ensure!(lot.status != LotStatus::Recalled, Error::<T>::AlreadyRecalled);
		if lot.status == LotStatus::InTransit {
			if let Some(transfer) = PendingTransfers::<T>::get(lot_id) {
				Self::close_transfer(lot_id, &transfer);
				Self::deposit_event(Event::TransferCancelled {
					lot: lot_id,
					from: transfer.from,
					to: transfer.to,
				});
			}
		}
		lot.status = LotStatus::Recalled;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::LotRecalled { lot: lot_id, by, reason });
		Self::enqueue_lot(lot_id);
		Ok(Self::process_claim_work(T::MaxDowngradesPerBlock::get()))
	}

	pub(crate) fn do_declare_error(
		who: T::AccountId,
		event: EventRefOf<T>,
		correction: H256,
	) -> DispatchResult {
		ensure!(Parties::<T>::contains_key(&who), Error::<T>::NotAParty);
		ensure!(
			event.block <= frame_system::Pallet::<T>::block_number(),
			Error::<T>::EventInFuture
		);
		Self::deposit_event(Event::ErrorDeclared { declarer: who, event, correction });
		Ok(())
	}

	pub(crate) fn do_quarantine(lot_id: LotId, reason: H256) -> DispatchResult {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		Self::ensure_active(&lot)?;
		lot.status = LotStatus::Quarantined;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::LotQuarantined { lot: lot_id, reason });
		Ok(())
	}

	pub(crate) fn do_release(lot_id: LotId) -> DispatchResult {
		let mut lot = Lots::<T>::get(lot_id).ok_or(Error::<T>::LotNotFound)?;
		ensure!(lot.status == LotStatus::Quarantined, Error::<T>::NotQuarantined);
		lot.status = LotStatus::Active;
		Lots::<T>::insert(lot_id, lot);
		Self::deposit_event(Event::LotReleased { lot: lot_id });
		Ok(())
	}

	// ----- attestations -----

	pub(crate) fn do_attest(
		issuer: T::AccountId,
		subject: Subject,
		scheme: Scheme,
		certificate_id: Vec<u8>,
		valid_from: BlockNumberFor<T>,
		valid_until: BlockNumberFor<T>,
		document_hash: H256,
	) -> Result<AttestationId, DispatchError> {
		let schemes = Issuers::<T>::get(&issuer).ok_or(Error::<T>::IssuerNotAccredited)?;
		ensure!(schemes.contains(scheme), Error::<T>::IssuerNotAccredited);
		ensure!(!certificate_id.is_empty(), Error::<T>::EmptyCertificateId);
		let certificate_id: BoundedVec<u8, T::MaxCertificateIdLen> =
			BoundedVec::try_from(certificate_id).map_err(|_| Error::<T>::CertificateIdTooLong)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(valid_from <= valid_until && now <= valid_until, Error::<T>::InvalidValidityWindow);

		let id = NextAttestationId::<T>::get();
		let push = |list: &mut BoundedVec<AttestationId, T::MaxAttestationsPerSubject>| {
			if list.is_full() {
				// A revoked or expired attestation makes room; its record stays in `Attestations`.
				let spent = list.iter().position(|old| {
					Attestations::<T>::get(old).is_none_or(|old| {
						old.status == AttestationStatus::Revoked || old.valid_until < now
					})
				});
				if let Some(position) = spent {
					list.remove(position);
				}
			}
			list.try_push(id).map_err(|_| DispatchError::from(Error::<T>::TooManyAttestations))
		};
		match subject {
			Subject::Facility(facility) => {
				ensure!(Facilities::<T>::contains_key(facility), Error::<T>::FacilityNotFound);
				FacilityAttestations::<T>::try_mutate(facility, push)?;
			},
			Subject::Lot(lot) => {
				ensure!(Lots::<T>::contains_key(lot), Error::<T>::LotNotFound);
				LotAttestations::<T>::try_mutate(lot, push)?;
			},
		}
		NextAttestationId::<T>::put(id.checked_add(1).ok_or(ArithmeticError::Overflow)?);
		Attestations::<T>::insert(
			id,
			Attestation {
				issuer: issuer.clone(),
				subject,
				scheme,
				certificate_id: certificate_id.clone(),
				valid_from,
				valid_until,
				document_hash,
				status: AttestationStatus::Valid,
				issued_at: now,
			},
		);
		Self::deposit_event(Event::AttestationIssued {
			attestation: id,
			issuer,
			subject,
			scheme,
			certificate_id,
			valid_from,
			valid_until,
			document_hash,
		});
		Ok(id)
	}

	/// The attestation, provided `by` is its issuer (`None` is governance, allowed on any).
	fn attestation_of(
		by: &Option<T::AccountId>,
		id: AttestationId,
	) -> Result<AttestationOf<T>, DispatchError> {
		let attestation = Attestations::<T>::get(id).ok_or(Error::<T>::AttestationNotFound)?;
		if let Some(who) = by {
			ensure!(attestation.issuer == *who, Error::<T>::NotAttestationIssuer);
		}
		Ok(attestation)
	}

	/// Stores the attestation's new status, queues the lots it certified for recomputation and
	/// takes the first steps; returns the steps taken.
	fn change_attestation_status(
		id: AttestationId,
		mut attestation: AttestationOf<T>,
		status: AttestationStatus,
	) -> u32 {
		attestation.status = status;
		Attestations::<T>::insert(id, attestation);
		if CertifiedLotCount::<T>::get(id) == 0 {
			return 0;
		}
		Self::enqueue(ClaimWork::Attestation { attestation: id, next: 0 });
		Self::process_claim_work(T::MaxDowngradesPerBlock::get())
	}

	pub(crate) fn do_suspend_attestation(
		by: Option<T::AccountId>,
		id: AttestationId,
	) -> Result<u32, DispatchError> {
		let attestation = Self::attestation_of(&by, id)?;
		ensure!(attestation.status == AttestationStatus::Valid, Error::<T>::AttestationNotValid);
		Self::deposit_event(Event::AttestationSuspended { attestation: id, by });
		Ok(Self::change_attestation_status(id, attestation, AttestationStatus::Suspended))
	}

	pub(crate) fn do_reinstate_attestation(
		by: Option<T::AccountId>,
		id: AttestationId,
	) -> Result<u32, DispatchError> {
		let attestation = Self::attestation_of(&by, id)?;
		ensure!(
			attestation.status == AttestationStatus::Suspended,
			Error::<T>::AttestationNotSuspended
		);
		Self::deposit_event(Event::AttestationReinstated { attestation: id, by });
		Ok(Self::change_attestation_status(id, attestation, AttestationStatus::Valid))
	}

	pub(crate) fn do_revoke_attestation(
		by: Option<T::AccountId>,
		id: AttestationId,
	) -> Result<u32, DispatchError> {
		let attestation = Self::attestation_of(&by, id)?;
		ensure!(attestation.status != AttestationStatus::Revoked, Error::<T>::AttestationRevoked);
		let was_valid = attestation.status == AttestationStatus::Valid;
		Self::deposit_event(Event::AttestationRevoked { attestation: id, by });
		if was_valid {
			Ok(Self::change_attestation_status(id, attestation, AttestationStatus::Revoked))
		} else {
			// A suspended attestation's lots are already downgraded.
			let mut attestation = attestation;
			attestation.status = AttestationStatus::Revoked;
			Attestations::<T>::insert(id, attestation);
			Ok(0)
		}
	}

	// ----- origins and weights -----

	/// `None` for the governance origin, the signer otherwise.
	pub(crate) fn governance_or_signed(
		origin: OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match T::GovernanceOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(ensure_signed(origin)?)),
		}
	}

	/// A list length as a benchmark parameter, capped at its bound.
	pub(crate) fn weight_len(len: usize, max: u32) -> u32 {
		u32::try_from(len).unwrap_or(u32::MAX).min(max)
	}

	/// Weight of `steps` claim recomputations.
	pub(crate) fn claim_steps_weight(steps: u32) -> Weight {
		use crate::weights::WeightInfo;
		T::WeightInfo::recompute_claim().saturating_mul(u64::from(steps))
	}

	/// Weight of the claim recomputations a downgrading call takes at most.
	pub(crate) fn claim_work_weight() -> Weight {
		Self::claim_steps_weight(T::MaxDowngradesPerBlock::get())
	}
}
