// The asset-registry benchmark (scripts/bench/asset-registry): see that script for what it
// measures.

import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { ApiPromise, WsProvider } from '../e2e/node_modules/@polkadot/api/index.js';
import { u8aToHex } from '../e2e/node_modules/@polkadot/util/index.js';
import { blake2AsU8a } from '../e2e/node_modules/@polkadot/util-crypto/index.js';
import { devAccounts, findEvent, submit, submitOk, sudoOk, waitFinalized } from '../e2e/lib/chain.mjs';
import { startDevNode } from '../e2e/lib/node.mjs';

const { values: args } = parseArgs({
  options: {
    node: { type: 'string' },
    out: { type: 'string' },
    holders: { type: 'string', default: '10000' },
  },
});
const holders = Number(args.holders);
/** Issues per utility.batchAll: about 0.75 s of weight, within one normal transaction's limit. */
const PER_BATCH = 120;
/** The dividend token's id, and what each holder of one share is paid. */
const TOKEN = 77;
const PER_SHARE = 1_000n;

const node = await startDevNode(args.node);
const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
try {
  const { alice, bob, charlie } = devAccounts();
  await waitFinalized(api, 1, 600_000);

  // A sufficient token (holders need no LODE to receive it), minted to the issuer.
  await sudoOk(api, api.tx.assets.forceCreate(TOKEN, alice.address, true, 1), alice);
  await submitOk(api, api.tx.assets.mint(TOKEN, alice.address, PER_SHARE * BigInt(holders) * 2n), alice);
  const terms = {
    Equity: { authorisedShares: holders + 1, dividendAsset: { WithId: TOKEN }, classes: [{ name: 'A', votesPerShare: 1 }] },
  };
  const identifier = { Other: { scheme: 'BENCH', value: `E-${Date.now()}` } };
  const registered = await submitOk(api, api.tx.assetRegistry.register('Bench Equity', 'BEQ', identifier, 0, terms, 'Open'), alice);
  const equity = findEvent(registered, 'assetRegistry', 'Registered').data.instrument.toNumber();

  // One share to each of `holders` accounts (ids derived from a hash: nobody needs their keys).
  const started = Date.now();
  const accounts = Array.from({ length: holders }, (_, i) => u8aToHex(blake2AsU8a(`lode bench holder ${i}`, 256)));
  const batches = [];
  for (let i = 0; i < holders; i += PER_BATCH) {
    batches.push(api.tx.utility.batchAll(accounts.slice(i, i + PER_BATCH).map((who) => api.tx.assetRegistry.issue(equity, who, 1))));
  }
  const firstNonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  await Promise.all(batches.map((tx, index) => submitOk(api, tx, alice, { nonce: firstNonce + index, timeoutMs: 1_800_000 })));
  const issuedIn = (Date.now() - started) / 1000;

  // Weights of one transfer, as the node prices them: the benchmarked worst case of a
  // compliant transfer (claim rules and open actions at their bounds) and a plain LODE transfer.
  const weightOf = async (tx) => (await tx.paymentInfo(bob)).weight.refTime.toBigInt();
  await submitOk(api, api.tx.assetRegistry.issue(equity, bob.address, 1), alice);
  const instrument = (await api.call.assetRegistryApi.instrument(equity)).unwrap();
  if (instrument.holders.toNumber() !== holders + 1) throw new Error(`${instrument.holders} holders, not ${holders + 1}`);
  const compliant = await weightOf(api.tx.assetRegistry.transfer(equity, charlie.address, 1));
  const plain = await weightOf(api.tx.balances.transferKeepAlive(charlie.address, 1_000_000_000_000n));

  // The dividend: its record date a few blocks ahead. From then on nobody sends anything for
  // it; each block's events say how many holders it paid.
  const now = (await api.query.timestamp.now()).toNumber();
  const total = PER_SHARE * BigInt(holders + 1);
  const declared = await submitOk(api, api.tx.assetRegistry.declareDividend(equity, now + 20_000, total), alice);
  const action = findEvent(declared, 'assetRegistry', 'ActionScheduled').data.action.toNumber();
  const declaredIn = (await api.rpc.chain.getHeader(declared.blockHash)).number.toNumber();
  const { maxBlock } = api.consts.system.blockWeights;
  // Wait for the payout through the runtime API; once the record date is acted on, send
  // ordinary transactions, which must still get in while the pot pays.
  let transfersDuring = null;
  for (let waited = 0; ; waited += 1) {
    const status = (await api.call.assetRegistryApi.action(action)).unwrap().status.type;
    if (status !== 'Scheduled' && transfersDuring === null) {
      transfersDuring = Promise.all(
        [0, 1, 2, 3, 4].map(async (i) => {
          const result = await submit(api, api.tx.balances.transferKeepAlive(charlie.address, 1_000_000_000_000n + BigInt(i)), bob);
          return (await api.rpc.chain.getHeader(result.blockHash)).number.toNumber();
        }),
      );
    }
    if (status === 'Completed') break;
    if (waited > 1_200) throw new Error(`the dividend did not complete within 20 minutes (${status})`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  // Then every block from the declaration on, in order: what each paid and weighed.
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const perBlock = [];
  let recordBlock = null;
  let completedBlock = null;
  for (let number = declaredIn + 1; number <= best && completedBlock === null; number += 1) {
    const at = await api.at(await api.rpc.chain.getBlockHash(number));
    const events = await at.query.system.events();
    const mine = (method) => events.filter(({ event }) => event.section === 'assetRegistry' && event.method === method && event.data.action.toNumber() === action);
    if (mine('RecordDateReached').length > 0) recordBlock = number;
    if (recordBlock === null) continue;
    const weight = await at.query.system.blockWeight();
    perBlock.push({
      number,
      paid: mine('HolderPaid').length,
      mandatoryRefTime: weight.mandatory.refTime.toBigInt(),
      mandatoryProofSize: weight.mandatory.proofSize.toBigInt(),
    });
    if (mine('ActionCompleted').length > 0) completedBlock = number;
  }
  if (recordBlock === null || completedBlock === null) throw new Error('the record date or the completion is not in the blocks read');
  const transferBlocks = await transfersDuring;
  const paid = perBlock.reduce((sum, block) => sum + block.paid, 0);
  if (paid !== holders + 1) throw new Error(`${paid} holders paid, not ${holders + 1}`);
  for (const who of [accounts[0], accounts[holders - 1]]) {
    const balance = await api.query.assets.account(TOKEN, who);
    if (balance.unwrap().balance.toBigInt() !== PER_SHARE) throw new Error(`${who} was not paid exactly once`);
  }
  const paying = perBlock.filter((block) => block.paid > 0);
  // The hooks' share of the block (mandatory class: on_initialize, where the payout runs, and
  // on_idle, which pallets may fill with deferred work), in time and in proof size.
  const share = (key, limit) => Math.max(...perBlock.map((block) => Number((block[key] * 10_000n) / limit.toBigInt()) / 100));
  const maxShare = share('mandatoryRefTime', maxBlock.refTime);
  const maxProofShare = share('mandatoryProofSize', maxBlock.proofSize);
  const figures = {
    holders: holders + 1,
    issuedInSeconds: Math.round(issuedIn),
    recordBlock,
    completedBlock,
    blocksToPayAll: completedBlock - recordBlock + 1,
    blocksThatPaid: paying.length,
    holdersPerFullBlock: Math.max(...paying.map((block) => block.paid)),
    hooksMaxRefTimePercent: maxShare,
    hooksMaxProofSizePercent: maxProofShare,
    transfersDuringPayoutInBlocks: transferBlocks,
    compliantTransferRefTime: compliant.toString(),
    balancesTransferKeepAliveRefTime: plain.toString(),
    compliantOverPlain: Number((compliant * 100n) / plain) / 100,
  };
  console.log(`dividend to ${figures.holders} holders (issued in ${figures.issuedInSeconds} s):`);
  console.log(`  record date acted on in block #${recordBlock}, completed in #${completedBlock}: ${figures.blocksToPayAll} blocks`);
  console.log(`  at most ${figures.holdersPerFullBlock} holders paid in a block; the hooks used at most ${maxShare} % of the block's time and ${maxProofShare} % of its proof size`);
  console.log(`  5 LODE transfers sent during the payout were included in blocks ${transferBlocks.join(', ')}`);
  console.log(`compliant transfer weight ${compliant} ps vs balances.transferKeepAlive ${plain} ps: ${figures.compliantOverPlain}×`);
  if (args.out) writeFileSync(args.out, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await api.disconnect();
  await node.stop();
  node.removeBasePath();
}
