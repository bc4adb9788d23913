//! The library behind the `lode` command: anchor files and batches on a Lode chain, and verify
//! them against the chain spec alone (through `lode-verifier`), trusting no node.
//!
//! Each command is a function of [`commands`] that returns what it established or a
//! [`Failure`] that says what went wrong and what to do, with the exit status it maps to.

pub mod commands;
pub mod digest;
pub mod rpc;
pub mod spec;
pub mod tx;

use std::fmt;

/// Why a command did not succeed, and the exit status that says so.
#[derive(Debug)]
pub struct Failure {
	/// 1: a check failed (not anchored, revoked, a proof that does not verify, a transaction
	/// that failed); 2: bad usage or input (a missing file, a malformed spec, no node at the URL).
	pub status: i32,
	/// One line: what happened and what to do.
	pub message: String,
}

impl Failure {
	/// A check that failed.
	pub fn check(message: impl Into<String>) -> Self {
		Self { status: 1, message: message.into() }
	}

	/// Bad usage or input.
	pub fn usage(message: impl Into<String>) -> Self {
		Self { status: 2, message: message.into() }
	}
}

impl fmt::Display for Failure {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		f.write_str(&self.message)
	}
}

impl std::error::Error for Failure {}
