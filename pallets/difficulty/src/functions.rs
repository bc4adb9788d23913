//! Retargeting logic of the difficulty pallet.

use crate::{
	BlockSample, Config, CurrentDifficulty, Difficulty, Event, Moment, Pallet, RecentBlocks,
};
use frame_support::traits::Get;

impl<T: Config> Pallet<T> {
	/// Records the block just made at `now` and retargets the difficulty of the next block.
	pub(crate) fn note_block(now: Moment) {
		let previous = CurrentDifficulty::<T>::get();
		let mut window = RecentBlocks::<T>::get();
		if window.is_full() {
			window.remove(0);
		}
		// Cannot fail: a slot was freed above when the window was full.
		let _ = window.try_push(BlockSample { timestamp: now, difficulty: previous });

		let next = Self::retarget(&window).unwrap_or(previous);
		RecentBlocks::<T>::put(window);
		if next != previous {
			CurrentDifficulty::<T>::put(next);
			Self::deposit_event(Event::DifficultyAdjusted { previous, next });
		}
	}

	/// The difficulty that makes the window's blocks take `TargetBlockTime` each, damped and
	/// clamped; `None` while the window holds fewer than two blocks.
	pub fn retarget(window: &[BlockSample]) -> Option<Difficulty> {
		let (first, later) = window.split_first()?;
		let last = later.last()?;
		let intervals = later.len() as u64;

		let target = Difficulty::from(T::TargetBlockTime::get());
		let expected = target.saturating_mul(Difficulty::from(intervals));
		// Timestamps only grow (pallet-timestamp enforces a minimum period), but never trust
		// that here: a span of zero is treated like the fastest span the clamp allows.
		let observed = Difficulty::from(last.timestamp.saturating_sub(first.timestamp));

		let damping = Difficulty::from(T::DampingFactor::get().max(1));
		let damped = observed
			.saturating_add(expected.saturating_mul(damping.saturating_sub(1.into())))
			/ damping;

		let clamp = Difficulty::from(T::ClampFactor::get().max(2));
		let fastest = (expected / clamp).max(1.into());
		let slowest = expected.saturating_mul(clamp);
		let span = damped.clamp(fastest, slowest);

		// The difficulties that produced the observed intervals are those of the later blocks.
		// Their floor average, summed as quotients and remainders so it cannot overflow.
		let count = Difficulty::from(intervals);
		let (quotients, remainders) =
			later.iter().fold((Difficulty::zero(), Difficulty::zero()), |(q, r), sample| {
				(
					q.saturating_add(sample.difficulty / count),
					r.saturating_add(sample.difficulty % count),
				)
			});
		let average = quotients.saturating_add(remainders / count);

		// average × expected / span, without losing the product to overflow at huge
		// difficulties: divide first when the product would not fit.
		let next = match average.checked_mul(expected) {
			Some(product) => product / span,
			None => (average / span).saturating_mul(expected),
		};
		Some(next.max(T::MinimumDifficulty::get()))
	}

	/// Checks the pallet's storage invariants.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(
			CurrentDifficulty::<T>::get() >= T::MinimumDifficulty::get(),
			"difficulty below the minimum"
		);
		let window = RecentBlocks::<T>::get();
		frame_support::ensure!(
			window.windows(2).all(|pair| match pair {
				[older, newer] => older.timestamp <= newer.timestamp,
				_ => true,
			}),
			"recent block timestamps out of order"
		);
		Ok(())
	}
}
