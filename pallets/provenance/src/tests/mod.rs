//! Unit tests on the mock runtime, one file per concern. Every test runs through
//! `mock::new_test_ext`, which checks the storage invariants (`do_try_state`) afterwards.

mod attacker;
mod attestations;
mod authority;
mod claims;
mod custody;
mod deposits;
mod facilities;
mod lifecycle;
mod lots;
mod naming;
mod ownership;
mod pledges;
mod queries;
mod roles;
mod scenario;
mod schemes;
mod split_merge;
mod transform;
