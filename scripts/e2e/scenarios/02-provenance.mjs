// Provenance from Polkadot.js: cobalt from two mines (one RMAP-certified) through a trader, a
// smelter and a refinery into a battery maker's product, then read back through the runtime API
// (`api.call.provenanceApi.*`). The steps share state and run in order; ids come from events, so
// the scenario also runs against a chain that already has lots.
//
// Figures (as in the pallet's own scenario test):
//   mine A: 600 kg at 10 % cobalt (certified), mine B: 400 kg at 15 %, of which 380 kg arrive;
//   blend 980 kg at ⌊1.17e14 / 9.8e8⌋ = 119 387 ppm, certified share ⌊10⁴ × 6.0e13 / 1.17e14⌋ = 5128 bps.

import assert from 'node:assert/strict';

import { stringToHex } from '@polkadot/util';

import { big, evidence, findEvent, submitAllOk, submitOk, sudoOk } from '../lib/chain.mjs';

// Roles and schemes are named flags in the metadata: a client passes a struct.
const OPERATOR = { operator: true, auditor: false };
const RMAP = { rmap: true, kp: false, itsci: false, lbma: false, rjc: false, audit: false };

/** Claim codec → 'Segregated' | 'MassBalance(5128)' | 'Unverified'. */
export function claimText(claim) {
  return claim.isMassBalance ? `MassBalance(${claim.asMassBalance.toNumber()})` : claim.type;
}

/** A GS1 GLN: 12 digits plus their mod-10 check digit. */
export function gln(twelveDigits) {
  const sum = [...twelveDigits].reverse().reduce((acc, digit, i) => acc + Number(digit) * (i % 2 === 0 ? 3 : 1), 0);
  return stringToHex(`${twelveDigits}${(10 - (sum % 10)) % 10}`);
}

/** Country codes go on chain as their two ASCII bytes. */
export const country = (code) => stringToHex(code);

// Filled in as the steps run.
const state = { facilities: {}, lots: {} };

/** Proposes a transfer of `lot` and has the receiver accept `received` (all of it by default). */
async function deliver(api, lot, from, to, toFacility, received) {
  await submitOk(api, api.tx.provenance.proposeTransfer(lot, to.address, toFacility), from);
  const info = (await api.call.provenanceApi.lot(lot)).unwrap();
  const accepted = await submitOk(api, api.tx.provenance.acceptTransfer(lot, received ?? info.quantity), to);
  return findEvent(accepted, 'provenance', 'TransferAccepted').data;
}

async function lotInfo(api, lot) {
  const info = await api.call.provenanceApi.lot(lot);
  assert.ok(info.isSome, `lot ${lot} exists`);
  return info.unwrap();
}

