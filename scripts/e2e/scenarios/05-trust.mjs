// Trust from Polkadot.js: a regulator supervises in its own name and cannot govern, what an
// authority suspended only it (or a higher one) undoes, schemes fit commodities, owner and
// custodian are two roles, and quantities are bounded. Each step checks the error by name and
// that the state it would have touched did not change.

import assert from 'node:assert/strict';

import { evidence, findEvent, submit, submitOk, sudoOk } from '../lib/chain.mjs';
import { country } from './02-provenance.mjs';

const OPERATOR = { operator: true, auditor: false };
const AUDITOR = { operator: false, auditor: true };
const schemes = (names) =>
  Object.fromEntries(['rmap', 'kp', 'itsci', 'lbma', 'rjc', 'audit'].map((name) => [name, names.includes(name)]));

const state = {};

async function expectError(api, tx, signer, name) {
  const result = await submit(api, tx, signer);
  assert.equal(result.error, name, `expected ${name}`);
  return result;
}

const lot = async (api, id) => (await api.call.provenanceApi.lot(id)).unwrap();

export const tests = [
  {
    name: 'set-up: Charlie is a regulator, Ferdie an auditor, Bob has a cobalt lot at a new mine',
    async run({ api, accounts }) {
      const { alice, bob, charlie, ferdie } = accounts;
      const regulators = await api.query.regulators.members();
      if (!regulators.some((member) => member.toString() === charlie.address)) {
        await sudoOk(api, api.tx.regulators.addMember(charlie.address), alice);
      }
      await sudoOk(api, api.tx.provenance.grantRoles(bob.address, OPERATOR, country('CD')), alice);
      await sudoOk(api, api.tx.provenance.grantRoles(ferdie.address, AUDITOR, country('FI')), alice);
      const party = (await api.query.provenance.parties(ferdie.address)).unwrap();
      assert.equal(party.roles.auditor.isTrue, true);
      const mine = await submitOk(api, api.tx.provenance.registerFacility('Mine', country('CD'), -10_500_000, 26_100_000, null, null), bob);
      state.mine = findEvent(mine, 'provenance', 'FacilityRegistered').data.facility.toNumber();
      const created = await submitOk(
        api,
        api.tx.provenance.createLot(state.mine, 'Cobalt', 2_000_000n, 120_000, null, evidence('heterogenite')),
        bob,
      );
      state.lot = findEvent(created, 'provenance', 'LotCreated').data.lot.toNumber();
    },
  },
  {
    name: 'a regulator cannot accredit issuers or grant roles (BadOrigin); nothing changes',
    async run({ api, accounts }) {
      const { charlie } = accounts;
      await expectError(api, api.tx.provenance.accreditIssuer(charlie.address, schemes(['rmap'])), charlie, 'BadOrigin');
      await expectError(api, api.tx.provenance.grantRoles(charlie.address, AUDITOR, country('ZM')), charlie, 'BadOrigin');
      assert.ok((await api.query.provenance.issuers(charlie.address)).isNone);
      const party = (await api.query.provenance.parties(charlie.address)).unwrap();
      assert.equal(party.roles.auditor.isTrue, false);
    },
  },
  {
    name: 'a regulator quarantines in its own name; the custodian cannot observe the lot, an auditor can',
    async run({ api, accounts }) {
      const { bob, charlie, ferdie } = accounts;
      const quarantined = await submitOk(api, api.tx.provenance.quarantine(state.lot, evidence('tip-off')), charlie);
      const event = findEvent(quarantined, 'provenance', 'LotQuarantined').data;
      assert.ok(event.by.isRegulator);
      assert.equal(event.by.asRegulator.toString(), charlie.address);
      const observe = (signer) =>
        submit(api, api.tx.provenance.observe(state.lot, 'Inspecting', 'Conformant', evidence(signer.address)), signer);
      assert.equal((await observe(bob)).error, 'provenance.LotNotActive');
      assert.ok((await api.query.provenance.lastObservation(state.lot)).isNone);
      await submitOk(api, api.tx.provenance.observe(state.lot, 'Inspecting', 'Conformant', evidence('audit')), ferdie);
      assert.equal((await api.query.provenance.lastObservation(state.lot)).unwrap().observer.toString(), ferdie.address);
      const released = await submitOk(api, api.tx.provenance.release(state.lot), charlie);
      assert.equal(findEvent(released, 'provenance', 'LotReleased').data.by.asRegulator.toString(), charlie.address);
      assert.equal((await lot(api, state.lot)).status.type, 'Active');
    },
  },
  {
    name: 'an issuer cannot reinstate what a regulator suspended (provenance.SuspendedByHigherAuthority)',
    async run({ api, accounts }) {
      const { alice, charlie } = accounts;
      await sudoOk(api, api.tx.provenance.accreditIssuer(alice.address, schemes(['rmap'])), alice);
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      const attested = await submitOk(
        api,
        api.tx.provenance.attest({ Facility: state.mine }, 'Rmap', 'RMAP-TRUST-1', head, head + 100_000, evidence('report')),
        alice,
      );
      const attestation = findEvent(attested, 'provenance', 'AttestationIssued').data.attestation.toNumber();
      const suspended = await submitOk(api, api.tx.provenance.suspendAttestation(attestation), charlie);
      assert.ok(findEvent(suspended, 'provenance', 'AttestationSuspended').data.by.isRegulator);
      await expectError(api, api.tx.provenance.reinstateAttestation(attestation), alice, 'provenance.SuspendedByHigherAuthority');
      const stored = (await api.query.provenance.attestations(attestation)).unwrap();
      assert.equal(stored.status.type, 'Suspended');
      assert.equal(stored.suspendedBy.unwrap().asRegulator.toString(), charlie.address);
      await submitOk(api, api.tx.provenance.reinstateAttestation(attestation), charlie);
      assert.equal((await api.query.provenance.attestations(attestation)).unwrap().status.type, 'Valid');
    },
  },
  {
    name: 'a Kimberley Process attestation of a cobalt lot is refused (provenance.SchemeNotForCommodity)',
    async run({ api, accounts }) {
      const { alice, dave } = accounts;
      await sudoOk(api, api.tx.provenance.accreditIssuer(dave.address, schemes(['kp'])), alice);
      const next = (await api.query.provenance.nextAttestationId()).toNumber();
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      await expectError(
        api,
        api.tx.provenance.attest({ Lot: state.lot }, 'Kp', 'KP-CD-0001', head, head + 1_000, evidence('kp')),
        dave,
        'provenance.SchemeNotForCommodity',
      );
      assert.equal((await api.query.provenance.nextAttestationId()).toNumber(), next);
    },
  },
  {
    name: 'toll processing: custody moves to the smelter, ownership stays; only the owner sells',
    async run({ api, accounts }) {
      const { bob, eve } = accounts;
      const smelter = await submitOk(api, api.tx.provenance.registerFacility('Smelter', country('ZM'), -12_900_000, 28_600_000, null, null), eve);
      const works = findEvent(smelter, 'provenance', 'FacilityRegistered').data.facility.toNumber();
      const proposed = await submitOk(api, api.tx.provenance.proposeCustodyTransfer(state.lot, eve.address, works), bob);
      assert.equal(findEvent(proposed, 'provenance', 'TransferProposed').data.kind.type, 'Custody');
      await submitOk(api, api.tx.provenance.acceptTransfer(state.lot, 2_000_000n), eve);
      const held = await lot(api, state.lot);
      assert.equal(held.custodian.toString(), eve.address);
      assert.equal(held.owner.toString(), bob.address);
      const heldByEve = (await api.call.provenanceApi.lotsHeld(eve.address, null, 100)).map((id) => id.toNumber());
      const ownedByBob = (await api.call.provenanceApi.lotsOwned(bob.address, null, 100)).map((id) => id.toNumber());
      assert.ok(heldByEve.includes(state.lot));
      assert.ok(ownedByBob.includes(state.lot));
      await expectError(api, api.tx.provenance.proposeOwnershipTransfer(state.lot, eve.address), eve, 'provenance.NotOwner');
      await expectError(api, api.tx.provenance.split(state.lot, [1n, 1_999_999n]), bob, 'provenance.NotCustodian');
      assert.equal((await api.call.provenanceApi.claimPending(state.lot)).unwrap().isTrue, false);
    },
  },
  {
    name: 'a lot of 3.4e29 t is refused (provenance.QuantityTooLarge)',
    async run({ api, accounts }) {
      const next = (await api.query.provenance.nextLotId()).toNumber();
      await expectError(
        api,
        api.tx.provenance.createLot(state.mine, 'Tin', 2n ** 128n - 1n, 500_000, null, evidence('too much')),
        accounts.bob,
        'provenance.QuantityTooLarge',
      );
      assert.equal((await api.query.provenance.nextLotId()).toNumber(), next);
    },
  },
];
