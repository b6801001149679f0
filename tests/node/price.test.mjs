// What Medicare pays, through the JS API on the fixture fee schedules: the
// same amounts as the native tests worked out by hand, and misuse.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { load, siteDir, testDataDir } from './helpers.mjs';

const PACKS = ['pfs_fixture', 'gpci_fixture', 'zip5_fixture', 'clfs_fixture', 'oppscap_fixture',
  'anes_fixture']
  .map((name) => new Uint8Array(readFileSync(join(testDataDir, `${name}.pack`))));

describe('price', () => {
  let bc;
  before(async () => { bc = await load({ baseUrl: siteDir, packs: PACKS }); });

  it('gives the national and local amounts of the formula, in dollars', () => {
    const price = bc.price('99213', { date: '2026-03-02', zip: '10001', placeOfService: '11' });
    assert.equal(price.schedule, 'pfs');
    assert.deepEqual(price.national, { nonFacility: 96.86, facility: 65.13 });
    assert.deepEqual(price.local.amounts, { nonFacility: 108.39, facility: 70.31 });
    assert.equal(price.local.locality.name, 'MANHATTAN');
    assert.equal(price.local.approximate, true);
    assert.equal(price.amount, 108.39);
    assert.equal(price.rate, 'non-facility');
    assert.match(price.notice, /American Medical Association/);
  });

  it('gives the anesthesia conversion factors for status J codes', () => {
    assert.deepEqual(bc.price('00100', { date: '2026-03-02', zip: '10001' }).anesthesia,
      { nationalConversionFactor: 20.3178, localConversionFactor: 22.76, locality: 'MANHATTAN' });
  });

  it('prices lab tests from the lab fee schedule', () => {
    const price = bc.price('87880QW', { date: '2026-03-02' });
    assert.equal(price.schedule, 'clfs');
    assert.equal(price.modifier, 'QW');
    assert.equal(price.national.nonFacility, 16.53);
  });

  it('says why a code has no amount', () => {
    assert.match(bc.price('0001F', { date: '2026-03-02' }).reason, /Not valid for Medicare/);
    assert.match(bc.price('E0114', { date: '2026-03-02' }).reason, /does not mean the code is invalid/);
  });

  it('refuses a malformed ZIP or place of service, and names a ZIP not in the file', () => {
    assert.throws(() => bc.price('99213', { zip: '1234' }), RangeError);
    assert.throws(() => bc.price('99213', { placeOfService: '1' }), RangeError);
    assert.match(bc.price('99213', { date: '2026-03-02', zip: '00000' }).problem, /not in the CMS ZIP5 file/);
  });

  it('tells in a lookup which schedule knows a CPT code', () => {
    const lookup = bc.classify('99213', { date: '2026-03-02' });
    assert.equal(lookup.status, 'no-data');
    assert.deepEqual(lookup.medicare, { schedule: 'pfs', status: 'A',
      meaning: 'Active: paid separately under the fee schedule when covered.', edition: 'PFS RVU26C' });
    assert.equal(bc.classify('E0114', { date: '2026-03-02' }).medicare.status, 'not-in-medicare-schedules');
    assert.equal(bc.classify('99213', { date: '2024-03-02' }).medicare, null);
  });

  it('lists the fee schedule tables among the versions', () => {
    const kinds = bc.versions().map((version) => version.kind);
    for (const kind of ['pfs-rvu', 'gpci', 'zip-locality', 'clfs', 'opps-cap', 'anesthesia']) {
      assert.ok(kinds.includes(kind), kind);
    }
  });
});
