// Chain basics: what a wallet reads first, mining, and a transfer that becomes final.

import assert from 'node:assert/strict';

import { big, findEvent, freeBalance, freshAccount, submit, waitFinalized } from '../lib/chain.mjs';

const UNIT = 10n ** 12n;

export const tests = [
  {
    name: 'properties: LODE, 12 decimals, SS58 prefix 42, from the chain spec and the runtime',
    async run({ api }) {
      const properties = await api.rpc.system.properties();
      assert.deepEqual(properties.tokenSymbol.unwrap().map(String), ['LODE']);
      assert.deepEqual(properties.tokenDecimals.unwrap().map(Number), [12]);
      assert.equal(properties.ss58Format.unwrap().toNumber(), 42);
      assert.deepEqual(api.registry.chainTokens, ['LODE']);
      assert.deepEqual(api.registry.chainDecimals, [12]);
      assert.equal(api.consts.system.ss58Prefix.toNumber(), 42);
      assert.equal((await api.rpc.system.chain()).toString(), 'Lode Development');
    },
  },
  {
    name: 'runtime version: lode, and Core_version agrees with the RPC',
    async run({ api }) {
      const version = await api.rpc.state.getRuntimeVersion();
      assert.equal(version.specName.toString(), 'lode');
      assert.equal(version.implName.toString(), 'lode-node');
      const fromRuntime = await api.call.core.version();
      assert.equal(fromRuntime.specVersion.toNumber(), version.specVersion.toNumber());
      assert.equal(fromRuntime.transactionVersion.toNumber(), version.transactionVersion.toNumber());
      const apis = version.apis.map(([id]) => id.toHex());
      assert.ok(apis.length > 5, 'the runtime lists its APIs');
      // The dev chain is a proof-of-work chain; the node reads this at startup to pick its engine.
      assert.equal((await api.call.consensusModeApi.mode()).type, 'Pow');
    },
  },
  {
    name: 'mining: blocks advance, DifficultyApi serves the stored difficulty, the miner is paid',
    async run({ api, accounts }) {
      const start = (await api.rpc.chain.getHeader()).number.toNumber();
      // Wait for two new blocks.
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no new blocks within 60 s')), 60_000);
        api.rpc.chain
          .subscribeNewHeads((header) => {
            if (header.number.toNumber() >= start + 2) {
              clearTimeout(timer);
              resolve();
            }
          })
          .then((unsubscribe) => setTimeout(unsubscribe, 61_000));
      });
      const head = await api.rpc.chain.getBlockHash();
      const difficulty = big(await api.call.difficultyApi.difficulty());
      const at = await api.at(head);
      assert.equal(difficulty, big(await at.query.difficulty.currentDifficulty()));
      assert.ok(difficulty > 0n, 'difficulty is positive');
      // The block's PoW digest names Alice (the dev miner) and the reward event pays her.
      const events = await at.query.system.events();
      const rewarded = events.find(({ event }) => event.section === 'blockReward' && event.method === 'Rewarded');
      assert.ok(rewarded, 'the block has a blockReward.Rewarded event');
      assert.equal(rewarded.event.data.author.toString(), accounts.alice.address);
      assert.equal(big(rewarded.event.data.amount), big(api.consts.blockReward.reward));
    },
  },
  {
    name: 'a balance transfer to a new account is included and finalized',
    async run({ api, accounts }) {
      const receiver = freshAccount('transfer');
      const amount = 25n * UNIT;
      const result = await submit(api, api.tx.balances.transferKeepAlive(receiver.address, amount), accounts.alice, {
        finalized: true,
      });
      assert.equal(result.error, null);
      const transfer = findEvent(result, 'balances', 'Transfer');
      assert.equal(transfer.data.from.toString(), accounts.alice.address);
      assert.equal(transfer.data.to.toString(), receiver.address);
      assert.equal(big(transfer.data.amount), amount);
      // The block is final and holds the new balance.
      const block = await api.rpc.chain.getHeader(result.blockHash);
      await waitFinalized(api, block.number.toNumber());
      const canonical = await api.rpc.chain.getBlockHash(block.number);
      assert.equal(canonical.toHex(), result.blockHash);
      assert.equal(await freeBalance(api, receiver.address, result.blockHash), amount);
      assert.equal(await freeBalance(api, receiver.address), amount);
    },
  },
];
