//! Retargeting: faster blocks make it harder, slower easier, always clamped, damped, bounded.

use crate::{mock::*, BlockSample, CurrentDifficulty, Difficulty, Event, RecentBlocks};

fn current() -> Difficulty {
	CurrentDifficulty::<Test>::get()
}

fn initial() -> Difficulty {
	Difficulty::from(INITIAL)
}

#[test]
fn genesis_sets_the_initial_difficulty() {
	run_with(initial(), || {
		assert_eq!(current(), initial());
		assert_eq!(crate::Pallet::<Test>::difficulty(), initial());
	});
}

#[test]
fn genesis_never_starts_below_the_minimum() {
	run_with(Difficulty::zero(), || {
		assert_eq!(current(), MinimumDifficulty::get());
	});
}

#[test]
fn blocks_on_target_keep_the_difficulty() {
	run_with(initial(), || {
		make_blocks(TARGET, 30);
		assert_eq!(current(), initial());
	});
}

#[test]
fn blocks_too_fast_make_it_harder() {
	run_with(initial(), || {
		make_blocks(TARGET / 4, 3);
		let after_three = current();
		assert!(after_three > initial(), "{after_three} should exceed {}", initial());
		make_blocks(TARGET / 4, 20);
		assert!(current() > after_three, "keeps rising while blocks stay fast");
	});
}

#[test]
fn blocks_too_slow_make_it_easier() {
	run_with(initial(), || {
		make_blocks(TARGET * 4, 3);
		let after_three = current();
		assert!(after_three < initial(), "{after_three} should be below {}", initial());
		make_blocks(TARGET * 4, 20);
		assert!(current() < after_three, "keeps falling while blocks stay slow");
	});
}

#[test]
fn one_block_changes_the_difficulty_by_at_most_the_clamp_factor() {
	// Instant blocks: the observed span is zero, the largest possible increase.
	run_with(initial(), || {
		let mut previous = current();
		for _ in 0..40 {
			make_blocks(0, 1);
			let next = current();
			assert!(
				next <= previous * ClampFactor::get(),
				"{next} rose more than x2 over {previous}"
			);
			previous = next;
		}
		assert!(previous > initial());
	});
	// A block taking a day: the largest possible decrease.
	run_with(initial(), || {
		let mut previous = current();
		for _ in 0..5 {
			make_blocks(86_400_000, 1);
			let next = current();
			assert!(
				next * ClampFactor::get() >= previous,
				"{next} fell more than /2 from {previous}"
			);
			previous = next;
		}
	});
}

#[test]
fn damping_softens_a_single_outlier() {
	run_with(initial(), || {
		make_blocks(TARGET, 9);
		assert_eq!(current(), initial());
		// One block 3x slower than target in a window of ten: undamped, the span grows by 20 s
		// over 90 s; damped by 3, by a third of that.
		make_blocks(TARGET * 3, 1);
		let expected_span = 9 * TARGET;
		let observed_span = expected_span + 2 * TARGET;
		let damped_span = (observed_span + 2 * expected_span) / 3;
		assert_eq!(current(), initial() * expected_span / damped_span);
	});
}

#[test]
fn never_falls_below_the_minimum_difficulty() {
	run_with(MinimumDifficulty::get(), || {
		make_blocks(86_400_000, 50);
		assert_eq!(current(), MinimumDifficulty::get());
	});
}

#[test]
fn never_overflows_at_the_largest_difficulty() {
	run_with(Difficulty::MAX, || {
		make_blocks(0, 20);
		assert_eq!(current(), Difficulty::MAX, "saturates instead of wrapping");
		make_blocks(TARGET * 100, 3);
		let lowered = current();
		assert!(lowered < Difficulty::MAX && lowered >= Difficulty::MAX / 8);
	});
}

#[test]
fn the_window_is_bounded_and_ordered() {
	run_with(initial(), || {
		make_blocks(TARGET, 25);
		let window = RecentBlocks::<Test>::get();
		assert_eq!(window.len() as u32, AdjustmentWindow::get());
		let last: &BlockSample = window.last().expect("window is full");
		assert_eq!(last.timestamp, Timestamp::get());
	});
}

#[test]
fn a_retarget_emits_an_event() {
	run_with(initial(), || {
		make_blocks(TARGET / 2, 2);
		let next = current();
		assert!(next > initial());
		System::assert_has_event(
			Event::DifficultyAdjusted { previous: initial(), next: current() }.into(),
		);
	});
}

#[test]
fn a_window_of_one_block_keeps_the_difficulty() {
	assert_eq!(crate::Pallet::<Test>::retarget(&[]), None);
	assert_eq!(
		crate::Pallet::<Test>::retarget(&[BlockSample { timestamp: 5, difficulty: initial() }]),
		None
	);
}
