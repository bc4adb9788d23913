//! The logic behind the calls, one file per concern: every `do_*` validates, mutates storage and
//! deposits its event.

mod attestations;
mod custody;
mod deposits;
mod facilities;
mod lots;
mod parties;
mod pledges;
mod supervision;
