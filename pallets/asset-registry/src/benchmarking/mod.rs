//! Benchmarks of the asset registry, each in its worst case: the longest names and reasons, an
//! allow-list instrument, a partly frozen sender, and `MaxOpenActions` open corporate actions
//! (each holding change is noted for every one of them).

use super::*;
use crate::Pallet as Registry;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{traits::Get, weights::Weight, BoundedVec};
use frame_system::RawOrigin;
use setup::*;
use sp_core::H256;
use sp_runtime::traits::{Saturating, Zero};

mod setup;

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() -> Result<(), BenchmarkError> {
		let issuer = funded::<T>("issuer", 0);
		let identifier = Identifier::Other {
			scheme: bytes::<T::MaxSchemeLen>(b's'),
			value: bytes::<T::MaxIdentifierLen>(b'v'),
		};

		#[extrinsic_call]
		_(
			RawOrigin::Signed(issuer.clone()),
			bytes::<T::MaxNameLen>(b'n').into_inner(),
			bytes::<T::MaxSymbolLen>(b'y').into_inner(),
			identifier,
			2,
			bond_kind::<T>(),
			Compliance::AllowList,
		);

		let id = LastInstrumentId::<T>::get();
		assert_eq!(Instruments::<T>::get(id).map(|i| i.issuer), Some(issuer));
		assert_eq!(Upcoming::<T>::get(id).len(), 1);
		Ok(())
	}

	#[benchmark]
	fn issue() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let to = holder::<T>(&issuer, id, "to", 0)?;
		open_actions::<T>(id);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, to.clone(), UNITS);

		assert_eq!(Holdings::<T>::get(id, &to), UNITS);
		Ok(())
	}

	#[benchmark]
	fn transfer() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let from = holder::<T>(&issuer, id, "from", UNITS)?;
		let to = holder::<T>(&issuer, id, "to", 0)?;
		Registry::<T>::do_freeze_units(id, from.clone(), 1, Controller::Issuer(issuer.clone()))?;
		open_actions::<T>(id);

		#[extrinsic_call]
		_(RawOrigin::Signed(from.clone()), id, to.clone(), UNITS - 1);

		assert_eq!(Holdings::<T>::get(id, &to), UNITS - 1);
		Ok(())
	}

	#[benchmark]
	fn burn() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let from = holder::<T>(&issuer, id, "from", UNITS)?;
		Registry::<T>::do_freeze_units(
			id,
			from.clone(),
			UNITS,
			Controller::Issuer(issuer.clone()),
		)?;
		full_books::<T>(&from, id)?;
		open_actions::<T>(id);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, from.clone(), UNITS);

		assert_eq!(Holdings::<T>::get(id, &from), 0);
		Ok(())
	}

	#[benchmark]
	fn set_allowed() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let who: T::AccountId = account("who", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, who.clone(), true);

		assert!(Allowed::<T>::contains_key(id, &who));
		Ok(())
	}

	#[benchmark]
	fn file_document() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let name = bytes::<T::MaxNameLen>(b'd').into_inner();
		let uri = bytes::<T::MaxUriLen>(b'u').into_inner();
		Registry::<T>::do_file_document(
			&issuer,
			id,
			name.clone(),
			uri.clone(),
			H256::repeat_byte(1),
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, name.clone(), uri, H256::repeat_byte(2));

		assert_eq!(
			LatestDocument::<T>::get(id, BoundedVec::<u8, T::MaxNameLen>::truncate_from(name)),
			Some(2)
		);
		Ok(())
	}

	#[benchmark]
	fn freeze() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let who = holder::<T>(&issuer, id, "who", UNITS)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, who.clone());

		assert!(FrozenAccounts::<T>::contains_key(id, &who));
		Ok(())
	}

	#[benchmark]
	fn thaw() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let who = holder::<T>(&issuer, id, "who", UNITS)?;
		Registry::<T>::do_freeze(id, who.clone(), Controller::Issuer(issuer.clone()))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, who.clone());

		assert!(!FrozenAccounts::<T>::contains_key(id, &who));
		Ok(())
	}

	#[benchmark]
	fn freeze_units() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let who = holder::<T>(&issuer, id, "who", UNITS)?;
		Registry::<T>::do_freeze_units(id, who.clone(), 1, Controller::Issuer(issuer.clone()))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, who.clone(), UNITS);

		assert_eq!(Registry::<T>::frozen_units(id, &who), UNITS);
		Ok(())
	}

	#[benchmark]
	fn pause() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id);

		assert_eq!(Instruments::<T>::get(id).map(|i| i.status), Some(InstrumentStatus::Paused));
		Ok(())
	}

	#[benchmark]
	fn force_transfer() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let from = holder::<T>(&issuer, id, "from", UNITS)?;
		let to = holder::<T>(&issuer, id, "to", 0)?;
		Registry::<T>::do_freeze_units(
			id,
			from.clone(),
			UNITS,
			Controller::Issuer(issuer.clone()),
		)?;
		full_books::<T>(&from, id)?;
		open_actions::<T>(id);
		let reason = vec![b'r'; T::MaxReasonLen::get() as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, from.clone(), to.clone(), UNITS, reason);

		assert_eq!(Holdings::<T>::get(id, &to), UNITS);
		Ok(())
	}

	#[benchmark]
	fn approve() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let owner = holder::<T>(&issuer, id, "owner", UNITS)?;
		let spender: T::AccountId = account("spender", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), id, spender.clone(), UNITS);

		assert_eq!(Approvals::<T>::get((id, &owner, &spender)), Some(UNITS));
		Ok(())
	}

	#[benchmark]
	fn transfer_from() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let from = holder::<T>(&issuer, id, "from", UNITS)?;
		let to = holder::<T>(&issuer, id, "to", 0)?;
		let spender: T::AccountId = account("spender", 0, 0);
		Registry::<T>::do_approve(id, from.clone(), spender.clone(), UNITS)?;
		Registry::<T>::do_freeze_units(id, from.clone(), 1, Controller::Issuer(issuer.clone()))?;
		open_actions::<T>(id);

		#[extrinsic_call]
		_(RawOrigin::Signed(spender), id, from.clone(), to.clone(), UNITS - 1);

		assert_eq!(Holdings::<T>::get(id, &to), UNITS - 1);
		Ok(())
	}

	#[benchmark]
	fn declare_dividend() -> Result<(), BenchmarkError> {
		use frame_support::traits::Time as _;
		let (issuer, id) = instrument::<T>(equity_kind::<T>(), Compliance::AllowList)?;
		let now = T::Time::now();
		for n in 1..u64::from(T::MaxOpenActions::get()) {
			Registry::<T>::do_declare_dividend(
				&issuer,
				id,
				now.saturating_add(n),
				1_000u32.into(),
			)?;
		}
		let date = now.saturating_add(YEAR);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, date, 1_000u32.into());

		assert_eq!(Upcoming::<T>::get(id).len() as u32, T::MaxOpenActions::get());
		Ok(())
	}

	#[benchmark]
	fn cancel_dividend() -> Result<(), BenchmarkError> {
		use frame_support::traits::Time as _;
		let (issuer, id) = instrument::<T>(equity_kind::<T>(), Compliance::AllowList)?;
		let now = T::Time::now();
		for n in 1..=u64::from(T::MaxOpenActions::get()) {
			Registry::<T>::do_declare_dividend(
				&issuer,
				id,
				now.saturating_add(n),
				1_000u32.into(),
			)?;
		}
		let action = LastActionId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), action);

		assert_eq!(Actions::<T>::get(action).map(|a| a.status), Some(ActionStatus::Cancelled));
		Ok(())
	}

	#[benchmark]
	fn claim() -> Result<(), BenchmarkError> {
		use frame_support::traits::Time as _;
		let (asset, face) = payment::<T>();
		let (issuer, id) = instrument::<T>(equity_kind::<T>(), Compliance::AllowList)?;
		let who = holder::<T>(&issuer, id, "who", UNITS)?;
		Registry::<T>::do_declare_dividend(&issuer, id, T::Time::now().saturating_add(1), face)?;
		let action = LastActionId::<T>::get();
		fund_payments::<T>(&asset, &Registry::<T>::pot_account());
		Actions::<T>::mutate(action, |record| {
			if let Some(record) = record {
				record.status = ActionStatus::Completed;
				record.withheld = face;
			}
		});
		Schedule::<T>::remove(
			Actions::<T>::get(action).map_or(0, |a| a.record_date).to_be_bytes(),
			action,
		);
		Upcoming::<T>::remove(id);
		Claimable::<T>::insert(action, &who, face);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), action);

		assert!(!Claimable::<T>::contains_key(action, &who));
		assert_last_event::<T>(Event::Claimed { action, holder: who, amount: face });
		Ok(())
	}

	#[benchmark]
	fn cure_default() -> Result<(), BenchmarkError> {
		let (asset, _) = payment::<T>();
		let (issuer, id) = claims_instrument::<T>()?;
		holder::<T>(&issuer, id, "who", UNITS)?;
		let action = Upcoming::<T>::get(id)[0];
		// The issuer holds none of the payment asset: the coupon defaults.
		let _ = Registry::<T>::execute(action);
		assert!(InDefault::<T>::contains_key(id, action));
		fund_payments::<T>(&asset, &issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), action);

		assert_eq!(Actions::<T>::get(action).map(|a| a.status), Some(ActionStatus::Paying));
		Ok(())
	}

	#[benchmark]
	fn on_initialize_idle() {
		#[block]
		{
			Registry::<T>::run_actions(0, Weight::MAX);
		}
	}

	#[benchmark]
	fn execute_action() -> Result<(), BenchmarkError> {
		let (asset, _) = payment::<T>();
		let (issuer, id) = claims_instrument::<T>()?;
		holder::<T>(&issuer, id, "who", UNITS)?;
		fund_payments::<T>(&asset, &issuer);
		let action = Upcoming::<T>::get(id)[0];

		#[block]
		{
			let _ = Registry::<T>::execute(action);
		}

		assert_eq!(Actions::<T>::get(action).map(|a| a.status), Some(ActionStatus::Paying));
		assert_eq!(Upcoming::<T>::get(id).len(), 1);
		Ok(())
	}

	#[benchmark]
	fn pay_holder() -> Result<(), BenchmarkError> {
		// The worst payment: a redemption, which also cancels the holder's units, to an account
		// that holds none of the payment asset yet.
		let (asset, _) = payment::<T>();
		let (issuer, id) = claims_instrument::<T>()?;
		let who = holder::<T>(&issuer, id, "who", UNITS)?;
		fund_payments::<T>(&asset, &issuer);
		let coupon = Upcoming::<T>::get(id)[0];
		let _ = Registry::<T>::execute(coupon);
		let mut action = Actions::<T>::get(coupon).ok_or(BenchmarkError::Weightless)?;
		action.kind = ActionKind::Redemption(1);
		open_actions::<T>(id);

		#[block]
		{
			let _ = Settled::<T>::contains_key(coupon, &who);
			let units = Records::<T>::get(coupon, &who).unwrap_or(Holdings::<T>::get(id, &who));
			Registry::<T>::settle(coupon, &mut action, &who, units);
		}

		assert!(Settled::<T>::contains_key(coupon, &who));
		assert_eq!(Holdings::<T>::get(id, &who), 0);
		assert!(!action.paid.is_zero());
		Ok(())
	}

	#[benchmark]
	fn clear_record() {
		let who: T::AccountId = account("who", 0, 0);
		Settled::<T>::insert(1, &who, ());

		#[block]
		{
			let _ = Settled::<T>::clear_prefix(1, 1, None);
		}

		assert!(!Settled::<T>::contains_key(1, &who));
	}

	#[benchmark]
	fn create_book() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("owner", 0);
		for _ in 1..T::MaxBooks::get() {
			Registry::<T>::do_create_book(owner.clone(), b"book".to_vec())?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), bytes::<T::MaxNameLen>(b'b').into_inner());

		assert_eq!(Books::<T>::iter_key_prefix(&owner).count() as u32, T::MaxBooks::get());
		Ok(())
	}

	#[benchmark]
	fn close_book() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("owner", 0);
		Registry::<T>::do_create_book(owner.clone(), b"book".to_vec())?;
		let book = NextBook::<T>::get(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), book);

		assert!(!Books::<T>::contains_key(&owner, book));
		Ok(())
	}

	#[benchmark]
	fn move_to_book() -> Result<(), BenchmarkError> {
		let (issuer, id) = claims_instrument::<T>()?;
		let owner = holder::<T>(&issuer, id, "owner", UNITS)?;
		Registry::<T>::do_create_book(owner.clone(), b"one".to_vec())?;
		let one = NextBook::<T>::get(&owner);
		Registry::<T>::do_create_book(owner.clone(), b"two".to_vec())?;
		let two = NextBook::<T>::get(&owner);
		Registry::<T>::do_move_to_book(owner.clone(), id, 0, one, UNITS)?;
		Registry::<T>::do_move_to_book(owner.clone(), id, one, two, 1)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), id, one, two, UNITS - 1);

		assert_eq!(Registry::<T>::book_units(&owner, two, id), UNITS);
		Ok(())
	}

	#[benchmark]
	fn issue_claim() -> Result<(), BenchmarkError> {
		let claim_issuer = funded::<T>("claim issuer", 0);
		let subject: T::AccountId = account("subject", 0, 0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(claim_issuer.clone()),
			subject.clone(),
			ClaimTopic::Kyc,
			H256::repeat_byte(1),
			Some(u64::MAX),
		);

		assert!(Claims::<T>::contains_key((&subject, &claim_issuer, ClaimTopic::Kyc)));
		Ok(())
	}

	#[benchmark]
	fn revoke_claim() -> Result<(), BenchmarkError> {
		let claim_issuer = funded::<T>("claim issuer", 0);
		let subject: T::AccountId = account("subject", 0, 0);
		Registry::<T>::do_issue_claim(
			claim_issuer.clone(),
			subject.clone(),
			ClaimTopic::Kyc,
			H256::repeat_byte(1),
			None,
		)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(claim_issuer.clone()), subject.clone(), ClaimTopic::Kyc);

		assert!(!Claims::<T>::contains_key((&subject, &claim_issuer, ClaimTopic::Kyc)));
		Ok(())
	}

	#[benchmark]
	fn set_claim_rules() -> Result<(), BenchmarkError> {
		let (issuer, id) = instrument::<T>(bond_kind::<T>(), Compliance::Claims)?;
		let n = T::MaxClaimRules::get();
		let required: Vec<ClaimTopic> = (0..n).map(ClaimTopic::Custom).collect();
		let trusted: Vec<T::AccountId> = (0..n).map(|i| account("claim issuer", i, 0)).collect();
		let jurisdictions: Vec<[u8; 2]> = (0..n).map(|_| *b"DE").collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer), id, required, trusted, jurisdictions);

		assert!(ClaimRulesOf::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn propose_settlement(l: Linear<2, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		let legs = trade_legs::<T>(l)?;
		let proposer = legs[0].from.clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer), legs);

		let record = Settlements::<T>::get(LastSettlementId::<T>::get());
		assert_eq!(record.map(|r| r.affirmed.len()), Some(1));
		Ok(())
	}

	#[benchmark]
	fn affirm_settlement(l: Linear<2, { T::MaxLegs::get() }>) -> Result<(), BenchmarkError> {
		// The last affirmation, which moves every leg.
		let id = proposed::<T>(trade_legs::<T>(l)?)?;
		let parties = Settlements::<T>::get(id).map(|r| r.parties.to_vec()).unwrap_or_default();
		let last = parties.last().cloned().ok_or(BenchmarkError::Weightless)?;
		for party in &parties[..parties.len() - 1] {
			if !Settlements::<T>::get(id).is_some_and(|r| r.affirmed.contains(party)) {
				Registry::<T>::do_affirm_settlement(party.clone(), id)?;
			}
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(last), id);

		assert_eq!(Settlements::<T>::get(id).map(|r| r.status), Some(SettlementStatus::Settled));
		Ok(())
	}

	#[benchmark]
	fn withdraw_affirmation() -> Result<(), BenchmarkError> {
		let legs = trade_legs::<T>(T::MaxLegs::get())?;
		let proposer = legs[0].from.clone();
		let id = proposed::<T>(legs)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer), id);

		assert_eq!(Settlements::<T>::get(id).map(|r| r.affirmed.len()), Some(0));
		Ok(())
	}

	#[benchmark]
	fn cancel_settlement() -> Result<(), BenchmarkError> {
		let legs = trade_legs::<T>(T::MaxLegs::get())?;
		let proposer = legs[0].from.clone();
		let id = proposed::<T>(legs)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(proposer), id);

		assert_eq!(Settlements::<T>::get(id).map(|r| r.status), Some(SettlementStatus::Cancelled));
		Ok(())
	}

	#[benchmark]
	fn sign_contract() -> Result<(), BenchmarkError> {
		// The last signature of the most parties: every earlier one is checked.
		let (id, last) = awaiting_last_signature::<T>()?;

		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, H256::repeat_byte(7));

		assert_eq!(Contracts::<T>::get(id).map(|c| c.status), Some(ContractStatus::Signed));
		Ok(())
	}

	#[benchmark]
	fn execute_contract() -> Result<(), BenchmarkError> {
		let (id, last) = awaiting_last_signature::<T>()?;
		Registry::<T>::do_sign_contract(last.clone(), id, H256::repeat_byte(7))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(last), id);

		assert_eq!(Contracts::<T>::get(id).map(|c| c.status), Some(ContractStatus::Executed));
		Ok(())
	}

	#[benchmark]
	fn terminate_contract() -> Result<(), BenchmarkError> {
		let (id, last) = awaiting_last_signature::<T>()?;
		let reason = vec![b'r'; T::MaxReasonLen::get() as usize];

		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, reason);

		assert_eq!(Contracts::<T>::get(id).map(|c| c.status), Some(ContractStatus::Terminated));
		Ok(())
	}

	#[benchmark]
	fn complete_action() -> Result<(), BenchmarkError> {
		// The worst end: dust back to the issuer and a redeemed bond closed.
		let (asset, _) = payment::<T>();
		let (issuer, id) = claims_instrument::<T>()?;
		holder::<T>(&issuer, id, "who", UNITS)?;
		fund_payments::<T>(&asset, &issuer);
		let coupon = Upcoming::<T>::get(id)[0];
		let _ = Registry::<T>::execute(coupon);
		let mut action = Actions::<T>::get(coupon).ok_or(BenchmarkError::Weightless)?;
		action.kind = ActionKind::Redemption(1);
		action.paid = action.funded.saturating_sub(1u32.into());

		#[block]
		{
			Registry::<T>::complete(coupon, &mut action);
		}

		assert_eq!(action.status, ActionStatus::Completed);
		assert_eq!(Instruments::<T>::get(id).map(|i| i.status), Some(InstrumentStatus::Closed));
		Ok(())
	}

	#[benchmark]
	fn pledge_backing() -> Result<(), BenchmarkError> {
		// The longest backing list but one, so the new lot fills it.
		let (issuer, id) = instrument::<T>(bond_kind::<T>(), Compliance::Open)?;
		for _ in 1..T::MaxBackingLots::get() {
			let lot = T::BenchmarkHelper::backing_lot(&issuer);
			Registry::<T>::do_pledge_backing(&issuer, id, lot)?;
		}
		let lot = T::BenchmarkHelper::backing_lot(&issuer);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), id, lot);

		assert_eq!(BackedBy::<T>::get(lot), Some(id));
		assert_last_event::<T>(Event::BackingPledged { instrument: id, lot, by: issuer });
		Ok(())
	}

	#[benchmark]
	fn release_backing() -> Result<(), BenchmarkError> {
		// A full backing list, the first lot released (the whole list is rewritten), flagged.
		let (issuer, id) = instrument::<T>(bond_kind::<T>(), Compliance::Open)?;
		let mut first = None;
		for _ in 0..T::MaxBackingLots::get() {
			let lot = T::BenchmarkHelper::backing_lot(&issuer);
			Registry::<T>::do_pledge_backing(&issuer, id, lot)?;
			first.get_or_insert(lot);
		}
		let lot = first.ok_or(BenchmarkError::Weightless)?;
		<Registry<T> as lode_primitives::OnLotRecall>::recalled(lot);

		#[extrinsic_call]
		_(RawOrigin::Signed(issuer.clone()), id, lot);

		assert_eq!(BackedBy::<T>::get(lot), None);
		assert!(!RecalledBacking::<T>::contains_key(id, lot));
		Ok(())
	}

	impl_benchmark_test_suite!(Registry, crate::mock::new_test_ext(), crate::mock::Test);
}
