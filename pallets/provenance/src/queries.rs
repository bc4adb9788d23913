//! Read-only queries behind the runtime API: the runtime only forwards to these.
//!
//! Every walk is bounded: by the caller's `max_depth` and `max_nodes`, and by
//! [`Config::MaxTraceNodes`] whatever the caller asks for.

use crate::{pallet::*, types::*};
use alloc::{
	collections::{BTreeMap, BTreeSet, VecDeque},
	vec::Vec,
};
use frame_support::traits::Get;
use sp_core::U256;

/// Fixed-point unit of the fractions `origin_summary` propagates (10¹⁸).
const FRACTION_ONE: u128 = 1_000_000_000_000_000_000;

impl<T: Config> Pallet<T> {
	/// A lot with its derived claim and attestations.
	pub fn lot_info(id: LotId) -> Option<LotInfoOf<T>> {
		let lot = Lots::<T>::get(id)?;
		Some(LotInfo {
			id: lot.id,
			commodity: lot.commodity,
			quantity: lot.quantity,
			unit: lot.unit,
			grade_ppm: lot.grade_ppm,
			facility: lot.facility,
			claim: lot.claim(),
			custodian: lot.custodian,
			owner: lot.owner,
			status: lot.status,
			origin: lot.origin,
			origin_mine: lot.origin_mine,
			parents: lot.parents.into_inner(),
			children: lot.children.into_inner(),
			gs1_id: lot.gs1_id.map(|id| id.into_inner()),
			evidence: lot.evidence,
			created: lot.created,
			loss: lot.loss,
			certified_share_bps: lot.certified_share_bps,
			claim_pending: Self::claim_pending(id),
			attestations: LotAttestations::<T>::get(id).into_inner(),
		})
	}

	/// Whether a queued recomputation may still change the lot's claim. Never false while the
	/// claim is stale; may be true for a lot the queued work turns out not to change: true when
	/// the lot or one of its ancestors waits in the queue, or while an attestation's or an
	/// issuer's lots are being walked (or when the lineage or queue is too large to look at
	/// within `MaxTraceNodes`).
	pub fn claim_pending(id: LotId) -> bool {
		let head = ClaimQueueHead::<T>::get();
		let tail = ClaimQueueTail::<T>::get();
		if head >= tail {
			return false;
		}
		let cap = u64::from(T::MaxTraceNodes::get());
		if tail.saturating_sub(head) > cap {
			return true;
		}
		let walking_lots = (head..tail)
			.any(|position| !matches!(ClaimQueue::<T>::get(position), Some(ClaimWork::Lot(_))));
		if walking_lots {
			return true;
		}
		let mut seen = BTreeSet::from([id]);
		let mut queue = VecDeque::from([id]);
		while let Some(id) = queue.pop_front() {
			if ClaimQueued::<T>::contains_key(id) {
				return true;
			}
			if seen.len() as u64 > cap {
				return true;
			}
			let Some(lot) = Lots::<T>::get(id) else { continue };
			for parent in lot.parents.iter() {
				if seen.insert(*parent) {
					queue.push_back(*parent);
				}
			}
		}
		false
	}

	/// The lots `who` holds in custody (`by_owner` false) or owns (`by_owner` true), consumed
	/// lots excepted: at most `limit` (capped by `MaxTraceNodes`) ids, starting after lot
	/// `after` when given (the last id of the previous page). The order is the storage order,
	/// stable between pages.
	pub fn lots_of(
		who: &T::AccountId,
		by_owner: bool,
		after: Option<LotId>,
		limit: u32,
	) -> Vec<LotId> {
		let limit = limit.min(T::MaxTraceNodes::get()) as usize;
		if by_owner {
			match after {
				Some(after) => LotsByOwner::<T>::iter_key_prefix_from(
					who,
					LotsByOwner::<T>::hashed_key_for(who, after),
				)
				.take(limit)
				.collect(),
				None => LotsByOwner::<T>::iter_key_prefix(who).take(limit).collect(),
			}
		} else {
			match after {
				Some(after) => LotsByCustodian::<T>::iter_key_prefix_from(
					who,
					LotsByCustodian::<T>::hashed_key_for(who, after),
				)
				.take(limit)
				.collect(),
				None => LotsByCustodian::<T>::iter_key_prefix(who).take(limit).collect(),
			}
		}
	}

	/// The facilities `operator` runs, paged as [`Self::lots_of`].
	pub fn facilities_of(
		operator: &T::AccountId,
		after: Option<FacilityId>,
		limit: u32,
	) -> Vec<FacilityId> {
		let limit = limit.min(T::MaxTraceNodes::get()) as usize;
		match after {
			Some(after) => FacilitiesByOperator::<T>::iter_key_prefix_from(
				operator,
				FacilitiesByOperator::<T>::hashed_key_for(operator, after),
			)
			.take(limit)
			.collect(),
			None => FacilitiesByOperator::<T>::iter_key_prefix(operator).take(limit).collect(),
		}
	}

