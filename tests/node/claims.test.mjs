// Claim checks through the JS API: the native rule table, the four formats,
// reading claims, and misuse.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { fixturesDir, isSubset, load, repoRoot, siteDir, testDataDir } from './helpers.mjs';

const FIXTURE_PACKS = ['hcpcs_fixture', 'mue_fixture', 'aoc_fixture', 'icd10cm_fixture', 'pos_fixture',
  'pfs_fixture', 'gpci_fixture', 'zip5_fixture', 'clfs_fixture']
  .map((name) => new Uint8Array(readFileSync(join(testDataDir, `${name}.pack`))));
const fixture = (name) => readFileSync(join(fixturesDir, name));
const SAMPLES = ['sample.json', 'sample.fhir.json', 'sample.837p.txt', 'sample.csv'];

async function loadFixtures({ ptp }) {
  const bc = await load({ baseUrl: siteDir, packs: FIXTURE_PACKS });
  if (ptp) bc.loadPtp(new Uint8Array(fixture('ptp_fixture.txt')), 'ptp_fixture.txt');
  return bc;
}

const table = JSON.parse(readFileSync(join(repoRoot, 'tests/cases/claim_rules.json'), 'utf8'));

function mergedClaim(testCase) {
  const claim = { ...table.base, ...testCase.claim };
  claim.lines = (claim.lines ?? []).map((line) => ({ ...table.baseLine, ...line }));
  return claim;
}

describe('claim rule cases (tests/cases/claim_rules.json)', () => {
  let withPtp;
  let withoutPtp;
  before(async () => {
    withPtp = await loadFixtures({ ptp: true });
    withoutPtp = await loadFixtures({ ptp: false });
  });
  for (const testCase of table.cases) {
    it(testCase.name, () => {
      const bc = testCase.ptp ? withPtp : withoutPtp;
      const report = bc.checkClaim(mergedClaim(testCase), {
        payer: testCase.payerOption, setting: testCase.settingOption,
        today: testCase.today ?? table.today,
      });
      assert.equal(report.usable, true, JSON.stringify(report));
      for (const expected of testCase.expect ?? []) {
        assert.ok(report.findings.some((finding) => isSubset(expected, finding)),
          `expected ${JSON.stringify(expected)} in ${JSON.stringify(report.findings, null, 1)}`);
      }
      for (const absent of testCase.absent ?? []) {
        const unexpected = report.findings.find((finding) => isSubset(absent, finding));
        assert.equal(unexpected, undefined, `unexpected ${JSON.stringify(unexpected)}`);
      }
    });
  }
});

describe('claims in every format', () => {
  let bc;
  before(async () => { bc = await loadFixtures({ ptp: true }); });

  it('gives one report for one claim in JSON, FHIR, X12 837P and CSV', () => {
    const reports = SAMPLES.map((name) => bc.checkClaim(fixture(`claims/${name}`).toString('utf8'),
      { setting: 'practitioner', today: '2026-11-27' }));
    for (const report of reports) assert.deepEqual(report, reports[0]);
    assert.ok(reports[0].findings.some((f) => f.rule === 'code-terminated' && f.line === 3));
    assert.equal(reports[0].summary.checks.find((c) => c.check === 'ptp').state, 'ran');
    assert.deepEqual(reports[0].summary.diagnoses.map((d) => d.description),
      ['Type 2 diabetes mellitus without complications', 'Essential (primary) hypertension']);
  });

  it('merges every PTP file loaded and names them all', async () => {
    const merged = await loadFixtures({ ptp: true });
    merged.loadPtp(new Uint8Array(fixture('ptp_fixture_part2.txt')), 'ptp_fixture_part2.txt');
    merged.loadPtp(new Uint8Array(fixture('ptp_fixture_part2.txt')), 'ptp_fixture_part2.txt');
    const report = merged.checkClaim({ dateOfService: '2026-03-02', placeOfService: '11',
      lines: [{ code: '29880' }, { code: '29877' }, { code: '99213' }, { code: '99070' }] },
    { today: '2026-11-27' });
    assert.deepEqual(report.findings.filter((f) => f.rule === 'ptp-bundled').map((f) => f.line), [2, 4]);
    assert.equal(report.summary.checks.find((c) => c.check === 'ptp').source,
      'ptp_fixture.txt, ptp_fixture_part2.txt');
  });

  it('reads any format into billcode JSON to fill a form', () => {
    const parsed = bc.parseClaim(fixture('claims/sample.837p.txt').toString('utf8'));
    assert.equal(parsed.usable, true);
    assert.equal(parsed.format, 'x12');
    assert.equal(parsed.claim.payer, 'medicare');
    assert.deepEqual(parsed.claim.lines[4].modifiers, ['RR', 'NU']);
    assert.equal(parsed.claim.lines[4].dateTo, '2026-03-04');
    assert.equal(parsed.claim.lines[3].ndc, '00009-0047-01');
  });

  it("gives the reader's notes beside the claim, such as an 837 envelope a clearinghouse rejects", () => {
    const text = fixture('claims/sample.837p.txt').toString('utf8').replace('SE*31*', 'SE*30*');
    const parsed = bc.parseClaim(text);
    assert.equal(parsed.usable, true);
    assert.deepEqual(parsed.notes, ['segment 33 (SE) counts 30 segments in its transaction set, '
      + 'which has 31 (from ST to SE): some may be missing or added, and a clearinghouse rejects '
      + 'the file as it is']);
    assert.equal('notes' in parsed.claim, false, 'the claim stays in billcode JSON form');
    assert.deepEqual(bc.parseClaim(fixture('claims/sample.837p.txt').toString('utf8')).notes, []);
  });

  it('reads the text of a printed CMS-1500 form by its boxes', () => {
    const parsed = bc.parseClaim(fixture('claims/sample.cms1500.txt').toString('utf8'));
    assert.equal(parsed.usable, true);
    assert.equal(parsed.format, 'cms1500');
    assert.deepEqual(parsed.claim.diagnoses, ['E11.9', 'I10', 'S93.401A']);
    assert.deepEqual(parsed.claim.lines.map((line) => [line.code, line.modifiers, line.charge,
      line.diagnosisPointers]), [['99214', ['25'], '185.00', ['1', '2']],
      ['E0114', ['RR', 'NU'], '1120.00', ['3']], ['G0008', [], '25.00', ['3']]]);
  });

  it('reads the text of a printed UB-04 form by its locators', () => {
    const parsed = bc.parseClaim(fixture('claims/sample.ub04.txt').toString('utf8'));
    assert.equal(parsed.usable, true);
    assert.equal(parsed.format, 'ub04');
    assert.equal(parsed.claim.form, 'institutional');
    assert.deepEqual(parsed.claim.diagnoses, ['R10.9', 'K52.9', 'E86.0']);
    assert.deepEqual(parsed.claim.lines.map((line) => [line.revenueCode, line.code, line.modifiers,
      line.charge]), [['0450', '99283', ['25'], '845.00'], ['0300', '80053', [], '298.00'],
      ['0320', '71046', [], '389.00'], ['0636', 'J1885', ['JZ'], '52.00'], ['0250', '0250', [], '45.00']]);
  });

  it('returns located errors for input it cannot read', () => {
    const report = bc.checkClaim('{"lines": [{"units": 1}]}');
    assert.deepEqual(report, { usable: false, format: 'json',
      errors: [{ location: '$.lines[0].code', message: 'is required' }] });
    const x12 = bc.checkClaim('ISA*00~CLM*1*1***11:B:1~SV1*HC:99213*1*UN*1~', { format: 'x12' });
    assert.equal(x12.usable, false);
    assert.match(x12.errors[0].location, /^segment 3 \(SV1\)$/);
  });

  it('throws for misuse', () => {
    for (const call of [
      () => bc.checkClaim(42),
      () => bc.checkClaim(null),
      () => bc.checkClaim('code\nE0114', { format: 'pdf' }),
      () => bc.checkClaim({ lines: [] }, { payer: 'medicar' }),
      () => bc.checkClaim({ lines: [] }, { today: 'tomorrow' }),
      () => bc.loadPtp('text'),
      () => bc.loadPtp(new Uint8Array([1, 2, 3])),
    ]) {
      assert.throws(call, (error) => error instanceof Error && /^billcode: /.test(error.message));
    }
  });
});

