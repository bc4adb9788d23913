//! Storage invariants, checked by `try_state` and after every unit test.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_core::U256;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Checks every invariant of the pallet's storage:
	/// - lots: ids below `NextLotId`, positive quantity, grade and share in range, facility known;
	/// - every parent/child link exists in both directions, and lots with children are consumed or
	///   recalled;
	/// - conservation across each split, merge and transform (transfer losses added back: a lot's
	///   quantity at creation is `quantity + loss`);
	/// - open transfers and `InTransit` lots agree, and the expiry index holds each open transfer;
	/// - attestation lists point at attestations about that subject, the issuers' indexes at
	///   their attestations, and only suspended attestations name who suspended them;
	/// - recalled lots and recall records, quarantined lots and quarantine records agree;
	/// - pledged lots exist, are neither consumed nor divided, and are not in transit;
	/// - the custodian, owner and operator indexes hold exactly the lots and facilities they
	///   should;
	/// - when the claim queue is empty, every stored share equals the recomputed one.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_lot = NextLotId::<T>::get();
		for lot in Pledged::<T>::iter_keys() {
			ensure!(Lots::<T>::contains_key(lot), "pledge of an unknown lot");
		}
		let mut in_transit = 0u32;
		let mut held = 0usize;
		let mut recalled = 0usize;
		let mut quarantined = 0usize;
		for (id, lot) in Lots::<T>::iter() {
			let bound = match lot.unit {
				Unit::Milligram => T::MaxMilligrams::get(),
				Unit::CentiCarat => T::MaxCentiCarats::get(),
			};
			ensure!(lot.quantity <= bound, "lot quantity above its unit's bound");
			let recall = Recalls::<T>::get(id).map(|recall| recall.prior);
			ensure!(
				recall.is_some() == (lot.status == LotStatus::Recalled),
				"recall record and lot status disagree"
			);
			if recall.is_some() {
				recalled = recalled.saturating_add(1);
			}
			// Consumed lots (recalled after their consumption included) are no one's holdings.
			let consumed = lot.status == LotStatus::Consumed || recall == Some(LotStatus::Consumed);
			let by_custodian = LotsByCustodian::<T>::contains_key(&lot.custodian, id);
			let by_owner = LotsByOwner::<T>::contains_key(&lot.owner, id);
			if consumed {
				ensure!(!by_custodian && !by_owner, "consumed lot still indexed as held");
			} else {
				ensure!(
					by_custodian && by_owner,
					"lot missing from its custodian's or owner's index"
				);
				held = held.saturating_add(1);
			}
			let held_in_quarantine =
				lot.status == LotStatus::Quarantined || recall == Some(LotStatus::Quarantined);
			ensure!(
				Quarantines::<T>::contains_key(id) == held_in_quarantine,
				"quarantine record and lot status disagree"
			);
			if held_in_quarantine {
				quarantined = quarantined.saturating_add(1);
			}
			ensure!(lot.id == id && id < next_lot, "lot stored under a wrong or future id");
			ensure!(lot.quantity > 0, "lot with zero quantity");
			ensure!(lot.grade_ppm <= PPM, "lot grade above 1_000_000 ppm");
			ensure!(lot.certified_share_bps <= BPS, "lot share above 10_000 bps");
			ensure!(lot.unit == lot.commodity.unit(), "lot unit differs from its commodity's");
			ensure!(Facilities::<T>::contains_key(lot.facility), "lot at an unknown facility");
			for parent in lot.parents.iter() {
				let parent = Lots::<T>::get(parent).ok_or("dangling parent link")?;
				ensure!(parent.children.contains(&id), "parent does not link to its child");
			}
			for child in lot.children.iter() {
				let child = Lots::<T>::get(child).ok_or("dangling child link")?;
				ensure!(child.parents.contains(&id), "child does not link to its parent");
			}
			match lot.origin {
				LotOrigin::Mined { mine, .. } => {
					ensure!(lot.parents.is_empty(), "mined lot with parents");
					ensure!(lot.origin_mine == Some(mine), "mined lot with a wrong origin mine");
				},
				_ => ensure!(!lot.parents.is_empty(), "derived lot without parents"),
			}
			if !lot.children.is_empty() {
				ensure!(
					matches!(lot.status, LotStatus::Consumed | LotStatus::Recalled),
					"lot with children is not consumed"
				);
				Self::check_conservation(&lot)?;
			}
			if Pledged::<T>::contains_key(id) {
				ensure!(!consumed && lot.children.is_empty(), "pledged lot consumed or divided");
				ensure!(lot.status != LotStatus::InTransit, "pledged lot in transit");
			}
			let pending = PendingTransfers::<T>::get(id);
			if lot.status == LotStatus::InTransit {
				let transfer = pending.ok_or("lot in transit without a transfer")?;
				let sender =
					if transfer.kind.moves_custody() { &lot.custodian } else { &lot.owner };
				ensure!(transfer.from == *sender, "transfer not from the custodian or owner");
				ensure!(
					!transfer.kind.moves_ownership() || transfer.from == lot.owner,
					"ownership offered by another than the owner"
				);
				ensure!(
					TransferExpiries::<T>::contains_key(transfer.expires_at, id),
					"open transfer missing from the expiry index"
				);
				in_transit = in_transit.saturating_add(1);
			} else {
				ensure!(pending.is_none(), "transfer of a lot not in transit");
			}
		}
		ensure!(
			PendingTransfers::<T>::iter_keys().count() == in_transit as usize,
			"transfer of an unknown lot"
		);
		ensure!(PendingTransferCount::<T>::get() == in_transit, "wrong open transfer count");
		ensure!(
			LotsByCustodian::<T>::iter_keys().count() == held
				&& LotsByOwner::<T>::iter_keys().count() == held,
			"stale entries in the custodian or owner index"
		);
		ensure!(Recalls::<T>::iter_keys().count() == recalled, "recall record of no recalled lot");
		ensure!(
			Quarantines::<T>::iter_keys().count() == quarantined,
			"quarantine record of no quarantined lot"
		);
		let mut facilities = 0usize;
		for (id, facility) in Facilities::<T>::iter() {
			ensure!(
				FacilitiesByOperator::<T>::contains_key(&facility.operator, id),
				"facility missing from its operator's index"
			);
			facilities = facilities.saturating_add(1);
		}
		ensure!(
			FacilitiesByOperator::<T>::iter_keys().count() == facilities,
			"stale entries in the operator index"
		);
		for attestation in Attestations::<T>::iter_values() {
			ensure!(
				attestation.suspended_by.is_some()
					== (attestation.status == AttestationStatus::Suspended),
				"suspended_by set on an attestation that is not suspended, or missing"
			);
		}
		let mut indexed_attestations = 0usize;
		for (issuer, count) in IssuerAttestationCount::<T>::iter() {
			for index in 0..count {
				let id = IssuerAttestations::<T>::get(&issuer, index)
					.ok_or("hole in an issuer's attestation index")?;
				let attestation = Attestations::<T>::get(id).ok_or("dangling attestation id")?;
				ensure!(attestation.issuer == issuer, "attestation indexed under another issuer");
			}
			indexed_attestations = indexed_attestations.saturating_add(count as usize);
		}
		ensure!(
			indexed_attestations == Attestations::<T>::iter_keys().count()
				&& IssuerAttestations::<T>::iter_keys().count() == indexed_attestations,
			"issuer attestation index and attestations disagree"
		);
		ensure!(
			TransferExpiries::<T>::iter_keys().count() == in_transit as usize,
			"stale entries in the expiry index"
		);

		for (facility, list) in FacilityAttestations::<T>::iter() {
			ensure!(Facilities::<T>::contains_key(facility), "attestations of unknown facility");
			for id in list {
				let attestation = Attestations::<T>::get(id).ok_or("dangling attestation id")?;
				ensure!(attestation.subject == Subject::Facility(facility), "wrong subject");
			}
		}
		for (lot, list) in LotAttestations::<T>::iter() {
			for id in list {
				let attestation = Attestations::<T>::get(id).ok_or("dangling attestation id")?;
				ensure!(attestation.subject == Subject::Lot(lot), "wrong subject");
			}
		}

		Self::check_deposits()?;

		if Self::pending_claim_work() == 0 {
			ensure!(ClaimQueued::<T>::iter_keys().next().is_none(), "queued flag left behind");
			for (_, lot) in Lots::<T>::iter() {
				ensure!(
					Self::computed_share(&lot) == (lot.certified_share_bps, lot.fully_certified),
					"stored share differs from the recomputed share"
				);
			}
		}
		Ok(())
	}

	/// Every live item holds its deposit, every recorded deposit belongs to a live item, and
	/// what each account has on hold for each kind of item is the sum of its recorded deposits.
	fn check_deposits() -> Result<(), TryRuntimeError> {
		use alloc::collections::{BTreeMap, BTreeSet};
		let consumed = |lot: &LotOf<T>| {
			lot.status == LotStatus::Consumed
				|| Recalls::<T>::get(lot.id)
					.is_some_and(|recall| recall.prior == LotStatus::Consumed)
		};
		for (item, deposit) in Deposits::<T>::iter() {
			ensure!(deposit.amount == Self::deposit_of(item.kind()), "deposit of a wrong amount");
			let live = match item {
				DepositItem::Facility(id) => Facilities::<T>::get(id).is_some_and(|f| f.active),
				DepositItem::Lot(id) => Lots::<T>::get(id).is_some_and(|lot| !consumed(&lot)),
				DepositItem::Attestation(id) => Attestations::<T>::get(id).is_some_and(|a| {
					a.status != AttestationStatus::Revoked
						&& match a.subject {
							Subject::Facility(f) => FacilityAttestations::<T>::get(f).contains(&id),
							Subject::Lot(l) => LotAttestations::<T>::get(l).contains(&id),
						}
				}),
				DepositItem::Observation(id) => {
					LastObservation::<T>::get(id).is_some_and(|o| o.observer == deposit.depositor)
				},
				DepositItem::Transfer(id) => {
					PendingTransfers::<T>::get(id).is_some_and(|t| t.from == deposit.depositor)
				},
			};
			ensure!(live, "deposit recorded for an item that is gone");
		}
		for (id, facility) in Facilities::<T>::iter() {
			ensure!(
				!facility.active || Deposits::<T>::contains_key(DepositItem::Facility(id)),
				"active facility without a deposit"
			);
		}
		for (id, lot) in Lots::<T>::iter() {
			ensure!(
				consumed(&lot) || Deposits::<T>::contains_key(DepositItem::Lot(id)),
				"lot without a deposit"
			);
		}
		for id in LastObservation::<T>::iter_keys() {
			ensure!(
				Deposits::<T>::contains_key(DepositItem::Observation(id)),
				"observation without a deposit"
			);
		}
		for id in PendingTransfers::<T>::iter_keys() {
			ensure!(
				Deposits::<T>::contains_key(DepositItem::Transfer(id)),
				"open transfer without a deposit"
			);
		}
		let accounts: BTreeSet<T::AccountId> = Deposits::<T>::iter_values()
			.map(|deposit| deposit.depositor)
			.chain(Parties::<T>::iter_keys())
			.chain(Issuers::<T>::iter_keys())
			.collect();
		let kinds = [
			HoldReason::Facility,
			HoldReason::Lot,
			HoldReason::Attestation,
			HoldReason::Observation,
			HoldReason::Transfer,
		];
		let mut recorded: BTreeMap<(T::AccountId, u8), BalanceOf<T>> = BTreeMap::new();
		for (item, deposit) in Deposits::<T>::iter() {
			let sum = recorded.entry((deposit.depositor, item.kind() as u8)).or_default();
			*sum = sp_runtime::traits::Saturating::saturating_add(*sum, deposit.amount);
		}
		for who in &accounts {
			for kind in kinds {
				let expected =
					recorded.get(&(who.clone(), kind as u8)).copied().unwrap_or_default();
				ensure!(
					Self::held(who, kind) == expected,
					"balance on hold differs from the deposits recorded"
				);
			}
		}
		Ok(())
	}

	/// Conservation between a consumed lot and the lots made from it.
	fn check_conservation(lot: &LotOf<T>) -> Result<(), TryRuntimeError> {
		let children = lot
			.children
			.iter()
			.map(|id| Lots::<T>::get(id).ok_or("dangling child link"))
			.collect::<Result<Vec<_>, _>>()?;
		let first = children.first().ok_or("no children")?;
		let at_creation = |lot: &LotOf<T>| U256::from(lot.quantity).saturating_add(lot.loss.into());
		match first.origin {
			LotOrigin::Split => {
				let mut total = U256::zero();
				for child in &children {
					ensure!(child.origin == LotOrigin::Split, "mixed origins among children");
					ensure!(child.parents.as_slice() == [lot.id], "split piece with other parents");
					ensure!(child.commodity == lot.commodity, "split changed the commodity");
					ensure!(child.grade_ppm == lot.grade_ppm, "split changed the grade");
					total = total.saturating_add(at_creation(child));
				}
				ensure!(total == U256::from(lot.quantity), "split did not conserve quantity");
			},
			LotOrigin::Merged { grade_rounding } => {
				ensure!(children.len() == 1, "merge with several results");
				let parents = Self::stored_lots(&first.parents)?;
				let total = parents
					.iter()
					.fold(U256::zero(), |sum, parent| sum.saturating_add(parent.quantity.into()));
				ensure!(total == at_creation(first), "merge did not conserve quantity");
				let weighted = parents.iter().fold(U256::zero(), |sum, parent| {
					sum.saturating_add(
						U256::from(parent.quantity).saturating_mul(parent.grade_ppm.into()),
					)
				});
				ensure!(
					weighted.checked_div(total) == Some(U256::from(first.grade_ppm)),
					"merged grade is not the weighted grade"
				);
				ensure!(
					weighted
						== total
							.saturating_mul(first.grade_ppm.into())
							.saturating_add(grade_rounding.into()),
					"merge did not account for the contained material its grade rounding dropped"
				);
				for parent in &parents {
					ensure!(parent.commodity == first.commodity, "merge mixed commodities");
				}
			},
			LotOrigin::Transformed { declared_loss, .. } => {
				let inputs = Self::stored_lots(&first.parents)?;
				let mut contained_out = U256::zero();
				for child in &children {
					ensure!(child.origin == first.origin, "mixed origins among outputs");
					ensure!(child.parents == first.parents, "outputs with different inputs");
					ensure!(child.commodity == lot.commodity, "transform changed the commodity");
					let quantity = u128::try_from(at_creation(child)).map_err(|_| "overflow")?;
					contained_out =
						contained_out.saturating_add(Self::contained(quantity, child.grade_ppm));
				}
				let mut contained_in = U256::zero();
				for input in &inputs {
					ensure!(input.children == lot.children, "inputs with different outputs");
					contained_in = contained_in
						.saturating_add(Self::contained(input.quantity, input.grade_ppm));
				}
				ensure!(
					contained_out.saturating_add(declared_loss.into()) == contained_in,
					"transform did not conserve contained material"
				);
			},
			LotOrigin::Mined { .. } => return Err("mined lot listed as a child".into()),
		}
		Ok(())
	}

	fn stored_lots(ids: &[LotId]) -> Result<Vec<LotOf<T>>, TryRuntimeError> {
		ids.iter().map(|id| Lots::<T>::get(id).ok_or("dangling parent link".into())).collect()
	}
}