	/// The attestations recorded about a facility or a lot (at most
	/// `MaxAttestationsPerSubject`), oldest first.
	pub fn attestations_of(subject: Subject) -> Vec<AttestationId> {
		match subject {
			Subject::Facility(facility) => FacilityAttestations::<T>::get(facility).into_inner(),
			Subject::Lot(lot) => LotAttestations::<T>::get(lot).into_inner(),
		}
	}

	/// A lot's claim.
	pub fn claim_of(id: LotId) -> Option<Claim> {
		Lots::<T>::get(id).map(|lot| lot.claim())
	}

	/// The lot and its ancestors up to the mines, breadth first, each once, at most `max_depth`
	/// links away and at most `max_nodes` (capped by `MaxTraceNodes`) lots.
	pub fn trace_back(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode> {
		Self::trace(id, max_depth, max_nodes, true)
	}

	/// The lot and its descendants down to the products, bounded as [`Self::trace_back`].
	pub fn trace_forward(id: LotId, max_depth: u32, max_nodes: u32) -> Vec<TraceNode> {
		Self::trace(id, max_depth, max_nodes, false)
	}

	fn trace(id: LotId, max_depth: u32, max_nodes: u32, backwards: bool) -> Vec<TraceNode> {
		let cap = max_nodes.min(T::MaxTraceNodes::get()) as usize;
		let mut nodes = Vec::new();
		let mut seen = BTreeSet::from([id]);
		let mut queue = VecDeque::from([(id, 0u32)]);
		while let Some((id, depth)) = queue.pop_front() {
			if nodes.len() >= cap {
				break;
			}
			let Some(lot) = Lots::<T>::get(id) else { continue };
			if depth < max_depth {
				let links: &[LotId] = if backwards { &lot.parents } else { &lot.children };
				for next in links.iter() {
					if seen.insert(*next) {
						queue.push_back((*next, depth.saturating_add(1)));
					}
				}
			}
			nodes.push(TraceNode {
				lot: id,
				depth,
				commodity: lot.commodity,
				quantity: lot.quantity,
				unit: lot.unit,
				grade_ppm: lot.grade_ppm,
				facility: lot.facility,
				facility_kind: Facilities::<T>::get(lot.facility).map(|facility| facility.kind),
				status: lot.status,
				origin: lot.origin,
				claim: lot.claim(),
				parents: lot.parents.into_inner(),
				children: lot.children.into_inner(),
			});
		}
		nodes
	}

	/// The mines a lot's material comes from, with each mine's share of the contained material
	/// in basis points (rounded down), weighted as certified shares are. Walks at most
	/// `MaxTraceNodes` lots; past that bound the shares cover only the part explored.
	pub fn origin_summary(id: LotId) -> Vec<(FacilityId, u16)> {
		let cap = T::MaxTraceNodes::get();
		let mut mines: BTreeMap<FacilityId, U256> = BTreeMap::new();
		let mut stack = Vec::from([(id, U256::from(FRACTION_ONE))]);
		let mut visited = 0u32;
		while let Some((id, fraction)) = stack.pop() {
			if visited >= cap {
				break;
			}
			visited = visited.saturating_add(1);
			let Some(lot) = Lots::<T>::get(id) else { continue };
			if let LotOrigin::Mined { mine, .. } = lot.origin {
				let entry = mines.entry(mine).or_default();
				*entry = entry.saturating_add(fraction);
				continue;
			}
			let parents: Vec<LotOf<T>> = lot.parents.iter().filter_map(Lots::<T>::get).collect();
			let by_content =
				|lot: &LotOf<T>| U256::from(lot.quantity).saturating_mul(U256::from(lot.grade_ppm));
			let mut total =
				parents.iter().fold(U256::zero(), |sum, p| sum.saturating_add(by_content(p)));
			let use_content = !total.is_zero();
			if !use_content {
				total = parents
					.iter()
					.fold(U256::zero(), |sum, p| sum.saturating_add(p.quantity.into()));
			}
			for parent in &parents {
				let weight = if use_content { by_content(parent) } else { parent.quantity.into() };
				let share = fraction.saturating_mul(weight).checked_div(total).unwrap_or_default();
				stack.push((parent.id, share));
			}
		}
		mines
			.into_iter()
			.map(|(mine, fraction)| {
				let bps = fraction.saturating_mul(U256::from(BPS)) / U256::from(FRACTION_ONE);
				(mine, u16::try_from(bps.min(U256::from(BPS))).unwrap_or(BPS))
			})
			.collect()
	}
}
