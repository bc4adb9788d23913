// The notary benchmark (scripts/bench/notary): see that script for what it measures.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { ApiPromise, WsProvider } from '../e2e/node_modules/@polkadot/api/index.js';
import { devAccounts, findEvent, submitOk, waitFinalized } from '../e2e/lib/chain.mjs';
import { startDevNode } from '../e2e/lib/node.mjs';
import { ANCHORED, loadVerifier } from '../e2e/lib/verifier.mjs';

const { values: args } = parseArgs({
  options: {
    node: { type: 'string' },
    lode: { type: 'string' },
    out: { type: 'string' },
    batches: { type: 'string', default: '40' },
    'per-batch': { type: 'string', default: '200' },
    requests: { type: 'string', default: '400' },
  },
});
const batches = Number(args.batches);
const perBatch = Number(args['per-batch']);
const requests = Number(args.requests);
const digest = (text) => `0x${createHash('sha256').update(text).digest('hex')}`;

function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** `count` notary_prove calls over `concurrency` connections; latencies in ms, sorted. */
async function latencies(url, hashes, count, concurrency) {
  const providers = await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const provider = new WsProvider(url);
      await provider.isReady;
      return provider;
    }),
  );
  const times = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    providers.map(async (provider) => {
      while (next < count) {
        const hash = hashes[next % hashes.length];
        next += 1;
        const t0 = performance.now();
        await provider.send('notary_prove', [hash]);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(providers.map((provider) => provider.disconnect()));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), perSecond: count / seconds };
}

