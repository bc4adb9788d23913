//! Unit tests on the mock runtime, one file per concern. Every test runs through
//! `mock::new_test_ext`, which checks the storage invariants (`do_try_state`) afterwards.

mod attestations;
mod claims;
mod custody;
mod facilities;
mod lifecycle;
mod lots;
mod queries;
mod scenario;
mod split_merge;
mod transform;
