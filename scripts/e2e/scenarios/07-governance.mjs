// Governance from Polkadot.js: a runtime upgrade passes through public referenda end to end, the
// way it does on the public chain (which has no sudo): preimage, submission, decision deposit,
// conviction votes, deciding, confirming, enactment by the scheduler as root. The dev chain runs
// the same runtime; sudo only shortens the periods first (they are storage parameters, which
// governance itself may change): prepare 2 blocks, decision 40, confirm 2, enactment 2.

import assert from 'node:assert/strict';

import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, xxhashAsHex } from '@polkadot/util-crypto';

import { findEvent, submitOk, sudoOk } from '../lib/chain.mjs';

const UNIT = 10n ** 12n;

/** Resolves with the first event `section.method` of a new block for which `match` holds. */
function nextEvent(api, section, method, match = () => true, timeoutMs = 240_000) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    const timer = setTimeout(() => {
      if (unsubscribe) unsubscribe();
      reject(new Error(`no ${section}.${method} within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    api.query.system
      .events((records) => {
        const found = records.find(({ event }) => event.section === section && event.method === method && match(event));
        if (found) {
          clearTimeout(timer);
          if (unsubscribe) unsubscribe();
          resolve(found.event);
        }
      })
      .then((unsub) => {
        unsubscribe = unsub;
      })
      .catch(reject);
  });
}

export const tests = [
  {
    name: 'a runtime upgrade passes through a public referendum with conviction votes and is enacted as root',
    async run({ api, accounts }) {
      const { alice, bob, charlie, dave } = accounts;
      const periods = { ReferendumPreparePeriod: 2, ReferendumDecisionPeriod: 40, ReferendumConfirmPeriod: 2, ReferendumEnactmentPeriod: 2 };
      const items = Object.entries(periods).map(([name, blocks]) => [xxhashAsHex(`:${name}:`, 128), u8aToHex(api.createType('u32', blocks).toU8a())]);
      // SCALE: little-endian (a codec's toHex() would give the number's big-endian hex).
      await sudoOk(api, api.tx.system.setStorage(items), alice);

      // The upgrade: authorize the current runtime's code (its hash) as the next runtime.
      const code = (await api.rpc.state.getStorage(':code')).unwrap();
      const codeHash = blake2AsHex(code, 256);
      const proposal = api.tx.system.authorizeUpgradeWithoutChecks(codeHash);
      const encoded = proposal.method.toHex();
      const preimageHash = blake2AsHex(encoded, 256);
      await submitOk(api, api.tx.preimage.notePreimage(encoded), bob);
      const length = (encoded.length - 2) / 2;

      const submitted = await submitOk(
        api,
        api.tx.referenda.submit({ system: 'Root' }, { Lookup: { hash: preimageHash, len: length } }, { After: 2 }),
        bob,
      );
      const index = findEvent(submitted, 'referenda', 'Submitted').data.index.toNumber();
      await submitOk(api, api.tx.referenda.placeDecisionDeposit(index), charlie);
      const confirmedEvent = nextEvent(api, 'referenda', 'Confirmed', (event) => event.data.index.toNumber() === index);
      const authorizedEvent = nextEvent(api, 'system', 'UpgradeAuthorized', (event) => event.data.codeHash.toHex() === codeHash);
      // Four holders vote aye with conviction, 900 000 LODE each: over a fifth of the issuance.
      const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 900_000n * UNIT } };
      for (const who of [alice, bob, charlie, dave]) await submitOk(api, api.tx.convictionVoting.vote(index, vote), who);
      const tally = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing.tally;
      assert.ok(tally.ayes.toBigInt() > 0n && tally.nays.toBigInt() === 0n);

      const confirmed = await confirmedEvent;
      assert.equal(confirmed.data.index.toNumber(), index);
      const authorized = await authorizedEvent;
      assert.equal(authorized.data.codeHash.toHex(), codeHash);
      assert.ok((await api.query.referenda.referendumInfoFor(index)).unwrap().isApproved);

      // Anyone may now apply the authorized code.
      const applied = await submitOk(api, api.tx.system.applyAuthorizedUpgrade(code), dave);
      findEvent(applied, 'system', 'CodeUpdated');
    },
  },
];
