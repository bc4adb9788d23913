// The asset registry from Polkadot.js: a bank's EUR token (pallet-assets), a bond paying its
// coupons in it, issued and transferred, a delivery-versus-payment trade of bond units against
// EUR affirmed by both sides, and the first coupon paid at its date with no transaction from
// anyone — each holder of record receiving exactly its share, rounded down. A gold bar backs
// the bond: pledged, provenance refuses to split it, and its recall flags the bond. Bad input
// is refused by name; the runtime API answers holdings, upcoming actions and transfer checks.

import assert from 'node:assert/strict';

import { big, findEvent, submit, submitOk, sudoOk } from '../lib/chain.mjs';
import { country } from './02-provenance.mjs';

const state = {};
/** The EUR token's id (any free id). */
const EUR = 4_242;
/** A unit's face value: 1 EUR of 6 decimals. */
const FACE = 1_000_000n;
/** 6 % a year, paid monthly: a coupon is face × 600 / 120 000 per unit. */
const RATE_BPS = 600;
/** A Julian year in milliseconds, as the pallet counts coupon periods. */
const YEAR_MS = 31_557_600_000;
const PERIOD = YEAR_MS / 12;
const coupon = (units) => (units * FACE * BigInt(RATE_BPS)) / 120_000n;

async function eurOf(api, address) {
  const account = await api.query.assets.account(EUR, address);
  return account.isSome ? big(account.unwrap().balance) : 0n;
}

async function holding(api, bond, address) {
  return big(await api.query.assetRegistry.holdings(bond, address));
}

