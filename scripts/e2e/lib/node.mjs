// Starts a built `lode-node --dev` on free loopback ports and stops it again.

import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port nobody listens on right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Asks the node's HTTP JSON-RPC for `system_health`; resolves true once it answers. */
async function answers(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'system_health', params: [] }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts `binary --dev` in a fresh base path and waits until its RPC answers.
 * Returns `{ url, logFile, stop }`; `stop()` sends SIGINT and waits for the exit.
 */
export async function startDevNode(binary, { timeoutMs = 120_000 } = {}) {
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const basePath = mkdtempSync(join(tmpdir(), 'lode-e2e-'));
  const logFile = join(basePath, 'node.log');
  const log = createWriteStream(logFile);
  const child = spawn(
    binary,
    [
      '--dev',
      '--base-path', join(basePath, 'db'),
      '--rpc-port', String(rpcPort),
      '--port', String(p2pPort),
      '--no-prometheus', '--no-telemetry', '--no-mdns',
      '--mining-threads', '1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  const exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
    child.once('error', (error) => {
      exited = { error };
      resolve(exited);
    });
  });

  const stop = async () => {
    if (!exited) {
      child.kill('SIGINT');
      const killed = await Promise.race([exit, sleep(20_000).then(() => null)]);
      if (!killed) {
        child.kill('SIGKILL');
        await exit;
      }
    }
    log.end();
  };

  const started = Date.now();
  while (!(await answers(rpcPort))) {
    if (exited) {
      throw new Error(`lode-node exited before answering RPC (${JSON.stringify(exited)}); log: ${logFile}`);
    }
    if (Date.now() - started > timeoutMs) {
      await stop();
      throw new Error(`lode-node did not answer RPC within ${timeoutMs / 1000} s; log: ${logFile}`);
    }
    await sleep(250);
  }
  return {
    url: `ws://127.0.0.1:${rpcPort}`,
    logFile,
    stop,
    removeBasePath: () => rmSync(basePath, { recursive: true, force: true }),
  };
}
