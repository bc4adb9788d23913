//! The benchmarks.

extern crate alloc;

use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{Get, KeyOwnerProofSystem};
use frame_system::{pallet_prelude::HeaderFor, RawOrigin};
use sp_consensus_babe::{
	digests::{CompatibleDigestItem, NextConfigDescriptor, PreDigest, SecondaryPlainPreDigest},
	AllowedSlots, AuthorityId as BabeId, Slot,
};
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_runtime::{
	traits::{Convert, Hash, Header as _},
	Digest, DigestItem, KeyTypeId, RuntimeAppPublic,
};
use sp_session::MembershipProof;

/// Benchmarks pallet-babe's, pallet-grandpa's and pallet-session's calls.
pub struct Pallet<T: Config>(core::marker::PhantomData<T>);

/// What the benchmarks need of the runtime: BABE and GRANDPA with historical key-ownership proofs,
/// offences, and a way to seat validators whose keys are in the keystore.
pub trait Config:
	pallet_babe::Config<KeyOwnerProof = MembershipProof>
	+ pallet_grandpa::Config<KeyOwnerProof = MembershipProof>
	+ pallet_session::historical::Config
	+ pallet_offences::Config
{
	/// Makes `count` new validators the current session's validators, with BABE and GRANDPA
	/// session keys generated in the keystore (so that they can sign), and returns those keys.
	/// The sessions must be BABE epochs, as on a BABE chain.
	fn seat_validators(count: u32) -> Result<Vec<(BabeId, GrandpaId)>, BenchmarkError>;

	/// Funds `owner` for the session key deposit and generates session keys in the keystore,
	/// with the proof that `owner` holds them.
	fn session_keys(
		owner: &Self::AccountId,
	) -> Result<(<Self as pallet_session::Config>::Keys, Vec<u8>), BenchmarkError>;
}

/// The validator id `who` sets session keys as.
fn validator_id<T: Config>(
	who: &T::AccountId,
) -> Result<<T as pallet_session::Config>::ValidatorId, BenchmarkError> {
	<T as pallet_session::Config>::ValidatorIdOf::convert(who.clone())
		.ok_or(BenchmarkError::Stop("the account has no validator id"))
}

type Historical<T> = pallet_session::historical::Pallet<T>;

/// The offence reports on record.
fn reports<T: Config>() -> usize {
	pallet_offences::Reports::<T>::iter_keys().count()
}

/// Proves that `key` belongs to a validator of the current session, then starts the next session:
/// the report is checked against the historical root of a past session, as real reports are.
fn proof_of_past_session<T: Config, K>(
	key: (KeyTypeId, K),
) -> Result<MembershipProof, BenchmarkError>
where
	Historical<T>: KeyOwnerProofSystem<(KeyTypeId, K), Proof = MembershipProof>,
{
	let proof = Historical::<T>::prove(key).ok_or("the offender is not a validator")?;
	pallet_session::Pallet::<T>::rotate_session();
	Ok(proof)
}

/// A header of block 1 that `author` claims in `slot` and seals; `variant` makes it distinct.
fn sealed_header<T: Config>(
	author: &BabeId,
	slot: Slot,
	variant: u8,
) -> Result<HeaderFor<T>, BenchmarkError> {
	let claim = PreDigest::SecondaryPlain(SecondaryPlainPreDigest { authority_index: 0, slot });
	let mut header = HeaderFor::<T>::new(
		1u32.into(),
		Default::default(),
		Default::default(),
		T::Hashing::hash(&[variant]),
		Digest { logs: vec![DigestItem::babe_pre_digest(claim)] },
	);
	let seal = author
		.sign(&header.hash().as_ref())
		.ok_or(BenchmarkError::Stop("the BABE key is not in the keystore"))?;
	header.digest_mut().push(DigestItem::babe_seal(seal));
	Ok(header)
}

/// A prevote by `voter` for a block identified by `variant`, in `round` of `set_id`.
fn signed_prevote<T: Config>(
	voter: &GrandpaId,
	round: u64,
	set_id: u64,
	variant: u8,
) -> Result<
	(
		finality_grandpa::Prevote<T::Hash, frame_system::pallet_prelude::BlockNumberFor<T>>,
		sp_consensus_grandpa::AuthoritySignature,
	),
	BenchmarkError,
