//! Unit tests on the mock runtime, one file per concern. Every test runs through
//! `mock::new_test_ext` (or `ExtBuilder::build_and_execute`), which checks the storage invariants
//! (`do_try_state`) afterwards.

mod bonding;
mod candidacy;
mod genesis;
mod governance;
mod invariants;
mod rewards;
mod session;
mod slashing;
