//! BABE block production, for private and alliance chains: the validators take turns by slot
//! (primary VRF slots, secondary slots for the rest), and GRANDPA finalizes.

use super::{FullClient, FullSelectChain, GrandpaBlockImport};
use lode_runtime::opaque::Block;
use sp_consensus_babe::SlotDuration;
use sp_inherents::CreateInherentDataProviders;

/// BABE's block import: checks the slot, the VRF and the author, tracks epochs, and hands the
/// block to GRANDPA's import.
pub type BabeImport = sc_consensus_babe::BabeBlockImport<
	Block,
	FullClient,
	GrandpaBlockImport,
	SlotInherents,
	FullSelectChain,
>;

/// The inherent data of a BABE block: the timestamp and the slot it falls in.
#[derive(Clone, Copy)]
pub struct SlotInherents {
	pub slot_duration: SlotDuration,
}

#[async_trait::async_trait]
impl CreateInherentDataProviders<Block, ()> for SlotInherents {
	type InherentDataProviders =
		(sp_consensus_babe::inherents::InherentDataProvider, sp_timestamp::InherentDataProvider);

	async fn create_inherent_data_providers(
		&self,
		_parent: <Block as sp_runtime::traits::Block>::Hash,
		_: (),
	) -> Result<Self::InherentDataProviders, Box<dyn std::error::Error + Send + Sync>> {
		let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
		let slot =
			sp_consensus_babe::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
				*timestamp,
				self.slot_duration,
			);
		Ok((slot, timestamp))
	}
}
