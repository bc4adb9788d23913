//! Claims: issuers (a KYC provider, a regulator, a bank) make claims about accounts — a topic,
//! a hash of the evidence they keep, an expiry — and a `Claims` instrument names the topics its
//! holders need and the issuers it trusts. No personal data is on chain.

use crate::{
	ClaimRecord, ClaimRules, ClaimRulesOf, ClaimTopic, Claims, Compliance, Config, Error, Event,
	HoldReason, Ineligibility, InstrumentId, Pallet,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::DispatchResult,
	traits::{fungible::MutateHold, tokens::Precision, Get, Time as _},
	BoundedVec,
};
use sp_core::H256;

impl<T: Config> Pallet<T> {
	/// Whether `who` meets the claim rules of instrument `id`, or the first claim it lacks.
	pub(crate) fn claims_eligibility(
		id: InstrumentId,
		who: &T::AccountId,
	) -> Result<(), Ineligibility> {
		// A `Claims` instrument without rules yet admits nobody: its holders need a KYC claim.
		let Some(rules) = ClaimRulesOf::<T>::get(id) else {
			return Err(Ineligibility::MissingClaim(ClaimTopic::Kyc));
		};
		let now = T::Time::now();
		// The best standing among the trusted issuers' claims of `topic`: valid, expired, none.
		let standing = |topic: ClaimTopic| -> Option<bool> {
			let mut found = None;
			for issuer in &rules.trusted_issuers {
				if let Some(claim) = Claims::<T>::get((who, issuer, topic)) {
					let valid = claim.expires_at.is_none_or(|expiry| expiry > now);
					if valid {
						return Some(true);
					}
					found = Some(false);
				}
			}
			found
		};
		for topic in &rules.required {
			match standing(*topic) {
				Some(true) => {},
				Some(false) => return Err(Ineligibility::ClaimExpired(*topic)),
				None => return Err(Ineligibility::MissingClaim(*topic)),
			}
		}
		if let Some(first) = rules.jurisdictions.first() {
			let mut expired = false;
			for code in &rules.jurisdictions {
				match standing(ClaimTopic::Jurisdiction(*code)) {
					Some(true) => return Ok(()),
					Some(false) => expired = true,
					None => {},
				}
			}
			let topic = ClaimTopic::Jurisdiction(*first);
			return Err(if expired {
				Ineligibility::ClaimExpired(topic)
			} else {
				Ineligibility::MissingClaim(topic)
			});
		}
		Ok(())
	}

	pub(crate) fn do_issue_claim(
		issuer: T::AccountId,
		subject: T::AccountId,
		topic: ClaimTopic,
		claim_hash: H256,
		expires_at: Option<u64>,
	) -> DispatchResult {
		ensure!(claim_hash != H256::zero(), Error::<T>::ZeroContentHash);
		if let Some(expiry) = expires_at {
			ensure!(expiry > T::Time::now(), Error::<T>::ClaimAlreadyExpired);
		}
		let key = (&subject, &issuer, topic);
		let deposit = match Claims::<T>::get(key) {
			// A renewal keeps the deposit already held.
			Some(earlier) => earlier.deposit,
			None => {
				let deposit = T::ClaimDeposit::get();
				T::Currency::hold(&HoldReason::Claim.into(), &issuer, deposit)?;
				deposit
			},
		};
		Claims::<T>::insert(
			key,
			ClaimRecord {
				claim_hash,
				expires_at,
				issued_at: frame_system::Pallet::<T>::block_number(),
				deposit,
			},
		);
		Self::deposit_event(Event::ClaimIssued { subject, issuer, topic, claim_hash, expires_at });
		Ok(())
	}

	pub(crate) fn do_revoke_claim(
		issuer: T::AccountId,
		subject: T::AccountId,
		topic: ClaimTopic,
	) -> DispatchResult {
		let claim =
			Claims::<T>::take((&subject, &issuer, topic)).ok_or(Error::<T>::ClaimNotFound)?;
		T::Currency::release(
			&HoldReason::Claim.into(),
			&issuer,
			claim.deposit,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::ClaimRevoked { subject, issuer, topic });
		Ok(())
	}

	pub(crate) fn do_set_claim_rules(
		who: &T::AccountId,
		id: InstrumentId,
		required: Vec<ClaimTopic>,
		trusted_issuers: Vec<T::AccountId>,
		jurisdictions: Vec<[u8; 2]>,
	) -> DispatchResult {
		let instrument = Self::issued_by(who, id)?;
		ensure!(instrument.compliance == Compliance::Claims, Error::<T>::NotClaimsCompliance);
		ensure!(!trusted_issuers.is_empty(), Error::<T>::NoTrustedIssuers);
		let bounded = |len: usize| len <= T::MaxClaimRules::get() as usize;
		ensure!(
			bounded(required.len())
				&& bounded(trusted_issuers.len())
				&& bounded(jurisdictions.len()),
			Error::<T>::TooManyClaimRules
		);
		let rules = ClaimRules::<T> {
			required: BoundedVec::truncate_from(required),
			trusted_issuers: BoundedVec::truncate_from(trusted_issuers),
			jurisdictions: BoundedVec::truncate_from(jurisdictions),
		};
		ClaimRulesOf::<T>::insert(id, rules.clone());
		Self::deposit_event(Event::ClaimRulesSet { instrument: id, rules });
		Ok(())
	}
}