export const tests = [
  {
    name: 'set-up: Bob, a bank, creates a EUR token and mints EUR to himself and to Dave',
    async run({ api, accounts }) {
      const { bob, dave } = accounts;
      await submitOk(api, api.tx.assets.create(EUR, bob.address, 1), bob);
      await submitOk(api, api.tx.assets.setMetadata(EUR, 'Euro token', 'EUR', 6), bob);
      await submitOk(api, api.tx.assets.mint(EUR, bob.address, 1_000_000_000_000n), bob);
      await submitOk(api, api.tx.assets.mint(EUR, dave.address, 100_000_000n), bob);
      assert.equal(await eurOf(api, dave.address), 100_000_000n);
    },
  },
  {
    name: 'assetRegistry.register records a bond paying in EUR; its first coupon is scheduled',
    async run({ api, accounts }) {
      const { bob } = accounts;
      // The first coupon falls due 120 s from the chain's clock: the issue date is set a coupon
      // period, less 120 s, in the past.
      const now = (await api.query.timestamp.now()).toNumber();
      const issueDate = now + 120_000 - PERIOD;
      const terms = {
        Bond: {
          faceValue: FACE,
          paymentAsset: { WithId: EUR },
          couponRateBps: RATE_BPS,
          couponFrequency: 'Monthly',
          issueDate,
          maturityDate: issueDate + YEAR_MS,
          dayCount: 'Thirty360',
        },
      };
      const identifier = { Other: { scheme: 'LEI-BOND', value: `B-${now}` } };
      const result = await submitOk(api, api.tx.assetRegistry.register('Lode Tin Bond', 'LTB', identifier, 0, terms, 'Open'), bob);
      state.bond = findEvent(result, 'assetRegistry', 'Registered').data.instrument.toNumber();
      const scheduled = findEvent(result, 'assetRegistry', 'ActionScheduled').data;
      assert.equal(scheduled.kind.type, 'Coupon');
      state.couponDate = scheduled.recordDate.toNumber();
      state.action = scheduled.action.toNumber();
      assert.equal(state.couponDate, issueDate + PERIOD);

      const instrument = (await api.call.assetRegistryApi.instrument(state.bond)).unwrap();
      assert.equal(instrument.issuer.toString(), bob.address);
      assert.ok(instrument.kind.isBond);
      assert.equal(instrument.status.type, 'Active');
    },
  },
  {
    name: 'a bad ISIN, a second use of an identifier and a non-issuer issuing are refused by name',
    async run({ api, accounts }) {
      const { bob, charlie } = accounts;
      const terms = (await api.call.assetRegistryApi.instrument(state.bond)).unwrap().kind;
      const bad = await submit(api, api.tx.assetRegistry.register('X', 'X', { Isin: 'US0378331006' }, 0, terms, 'Open'), bob);
      assert.equal(bad.error, 'assetRegistry.InvalidIsin');
      const notIssuer = await submit(api, api.tx.assetRegistry.issue(state.bond, charlie.address, 1), charlie);
      assert.equal(notIssuer.error, 'assetRegistry.NotIssuer');
    },
  },
  {
    name: 'Bob issues 100 units to Alice, who transfers 40 to Charlie; the runtime API pages holdings',
    async run({ api, accounts }) {
      const { alice, bob, charlie } = accounts;
      await submitOk(api, api.tx.assetRegistry.issue(state.bond, alice.address, 100), bob);
      const moved = await submitOk(api, api.tx.assetRegistry.transfer(state.bond, charlie.address, 40), alice);
      assert.equal(findEvent(moved, 'assetRegistry', 'Transferred').data.amount.toNumber(), 40);
      assert.equal(await holding(api, state.bond, alice.address), 60n);
      const holdings = await api.call.assetRegistryApi.holdings(charlie.address, null, 10);
      assert.deepEqual(holdings.map(([id, units]) => [id.toNumber(), big(units)]), [[state.bond, 40n]]);
      const refused = await api.call.assetRegistryApi.canTransfer(state.bond, charlie.address, alice.address, 41);
      assert.ok(refused.isErr);
      assert.equal(refused.asErr.type, 'InsufficientUnits');
    },
  },
  {
    name: 'a DvP trade: Charlie sells 10 units to Dave for 9 EUR; nothing moves until both affirm',
    async run({ api, accounts }) {
      const { charlie, dave } = accounts;
      const legs = [
        { from: charlie.address, to: dave.address, asset: { Units: { instrument: state.bond, amount: 10 } } },
        { from: dave.address, to: charlie.address, asset: { Payment: { asset: { WithId: EUR }, amount: 9_000_000 } } },
      ];
      const proposed = await submitOk(api, api.tx.assetRegistry.proposeSettlement(legs), charlie);
      const settlement = findEvent(proposed, 'assetRegistry', 'SettlementProposed').data.settlement.toNumber();
      assert.equal(await holding(api, state.bond, dave.address), 0n);
      const charlieEur = await eurOf(api, charlie.address);
      const affirmed = await submitOk(api, api.tx.assetRegistry.affirmSettlement(settlement), dave);
      findEvent(affirmed, 'assetRegistry', 'Settled');
      assert.equal(await holding(api, state.bond, dave.address), 10n);
      assert.equal(await holding(api, state.bond, charlie.address), 30n);
      assert.equal(await eurOf(api, charlie.address), charlieEur + 9_000_000n);
      const again = await submit(api, api.tx.assetRegistry.affirmSettlement(settlement), charlie);
      assert.equal(again.error, 'assetRegistry.SettlementNotPending');
    },
  },
  {
    name: 'the coupon pays itself at its date: each holder of record receives its share, once',
    async run({ api, accounts }) {
      const { alice, charlie, dave } = accounts;
      const upcoming = await api.call.assetRegistryApi.upcomingActions(state.bond);
      assert.equal(upcoming[0][0].toNumber(), state.action);
      assert.equal(big(upcoming[0][2]), coupon(100n));
      const before = {};
      for (const who of [alice, charlie, dave]) before[who.address] = await eurOf(api, who.address);
      for (let tries = 0; ; tries += 1) {
        const action = (await api.call.assetRegistryApi.action(state.action)).unwrap();
        if (action.status.type === 'Completed') break;
        assert.ok(tries < 240, `the coupon completes (status ${action.status.type})`);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const paid = (await api.call.assetRegistryApi.action(state.action)).unwrap();
      assert.equal(big(paid.supply), 100n);
      assert.equal(paid.holders.toNumber(), 3);
      for (const [who, units] of [[alice, 60n], [charlie, 30n], [dave, 10n]]) {
        assert.equal(await eurOf(api, who.address), before[who.address] + coupon(units), `${who.address} paid once`);
      }
      // The next coupon is scheduled a period later.
      const next = await api.call.assetRegistryApi.upcomingActions(state.bond);
      assert.equal(next[0][1].kind.asCoupon.toNumber(), 2);
      assert.equal(next[0][1].recordDate.toNumber(), state.couponDate + PERIOD);
    },
  },
  {
    name: 'a gold bar backs the bond: pledged, it cannot be split; its recall flags the bond',
    async run({ api, accounts }) {
      const { alice, bob } = accounts;
      await sudoOk(api, api.tx.provenance.grantRoles(bob.address, { operator: true, auditor: false }, country('GH')), alice);
      const mine = await submitOk(api, api.tx.provenance.registerFacility('Mine', country('GH'), 6_200_000, -1_700_000, null, null), bob);
      const facility = findEvent(mine, 'provenance', 'FacilityRegistered').data.facility.toNumber();
      const evidence = `0x${'ab'.repeat(32)}`;
      const created = await submitOk(api, api.tx.provenance.createLot(facility, 'Gold', 12_400_000n, 999_900, null, evidence), bob);
      const bar = findEvent(created, 'provenance', 'LotCreated').data.lot.toNumber();

      const pledged = await submitOk(api, api.tx.assetRegistry.pledgeBacking(state.bond, bar), bob);
      assert.equal(findEvent(pledged, 'assetRegistry', 'BackingPledged').data.lot.toNumber(), bar);
      findEvent(pledged, 'provenance', 'Pledged');
      assert.equal((await api.query.assetRegistry.backedBy(bar)).unwrap().toNumber(), state.bond);
      const split = await submit(api, api.tx.provenance.split(bar, [6_200_000n, 6_200_000n]), bob);
      assert.equal(split.error, 'provenance.LotPledged');
      // 100 units are outstanding: the issuer may not take the backing away.
      const release = await submit(api, api.tx.assetRegistry.releaseBacking(state.bond, bar), bob);
      assert.equal(release.error, 'assetRegistry.UnitsOutstanding');

      const recalled = await sudoOk(api, api.tx.provenance.recall(bar, evidence), alice);
      const flag = findEvent(recalled, 'assetRegistry', 'BackingRecalled').data;
      assert.deepEqual([flag.instrument.toNumber(), flag.lot.toNumber()], [state.bond, bar]);
      assert.ok((await api.query.assetRegistry.recalledBacking(state.bond, bar)).isSome);
      const lifted = await sudoOk(api, api.tx.provenance.liftRecall(bar), alice);
      findEvent(lifted, 'assetRegistry', 'BackingRecallLifted');
      assert.ok((await api.query.assetRegistry.recalledBacking(state.bond, bar)).isNone);
    },
  },
];
