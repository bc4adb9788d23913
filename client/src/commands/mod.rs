//! The commands of `lode`, each a function that returns a report or a [`crate::Failure`].

mod anchor;
mod batch;
mod bench;
mod verify;

pub use anchor::{anchor, AnchorArgs, AnchorReport};
pub use batch::{batch, BatchArgs, BatchReport, ProofFile};
pub use bench::{bench_prove, BenchProveArgs, BenchProveReport};
pub use verify::{verify, Standing, VerifyArgs, VerifyReport};

use lode_verifier::H256;

/// A hash as `0x` and 64 hex digits.
pub fn hex(hash: &H256) -> String {
	format!("0x{}", hex::encode(hash.as_bytes()))
}

/// Milliseconds since the Unix epoch as an ISO 8601 UTC time (`2026-12-01T18:00:53Z`).
pub fn utc(millis: u64) -> String {
	let seconds = millis / 1000;
	let (days, rest) = (seconds / 86_400, seconds % 86_400);
	let (hour, minute, second) = (rest / 3600, rest % 3600 / 60, rest % 60);
	// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
	let z = days as i64 + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z.rem_euclid(146_097);
	let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let day = doy - (153 * mp + 2) / 5 + 1;
	let month = if mp < 10 { mp + 3 } else { mp - 9 };
	let year = yoe + era * 400 + i64::from(month <= 2);
	format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

#[cfg(test)]
mod tests {
	#[test]
	fn timestamps_read_as_utc() {
		assert_eq!(super::utc(0), "1970-01-01T00:00:00Z");
		assert_eq!(super::utc(1_764_612_053_000), "2025-12-01T18:00:53Z");
		assert_eq!(super::utc(951_782_400_000), "2000-02-29T00:00:00Z");
	}
}