export const tests = [
  {
    name: 'governance (sudo) grants operator roles and accredits an RMAP issuer',
    async run({ api, accounts }) {
      const { alice, bob, charlie, dave, eve, ferdie } = accounts;
      const parties = [
        [bob, 'CD'],
        [charlie, 'ZM'],
        [dave, 'RW'],
        [eve, 'CN'],
        [ferdie, 'FI'],
        [alice, 'KR'],
      ];
      await Promise.all([
        ...parties.map(([who, jurisdiction]) =>
          sudoOk(api, api.tx.provenance.grantRoles(who.address, OPERATOR, country(jurisdiction)), alice),
        ),
        sudoOk(api, api.tx.provenance.accreditIssuer(alice.address, RMAP), alice),
      ]);
      const party = (await api.query.provenance.parties(bob.address)).unwrap();
      assert.equal(party.roles.operator.isTrue, true);
      assert.equal(party.roles.auditor.isTrue, false);
      const schemes = (await api.query.provenance.issuers(alice.address)).unwrap();
      assert.equal(schemes.rmap.isTrue, true);
      assert.equal(schemes.kp.isTrue, false);
    },
  },
  {
    name: 'operators register six facilities (GLN check digit, RMI id, coordinates)',
    async run({ api, accounts }) {
      const { alice, bob, charlie, dave, eve, ferdie } = accounts;
      const register = (kind, code, lat, lon, rmi, glnDigits) =>
        api.tx.provenance.registerFacility(kind, country(code), lat, lon, rmi, glnDigits ? gln(glnDigits) : null);
      const results = await submitAllOk(api, [
        [register('Mine', 'CD', -10_714_800, 25_466_700, null, '061414100001'), bob],
        [register('Mine', 'ZM', -12_800_000, 28_200_000, null, null), charlie],
        [register('Trader', 'RW', -1_944_100, 30_061_900, null, null), dave],
        [register('Smelter', 'CN', 30_592_800, 114_305_500, 'CID002079', null), eve],
        [register('Refiner', 'FI', 63_838_500, 23_130_700, 'CID000001', null), ferdie],
        [register('Manufacturer', 'KR', 37_566_500, 126_978_000, null, '880123400001'), alice],
      ]);
      const names = ['mineA', 'mineB', 'trader', 'smelter', 'refinery', 'plant'];
      results.forEach((result, i) => {
        const event = findEvent(result, 'provenance', 'FacilityRegistered');
        state.facilities[names[i]] = event.data.facility.toNumber();
      });
      const mine = (await api.query.provenance.facilities(state.facilities.mineA)).unwrap();
      assert.equal(mine.kind.type, 'Mine');
      assert.equal(mine.operator.toString(), bob.address);
      const smelter = (await api.query.provenance.facilities(state.facilities.smelter)).unwrap();
      assert.equal(smelter.kind.type, 'Smelter');
    },
  },
  {
    name: 'an accredited issuer attests mine A under RMAP; lots created at both mines get their claims',
    async run({ api, accounts }) {
      const { alice, bob, charlie } = accounts;
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      const attested = await submitOk(
        api,
        api.tx.provenance.attest(
          { Facility: state.facilities.mineA },
          'Rmap',
          'RMAP-2026-0042',
          0,
          now + 1_000_000,
          evidence('RMAP assessment report, mine A'),
        ),
        alice,
      );
      state.attestation = findEvent(attested, 'provenance', 'AttestationIssued').data.attestation.toNumber();

      const [a, b] = await submitAllOk(api, [
        [api.tx.provenance.createLot(state.facilities.mineA, 'Cobalt', 600_000_000n, 100_000, null, evidence('ore A')), bob],
        [api.tx.provenance.createLot(state.facilities.mineB, 'Cobalt', 400_000_000n, 150_000, null, evidence('ore B')), charlie],
      ]);
      const createdA = findEvent(a, 'provenance', 'LotCreated').data;
      const createdB = findEvent(b, 'provenance', 'LotCreated').data;
      state.lots.oreA = createdA.lot.toNumber();
      state.lots.oreB = createdB.lot.toNumber();
      assert.equal(claimText(createdA.claim), 'Segregated');
      assert.equal(createdA.certifiedBy.unwrap().toNumber(), state.attestation);
      assert.equal(claimText(createdB.claim), 'Unverified');
      assert.equal(claimText((await api.call.provenanceApi.claim(state.lots.oreA)).unwrap()), 'Segregated');
      const info = await lotInfo(api, state.lots.oreB);
      assert.equal(big(info.quantity), 400_000_000n);
      assert.equal(info.unit.type, 'Milligram');
      assert.equal(info.custodian.toString(), charlie.address);
      assert.equal(info.status.type, 'Active');
    },
  },
  {
    name: 'custody: both ores go to the trader; 20 kg of ore B is lost on the road',
    async run({ api, accounts }) {
      const { bob, charlie, dave } = accounts;
      const [accA, accB] = await Promise.all([
        deliver(api, state.lots.oreA, bob, dave, state.facilities.trader),
        deliver(api, state.lots.oreB, charlie, dave, state.facilities.trader, 380_000_000n),
      ]);
      assert.equal(big(accA.loss), 0n);
      assert.equal(big(accB.loss), 20_000_000n);
      const oreB = await lotInfo(api, state.lots.oreB);
      assert.equal(oreB.custodian.toString(), dave.address);
      assert.equal(big(oreB.quantity), 380_000_000n);
      assert.equal(big(oreB.loss), 20_000_000n);
      assert.equal(oreB.facility.toNumber(), state.facilities.trader);
    },
  },
  {
    name: 'merge: the blend conserves quantity and is MassBalance(5128)',
    async run({ api, accounts }) {
      const result = await submitOk(api, api.tx.provenance.merge([state.lots.oreA, state.lots.oreB]), accounts.dave);
      const merged = findEvent(result, 'provenance', 'LotsMerged').data;
      state.lots.blend = merged.lot.toNumber();
      assert.equal(big(merged.quantity), 980_000_000n);
      assert.equal(merged.gradePpm.toNumber(), 119_387);
      assert.equal(big(merged.gradeRounding), 740_000_000n);
      assert.equal(claimText(merged.claim), 'MassBalance(5128)');
      const oreA = await lotInfo(api, state.lots.oreA);
      assert.equal(oreA.status.type, 'Consumed');
      assert.deepEqual(oreA.children.map((id) => id.toNumber()), [state.lots.blend]);
    },
  },
  {
    name: 'transform: smelting and refining within their loss bounds',
    async run({ api, accounts }) {
      const { dave, eve, ferdie } = accounts;
      await deliver(api, state.lots.blend, dave, eve, state.facilities.smelter);
      const smelted = await submitOk(
        api,
        api.tx.provenance.transform([state.lots.blend], [{ quantity: 115_000_000n, gradePpm: 998_000 }], 'Smelting', 2_229_260n),
        eve,
      );
      const smelting = findEvent(smelted, 'provenance', 'LotsTransformed').data;
      state.lots.metal = smelting.outputs[0][0].toNumber();
      assert.equal(smelting.process.type, 'Smelting');
      assert.equal(claimText(smelting.claim), 'MassBalance(5128)');

      await deliver(api, state.lots.metal, eve, ferdie, state.facilities.refinery);
      const refined = await submitOk(
        api,
        api.tx.provenance.transform([state.lots.metal], [{ quantity: 114_000_000n, gradePpm: 999_800 }], 'Refining', 792_800n),
        ferdie,
      );
      state.lots.refined = findEvent(refined, 'provenance', 'LotsTransformed').data.outputs[0][0].toNumber();
      const info = await lotInfo(api, state.lots.refined);
      assert.equal(big(info.quantity), 114_000_000n);
      assert.equal(info.gradePpm.toNumber(), 999_800);
      assert.equal(info.origin.type, 'Transformed');
    },
  },
  {
    name: 'split and manufacture: the battery maker splits off 100 kg and makes one tonne of cells',
    async run({ api, accounts }) {
      const { ferdie, alice } = accounts;
      await deliver(api, state.lots.refined, ferdie, alice, state.facilities.plant);
      const split = await submitOk(api, api.tx.provenance.split(state.lots.refined, [100_000_000n, 14_000_000n]), alice);
      const children = findEvent(split, 'provenance', 'LotSplit').data.children;
      [state.lots.batch, state.lots.spare] = children.map(([id]) => id.toNumber());
      assert.deepEqual(children.map(([, quantity]) => big(quantity)), [100_000_000n, 14_000_000n]);

      const made = await submitOk(
        api,
        api.tx.provenance.transform([state.lots.batch], [{ quantity: 1_000_000_000n, gradePpm: 99_000 }], 'Manufacturing', 980_000n),
        alice,
      );
      state.lots.cells = findEvent(made, 'provenance', 'LotsTransformed').data.outputs[0][0].toNumber();
      await submitOk(api, api.tx.provenance.observe(state.lots.cells, 'Inspecting', 'Conformant', evidence('QA report')), alice);
      const observation = (await api.query.provenance.lastObservation(state.lots.cells)).unwrap();
      assert.equal(observation.disposition.type, 'Conformant');
    },
  },
  {
    name: 'runtime API: claim, lot, trace_back, trace_forward and origin_summary of the product',
    async run({ api }) {
      const { lots, facilities } = state;
      for (const id of [lots.blend, lots.metal, lots.refined, lots.batch, lots.spare, lots.cells]) {
        assert.equal(claimText((await api.call.provenanceApi.claim(id)).unwrap()), 'MassBalance(5128)', `lot ${id}`);
      }
      const cells = await lotInfo(api, lots.cells);
      assert.equal(cells.certifiedShareBps.toNumber(), 5128);
      assert.equal(claimText(cells.claim), 'MassBalance(5128)');

      const back = await api.call.provenanceApi.traceBack(lots.cells, 32, 100);
      const backIds = new Set(back.map((node) => node.lot.toNumber()));
      assert.deepEqual(backIds, new Set([lots.cells, lots.batch, lots.refined, lots.metal, lots.blend, lots.oreA, lots.oreB]));
      assert.equal(Math.max(...back.map((node) => node.depth.toNumber())), 5);
      const mines = new Set(back.filter((node) => node.origin.isMined).map((node) => node.origin.asMined.mine.toNumber()));
      assert.deepEqual(mines, new Set([facilities.mineA, facilities.mineB]));

      const forward = await api.call.provenanceApi.traceForward(lots.oreA, 32, 100);
      assert.deepEqual(
        new Set(forward.map((node) => node.lot.toNumber())),
        new Set([lots.oreA, lots.blend, lots.metal, lots.refined, lots.batch, lots.spare, lots.cells]),
      );

      const summary = await api.call.provenanceApi.originSummary(lots.cells);
      assert.deepEqual(
        new Map(summary.map(([mine, share]) => [mine.toNumber(), share.toNumber()])),
        new Map([[facilities.mineA, 5128], [facilities.mineB, 4871]]),
      );
      assert.ok((await api.call.provenanceApi.lot(4_000_000_000)).isNone, 'an unknown lot is None');
    },
  },
  {
    name: 'consume: the product is retired and frozen',
    async run({ api, accounts }) {
      const result = await submitOk(api, api.tx.provenance.consume(state.lots.cells), accounts.alice);
      const consumed = findEvent(result, 'provenance', 'LotConsumed').data;
      assert.equal(consumed.lot.toNumber(), state.lots.cells);
      assert.equal((await lotInfo(api, state.lots.cells)).status.type, 'Consumed');
    },
  },
];

/** Lots and facilities the scenario made, for the bad-input scenario. */
export const provenanceState = state;
