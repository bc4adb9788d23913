//! Tests of the notary pallet, one file per concern. Each runs through [`crate::mock::run`],
//! which checks the pallet's invariants afterwards.

mod anchor;
mod batch;
mod deposits;
mod queries;
mod revoke;

use crate::mock::*;
use frame_support::assert_ok;
use sp_core::H256;

/// A digest that differs for each `seed`.
pub fn digest(seed: u8) -> H256 {
	H256::repeat_byte(seed)
}

/// `who` anchors `digest(seed)` as a SHA-256 file digest with `memo`.
pub fn anchor_file(who: AccountId, seed: u8, memo: &[u8]) {
	assert_ok!(Notary::anchor(
		RuntimeOrigin::signed(who),
		digest(seed),
		crate::HashAlgorithm::Sha256,
		crate::AnchorKind::File,
		None,
		Some(memo.to_vec()),
	));
}
