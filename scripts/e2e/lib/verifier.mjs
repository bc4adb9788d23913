// The Lode verifier compiled to WebAssembly (verifier/wasm), loaded with nothing but the
// WebAssembly API: how a page or a script checks a notary proof without trusting the node that
// served it. Build the module with
//   cargo build --release -p lode-verifier-wasm --target wasm32-unknown-unknown

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactToU8a, hexToU8a, u8aConcat, u8aToString } from '@polkadot/util';

/** Statuses of `lode_verify`. */
export const ANCHORED = 0;
export const NOT_ANCHORED = 1;
export const INVALID = 2;

/** Where the build puts the module (LODE_VERIFIER_WASM names another). */
export function defaultVerifierWasm() {
  const target = process.env.CARGO_TARGET_DIR || join(process.env.HOME || '', '.cache/lode/target');
  return (
    process.env.LODE_VERIFIER_WASM ||
    join(target, 'wasm32-unknown-unknown', 'release', 'lode_verifier_wasm.wasm')
  );
}

const scaleBytes = (bytes) => u8aConcat(compactToU8a(bytes.length), bytes);

const u32 = (value) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value, true);
  return out;
};

/** A `lode batch` proof file (parsed JSON) as the SCALE `BatchPath` the module reads. */
export function batchPath({ digest, index, leafCount, siblings }) {
  return u8aConcat(
    hexToU8a(digest),
    u32(index),
    u32(leafCount),
    compactToU8a(siblings.length),
    ...siblings.map((sibling) => hexToU8a(sibling)),
  );
}

/**
 * Loads the module at `path`: `trust(rawSpec)`, `verify(trust, digest, proofHex)` and
 * `verifyInBatch(trust, proofFile, proofHex)`.
 */
export async function loadVerifier(path = defaultVerifierWasm()) {
  let code;
  try {
    code = readFileSync(path);
  } catch (error) {
    throw new Error(
      `no verifier module at ${path} (${error.code}): build it with ` +
        '`cargo build --release -p lode-verifier-wasm --target wasm32-unknown-unknown`',
    );
  }
  const { instance } = await WebAssembly.instantiate(code, {});
  const exports = instance.exports;
  const call = (entry, input) => {
    const at = exports.lode_input(input.length) >>> 0;
    new Uint8Array(exports.memory.buffer, at, input.length).set(input);
    const status = entry();
    const out = new Uint8Array(exports.memory.buffer, exports.lode_output() >>> 0, exports.lode_output_len());
    return { status, out: out.slice() };
  };
  return {
    /** The SCALE-encoded trust a raw chain spec (parsed JSON) fixes: genesis hash, GRANDPA set 0. */
    trust(spec) {
      const top = Object.entries(spec?.genesis?.raw?.top ?? {});
      const input = u8aConcat(
        compactToU8a(top.length),
        ...top.flatMap(([key, value]) => [scaleBytes(hexToU8a(key)), scaleBytes(hexToU8a(value))]),
      );
      const { status, out } = call(exports.lode_trust, input);
      if (status !== 0) throw new Error(`the chain spec fixes no trust: ${u8aToString(out)}`);
      return out;
    },
    /** The verdict on a `notary_prove` answer's `proof` for `digest`: `{ status, verdict }`. */
    verify(trust, digest, proofHex) {
      const input = u8aConcat(trust, hexToU8a(digest), scaleBytes(hexToU8a(proofHex)));
      const { status, out } = call(exports.lode_verify, input);
      return { status, verdict: JSON.parse(u8aToString(out)) };
    },
    /**
     * The verdict on a file in a batch: its `lode batch` proof file (parsed JSON) and the
     * `proof` of a `notary_prove` answer for the batch root: `{ status, verdict }`.
     */
    verifyInBatch(trust, proofFile, proofHex) {
      const input = u8aConcat(trust, batchPath(proofFile), scaleBytes(hexToU8a(proofHex)));
      const { status, out } = call(exports.lode_verify_in_batch, input);
      return { status, verdict: JSON.parse(u8aToString(out)) };
    },
  };
}
