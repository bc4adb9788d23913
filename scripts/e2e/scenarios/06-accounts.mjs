// What institutions use every day, from Polkadot.js: one signature for many provenance events
// (utility.batchAll), field staff acting for their company through a `Provenance` proxy that
// can do nothing else, a company treasury as a 2-of-3 multisig; and what block space costs.

import assert from 'node:assert/strict';

import { createKeyMulti, encodeAddress, sortAddresses } from '@polkadot/util-crypto';

import { big, evidence, findEvent, freeBalance, freshAccount, submit, submitOk, sudoOk } from '../lib/chain.mjs';
import { country } from './02-provenance.mjs';

const UNIT = 10n ** 12n;
const state = {};

export const tests = [
  {
    name: 'set-up: Bob has a mine for the company scenarios',
    async run({ api, accounts }) {
      const { alice, bob } = accounts;
      await sudoOk(api, api.tx.provenance.grantRoles(bob.address, { operator: true, auditor: false }, country('CD')), alice);
      const mine = await submitOk(api, api.tx.provenance.registerFacility('Mine', country('CD'), -11_000_000, 27_000_000, null, null), bob);
      state.mine = findEvent(mine, 'provenance', 'FacilityRegistered').data.facility.toNumber();
    },
  },
  {
    name: 'utility.batchAll: one signature records three lots; a batch with a bad call records none',
    async run({ api, accounts }) {
      const { bob } = accounts;
      const create = (kg) => api.tx.provenance.createLot(state.mine, 'Cobalt', BigInt(kg) * 1_000_000n, 100_000, null, evidence(`batch ${kg}`));
      const result = await submitOk(api, api.tx.utility.batchAll([create(10), create(20), create(30)]), bob);
      const created = result.events.filter((e) => e.section === 'provenance' && e.method === 'LotCreated');
      assert.equal(created.length, 3);
      findEvent(result, 'utility', 'BatchCompleted');
      state.lot = created[0].data.lot.toNumber();

      const next = (await api.query.provenance.nextLotId()).toNumber();
      const failed = await submit(api, api.tx.utility.batchAll([create(40), create(0)]), bob);
      assert.equal(failed.error, 'provenance.ZeroQuantity');
      assert.equal((await api.query.provenance.nextLotId()).toNumber(), next, 'the first lot was rolled back too');
    },
  },
  {
    name: 'a Provenance proxy records lots for its company and cannot move the company\'s funds',
    async run({ api, accounts }) {
      const { alice, bob } = accounts;
      const staff = freshAccount('field-staff');
      state.staff = staff;
      await submitOk(api, api.tx.balances.transferKeepAlive(staff.address, 10n * UNIT), alice);
      await submitOk(api, api.tx.proxy.addProxy(staff.address, 'Provenance', 0), bob);
      const proxies = await api.query.proxy.proxies(bob.address);
      assert.equal(proxies[0][0].proxyType.type, 'Provenance');

      const created = await submitOk(
        api,
        api.tx.proxy.proxy(bob.address, null, api.tx.provenance.createLot(state.mine, 'Cobalt', 5_000_000n, 90_000, null, evidence('by staff'))),
        staff,
      );
      const lot = findEvent(created, 'provenance', 'LotCreated').data;
      assert.equal(lot.custodian.toString(), bob.address, 'the lot is the company\'s');
      assert.ok(findEvent(created, 'proxy', 'ProxyExecuted').data.result.isOk);

      const before = await freeBalance(api, bob.address);
      const stolen = await submitOk(api, api.tx.proxy.proxy(bob.address, null, api.tx.balances.transferKeepAlive(staff.address, 1_000n * UNIT)), staff);
      const outcome = findEvent(stolen, 'proxy', 'ProxyExecuted').data.result;
      assert.ok(outcome.isErr);
      const { section, name } = api.registry.findMetaError(outcome.asErr.asModule);
      assert.equal(`${section}.${name}`, 'system.CallFiltered');
      assert.equal(await freeBalance(api, bob.address), before, 'the company\'s funds did not move');
      // Nor may the proxy give itself more rights.
      const escalate = await submitOk(api, api.tx.proxy.proxy(bob.address, null, api.tx.proxy.addProxy(staff.address, 'Any', 0)), staff);
      assert.ok(findEvent(escalate, 'proxy', 'ProxyExecuted').data.result.isErr);
    },
  },
  {
    name: 'a 2-of-3 multisig treasury pays out only after a second approval',
    async run({ api, accounts }) {
      const { alice, charlie, dave, eve } = accounts;
      const signatories = [alice.address, charlie.address, dave.address];
      const treasury = encodeAddress(createKeyMulti(signatories, 2), 42);
      await submitOk(api, api.tx.balances.transferKeepAlive(treasury, 100n * UNIT), alice);
      const payee = freshAccount('payee');
      const call = api.tx.balances.transferKeepAlive(payee.address, 7n * UNIT);
      const others = (signer) => sortAddresses(signatories.filter((address) => address !== signer.address), 42);
      const maxWeight = { refTime: 5_000_000_000n, proofSize: 100_000n };

      const first = await submitOk(api, api.tx.multisig.asMulti(2, others(charlie), null, call.method, maxWeight), charlie);
      findEvent(first, 'multisig', 'NewMultisig');
      assert.equal(await freeBalance(api, payee.address), 0n, 'one approval pays nothing');
      const pending = (await api.query.multisig.multisigs(treasury, call.method.hash)).unwrap();
      const second = await submitOk(api, api.tx.multisig.asMulti(2, others(dave), pending.when, call.method, maxWeight), dave);
      assert.ok(findEvent(second, 'multisig', 'MultisigExecuted').data.result.isOk);
      assert.equal(await freeBalance(api, payee.address), 7n * UNIT);
      void eve;
    },
  },
  {
    name: 'fees price bytes: a 1 MiB remark costs over a thousand transfers; the author gets 80 % of a fee and the tip',
    async run({ api, accounts }) {
      const { bob, charlie } = accounts;
      const transfer = api.tx.balances.transferKeepAlive(charlie.address, UNIT);
      const remark = api.tx.system.remark(`0x${'00'.repeat(1024 * 1024)}`);
      const createLot = api.tx.provenance.createLot(state.mine, 'Cobalt', 1_000_000n, 100_000, null, evidence('fee'));
      const fee = async (tx) => big((await tx.paymentInfo(bob)).partialFee);
      const [transferFee, remarkFee, lotFee] = [await fee(transfer), await fee(remark), await fee(createLot)];
      const lode = (x) => `${Number(x) / 1e12} LODE`;
      console.log(`      fees: transfer ${lode(transferFee)}, createLot ${lode(lotFee)}, 1 MiB remark ${lode(remarkFee)}`);
      const deposits = ['facilityDeposit', 'lotDeposit', 'attestationDeposit', 'observationDeposit', 'transferDeposit']
        .map((name) => `${name} ${lode(big(api.consts.provenance[name]))}`)
        .join(', ');
      console.log(`      provenance deposits: ${deposits}`);
      assert.ok(big(api.consts.provenance.lotDeposit) > 10n ** 10n, 'a lot holds at least 0.01 LODE');
      assert.ok(remarkFee > 1_000n * transferFee, `${remarkFee} vs ${transferFee}`);
      assert.ok(transferFee >= UNIT / 1_000n && transferFee < UNIT / 100n, `a transfer costs ${lode(transferFee)}`);

      // A tipped transfer: the block's author (Alice mines the dev chain) is paid 80 % of the fee
      // and the whole tip; the rest is burned.
      const tip = UNIT / 100n;
      const paid = await submitOk(api, api.tx.balances.transferKeepAlive(charlie.address, UNIT), bob, { tip });
      const { actualFee, tip: paidTip } = findEvent(paid, 'transactionPayment', 'TransactionFeePaid').data;
      assert.equal(big(paidTip), tip);
      const events = await (await api.at(paid.blockHash)).query.system.events();
      const author = accounts.alice.address;
      const expected = ((big(actualFee) - tip) * 80n) / 100n + tip;
      const toAuthor = events
        .filter(({ event }) => event.section === 'balances' && event.method === 'Deposit' && event.data.who.toString() === author)
        .map(({ event }) => big(event.data.amount));
      assert.ok(
        toAuthor.some((amount) => amount >= expected - 1n && amount <= expected + 1n),
        `a deposit of ${expected} to the author among ${toAuthor}`,
      );
    },
  },
];
