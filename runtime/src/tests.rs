//! Checks on the composed runtime, natively.

use crate::*;
use frame_support::traits::{Get, Hooks};
use sp_genesis_builder::PresetId;

#[test]
fn every_pallet_passes_its_integrity_test() {
	sp_io::TestExternalities::default().execute_with(|| {
		<AllPalletsWithSystem as frame_support::traits::IntegrityTest>::integrity_test();
	});
}

#[test]
fn the_ss58_prefix_of_the_runtime_is_the_published_one() {
	assert_eq!(<configs::SS58Prefix as Get<u16>>::get(), SS58_PREFIX);
}

#[test]
fn every_preset_builds_a_genesis_state() {
	for name in genesis_config_presets::preset_names() {
		preset_state(&name).execute_with(|| {
			assert!(Difficulty::difficulty() >= configs::MinimumDifficulty::get());
			assert!(pallet_balances::TotalIssuance::<Runtime>::get() > 0);
			// The bonded genesis validators are the session's validators and GRANDPA's voters.
			let validators = pallet_session::Validators::<Runtime>::get();
			assert!(!validators.is_empty(), "{name:?} has validators");
			assert_eq!(Grandpa::grandpa_authorities().len(), validators.len(), "{name:?}");
			for validator in &validators {
				assert!(pallet_validator_set::Ledgers::<Runtime>::contains_key(validator));
			}
			// BABE sees sessions only on BABE chains.
			let babe = ConsensusMode::is_babe();
			assert_eq!(Babe::authorities().len(), if babe { validators.len() } else { 0 });
			// Permissioned chains list their nodes; the public chain has neither sudo nor nodes.
			let nodes = pallet_node_authorization::WellKnownNodes::<Runtime>::get();
			assert_eq!(
				babe,
				!nodes.is_empty(),
				"{name:?}: BABE chains and only they are permissioned"
			);
			match name.as_str() {
				genesis_config_presets::ALLIANCE_PRESET => {
					assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
					assert_eq!(
						pallet_collective::Members::<Runtime, configs::CouncilCollective>::get()
							.len(),
						3
					);
					assert_eq!(
						pallet_membership::Members::<Runtime, configs::RegulatorsInstance>::get()
							.len(),
						1
					);
				},
				genesis_config_presets::PUBLIC_PRESET => {
					assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
					assert!(!babe);
					// Governed by referenda and a seeded council.
					assert_eq!(
						pallet_collective::Members::<Runtime, configs::CouncilCollective>::get()
							.len(),
						3
					);
				},
				_ => assert!(pallet_sudo::Key::<Runtime>::get().is_some()),
			}
		});
	}
	assert!(genesis_config_presets::get_preset(&PresetId::from("no-such-preset")).is_none());
}

#[test]
fn a_block_pays_its_miner() {
	use sp_keyring::Sr25519Keyring;
	let miner = Sr25519Keyring::Ferdie.to_account_id();
	mined_block_by(&miner).execute_with(|| {
		BlockReward::on_finalize(1);
		assert_eq!(Balances::free_balance(&miner), configs::BlockRewardAmount::get());
	});
}

/// An empty state in block 1, whose proof-of-work pre-runtime digest names `miner` as the author.
fn mined_block_by(miner: &AccountId) -> sp_io::TestExternalities {
	use codec::Encode;
	let storage = frame_system::GenesisConfig::<Runtime>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::initialize(&1, &Default::default(), &Default::default());
		System::deposit_log(sp_runtime::DigestItem::PreRuntime(
			sp_consensus_pow::POW_ENGINE_ID,
			miner.encode(),
		));
	});
	ext
}

/// The genesis state of the runtime preset `name`.
fn preset_state(name: &str) -> sp_io::TestExternalities {
	let patch = genesis_config_presets::get_preset(&PresetId::from(name)).expect("preset exists");
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default()).unwrap();
	let patch: serde_json::Value = serde_json::from_slice(&patch).unwrap();
	json_merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("preset patch matches the genesis config");
	sp_io::TestExternalities::new(config.build_storage().expect("genesis builds"))
}

