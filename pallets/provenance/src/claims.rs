//! Derived claims: certified shares, the recomputation queue, and the `on_idle` work.
//!
//! A lot's certified share is never typed in. A mined lot has 10_000 bps while the attestation
//! that certified it at creation is in force — `Valid`, its issuer still accredited for its
//! scheme, the scheme covering the commodity (its validity window mattered at creation only: the
//! material was mined under it) — and 0 otherwise. A derived lot has the share of its parents
//! weighted by contained material (quantity × grade; by quantity when all parents have grade 0).
//! A recalled lot has 0.
//!
//! A lot is *fully certified* (and its claim `Segregated` at a full share) when every ancestor
//! is, and when, if it came out of smelting or refining, the smelter's or refiner's
//! chain-of-custody attestation recorded at processing is in force too.
//!
//! When an attestation changes status, an issuer's accreditation changes or a lot is recalled
//! (or its recall lifted), the affected lots are put in a FIFO queue. Each step recomputes one lot; when its share changes, its children are queued (once at
//! a time). Calls that trigger a change take up to `MaxDowngradesPerBlock` steps at once;
//! `on_idle` takes as many more per block, as weight allows, until the queue is empty.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::Get};
use frame_system::pallet_prelude::*;
use sp_core::U256;
use sp_runtime::traits::{One, Saturating};

impl<T: Config> Pallet<T> {
	/// The share (bps) and full-certification flag of a lot of `origin` derived from `parents`.
	pub(crate) fn derived_share(parents: &[LotOf<T>], origin: &LotOrigin) -> (u16, bool) {
		let (share, parents_certified) = Self::weighted_share(parents);
		let custody_certified = match origin {
			LotOrigin::Transformed { process, custody, .. }
				if process.needs_custody_attestation() =>
			{
				let commodity = parents.first().map(|lot| lot.commodity);
				match (custody, commodity) {
					(Some(id), Some(commodity)) => Self::attestation_in_force(*id, commodity),
					_ => false,
				}
			},
			_ => true,
		};
		(share, parents_certified && custody_certified)
	}

	/// The share (bps) and full-certification flag of the contained-material mix of `parents`.
	pub(crate) fn weighted_share(parents: &[LotOf<T>]) -> (u16, bool) {
		let fully_certified = !parents.is_empty() && parents.iter().all(|p| p.fully_certified);
		let by_content =
			|lot: &LotOf<T>| U256::from(lot.quantity).saturating_mul(U256::from(lot.grade_ppm));
		let by_quantity = |lot: &LotOf<T>| U256::from(lot.quantity);
		let share = Self::share_by(parents, by_content)
			.or_else(|| Self::share_by(parents, by_quantity))
			.unwrap_or(0);
		(share, fully_certified)
	}

	/// `Σ weight × share / Σ weight` rounded down, or `None` when the weights add up to zero.
	fn share_by(parents: &[LotOf<T>], weight: impl Fn(&LotOf<T>) -> U256) -> Option<u16> {
		let (total, certified) =
			parents.iter().fold((U256::zero(), U256::zero()), |(total, certified), lot| {
				let w = weight(lot);
				(
					total.saturating_add(w),
					certified.saturating_add(w.saturating_mul(U256::from(lot.certified_share_bps))),
				)
			});
		let share = certified.checked_div(total)?;
		Some(u16::try_from(share.min(U256::from(BPS))).unwrap_or(BPS))
	}

	/// The share and full-certification flag a lot should have, from its mine's attestation or
	/// its parents as they are stored now.
	pub(crate) fn computed_share(lot: &LotOf<T>) -> (u16, bool) {
		if lot.status == LotStatus::Recalled {
			return (0, false);
		}
		match lot.origin {
			LotOrigin::Mined { certified_by, .. } => {
				let in_force =
					certified_by.is_some_and(|id| Self::attestation_in_force(id, lot.commodity));
				if in_force {
					(BPS, true)
				} else {
					(0, false)
				}
			},
			origin => {
				let parents: Vec<LotOf<T>> =
					lot.parents.iter().filter_map(Lots::<T>::get).collect();
				Self::derived_share(&parents, &origin)
			},
		}
	}

	/// Items waiting in the claim queue.
	pub fn pending_claim_work() -> u64 {
		ClaimQueueTail::<T>::get().saturating_sub(ClaimQueueHead::<T>::get())
	}

	/// Appends an item to the claim queue.
	pub(crate) fn enqueue(work: ClaimWorkOf<T>) {
		let tail = ClaimQueueTail::<T>::get();
		ClaimQueue::<T>::insert(tail, work);
		ClaimQueueTail::<T>::put(tail.saturating_add(1));
	}

	/// Queues a lot for recomputation unless it is already waiting.
	pub(crate) fn enqueue_lot(lot: LotId) {
		if !ClaimQueued::<T>::contains_key(lot) {
			ClaimQueued::<T>::insert(lot, ());
			Self::enqueue(ClaimWork::Lot(lot));
		}
	}

