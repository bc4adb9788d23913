//! Benchmarks of `pallet-node-authorization`, which ships only made-up constant weights.
//!
//! The runtime benchmarks the pallet through [`Pallet`] (`[pallet_node_authorization,
//! NodeAuthorizationBench::<Runtime>]`) and uses the generated weights. Every call is measured at
//! its worst case: the well-known node set one short of `MaxWellKnownNodes`, peer ids one byte
//! short of `MaxPeerIdLength`, connection lists as long as the node set. The pallet's weights
//! take no parameters, so a worst-case constant is the only safe one.
//!
//! Lode's runtime filters out the calls that let any account claim nodes and add connections
//! (their connection lists are unbounded); their benchmarks exist because the pallet's
//! `WeightInfo` needs every function.

#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::*;