/// Starts block 1 of a BABE chain in `slot`, as a validator's secondary-slot claim would, and sets
/// its timestamp.
fn babe_block_at(slot: u64, timestamp: u64) {
	use sp_consensus_babe::digests::{CompatibleDigestItem, PreDigest, SecondaryPlainPreDigest};
	let claim = PreDigest::SecondaryPlain(SecondaryPlainPreDigest {
		authority_index: 0,
		slot: slot.into(),
	});
	let digest = sp_runtime::Digest {
		logs: vec![<sp_runtime::DigestItem as CompatibleDigestItem>::babe_pre_digest(claim)],
	};
	System::initialize(&1, &Default::default(), &digest);
	Babe::on_initialize(1);
	Timestamp::set(RuntimeOrigin::none(), timestamp).expect("a timestamp after genesis");
}

#[test]
fn babe_chains_run_slots_of_the_target_block_time() {
	use sp_consensus_babe::runtime_decl_for_babe_api::BabeApi;
	let slot_ms = TARGET_BLOCK_TIME_MS;
	assert_eq!(slot_ms, 6_000);
	preset_state(genesis_config_presets::PRIVATE_PRESET).execute_with(|| {
		assert!(ConsensusMode::is_babe());
		// The node paces BABE authoring by the slot the runtime reports.
		assert_eq!(<Runtime as BabeApi<Block>>::configuration().slot_duration, slot_ms);
		// Any moment within the slot is accepted: its first and its last millisecond.
		let slot = 294_000_000;
		babe_block_at(slot, slot * slot_ms);
		assert_eq!(Babe::current_slot(), slot);
		assert_eq!(pallet_timestamp::Now::<Runtime>::get(), slot * slot_ms);
	});
	preset_state(genesis_config_presets::PRIVATE_PRESET).execute_with(|| {
		babe_block_at(294_000_000, 294_000_001 * slot_ms - 1);
	});
}

#[test]
#[should_panic(expected = "Timestamp slot must match `CurrentSlot`")]
fn a_babe_block_whose_timestamp_lies_in_the_next_slot_is_invalid() {
	preset_state(genesis_config_presets::PRIVATE_PRESET).execute_with(|| {
		// pallet-babe would count 200 ms slots from the timestamp's minimum period; a 6 s slot
		// ends here.
		babe_block_at(294_000_000, 294_000_001 * TARGET_BLOCK_TIME_MS);
	});
}

#[test]
fn proof_of_work_chains_do_not_check_slots() {
	preset_state(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
		assert!(!ConsensusMode::is_babe());
		System::initialize(&1, &Default::default(), &Default::default());
		Timestamp::set(RuntimeOrigin::none(), 1_700_000_000_123).expect("any timestamp");
		assert_eq!(pallet_timestamp::Now::<Runtime>::get(), 1_700_000_000_123);
	});
}