const node = await startDevNode(args.node);
const provider = new WsProvider(node.url);
const api = await ApiPromise.create({ provider, noInitWarn: true });
try {
  const { alice } = devAccounts();
  // Past block #1, so that the block before the first anchors has a real timestamp.
  await waitFinalized(api, 2, 600_000);
  // Anchors through utility.batchAll: every batch submitted at once, consecutive nonces.
  const hashes = [];
  const calls = [];
  for (let b = 0; b < batches; b += 1) {
    const batch = [];
    for (let i = 0; i < perBatch; i += 1) {
      const hash = digest(`bench ${Date.now()} ${b} ${i}`);
      hashes.push(hash);
      batch.push(api.tx.notary.anchor(hash, 'Sha256', 'Record', null, null));
    }
    calls.push(api.tx.utility.batchAll(batch));
  }
  const firstNonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
  const results = await Promise.all(
    calls.map((tx, index) => submitOk(api, tx, alice, { nonce: firstNonce + index, timeoutMs: 600_000 })),
  );
  const blocks = new Map();
  for (const result of results) {
    findEvent(result, 'utility', 'BatchCompleted');
    const header = await api.rpc.chain.getHeader(result.blockHash);
    blocks.set(header.number.toNumber(), result.blockHash);
  }
  const numbers = [...blocks.keys()].sort((a, b) => a - b);
  const momentAt = async (number) =>
    (await (await api.at(await api.rpc.chain.getBlockHash(number))).query.timestamp.now()).toNumber();
  const span = (await momentAt(numbers[numbers.length - 1])) - (await momentAt(numbers[0] - 1));
  const anchorsPerSecond = hashes.length / (span / 1000);
  const perBlock = hashes.length / numbers.length;
  const counts = new Map();
  results.forEach((result, index) => counts.set(result.blockHash, (counts.get(result.blockHash) ?? 0) + calls[index].method.args[0].length));
  const maxPerBlock = Math.max(...counts.values());

  await waitFinalized(api, numbers[numbers.length - 1], 600_000);
  for (;;) {
    const answer = await provider.send('notary_prove', [hashes[hashes.length - 1]]);
    if (answer.anchored) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const one = await latencies(node.url, hashes, requests, 1);
  const sixteen = await latencies(node.url, hashes, requests * 4, 16);
  // The same from `lode bench prove`, whose Rust clients add little time of their own.
  const hashesFile = join('/tmp', `lode-bench-hashes-${process.pid}.txt`);
  writeFileSync(hashesFile, hashes.join('\n'));
  const lodeBench = (concurrency, count) =>
    JSON.parse(
      execFileSync(args.lode, ['bench', 'prove', '--url', node.url, '--concurrency', String(concurrency), '--requests', String(count), '--hashes-file', hashesFile, '--json']).toString(),
    );
  const rustOne = lodeBench(1, requests * 10);
  const rustSixteen = lodeBench(16, requests * 20);
  unlinkSync(hashesFile);
  if (rustOne.anchored !== rustOne.requests || rustSixteen.anchored !== rustSixteen.requests) {
    throw new Error('lode bench prove found hashes that are not anchored');
  }
  const anchored = await provider.send('notary_prove', [hashes[0]]);
  const absent = await provider.send('notary_prove', [digest('absent')]);
  const size = (answer) => (answer.proof.length - 2) / 2;

  // `lode verify` checks the proof natively; its --json report says how long that took.
  const spec = join(node.basePath ?? '/tmp', 'dev-spec.json');
  writeFileSync(spec, execFileSync(args.node, ['build-spec', '--chain', 'dev', '--raw'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }));
  const file = join('/tmp', `lode-bench-${process.pid}.txt`);
  writeFileSync(file, 'benchmark file');
  const proveFile = digest('benchmark file');
  await submitOk(api, api.tx.notary.anchor(proveFile, 'Sha256', 'File', null, null), alice, { finalized: true });
  const checks = [];
  for (let i = 0; i < 20; i += 1) {
    const out = execFileSync(args.lode, ['verify', file, '--chain-spec', spec, '--url', node.url, '--algorithm', 'sha256', '--json']);
    checks.push(JSON.parse(out.toString()).checkMicros);
  }
  checks.sort((a, b) => a - b);

  // The same check in the WebAssembly verifier, under Node.js.
  const verifier = await loadVerifier();
  const trust = verifier.trust(JSON.parse(readFileSync(spec, 'utf8')));
  const fileProof = (await provider.send('notary_prove', [proveFile])).proof;
  const wasm = [];
  for (let i = 0; i < 200; i += 1) {
    const t0 = performance.now();
    const { status } = verifier.verify(trust, proveFile, fileProof);
    wasm.push((performance.now() - t0) * 1000);
    if (status !== ANCHORED) throw new Error('the wasm verifier refused a good proof');
  }
  wasm.sort((a, b) => a - b);

  const figures = {
    chain: 'lode-node --dev (PoW, one mining thread)',
    anchors: hashes.length,
    blocks: numbers.length,
    anchorsPerBlock: perBlock,
    maxAnchorsInABlock: maxPerBlock,
    secondsSpanned: span / 1000,
    anchorsPerSecond,
    proveLatencyMs: { concurrency1: one, concurrency16: sixteen },
    proveLatencyMsFromRust: { concurrency1: rustOne, concurrency16: rustSixteen },
    proofBytes: { anchored: size(anchored), absent: size(absent), setChanges: anchored.setChanges.length },
    verifyNativeMicros: { p50: percentile(checks, 50), max: checks[checks.length - 1] },
    verifyWasmMicros: { p50: Math.round(percentile(wasm, 50)), p99: Math.round(percentile(wasm, 99)) },
  };
  writeFileSync(args.out, JSON.stringify(figures, null, 2));
  const ms = (x) => `${x.toFixed(2)} ms`;
  console.log(`anchors through utility.batchAll: ${hashes.length} in ${numbers.length} blocks over ${(span / 1000).toFixed(1)} s (from the block before the first), ${perBlock.toFixed(0)} per block, at most ${maxPerBlock}, ${anchorsPerSecond.toFixed(1)}/s`);
  console.log(`notary_prove from Polkadot.js, concurrency 1:  p50 ${ms(one.p50)}, p99 ${ms(one.p99)}, ${one.perSecond.toFixed(0)}/s`);
  console.log(`notary_prove from Polkadot.js, concurrency 16: p50 ${ms(sixteen.p50)}, p99 ${ms(sixteen.p99)}, ${sixteen.perSecond.toFixed(0)}/s`);
  for (const rust of [rustOne, rustSixteen]) {
    console.log(`notary_prove from lode bench prove, concurrency ${rust.concurrency}: p50 ${ms(rust.p50Ms)}, p90 ${ms(rust.p90Ms)}, p99 ${ms(rust.p99Ms)}, ${rust.perSecond.toFixed(0)}/s over ${rust.requests}`);
  }
  console.log(`proof size: ${size(anchored)} B anchored, ${size(absent)} B absent (${anchored.setChanges.length} set changes)`);
  console.log(`verifier, native (lode verify): p50 ${figures.verifyNativeMicros.p50} µs`);
  console.log(`verifier, wasm under Node.js: p50 ${figures.verifyWasmMicros.p50} µs, p99 ${figures.verifyWasmMicros.p99} µs`);
  console.log(`raw figures: ${args.out}`);
} finally {
  await api.disconnect();
  await node.stop();
  node.removeBasePath();
}
