#!/usr/bin/env node
// Lode's end-to-end suite: starts the built `lode-node --dev` (or connects to --url), runs every
// scenario in scenarios/ through @polkadot/api, stops the node, prints `N passed, N failed` and
// exits non-zero on any failure. It builds nothing itself.
//
//   node run.mjs [--node <path to lode-node>] [--url ws://host:port] [--only <text>]
//                [--dump-state <file>]
//
// --dump-state writes the chain's whole state at the best block, after the scenarios, as JSON
// ({ hash, number, pairs: [[key, value], …] }): scripts/test checks every pallet's invariants
// (try-runtime's try_state) over it.

import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { ApiPromise, WsProvider } from '@polkadot/api';

import { devAccounts } from './lib/chain.mjs';
import { startDevNode } from './lib/node.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    node: { type: 'string' },
    url: { type: 'string' },
    only: { type: 'string' },
    'dump-state': { type: 'string' },
  },
});

/** Writes every top-level storage pair at the best block to `file` (complete, or not at all). */
async function dumpState(provider, file) {
  const hash = await provider.send('chain_getBlockHash', []);
  const header = await provider.send('chain_getHeader', [hash]);
  const pairs = [];
  let start = null;
  for (;;) {
    const keys = await provider.send('state_getKeysPaged', ['0x', 1000, start, hash]);
    if (keys.length === 0) break;
    const [{ changes }] = await provider.send('state_queryStorageAt', [keys, hash]);
    for (const [key, value] of changes) if (value !== null) pairs.push([key, value]);
    start = keys[keys.length - 1];
  }
  writeFileSync(`${file}.partial`, JSON.stringify({ hash, number: Number(header.number), pairs }));
  renameSync(`${file}.partial`, file);
  console.log(`\nstate at block ${Number(header.number)} (${pairs.length} pairs) written to ${file}`);
}

const defaultNode = () => {
  const target = process.env.CARGO_TARGET_DIR || join(process.env.HOME || '', '.cache/lode/target');
  return process.env.LODE_NODE || join(target, 'release', 'lode-node');
};

/** Every scenario module, in file-name order, with its tests. */
async function loadScenarios() {
  const dir = join(here, 'scenarios');
  const files = readdirSync(dir).filter((file) => file.endsWith('.mjs')).sort();
  const scenarios = [];
  for (const file of files) {
    const module = await import(pathToFileURL(join(dir, file)).href);
    scenarios.push({ file, tests: module.tests });
  }
  return scenarios;
}

function tail(file, lines) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function main() {
  const scenarios = await loadScenarios();
  let node = null;
  let url = args.url;
  const binary = resolve(args.node || defaultNode());
  if (!url) {
    console.log(`starting ${binary} --dev`);
    node = await startDevNode(binary);
    url = node.url;
  }
  console.log(`connecting to ${url}`);
  const provider = new WsProvider(url);
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
  // `node`: the binary of the node the suite started (none with --url), for its `build-spec`.
  const context = { api, provider, accounts: devAccounts(), node: node ? binary : null };

  let passed = 0;
  let failed = 0;
  try {
    for (const { file, tests } of scenarios) {
      console.log(`\n${file}`);
      for (const { name, run } of tests) {
        if (args.only && !`${file} ${name}`.includes(args.only)) continue;
        const started = Date.now();
        try {
          await run(context);
          passed += 1;
          console.log(`  ok    ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        } catch (error) {
          failed += 1;
          console.log(`  FAIL  ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
          console.log(`        ${String(error.stack || error).split('\n').join('\n        ')}`);
        }
      }
    }
    if (args['dump-state'] && failed === 0) await dumpState(provider, args['dump-state']);
  } finally {
    await api.disconnect();
    if (node) {
      await node.stop();
      if (failed > 0) console.log(`\nlast lines of the node's log (${node.logFile}):\n${tail(node.logFile, 40)}`);
      else node.removeBasePath();
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`e2e: ${error.stack || error}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