fn json_merge(base: &mut serde_json::Value, patch: serde_json::Value) {
	match (base, patch) {
		(serde_json::Value::Object(base), serde_json::Value::Object(patch)) => {
			for (key, value) in patch {
				json_merge(base.entry(key).or_insert(serde_json::Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

#[test]
fn equivocation_weights_hold_because_lode_has_no_nominators() {
	// pallet-consensus-benchmarking measures BABE and GRANDPA equivocation reports without
	// nominators; with nominators a report would slash more accounts than it was weighed for.
	assert_eq!(<<Runtime as pallet_babe::Config>::MaxNominators as Get<u32>>::get(), 0);
	assert_eq!(<<Runtime as pallet_grandpa::Config>::MaxNominators as Get<u32>>::get(), 0);
}

/// try-runtime's checks: every pallet's `try_state` invariants, and the runtime upgrade's pre- and
/// post-checks, over real state. `scripts/test` runs these with `--features try-runtime`, the
/// dev chain's state taken from the node the Polkadot.js suite has just exercised.
#[cfg(feature = "try-runtime")]
mod try_runtime {
	use super::*;
	use frame_support::traits::{TryState, TryStateSelect};
	use frame_try_runtime::UpgradeCheckSelect;

	/// Every invariant of every pallet, then the upgrade checks, in the current externalities.
	fn check_everything(what: &str) {
		let block = System::block_number();
		AllPalletsWithSystem::try_state(block, TryStateSelect::All)
			.unwrap_or_else(|error| panic!("{what}: try_state failed at block {block}: {error:?}"));
		Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.unwrap_or_else(|error| panic!("{what}: the upgrade checks failed: {error:?}"));
	}

	#[test]
	fn every_presets_genesis_keeps_every_invariant() {
		for name in genesis_config_presets::preset_names() {
			let label = String::from_utf8_lossy(name.as_ref()).into_owned();
			preset_state(&label).execute_with(|| check_everything(&format!("preset {label}")));
		}
	}

	/// The state file `scripts/e2e/run.mjs --dump-state` writes: `{ number, pairs: [[key, value]] }`.
	fn snapshot(path: &str) -> (u64, sp_io::TestExternalities) {
		let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"));
		let json: serde_json::Value = serde_json::from_str(&text).expect("a state snapshot");
		let hex = |value: &serde_json::Value| -> Vec<u8> {
			let text = value.as_str().expect("a hex string");
			sp_core::bytes::from_hex(text).expect("hex")
		};
		let top = json["pairs"]
			.as_array()
			.expect("pairs")
			.iter()
			.map(|pair| (hex(&pair[0]), hex(&pair[1])))
			.collect();
		let storage = sp_core::storage::Storage { top, children_default: Default::default() };
		(json["number"].as_u64().expect("a block number"), sp_io::TestExternalities::new(storage))
	}

	#[test]
	#[ignore = "needs LODE_STATE_SNAPSHOT, a dev chain's state: scripts/test provides it"]
	fn a_dev_chains_state_keeps_every_invariant() {
		let path = std::env::var("LODE_STATE_SNAPSHOT")
			.expect("LODE_STATE_SNAPSHOT names a state file of scripts/e2e/run.mjs --dump-state");
		let (number, mut state) = snapshot(&path);
		state.execute_with(|| {
			assert_eq!(u64::from(System::block_number()), number, "the snapshot's block number");
			assert!(number > 0, "the snapshot is of a chain that has made blocks");
			// The suite records provenance: the invariants are checked over real lots, not
			// over empty maps.
			assert!(
				pallet_provenance::Lots::<Runtime>::iter().next().is_some(),
				"the snapshot holds no lot: is it the state after the Polkadot.js suite?"
			);
			check_everything(&format!("the dev chain's state at block {number}"));
		});
	}
}

/// The fee `call` would pay as an extrinsic of `len` bytes, at the current multiplier.
fn fee_of(call: &RuntimeCall, len: u32) -> Balance {
	use frame_support::dispatch::GetDispatchInfo;
	TransactionPayment::compute_fee(len, &call.get_dispatch_info(), 0)
}

/// An extrinsic's length: the call, plus a signed extrinsic's address, signature and extensions.
fn extrinsic_len(call: &RuntimeCall) -> u32 {
	use codec::Encode;
	const SIGNED_OVERHEAD: u32 = 110;
	u32::try_from(call.encoded_size()).expect("small") + SIGNED_OVERHEAD
}

#[test]
fn a_megabyte_of_remark_costs_more_than_a_thousand_transfers() {
	use sp_keyring::Sr25519Keyring;
	sp_io::TestExternalities::default().execute_with(|| {
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: UNIT,
		});
		let remark =
			RuntimeCall::System(frame_system::Call::remark { remark: vec![0u8; 1024 * 1024] });
		let transfer_fee = fee_of(&transfer, extrinsic_len(&transfer));
		let remark_fee = fee_of(&remark, extrinsic_len(&remark));
		// A transfer costs between 0.001 and 0.01 LODE; a MiB of data over 10 LODE.
		assert!((MILLI_UNIT..10 * MILLI_UNIT).contains(&transfer_fee), "transfer: {transfer_fee}");
		assert!(remark_fee > 10 * UNIT, "1 MiB remark: {remark_fee}");
		assert!(remark_fee > 1_000 * transfer_fee, "{remark_fee} vs {transfer_fee}");
	});
}

#[test]
fn fees_rise_with_congestion_and_fall_when_blocks_are_empty() {
	use frame_support::dispatch::DispatchClass;
	use pallet_transaction_payment::{Multiplier, MultiplierUpdate};
	use sp_runtime::traits::Convert;
	sp_io::TestExternalities::default().execute_with(|| {
		let one = Multiplier::from(1u128);
		let limit = configs::RuntimeBlockWeights::get()
			.get(DispatchClass::Normal)
			.max_total
			.expect("normal class is bounded");
		System::set_block_consumed_resources(limit, 0);
		let full = <configs::FeeMultiplierUpdate as Convert<Multiplier, Multiplier>>::convert(one);
		assert!(full > one, "a full block raises fees: {full}");
		System::set_block_consumed_resources(frame_support::weights::Weight::zero(), 0);
		let empty = <configs::FeeMultiplierUpdate as Convert<Multiplier, Multiplier>>::convert(one);
		assert!(empty < one, "an empty block lowers fees: {empty}");
		assert!(configs::FeeMultiplierUpdate::min() > Multiplier::from(0u128));
	});
}

#[test]
fn fees_and_tips_reach_the_block_author_less_the_burned_share() {
	use frame_support::traits::{fungible::Balanced, OnUnbalanced};
	use sp_keyring::Sr25519Keyring;
	let miner = Sr25519Keyring::Ferdie.to_account_id();
	mined_block_by(&miner).execute_with(|| {
		let issuance = |amount| <Balances as Balanced<AccountId>>::issue(amount);
		let (fee, tip) = (100 * MILLI_UNIT, 10 * MILLI_UNIT);
		configs::DealWithFees::on_unbalanceds([issuance(fee), issuance(tip)].into_iter());
		let share = Balance::from(configs::AUTHOR_FEE_SHARE);
		assert_eq!(Balances::free_balance(&miner), fee * share / 100 + tip);
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), fee * share / 100 + tip);
	});
}

/// Names a Polkadot.js event already has before it adds a getter for each field, and so gives
/// no getter for a field of that name (`event.data.hash` is the BLAKE2 of the data, not the
/// field): the methods and properties of its codecs and of JavaScript arrays.
const TAKEN_IN_POLKADOT_JS: &[&str] = &[
	"hash",
	"isEmpty",
	"registry",
	"encodedLength",
	"createdAtHash",
	"initialU8aLength",
	"isStorageFallback",
	"eq",
	"inspect",
	"toArray",
	"toHex",
	"toHuman",
	"toJSON",
	"toPrimitive",
	"toRawType",
	"toString",
	"toU8a",
	"Types",
	"meta",
	"method",
	"names",
	"section",
	"typeDef",
	"length",
	"at",
	"concat",
	"entries",
	"every",
	"fill",
	"filter",
	"find",
	"findIndex",
	"flat",
	"flatMap",
	"forEach",
	"includes",
	"indexOf",
	"join",
	"keys",
	"map",
	"pop",
	"push",
	"reduce",
	"reverse",
	"shift",
	"slice",
	"some",
	"sort",
	"splice",
	"values",
	"with",
	"constructor",
];

/// `leaf_count` → `leafCount`, as Polkadot.js names fields.
fn camel_case(name: &str) -> String {
	let mut words = name.split('_');
	let first = words.next().unwrap_or_default().to_owned();
	words.fold(first, |mut out, word| {
		let mut chars = word.chars();
		if let Some(c) = chars.next() {
			out.extend(c.to_uppercase());
			out.push_str(chars.as_str());
		}
		out
	})
}

#[test]
fn every_field_of_lodes_events_has_its_getter_in_polkadot_js() {
	use scale_info::{TypeDef, TypeInfo};
	let events = [
		("provenance", pallet_provenance::Event::<Runtime>::type_info()),
		("notary", pallet_notary::Event::<Runtime>::type_info()),
	];
	assert_eq!(camel_case("leaf_count"), "leafCount");
	for (pallet, info) in events {
		let TypeDef::Variant(variants) = info.type_def else {
			panic!("{pallet}: events are an enum");
		};
		assert!(!variants.variants.is_empty());
		for variant in variants.variants {
			for field in variant.fields {
				let name = camel_case(field.name.unwrap_or_default());
				assert!(
					!name.is_empty() && !TAKEN_IN_POLKADOT_JS.contains(&name.as_str()),
					"{pallet}.{}: the field `{name}` has no getter in Polkadot.js",
					variant.name
				);
			}
		}
	}
}