> {
	let prevote = finality_grandpa::Prevote {
		target_hash: T::Hashing::hash(&[variant]),
		target_number: 1u32.into(),
	};
	let message = finality_grandpa::Message::Prevote(prevote.clone());
	let payload = sp_consensus_grandpa::localized_payload(round, set_id, &message);
	let signature = voter
		.sign(&payload)
		.ok_or(BenchmarkError::Stop("the GRANDPA key is not in the keystore"))?;
	Ok((prevote, signature))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Every validator but the offender is honest; the offender is slashed and chilled.
	#[benchmark]
	fn report_babe_equivocation(
		v: Linear<1, { <T as pallet_babe::Config>::MaxAuthorities::get() }>,
	) -> Result<(), BenchmarkError> {
		let validators = T::seat_validators(v)?;
		let offender = validators.first().map(|keys| keys.0.clone()).ok_or("no validator")?;
		// A slot of the current epoch, which is the current session.
		let session = pallet_session::Pallet::<T>::current_index();
		let slot = Slot::from(
			u64::from(*pallet_babe::GenesisSlot::<T>::get())
				+ u64::from(session) * <T as pallet_babe::Config>::EpochDuration::get(),
		);
		let proof = sp_consensus_babe::EquivocationProof {
			offender: offender.clone(),
			slot,
			first_header: sealed_header::<T>(&offender, slot, 1)?,
			second_header: sealed_header::<T>(&offender, slot, 2)?,
		};
		let key_owner_proof =
			proof_of_past_session::<T, _>((sp_consensus_babe::KEY_TYPE, offender))?;
		assert_eq!(reports::<T>(), 0);

		#[block]
		{
			pallet_babe::Pallet::<T>::report_equivocation_unsigned(
				RawOrigin::None.into(),
				Box::new(proof),
				key_owner_proof,
			)
			.map_err(|error| error.error)?;
		}

		assert_eq!(reports::<T>(), 1);
		Ok(())
	}

	#[benchmark]
	fn plan_config_change() -> Result<(), BenchmarkError> {
		let config = NextConfigDescriptor::V1 {
			c: (1, 2),
			allowed_slots: AllowedSlots::PrimaryAndSecondaryVRFSlots,
		};

		#[block]
		{
			pallet_babe::Pallet::<T>::plan_config_change(RawOrigin::Root.into(), config.clone())?;
		}

		assert_eq!(pallet_babe::PendingEpochConfigChange::<T>::get(), Some(config));
		Ok(())
	}

	/// Every voter but the offender is honest; the offender is slashed and chilled.
	#[benchmark]
	fn report_grandpa_equivocation(
		v: Linear<1, { <T as pallet_grandpa::Config>::MaxAuthorities::get() }>,
	) -> Result<(), BenchmarkError> {
		let validators = T::seat_validators(v)?;
		let offender = validators.first().map(|keys| keys.1.clone()).ok_or("no validator")?;
		let set_id = pallet_grandpa::CurrentSetId::<T>::get();
		let round = 1;
		let equivocation = finality_grandpa::Equivocation {
			round_number: round,
			identity: offender.clone(),
			first: signed_prevote::<T>(&offender, round, set_id, 1)?,
			second: signed_prevote::<T>(&offender, round, set_id, 2)?,
		};
		let proof = sp_consensus_grandpa::EquivocationProof::new(
			set_id,
			sp_consensus_grandpa::Equivocation::Prevote(equivocation),
		);
		let key_owner_proof =
			proof_of_past_session::<T, _>((sp_consensus_grandpa::KEY_TYPE, offender))?;
		assert_eq!(reports::<T>(), 0);

		#[block]
		{
			pallet_grandpa::Pallet::<T>::report_equivocation_unsigned(
				RawOrigin::None.into(),
				Box::new(proof),
				key_owner_proof,
			)
			.map_err(|error| error.error)?;
		}

		assert_eq!(reports::<T>(), 1);
		Ok(())
	}

	#[benchmark]
	fn note_stalled() -> Result<(), BenchmarkError> {
		let delay = 100u32.into();
		let best_finalized = 10u32.into();

		#[block]
		{
			pallet_grandpa::Pallet::<T>::note_stalled(
				RawOrigin::Root.into(),
				delay,
				best_finalized,
			)?;
		}

		assert_eq!(pallet_grandpa::Stalled::<T>::get(), Some((delay, best_finalized)));
		Ok(())
	}

	/// The caller replaces keys it set before, so the old keys' owner entries go as well.
	#[benchmark]
	fn set_keys() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let (old_keys, old_proof) = T::session_keys(&caller)?;
		pallet_session::Pallet::<T>::set_keys(
			RawOrigin::Signed(caller.clone()).into(),
			old_keys,
			old_proof,
		)?;
		let (keys, proof) = T::session_keys(&caller)?;

		#[block]
		{
			pallet_session::Pallet::<T>::set_keys(
				RawOrigin::Signed(caller.clone()).into(),
				keys.clone(),
				proof,
			)?;
		}

		assert!(pallet_session::NextKeys::<T>::get(validator_id::<T>(&caller)?) == Some(keys));
		Ok(())
	}

	#[benchmark]
	fn purge_keys() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = whitelisted_caller();
		let (keys, proof) = T::session_keys(&caller)?;
		pallet_session::Pallet::<T>::set_keys(
			RawOrigin::Signed(caller.clone()).into(),
			keys,
			proof,
		)?;

		#[block]
		{
			pallet_session::Pallet::<T>::purge_keys(RawOrigin::Signed(caller.clone()).into())?;
		}

		assert!(pallet_session::NextKeys::<T>::get(validator_id::<T>(&caller)?).is_none());
		Ok(())
	}
}
