//! A clean stop that reads as clean.
//!
//! When an essential task ends, the task manager logs "Essential task `<name>` failed. Shutting
//! down service." and stops the node. On SIGINT or SIGTERM some essential tasks (the transaction
//! pool's `txpool-background`, `grandpa-voter`, …) end on their own a moment before the task
//! manager cancels them, as the node takes their channels down, and the SDK logs that error on a
//! clean shutdown. [`QuietOnShutdown`] spawns Lode's essential tasks with [`GRACE`] after they end:
//! a node that is stopping cancels them within that time and nothing is logged; a node that is not
//! stopping reports the failure once the grace is over and shuts down, as before.

use futures::{future::BoxFuture, FutureExt};
use sc_service::SpawnEssentialTaskHandle;
use sp_core::traits::SpawnEssentialNamed;
use std::time::Duration;

/// How long an ended essential task waits for the node's shutdown before it counts as failed.
pub const GRACE: Duration = Duration::from_secs(5);

/// Spawns essential tasks through the task manager, each with [`GRACE`] after it ends.
#[derive(Clone)]
pub struct QuietOnShutdown(pub SpawnEssentialTaskHandle);

impl QuietOnShutdown {
	/// The essential task spawner of `task_manager`, quiet on shutdown.
	pub fn of(task_manager: &sc_service::TaskManager) -> Self {
		Self(task_manager.spawn_essential_handle())
	}

	/// Spawns an essential blocking task.
	pub fn spawn_blocking(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		task: impl std::future::Future<Output = ()> + Send + 'static,
	) {
		self.spawn_essential_blocking(name, group, task.boxed());
	}

	fn graced(name: &'static str, task: BoxFuture<'static, ()>) -> BoxFuture<'static, ()> {
		async move {
			task.await;
			log::debug!(
				target: "lode",
				"essential task `{name}` ended; it fails the node in {} s unless the node is stopping",
				GRACE.as_secs()
			);
			// Not tokio's timer: a blocking task may still run while the runtime shuts down, when
			// tokio's timers panic.
			futures_timer::Delay::new(GRACE).await;
			log::warn!(target: "lode", "essential task `{name}` ended while the node was running");
		}
		.boxed()
	}
}

impl SpawnEssentialNamed for QuietOnShutdown {
	fn spawn_essential_blocking(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		task: BoxFuture<'static, ()>,
	) {
		self.0.spawn_blocking(name, group, Self::graced(name, task));
	}

	fn spawn_essential(
		&self,
		name: &'static str,
		group: Option<&'static str>,
		task: BoxFuture<'static, ()>,
	) {
		self.0.spawn(name, group, Self::graced(name, task));
	}
}
