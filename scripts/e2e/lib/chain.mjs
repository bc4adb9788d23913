// Signing, submitting and reading results, the way a Polkadot.js user does it: every type comes
// from the runtime's metadata, no custom type bundle.

import { Keyring } from '@polkadot/keyring';
import { blake2AsHex } from '@polkadot/util-crypto';

/** The dev accounts `--dev` endows (sr25519, `//Alice` …). */
export function devAccounts() {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const names = ['alice', 'bob', 'charlie', 'dave', 'eve', 'ferdie'];
  return Object.fromEntries(
    names.map((name) => [name, keyring.addFromUri(`//${name[0].toUpperCase()}${name.slice(1)}`)]),
  );
}

/** A new account nobody has used, from a fresh random seed. */
export function freshAccount(label) {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const seed = blake2AsHex(`${label}-${process.pid}-${Date.now()}-${Math.random()}`);
  return keyring.addFromUri(seed);
}

/** A 32-byte evidence hash of a text, as a document's hash would be recorded. */
export const evidence = (text) => blake2AsHex(text, 256);

/**
 * The name of a dispatch error as the metadata gives it: `provenance.NotCustodian`,
 * `Token.FundsUnavailable`, `BadOrigin`, …
 */
export function errorName(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}`;
  }
  if (dispatchError.isToken) return `Token.${dispatchError.asToken.type}`;
  if (dispatchError.isArithmetic) return `Arithmetic.${dispatchError.asArithmetic.type}`;
  if (dispatchError.isTransactional) return `Transactional.${dispatchError.asTransactional.type}`;
  return dispatchError.type;
}

// Per signer: the submission in flight and the next nonce this client will use. The node's
// `system_accountNextIndex` does not always count a transaction the pool has only just accepted,
// so two quick submissions from one account could get the same nonce; the next nonce is the
// larger of the node's answer and one past the last nonce this client used.
const inFlight = new Map();
const nextNonce = new Map();

function oneAtATime(address, send) {
  const previous = inFlight.get(address) ?? Promise.resolve();
  const current = previous.then(send, send);
  inFlight.set(address, current.catch(() => undefined));
  return current;
}

async function takeNonce(api, address) {
  const fromNode = (await api.rpc.system.accountNextIndex(address)).toNumber();
  const nonce = Math.max(fromNode, nextNonce.get(address) ?? 0);
  nextNonce.set(address, nonce + 1);
  return nonce;
}

/**
 * Signs `tx` as `signer` and submits it. Resolves once it is in a block (or finalized, with
 * `finalized: true`; `tip` adds a tip) with `{ blockHash, events, error }`, where `error` is the decoded dispatch
 * error name or null. Rejects if the pool refuses or drops the transaction, or on timeout.
 */
export function submit(api, tx, signer, { nonce = -1, finalized = false, timeoutMs = 120_000, tip } = {}) {
  return new Promise((resolve, reject) => {
    let unsubscribe = null;
    let done = false;
    const finish = (outcome) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (unsubscribe) unsubscribe();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`${describe(tx)} not ${finalized ? 'finalized' : 'included'} within ${timeoutMs / 1000} s`))),
      timeoutMs,
    );
    const send = async () => tx.signAndSend(signer, { nonce: nonce >= 0 ? nonce : await takeNonce(api, signer.address), ...(tip ? { tip } : {}) }, (result) => {
      const { status } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        nextNonce.delete(signer.address);
        finish(() => reject(new Error(`${describe(tx)}: transaction ${status.type}`)));
        return;
      }
      const reached = finalized ? status.isFinalized : status.isInBlock || status.isFinalized;
      if (!reached) return;
      finish(() =>
        resolve({
          blockHash: (status.isInBlock ? status.asInBlock : status.asFinalized).toHex(),
          events: result.events.map(({ event }) => event),
          error: result.dispatchError ? errorName(api, result.dispatchError) : null,
        }),
      );
    });
    oneAtATime(signer.address, send)
      .then((unsub) => {
        if (done) unsub();
        else unsubscribe = unsub;
      })
      .catch((error) => {
        nextNonce.delete(signer.address);
        finish(() => reject(new Error(`${describe(tx)}: ${error.message}`)));
      });
  });
}

/** `section.method` of a call, for messages. */
export function describe(tx) {
  return `${tx.method.section}.${tx.method.method}`;
}

/** Submits and fails unless the call succeeded; returns the result. */
export async function submitOk(api, tx, signer, options) {
  const result = await submit(api, tx, signer, options);
  if (result.error) throw new Error(`${describe(tx)} failed: ${result.error}`);
  return result;
}

/**
 * Submits several `[tx, signer]` pairs at once (they may share a block; one signer's
 * transactions get consecutive nonces); resolves with the results in order, failing if any failed.
 */
export function submitAllOk(api, pairs) {
  return Promise.all(pairs.map(([tx, signer]) => submitOk(api, tx, signer)));
}

/** Dispatches `call` as root through `sudo` and fails unless the inner call succeeded. */
export async function sudoOk(api, call, sudoKey) {
  const result = await submitOk(api, api.tx.sudo.sudo(call), sudoKey);
  const sudid = findEvent(result, 'sudo', 'Sudid');
  const inner = sudid.data.sudoResult;
  if (inner.isErr) {
    throw new Error(`sudo(${describe(call)}) failed: ${errorName(api, inner.asErr)}`);
  }
  return result;
}

/** The extrinsic's first event `section.method`; throws if it has none. */
export function findEvent(result, section, method) {
  const event = result.events.find((e) => e.section === section && e.method === method);
  if (!event) {
    const seen = result.events.map((e) => `${e.section}.${e.method}`).join(', ');
    throw new Error(`no ${section}.${method} event (saw: ${seen})`);
  }
  return event;
}

/** A codec number (u64, u128, …) as a BigInt. */
export const big = (codec) => BigInt(codec.toString());

/** The free balance of an account, as a BigInt. */
export async function freeBalance(api, address, at) {
  const query = at ? await api.at(at) : api;
  const { data } = await query.query.system.account(address);
  return big(data.free);
}

/** Resolves once the finalized head reaches `number`. */
export async function waitFinalized(api, number, timeoutMs = 120_000) {
  const started = Date.now();
  for (;;) {
    const head = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
    if (head.number.toNumber() >= number) return head;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`finality did not reach block ${number} within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
