// Bring your own data through the JS API: official files and their ZIP
// archives imported in the module, answering for the dates they govern.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { fixturePack, fixturesDir, load, siteDir } from './helpers.mjs';

const file = (name) => ({ name, bytes: new Uint8Array(readFileSync(join(fixturesDir, 'import', name))) });

describe('importFiles', () => {
  let bc;
  before(async () => {
    bc = await load({ baseUrl: siteDir, packs: [new Uint8Array(readFileSync(fixturePack))] });
  });

  it('opens ZIP archives, imports their data files and passes over the rest', async () => {
    const progress = [];
    const results = await bc.importFiles([file('hcpcs-2026-apr.zip'), file('icd10cm-2027.zip')],
      { onProgress: (done, total) => progress.push(`${done}/${total}`) });
    assert.deepEqual(results.map((r) => r.file), ['hcpcs-2026-apr.zip:HCPC2026_APR_ANWEB.txt',
      'hcpcs-2026-apr.zip:HCPC2026_recordlayout.txt', 'icd10cm-2027.zip:icd10cm-codes-2027.txt']);
    assert.equal(results[0].kind, 'hcpcs');
    assert.equal(results[0].edition, '2026-APR');
    assert.equal(results[0].effectiveFrom, '2026-04-01');
    assert.ok(results[0].pack instanceof Uint8Array && results[0].pack.length > 0);
    assert.match(results[1].passedOver, /not a file billcode reads/);
    assert.equal(results[2].edition, 'FY2027');
    assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
  });

  it('answers from the imported quarter for the dates it governs', () => {
    assert.equal(bc.classify('E0119', { date: '2026-03-15' }).status, 'not-yet-effective');
    assert.equal(bc.classify('E0119', { date: '2026-05-01' }).status, 'active');
    assert.equal(bc.classify('A4206', { date: '2026-05-01' }).status, 'terminated');
  });

  it('says when a date is past the newest quarter loaded', () => {
    assert.deepEqual(bc.classify('E0119', { date: '2026-05-01' }).stale, []);
    const [note] = bc.classify('E0119', { date: '2026-08-01' }).stale;
    assert.equal(note.table, 'hcpcs-level2');
    assert.equal(note.edition, '2026-APR');
    assert.equal(note.endsOn, '2026-06-30');
    assert.match(note.message, /cms\.gov/);
  });

  it('keeps the pack bytes, which another module loads as they are', async () => {
    const [hcpcs] = await bc.importFiles([file('HCPC2026_APR_ANWEB.txt')]);
    const fresh = await load({ baseUrl: siteDir, packs: [hcpcs.pack] });
    assert.equal(fresh.classify('E0119', { date: '2026-05-01' }).status, 'active');
  });

  it('answers diagnoses from the FY2027 file from 2026-10-01 on', () => {
    const check = (date) => bc.checkClaim({ dateOfService: date, diagnoses: ['M54.50'],
      lines: [{ code: 'E0114', diagnosisPointers: ['1'] }] }, { today: '2026-12-01' });
    const september = check('2026-09-30');
    const october = check('2026-10-01');
    assert.ok(september.findings.some((f) => f.rule === 'dx-no-data'), 'FY2027 does not govern September');
    assert.ok(!october.findings.some((f) => f.rule.startsWith('dx-')), 'FY2027 has it');
  });

  it('reads a licensed CPT file only when told it is one', async () => {
    const [passed] = await bc.importFiles([file('cpt_descriptors_fixture.txt')]);
    assert.match(passed.passedOver, /not a file billcode reads/);
    const [cpt] = await bc.importFiles([file('cpt_descriptors_fixture.txt')], { kind: 'cpt', edition: 'CPT test' });
    assert.equal(cpt.records, 4);
    const visit = bc.classify('99213');
    assert.equal(visit.status, 'active');
    assert.match(visit.cptDescriptor.descriptor, /^Fixture descriptor/);
    assert.equal(bc.classify('99215').status, 'unknown');
  });

  it('says which file could not be read and reads the others', async () => {
    const broken = { name: 'broken.zip', bytes: file('icd10cm-2027.zip').bytes.slice(0, 60) };
    const results = await bc.importFiles([broken, file('HCPC2026_APR_ANWEB.txt')]);
    assert.match(results[0].error, /ZIP/);
    assert.equal(results[1].kind, 'hcpcs');
    await assert.rejects(bc.importFiles('x'), /files must be an array/);
  });
});