describe('files of many claims (checkClaims)', () => {
  let bc;
  before(async () => { bc = await loadFixtures({ ptp: false }); });
  const batchFixture = (name) => new Uint8Array(fixture(join('claims/batch', name)));

  it('checks every claim of two 837 interchanges, the broken one with its location', () => {
    const { claims, summary } = bc.checkClaims(batchFixture('two_interchanges.837p.txt'),
      { today: '2026-11-27' });
    assert.deepEqual(claims.map((claim) => claim.id),
      ['JANE-1', 'JANE-2', 'RICHARD-1', 'SUPPLY-1', 'BROKEN-1']);
    const broken = claims[4];
    assert.equal(broken.usable, false);
    assert.equal(broken.report, null);
    assert.equal(broken.errors[0].location, 'segment 48 (SV1)');
    assert.equal(claims[2].payer, 'medicaid');
    assert.equal(summary.claims, 5);
    assert.equal(summary.unreadable, 1);
    assert.equal(summary.format, 'x12');
  });

  it('reads the same claims from text, bytes, a BOM and UTF-16', () => {
    const text = fixture('claims/batch/bundle.fhir.json').toString('utf8');
    const utf16 = new Uint8Array(Buffer.from('\ufeff' + text, 'utf16le'));
    const ids = (report) => report.claims.map((claim) => claim.id);
    const expected = ids(bc.checkClaims(text));
    assert.deepEqual(expected, ['BUNDLE-CLAIM-1', 'BUNDLE-EOB-2']);
    assert.deepEqual(ids(bc.checkClaims(utf16)), expected);
    assert.deepEqual(ids(bc.checkClaims('\ufeff' + text)), expected);
  });

  it('groups CSV rows by claimId and reads other headers through a column map', () => {
    const report = bc.checkClaims(batchFixture('export.csv'),
      { columns: { code: 'PROC', units: 'SVC_CNT', diagnoses: 'ICD Codes' } });
    assert.deepEqual(report.claims.map((claim) => [claim.id, claim.source.location]),
      [['X-1', 'rows 2-3'], ['X-2', 'row 4']]);
    assert.throws(() => bc.checkClaims('code\n', { columns: { code: 'A,B' } }), TypeError);
    assert.throws(() => bc.checkClaims('code\n', { columns: { colour: 'X' } }),
      /not a billcode column/);
  });

  it('reports progress every 100 claims', () => {
    const claims = Array.from({ length: 250 }, (_, i) => ({ id: `C${i}`, lines: [{ code: 'E0114' }] }));
    const seen = [];
    const report = bc.checkClaims(JSON.stringify(claims), { onProgress: (n) => seen.push(n) });
    assert.equal(report.summary.claims, 250);
    assert.deepEqual(seen, [100, 200]);
  });

  it('says why nothing can be read', () => {
    const report = bc.checkClaims('');
    assert.equal(report.summary.claims, 0);
    assert.match(report.summary.fileErrors[0].message, /empty/);
  });
});
