// Becoming a validator from Polkadot.js: session keys generated in the node's keystore with a
// proof of possession, registered, a bond, candidacy; then leaving again.

import assert from 'node:assert/strict';

import { u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';

import { big, findEvent, submit, submitOk, sudoOk } from '../lib/chain.mjs';

const UNIT = 10n ** 12n;
const state = {};

export const tests = [
  {
    name: 'Ferdie registers session keys, bonds 20 000 LODE and stands as a candidate',
    async run({ api, provider, accounts }) {
      const { alice, ferdie } = accounts;
      // One node runs this chain, and a GRANDPA voter votes with one key: were Ferdie elected
      // beside Alice, the set would need both votes and finality would stop for the later
      // scenarios. With one validator desired, Alice (100 000 LODE bonded) keeps the seat
      // whenever a session starts while Ferdie is a candidate; the count is restored below.
      state.desired = (await api.query.validatorSet.desiredValidators()).toNumber();
      await sudoOk(api, api.tx.validatorSet.setDesiredValidators(1), alice);
      // The node generates BABE and GRANDPA keys and proves Ferdie owns them.
      const owner = u8aToHex(decodeAddress(ferdie.address));
      const generated = await provider.send('author_rotateKeysWithOwner', [owner]);
      const registered = await submitOk(api, api.tx.session.setKeys(generated.keys, generated.proof), ferdie);
      findEvent(registered, 'balances', 'Held'); // the key deposit
      assert.ok((await api.query.session.nextKeys(ferdie.address)).isSome);

      const bond = 20_000n * UNIT;
      const bonded = await submitOk(api, api.tx.validatorSet.bond(bond), ferdie);
      assert.equal(big(findEvent(bonded, 'validatorSet', 'Bonded').data.amount), bond);
      const ledger = (await api.query.validatorSet.ledgers(ferdie.address)).unwrap();
      assert.equal(big(ledger.active), bond);

      await submitOk(api, api.tx.validatorSet.candidate(), ferdie);
      assert.ok((await api.query.validatorSet.candidates(ferdie.address)).isSome);
    },
  },
  {
    name: 'a second candidacy and an unbond below the candidate minimum fail by name',
    async run({ api, accounts }) {
      const { ferdie } = accounts;
      const before = JSON.stringify((await api.query.validatorSet.ledgers(ferdie.address)).toJSON());
      const again = await submit(api, api.tx.validatorSet.candidate(), ferdie);
      assert.equal(again.error, 'validatorSet.AlreadyCandidate');
      const unbond = await submit(api, api.tx.validatorSet.unbond(15_000n * UNIT), ferdie);
      assert.equal(unbond.error, 'validatorSet.CandidateBondBelowMinimum');
      assert.equal(JSON.stringify((await api.query.validatorSet.ledgers(ferdie.address)).toJSON()), before);
    },
  },
  {
    name: 'chill leaves the candidates; the bond stays until unbonded',
    async run({ api, accounts }) {
      const { alice, ferdie } = accounts;
      const chilled = await submitOk(api, api.tx.validatorSet.chill(), ferdie);
      findEvent(chilled, 'validatorSet', 'Chilled');
      assert.ok((await api.query.validatorSet.candidates(ferdie.address)).isNone);
      assert.ok((await api.query.validatorSet.ledgers(ferdie.address)).isSome);
      // Alice validated alone throughout.
      assert.deepEqual((await api.query.session.validators()).map(String), [alice.address]);
      await sudoOk(api, api.tx.validatorSet.setDesiredValidators(state.desired), alice);
    },
  },
];
