//! The benchmarks.

extern crate alloc;

use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use pallet_node_authorization::{AdditionalConnections, Owners, WellKnownNodes};
use sp_core::OpaquePeerId as PeerId;
use sp_runtime::traits::StaticLookup;

/// Benchmarks `pallet_node_authorization::Pallet<T>`.
pub struct Pallet<T: Config>(pallet_node_authorization::Pallet<T>);

/// What the benchmarks need of the runtime: only the pallet itself.
pub trait Config: pallet_node_authorization::Config {}

type NodeAuthorization<T> = pallet_node_authorization::Pallet<T>;

/// A peer id of the longest accepted length (one byte short of `MaxPeerIdLength`), distinct for
/// each `seed`.
fn peer<T: Config>(seed: u32) -> PeerId {
	let length = (T::MaxPeerIdLength::get() as usize).saturating_sub(1).max(4);
	let mut bytes = vec![0xAB; length];
	bytes[..4].copy_from_slice(&seed.to_le_bytes());
	PeerId(bytes)
}

/// The most well-known nodes a call can find: one short of `MaxWellKnownNodes`, each owned.
fn fill_well_known<T: Config>() -> Vec<PeerId> {
	let count = T::MaxWellKnownNodes::get().saturating_sub(1);
	let nodes: Vec<PeerId> = (0..count).map(peer::<T>).collect();
	let owner: T::AccountId = account("owner", 0, 0);
	WellKnownNodes::<T>::put(nodes.iter().cloned().collect::<alloc::collections::BTreeSet<_>>());
	for node in &nodes {
		Owners::<T>::insert(node, &owner);
	}
	nodes
}

/// As many connections as there can be well-known nodes.
fn connections<T: Config>() -> Vec<PeerId> {
	(1_000..1_000 + T::MaxWellKnownNodes::get()).map(peer::<T>).collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn add_well_known_node() -> Result<(), BenchmarkError> {
		fill_well_known::<T>();
		let node = peer::<T>(u32::MAX);
		let owner: T::AccountId = account("new owner", 0, 0);
		let origin =
			T::AddOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[block]
		{
			NodeAuthorization::<T>::add_well_known_node(
				origin,
				node.clone(),
				T::Lookup::unlookup(owner),
			)?;
		}
		assert!(WellKnownNodes::<T>::get().contains(&node));
		Ok(())
	}

	#[benchmark]
	fn remove_well_known_node() -> Result<(), BenchmarkError> {
		let nodes = fill_well_known::<T>();
		let node = nodes[nodes.len() / 2].clone();
		AdditionalConnections::<T>::insert(
			&node,
			connections::<T>().into_iter().collect::<alloc::collections::BTreeSet<_>>(),
		);
		let origin =
			T::RemoveOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[block]
		{
			NodeAuthorization::<T>::remove_well_known_node(origin, node.clone())?;
		}
		assert!(!WellKnownNodes::<T>::get().contains(&node));
		Ok(())
	}

	#[benchmark]
	fn swap_well_known_node() -> Result<(), BenchmarkError> {
		let nodes = fill_well_known::<T>();
		let remove = nodes[nodes.len() / 2].clone();
		let add = peer::<T>(u32::MAX);
		AdditionalConnections::<T>::insert(
			&remove,
			connections::<T>().into_iter().collect::<alloc::collections::BTreeSet<_>>(),
		);
		let origin =
			T::SwapOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[block]
		{
			NodeAuthorization::<T>::swap_well_known_node(origin, remove, add.clone())?;
		}
		assert!(WellKnownNodes::<T>::get().contains(&add));
		Ok(())
	}

	#[benchmark]
	fn reset_well_known_nodes() -> Result<(), BenchmarkError> {
		fill_well_known::<T>();
		let count = T::MaxWellKnownNodes::get().saturating_sub(1);
		let new: Vec<(PeerId, T::AccountId)> =
			(0..count).map(|i| (peer::<T>(10_000 + i), account("reset owner", i, 0))).collect();
		let origin =
			T::ResetOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		#[block]
		{
			NodeAuthorization::<T>::reset_well_known_nodes(origin, new)?;
		}
		assert_eq!(WellKnownNodes::<T>::get().len() as u32, count);
		Ok(())
	}

	#[benchmark]
	fn claim_node() -> Result<(), BenchmarkError> {
		let node = peer::<T>(7);
		let caller: T::AccountId = whitelisted_caller();
		#[block]
		{
			NodeAuthorization::<T>::claim_node(
				RawOrigin::Signed(caller.clone()).into(),
				node.clone(),
			)?;
		}
		assert_eq!(Owners::<T>::get(&node), Some(caller));
		Ok(())
	}

	#[benchmark]
	fn remove_claim() -> Result<(), BenchmarkError> {
		fill_well_known::<T>();
		let node = peer::<T>(u32::MAX);
		let caller: T::AccountId = whitelisted_caller();
		Owners::<T>::insert(&node, &caller);
		AdditionalConnections::<T>::insert(
			&node,
			connections::<T>().into_iter().collect::<alloc::collections::BTreeSet<_>>(),
		);
		#[block]
		{
			NodeAuthorization::<T>::remove_claim(RawOrigin::Signed(caller).into(), node.clone())?;
		}
		assert!(!Owners::<T>::contains_key(&node));
		Ok(())
	}

	#[benchmark]
	fn transfer_node() -> Result<(), BenchmarkError> {
		let node = peer::<T>(7);
		let caller: T::AccountId = whitelisted_caller();
		let target: T::AccountId = account("target", 0, 0);
		Owners::<T>::insert(&node, &caller);
		#[block]
		{
			NodeAuthorization::<T>::transfer_node(
				RawOrigin::Signed(caller).into(),
				node.clone(),
				T::Lookup::unlookup(target.clone()),
			)?;
		}
		assert_eq!(Owners::<T>::get(&node), Some(target));
		Ok(())
	}

	#[benchmark]
	fn add_connections() -> Result<(), BenchmarkError> {
		let node = peer::<T>(7);
		let caller: T::AccountId = whitelisted_caller();
		Owners::<T>::insert(&node, &caller);
		let added = connections::<T>();
		#[block]
		{
			NodeAuthorization::<T>::add_connections(
				RawOrigin::Signed(caller).into(),
				node.clone(),
				added.clone(),
			)?;
		}
		assert_eq!(AdditionalConnections::<T>::get(&node).len(), added.len());
		Ok(())
	}

	#[benchmark]
	fn remove_connections() -> Result<(), BenchmarkError> {
		let node = peer::<T>(7);
		let caller: T::AccountId = whitelisted_caller();
		Owners::<T>::insert(&node, &caller);
		let existing = connections::<T>();
		AdditionalConnections::<T>::insert(
			&node,
			existing.iter().cloned().collect::<alloc::collections::BTreeSet<_>>(),
		);
		#[block]
		{
			NodeAuthorization::<T>::remove_connections(
				RawOrigin::Signed(caller).into(),
				node.clone(),
				existing,
			)?;
		}
		assert!(AdditionalConnections::<T>::get(&node).is_empty());
		Ok(())
	}
}