	/// Takes up to `max_steps` steps of the claim queue; returns the steps taken.
	pub(crate) fn process_claim_work(max_steps: u32) -> u32 {
		let mut steps = 0;
		while steps < max_steps {
			let head = ClaimQueueHead::<T>::get();
			if head >= ClaimQueueTail::<T>::get() {
				break;
			}
			steps.saturating_inc();
			match ClaimQueue::<T>::get(head) {
				Some(ClaimWork::Lot(lot)) => {
					Self::pop_claim_work(head);
					ClaimQueued::<T>::remove(lot);
					Self::recompute_claim(lot);
				},
				Some(ClaimWork::Attestation { attestation, next }) => {
					let count = CertifiedLotCount::<T>::get(attestation);
					if let Some(lot) = CertifiedLots::<T>::get(attestation, next) {
						Self::recompute_claim(lot);
					}
					let next = next.saturating_add(1);
					if next < count {
						ClaimQueue::<T>::insert(head, ClaimWork::Attestation { attestation, next });
					} else {
						Self::pop_claim_work(head);
					}
				},
				Some(ClaimWork::Issuer { issuer, next }) => {
					let count = IssuerAttestationCount::<T>::get(&issuer);
					if let Some(attestation) = IssuerAttestations::<T>::get(&issuer, next) {
						if CertifiedLotCount::<T>::get(attestation) > 0 {
							Self::enqueue(ClaimWork::Attestation { attestation, next: 0 });
						}
					}
					let next = next.saturating_add(1);
					if next < count {
						ClaimQueue::<T>::insert(head, ClaimWork::Issuer { issuer, next });
					} else {
						Self::pop_claim_work(head);
					}
				},
				None => {
					frame_support::defensive!("claim queue hole");
					Self::pop_claim_work(head);
				},
			}
		}
		steps
	}

	fn pop_claim_work(head: u64) {
		ClaimQueue::<T>::remove(head);
		ClaimQueueHead::<T>::put(head.saturating_add(1));
	}

	/// Recomputes one lot's share; when it changed, stores it, emits the change and queues the
	/// lot's children.
	pub(crate) fn recompute_claim(lot_id: LotId) {
		let Some(mut lot) = Lots::<T>::get(lot_id) else { return };
		let (share, fully_certified) = Self::computed_share(&lot);
		if share == lot.certified_share_bps && fully_certified == lot.fully_certified {
			return;
		}
		let previous = lot.claim();
		let downgrade = share < lot.certified_share_bps
			|| (share == lot.certified_share_bps && lot.fully_certified && !fully_certified);
		lot.certified_share_bps = share;
		lot.fully_certified = fully_certified;
		let current = lot.claim();
		for child in lot.children.iter() {
			Self::enqueue_lot(*child);
		}
		Lots::<T>::insert(lot_id, lot);
		if previous != current {
			if downgrade {
				Self::deposit_event(Event::ClaimDowngraded { lot: lot_id, previous, current });
			} else {
				Self::deposit_event(Event::ClaimUpgraded { lot: lot_id, previous, current });
			}
		}
	}

	/// Claim recomputations, then transfer expiries, within `remaining` weight.
	pub(crate) fn do_on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let db = T::DbWeight::get();
		// Reading the queue bounds.
		let mut used = db.reads(2);
		if remaining.any_lt(used) {
			return Weight::zero();
		}
		if Self::pending_claim_work() > 0 {
			let step = T::WeightInfo::recompute_claim();
			let affordable =
				remaining.saturating_sub(used).checked_div_per_component(&step).unwrap_or(u64::MAX);
			let max =
				u32::try_from(affordable).unwrap_or(u32::MAX).min(T::MaxDowngradesPerBlock::get());
			let steps = Self::process_claim_work(max);
			used.saturating_accrue(step.saturating_mul(u64::from(steps)));
		}
		used.saturating_accrue(Self::expire_due_transfers(now, remaining.saturating_sub(used)));
		used
	}

	/// Expires the transfers whose last block is before `now`, walking the expiry index from
	/// `ExpiryCursor`, within `budget`.
	fn expire_due_transfers(now: BlockNumberFor<T>, budget: Weight) -> Weight {
		let db = T::DbWeight::get();
		let mut used = db.reads(1);
		if budget.any_lt(used.saturating_add(db.writes(1))) {
			return Weight::zero();
		}
		if PendingTransferCount::<T>::get() == 0 {
			// Nothing to expire; the next proposal moves the cursor to its own block.
			return used;
		}
		let expire = T::WeightInfo::expire_transfer();
		let start = ExpiryCursor::<T>::get();
		let mut cursor = start;
		used.saturating_accrue(db.reads_writes(1, 1));
		while cursor < now {
			let probe = db.reads(1);
			if budget.any_lt(used.saturating_add(probe).saturating_add(expire)) {
				break;
			}
			used.saturating_accrue(probe);
			match TransferExpiries::<T>::iter_key_prefix(cursor).next() {
				Some(lot) => {
					// Removed first, so the walk advances whatever happens below.
					TransferExpiries::<T>::remove(cursor, lot);
					if Self::do_expire_transfer(lot).is_err() {
						frame_support::defensive!("indexed transfer could not expire");
					}
					used.saturating_accrue(expire);
				},
				None => cursor = cursor.saturating_add(One::one()),
			}
		}
		if cursor != start {
			ExpiryCursor::<T>::put(cursor);
		}
		used
	}
}
