// The notary from Polkadot.js: anchor a document's SHA-256 about a lot, read it back through the
// runtime API, refuse a second anchor of the same hash and bad input by name, revoke (only the
// anchoring account may; the anchor stays, marked revoked), anchor a batch root, and check that
// each anchor's deposit is held; `notary_prove` answers with parts Polkadot.js decodes, and the
// verifier compiled to WebAssembly checks the answer from the chain spec alone, and a file of a
// `lode batch` folder through its path to the anchored root.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { u8aToHex } from '@polkadot/util';

import { big, findEvent, submit, submitOk, sudoOk } from '../lib/chain.mjs';
import { ANCHORED, INVALID, NOT_ANCHORED, loadVerifier } from '../lib/verifier.mjs';
import { country } from './02-provenance.mjs';

const state = {};
const sha256 = (text) => `0x${createHash('sha256').update(text).digest('hex')}`;
const utf8 = (bytes) => Buffer.from(bytes.toU8a(true)).toString('utf8');

/** The first `notary_prove` answer for `digest` at a justified block at or past its anchor. */
async function provenPast(api, provider, digest) {
  const anchoredAt = (await api.call.notaryApi.anchor(digest)).unwrap().block.toNumber();
  for (let tries = 0; ; tries += 1) {
    const answer = await provider.send('notary_prove', [digest]);
    if (answer.blockNumber >= anchoredAt) return answer;
    assert.ok(tries < 180, `finality reaches the anchor's block ${anchoredAt} (proven: ${answer.blockNumber})`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function expectError(api, tx, signer, name) {
  const result = await submit(api, tx, signer);
  assert.equal(result.error, name, `expected ${name}`);
}

export const tests = [
  {
    name: 'set-up: Dave has a lot that documents can be about',
    async run({ api, accounts }) {
      const { alice, dave } = accounts;
      await sudoOk(api, api.tx.provenance.grantRoles(dave.address, { operator: true, auditor: false }, country('RW')), alice);
      const mine = await submitOk(api, api.tx.provenance.registerFacility('Mine', country('RW'), -1_900_000, 29_900_000, null, null), dave);
      const facility = findEvent(mine, 'provenance', 'FacilityRegistered').data.facility.toNumber();
      const created = await submitOk(api, api.tx.provenance.createLot(facility, 'Tin', 2_000_000_000n, 600_000, null, sha256('weighbridge ticket')), dave);
      state.lot = findEvent(created, 'provenance', 'LotCreated').data.lot.toNumber();
    },
  },
  {
    name: 'notary.anchor records a SHA-256 about a lot; the runtime API returns who, when and what',
    async run({ api, accounts }) {
      const { dave } = accounts;
      state.hash = sha256(`assay report ${Date.now()}`);
      const result = await submitOk(
        api,
        api.tx.notary.anchor(state.hash, 'Sha256', 'Evidence', { Lot: state.lot }, 'assay, 61.2 % Sn'),
        dave,
      );
      const event = findEvent(result, 'notary', 'Anchored').data;
      assert.equal(event.digest.toHex(), state.hash);
      assert.equal(event.algorithm.type, 'Sha256');
      assert.equal(event.by.toString(), dave.address);
      state.deposit = big(event.deposit);
      assert.ok(state.deposit > 0n);

      const anchor = (await api.call.notaryApi.anchor(state.hash)).unwrap();
      assert.equal(anchor.anchoredBy.toString(), dave.address);
      assert.ok(anchor.content.isItem);
      const item = anchor.content.asItem;
      assert.equal(item.kind.type, 'Evidence');
      assert.equal(item.subject.unwrap().asLot.toNumber(), state.lot);
      assert.equal(utf8(item.memo), 'assay, 61.2 % Sn');
      const header = await api.rpc.chain.getHeader(result.blockHash);
      assert.equal(anchor.block.toNumber(), header.number.toNumber());
      assert.ok(anchor.moment.toNumber() > 1_700_000_000_000, 'a timestamp in milliseconds');
      assert.ok(anchor.revocation.isNone);
      // The same record is in storage, and the subject lists it.
      assert.ok((await api.query.notary.anchors(state.hash)).isSome);
      const about = await api.call.notaryApi.anchorsOf({ Lot: state.lot }, null, 10);
      assert.deepEqual(about.map((hash) => hash.toHex()), [state.hash]);
      const held = await api.query.balances.holds(dave.address);
      const notaryHold = held.find((hold) => hold.id.isNotary);
      assert.ok(notaryHold, 'a hold for the anchor');
      assert.ok(big(notaryHold.amount) >= state.deposit);
    },
  },
  {
    name: 'notary_prove answers with a proof whose parts Polkadot.js decodes: header, justification, record, key',
    async run({ api, provider, accounts }) {
      const { dave } = accounts;
      const methods = (await api.rpc.rpc.methods()).methods.map((m) => m.toString());
      assert.ok(methods.includes('notary_prove') && methods.includes('notary_proveInBatch'));
      const answer = await provenPast(api, provider, state.hash);
      assert.equal(answer.anchored, true);
      const header = api.createType('Header', answer.header);
      assert.equal(header.number.toNumber(), answer.blockNumber);
      assert.equal(header.hash.toHex(), answer.blockHash);
      const justification = api.createType('GrandpaJustification', answer.justification);
      assert.equal(justification.commit.targetHash.toHex(), answer.blockHash);
      assert.ok(justification.commit.precommits.length >= 1);
      assert.equal(answer.key, api.query.notary.anchors.key(state.hash));
      const valueType = api.query.notary.anchors.creator.meta.type.asMap.value;
      const record = api.createType(api.registry.createLookupType(valueType), answer.record);
      assert.equal(record.anchoredBy.toString(), dave.address);
      assert.ok(answer.storageProof.length >= 1);
      // An absent hash: a proof of absence.
      const absent = await provider.send('notary_prove', [sha256('never anchored either')]);
      assert.equal(absent.anchored, false);
      assert.equal(absent.record, null);
      // Bad input is refused with a clear error.
      await assert.rejects(provider.send('notary_prove', ['0x1234']), /invalid|parse|hex/i);
      state.answer = answer;
    },
  },
  {
    name: 'the verifier compiled to WebAssembly checks the answer from the chain spec alone, and fails a tampered one',
    async run({ provider, node, accounts }) {
      assert.ok(node, 'the suite started the node, whose binary writes the chain spec');
      const verifier = await loadVerifier();
      const spec = JSON.parse(execFileSync(node, ['build-spec', '--chain', 'dev', '--raw'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }));
      const trust = verifier.trust(spec);
      const { answer } = state;
      const good = verifier.verify(trust, state.hash, answer.proof);
      assert.equal(good.status, ANCHORED, JSON.stringify(good.verdict));
      assert.equal(good.verdict.blockNumber, answer.blockNumber);
      assert.equal(good.verdict.blockHash, answer.blockHash);
      assert.equal(good.verdict.genesisHash, await provider.send('chain_getBlockHash', [0]));
      assert.equal(good.verdict.anchoredBy, u8aToHex(accounts.dave.publicKey));
      // The same proof for another digest, a flipped byte, another chain's trust: each fails.
      assert.equal(verifier.verify(trust, sha256('another file'), answer.proof).status, INVALID);
      const bytes = Buffer.from(answer.proof.slice(2), 'hex');
      bytes[bytes.length - 40] ^= 1;
      const tampered = verifier.verify(trust, state.hash, `0x${bytes.toString('hex')}`);
      assert.equal(tampered.status, INVALID);
      assert.match(tampered.verdict.error, /\S/);
      const local = JSON.parse(execFileSync(node, ['build-spec', '--chain', 'local', '--raw'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }));
      assert.equal(verifier.verify(verifier.trust(local), state.hash, answer.proof).status, INVALID);
      // A digest never anchored: a verified proof of absence.
      const absent = sha256('never anchored in wasm');
      const none = verifier.verify(trust, absent, (await provider.send('notary_prove', [absent])).proof);
      assert.equal(none.status, NOT_ANCHORED, JSON.stringify(none.verdict));
      assert.equal(none.verdict.anchored, false);
    },
  },
  {
    name: 'a file of a `lode batch` folder verifies in WebAssembly through its path to the anchored root; a changed file does not',
    async run({ api, provider, node, accounts }) {
      assert.ok(node, 'the suite started the node, next to which `lode` is built');
      const verifier = await loadVerifier();
      const spec = JSON.parse(execFileSync(node, ['build-spec', '--chain', 'dev', '--raw'], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 }));
      const trust = verifier.trust(spec);
      const folder = mkdtempSync(join(tmpdir(), 'lode-e2e-batch-'));
      try {
        mkdirSync(join(folder, 'assays', 'lot-9'), { recursive: true });
        writeFileSync(join(folder, 'assays', 'a.txt'), `assay A ${Date.now()}`);
        writeFileSync(join(folder, 'assays', 'b.txt'), 'assay B');
        writeFileSync(join(folder, 'assays', 'lot-9', 'c.txt'), 'assay C');
        const out = join(folder, 'proofs');
        execFileSync(join(dirname(node), 'lode'), ['batch', join(folder, 'assays'), '--out', out], { stdio: 'ignore' });
        const proofFile = JSON.parse(readFileSync(join(out, 'lot-9', 'c.txt.proof.json'), 'utf8'));
        assert.equal(proofFile.leafCount, 3);
        await submitOk(api, api.tx.notary.anchorBatch(proofFile.root, proofFile.leafCount, proofFile.schema), accounts.ferdie);
        const answer = await provenPast(api, provider, proofFile.root);
        const good = verifier.verifyInBatch(trust, proofFile, answer.proof);
        assert.equal(good.status, ANCHORED, JSON.stringify(good.verdict));
        assert.equal(good.verdict.batchRoot, proofFile.root);
        assert.equal(good.verdict.digest, proofFile.digest);
        assert.equal(good.verdict.leafIndex, proofFile.index);
        assert.equal(good.verdict.anchoredBy, u8aToHex(accounts.ferdie.publicKey));
        // Another file's digest on this path, a path past the batch, a wrong leaf count: each fails.
        const changed = { ...proofFile, digest: sha256('assay C, changed') };
        assert.equal(verifier.verifyInBatch(trust, changed, answer.proof).status, INVALID);
        const past = verifier.verifyInBatch(trust, { ...proofFile, index: 3 }, answer.proof);
        assert.equal(past.status, INVALID);
        assert.match(past.verdict.error, /outside the batch of 3 leaves/);
        const wider = verifier.verifyInBatch(trust, { ...proofFile, leafCount: 4 }, answer.proof);
        assert.equal(wider.status, INVALID, JSON.stringify(wider.verdict));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'a second anchor of the same hash, a memo past the bound, an unknown lot, an empty batch: each refused by name',
    async run({ api, accounts }) {
      const { bob, dave } = accounts;
      const count = (await api.query.notary.anchorCount()).toNumber();
      await expectError(api, api.tx.notary.anchor(state.hash, 'Blake2b256', 'File', null, null), bob, 'notary.AlreadyAnchored');
      const maxMemo = api.consts.notary.maxMemoLen.toNumber();
      await expectError(api, api.tx.notary.anchor(sha256('long memo'), 'Sha256', 'File', null, 'x'.repeat(maxMemo + 1)), bob, 'notary.MemoTooLong');
      await expectError(api, api.tx.notary.anchor(sha256('no such lot'), 'Sha256', 'File', { Lot: 999_999 }, null), bob, 'notary.SubjectNotFound');
      await expectError(api, api.tx.notary.anchor(`0x${'00'.repeat(32)}`, 'Sha256', 'File', null, null), bob, 'notary.ZeroHash');
      await expectError(api, api.tx.notary.anchorBatch(sha256('empty batch'), 0, 'lode-files/1'), bob, 'notary.EmptyBatch');
      assert.equal((await api.query.notary.anchorCount()).toNumber(), count, 'nothing was anchored');
      const first = (await api.call.notaryApi.anchor(state.hash)).unwrap();
      assert.equal(first.anchoredBy.toString(), dave.address, 'the first anchor stays');
    },
  },
  {
    name: 'only the anchoring account revokes; the revoked anchor stays, with when and why',
    async run({ api, accounts }) {
      const { bob, dave } = accounts;
      await expectError(api, api.tx.notary.revoke(state.hash, 'not mine'), bob, 'notary.NotAnchorer');
      const result = await submitOk(api, api.tx.notary.revoke(state.hash, 'superseded by the second assay'), dave);
      const event = findEvent(result, 'notary', 'Revoked').data;
      assert.equal(event.digest.toHex(), state.hash);
      assert.equal(utf8(event.reason), 'superseded by the second assay');
      assert.ok(big(event.deposit) > state.deposit, 'the reason adds to the deposit');
      const anchor = (await api.call.notaryApi.anchor(state.hash)).unwrap();
      const revocation = anchor.revocation.unwrap();
      assert.equal(utf8(revocation.reason), 'superseded by the second assay');
      assert.ok(revocation.block.toNumber() >= anchor.block.toNumber());
      await expectError(api, api.tx.notary.revoke(state.hash, 'again'), dave, 'notary.AlreadyRevoked');
      await expectError(api, api.tx.notary.revoke(sha256('never anchored'), 'why'), dave, 'notary.AnchorNotFound');
    },
  },
  {
    name: 'notary.anchorBatch records a Merkle root with its leaf count and schema',
    async run({ api, accounts }) {
      const { eve } = accounts;
      const root = sha256(`batch root ${Date.now()}`);
      const result = await submitOk(api, api.tx.notary.anchorBatch(root, 1_024, 'lode-files/1'), eve);
      const event = findEvent(result, 'notary', 'BatchAnchored').data;
      assert.equal(event.leafCount.toNumber(), 1_024);
      const anchor = (await api.call.notaryApi.anchor(root)).unwrap();
      assert.ok(anchor.content.isBatch);
      assert.equal(anchor.content.asBatch.leafCount.toNumber(), 1_024);
      assert.equal(utf8(anchor.content.asBatch.schema), 'lode-files/1');
      assert.ok((await api.call.notaryApi.anchor(sha256('absent'))).isNone);
      // A batch names its leaves' format and has at least one leaf.
      await expectError(api, api.tx.notary.anchorBatch(sha256('unnamed'), 3, ''), eve, 'notary.EmptySchema');
      await expectError(api, api.tx.notary.anchorBatch(sha256('empty'), 0, 'lode-files/1'), eve, 'notary.EmptyBatch');
    },
  },
];
