// Bad input from a client: each failure comes back with its error name decoded from the
// metadata, and the state it would have touched is unchanged.

import assert from 'node:assert/strict';

import { big, evidence, findEvent, freeBalance, freshAccount, submit, submitOk, sudoOk } from '../lib/chain.mjs';
import { country, gln } from './02-provenance.mjs';

const UNIT = 10n ** 12n;
const OPERATOR = { operator: true, auditor: false };

// A mine of Bob's with one active lot, made by the first test.
const state = {};

/** The lot as the runtime API reports it, as JSON, to compare before and after. */
const snapshot = async (api, lot) => JSON.stringify((await api.call.provenanceApi.lot(lot)).toJSON());

/** Submits, expects the dispatch error `name`, and returns the result. */
async function expectError(api, tx, signer, name) {
  const result = await submit(api, tx, signer);
  assert.equal(result.error, name, `expected ${name}`);
  findEvent(result, 'system', 'ExtrinsicFailed');
  return result;
}

export const tests = [
  {
    name: 'set-up: Bob has an active lot at his own mine',
    async run({ api, accounts }) {
      const { alice, bob } = accounts;
      if ((await api.query.provenance.parties(bob.address)).isNone) {
        await sudoOk(api, api.tx.provenance.grantRoles(bob.address, OPERATOR, country('CD')), alice);
      }
      const registered = await submitOk(
        api,
        api.tx.provenance.registerFacility('Mine', country('CD'), -10_000_000, 26_000_000, null, null),
        bob,
      );
      state.mine = findEvent(registered, 'provenance', 'FacilityRegistered').data.facility.toNumber();
      const created = await submitOk(
        api,
        api.tx.provenance.createLot(state.mine, 'Tin', 5_000_000n, 700_000, null, evidence('cassiterite')),
        bob,
      );
      state.lot = findEvent(created, 'provenance', 'LotCreated').data.lot.toNumber();
      assert.equal((await api.call.provenanceApi.lot(state.lot)).unwrap().status.type, 'Active');
    },
  },
  {
    name: 'a call by a non-custodian fails with provenance.NotCustodian; the lot is unchanged',
    async run({ api, accounts }) {
      const before = await snapshot(api, state.lot);
      await expectError(api, api.tx.provenance.split(state.lot, [2_000_000n, 3_000_000n]), accounts.charlie, 'provenance.NotCustodian');
      await expectError(
        api,
        api.tx.provenance.proposeTransfer(state.lot, accounts.charlie.address, state.mine),
        accounts.charlie,
        'provenance.NotCustodian',
      );
      assert.equal(await snapshot(api, state.lot), before);
      assert.ok((await api.query.provenance.pendingTransfers(state.lot)).isNone);
    },
  },
  {
    name: 'accepting more than was sent fails with provenance.ReceivedExceedsSent; the transfer stays pending',
    async run({ api, accounts }) {
      const { bob, dave } = accounts;
      // Dave needs a facility to receive at; register one if the provenance scenario did not.
      let trader = null;
      if ((await api.query.provenance.parties(dave.address)).isNone) {
        await sudoOk(api, api.tx.provenance.grantRoles(dave.address, OPERATOR, country('RW')), accounts.alice);
      }
      const registered = await submitOk(api, api.tx.provenance.registerFacility('Warehouse', country('RW'), 0, 0, null, null), dave);
      trader = findEvent(registered, 'provenance', 'FacilityRegistered').data.facility.toNumber();
      await submitOk(api, api.tx.provenance.proposeTransfer(state.lot, dave.address, trader), bob);
      const before = await snapshot(api, state.lot);
      await expectError(api, api.tx.provenance.acceptTransfer(state.lot, 5_000_001n), dave, 'provenance.ReceivedExceedsSent');
      assert.equal(await snapshot(api, state.lot), before);
      const pending = (await api.query.provenance.pendingTransfers(state.lot)).unwrap();
      assert.equal(pending.to.toString(), dave.address);
      // Only the sender may cancel; then the lot is Bob's again.
      await expectError(api, api.tx.provenance.cancelTransfer(state.lot), dave, 'provenance.NotSender');
      await submitOk(api, api.tx.provenance.cancelTransfer(state.lot), bob);
      const lot = (await api.call.provenanceApi.lot(state.lot)).unwrap();
      assert.equal(lot.status.type, 'Active');
      assert.equal(lot.custodian.toString(), bob.address);
    },
  },
  {
    name: 'a transfer over balance fails with Token.FundsUnavailable; only the fee is charged',
    async run({ api, accounts }) {
      const poor = freshAccount('poor');
      await submitOk(api, api.tx.balances.transferKeepAlive(poor.address, 2n * UNIT), accounts.alice);
      const before = await freeBalance(api, poor.address);
      const bobBefore = await freeBalance(api, accounts.bob.address);
      const result = await expectError(
        api,
        api.tx.balances.transferKeepAlive(accounts.bob.address, 5n * UNIT),
        poor,
        'Token.FundsUnavailable',
      );
      const fee = big(findEvent(result, 'transactionPayment', 'TransactionFeePaid').data.actualFee);
      assert.ok(fee > 0n, 'a fee was charged');
      assert.equal(await freeBalance(api, poor.address, result.blockHash), before - fee);
      // Bob mines nothing on the dev chain, so his balance moves only by what he is sent.
      assert.equal(await freeBalance(api, accounts.bob.address, result.blockHash), bobBefore);
    },
  },
  {
    name: 'malformed arguments: a lowercase country code and a bad GLN check digit are refused by name',
    async run({ api, accounts }) {
      const nextBefore = (await api.query.provenance.nextFacilityId()).toNumber();
      await expectError(
        api,
        api.tx.provenance.registerFacility('Mine', country('cd'), 0, 0, null, null),
        accounts.bob,
        'provenance.InvalidCountryCode',
      );
      const good = gln('061414100001');
      const lastDigit = Number.parseInt(good.slice(-2), 16) - 48;
      const bad = `${good.slice(0, -2)}${(48 + ((lastDigit + 1) % 10)).toString(16)}`;
      await expectError(
        api,
        api.tx.provenance.registerFacility('Mine', country('CD'), 0, 0, null, bad),
        accounts.bob,
        'provenance.InvalidGln',
      );
      await expectError(
        api,
        api.tx.provenance.registerFacility('Mine', country('CD'), 91_000_000, 0, null, null),
        accounts.bob,
        'provenance.InvalidCoordinates',
      );
      assert.equal((await api.query.provenance.nextFacilityId()).toNumber(), nextBefore);
    },
  },
  {
    name: 'governance calls from a plain account fail with BadOrigin',
    async run({ api, accounts }) {
      const { charlie } = accounts;
      const before = (await api.query.provenance.parties(charlie.address)).toJSON();
      await expectError(api, api.tx.provenance.grantRoles(charlie.address, { operator: true, auditor: true }, country('ZM')), charlie, 'BadOrigin');
      await expectError(api, api.tx.provenance.quarantine(state.lot, evidence('no')), charlie, 'BadOrigin');
      assert.deepEqual((await api.query.provenance.parties(charlie.address)).toJSON(), before);
    },
  },
  {
    name: 'a frozen (consumed) lot refuses every operation',
    async run({ api, accounts }) {
      const { bob } = accounts;
      await submitOk(api, api.tx.provenance.consume(state.lot), bob);
      const before = await snapshot(api, state.lot);
      await expectError(api, api.tx.provenance.consume(state.lot), bob, 'provenance.LotFrozen');
      await expectError(api, api.tx.provenance.split(state.lot, [1n, 4_999_999n]), bob, 'provenance.LotFrozen');
      assert.equal(await snapshot(api, state.lot), before);
    },
  },
  {
    name: 'arguments that do not fit the metadata never leave the client; raw garbage is refused by the node',
    async run({ api, provider, accounts }) {
      assert.throws(() => api.tx.provenance.createLot(1, 'Plutonium', 1, 1, null, evidence('x')), /Plutonium/);
      assert.throws(() => api.tx.provenance.createLot(1, 'Tin', -5, 1, null, evidence('x')));
      const nonce = await api.rpc.system.accountNextIndex(accounts.bob.address);
      // Polkadot.js will not even encode these bytes as an extrinsic; sent raw, the pool refuses
      // them with a verification error (1002) and nothing is queued.
      await assert.rejects(provider.send('author_submitExtrinsic', ['0x0400ff']), /1002: Verification Error/);
      assert.equal((await api.rpc.author.pendingExtrinsics()).length, 0);
      assert.equal((await api.rpc.system.accountNextIndex(accounts.bob.address)).toNumber(), nonce.toNumber());
    },
  },
];
