// The JS API: batch, typing, explain, versions, loading and misuse.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { CORE_WASM, fixturePack, fixturesDir, load, packManifest, siteDir, sitePack, today } from './helpers.mjs';

const date = '2026-03-02';
const fixtureBytes = () => new Uint8Array(readFileSync(fixturePack));

// Each of `lean` says what the full result of its text on `day` says.
function assertSummariesOfFull(bc, texts, lean, day = date) {
  const full = bc.classifyBatch(texts, { date: day, detail: 'full' });
  lean.forEach((summary, i) => {
    assert.equal(summary.input, texts[i]);
    assert.equal(summary.code, full[i].code, texts[i]);
    assert.deepEqual(summary.modifiers, full[i].modifiers, texts[i]);
    assert.equal(summary.kind, full[i].kind, texts[i]);
    assert.equal(summary.status, full[i].status, texts[i]);
    assert.equal(summary.section, full[i].section?.id ?? null, texts[i]);
    assert.equal(summary.shortDescription, full[i].record?.shortDescription ?? null, texts[i]);
    assert.deepEqual(summary.replacements, full[i].replacements.map((r) => r.code), texts[i]);
  });
}

describe('input limits', () => {
  it('refuses a claim or PTP file over maxInputBytes, naming the limit', async () => {
    const bc = await load({ baseUrl: siteDir, packs: [fixtureBytes()], maxInputBytes: 1000 });
    const claim = JSON.stringify({ lines: Array(100).fill({ code: 'E0114' }) });
    assert.throws(() => bc.checkClaim(claim), /the claim is 0\.0 MB; this page reads at most 0\.0 MB \(load option maxInputBytes\)/);
    assert.throws(() => bc.parseClaim(claim), RangeError);
    assert.throws(() => bc.loadPtp(new Uint8Array(2000)), /the PTP file is/);
    assert.equal(bc.checkClaim({ lines: [{ code: 'E0114' }] }).usable, true);
  });

  it('stops the module with reloadNeeded when a claim needs more than its 1 GB', async () => {
    const bc = await load({ baseUrl: siteDir, packs: [], maxInputBytes: 400 * 1024 * 1024 });
    const line = '{"code":"E0114","modifiers":["RR","NU"],"units":"1","charge":"1.00",' +
      '"ndc":"00000000000","description":"xxxxxxxxxxxxxxxxxxxxxxxx"}';
    const huge = `{"lines":[${Array(1500000).fill(line).join(',')}]}`;  // 186 MB
    assert.throws(() => bc.parseClaim(huge),
      (error) => error.reloadNeeded === true && /needs more memory than the page may use/.test(error.message));
    assert.throws(() => bc.checkClaim({ lines: [{ code: 'E0114' }] }),
      (error) => error.reloadNeeded === true && /ran out of memory earlier/.test(error.message));
  });

  it('refuses a limit that is not a whole number above 0', async () => {
    await assert.rejects(load({ baseUrl: siteDir, maxInputBytes: 0 }), /maxInputBytes/);
  });
});

describe('loading', () => {
  it('reads the packs of the manifest from disk in Node and reports progress', async () => {
    const steps = [];
    const bc = await load({ baseUrl: siteDir, onProgress: (p) => steps.push(p) });
    const packs = (await packManifest({ baseUrl: siteDir })).map((entry) => entry.pack);
    // 19 tables; each of the 6 HCPCS releases has its long descriptions apart.
    assert.equal(packs.length, 25);
    assert.match(bc.classify('E0114', { date }).record.longDescription, /^Crutches underarm/);
    assert.deepEqual(steps.map((s) => s.step).sort(), [CORE_WASM, ...packs].sort());
    assert.deepEqual(steps.map((s) => s.done), packs.map((_, i) => i + 1).concat(packs.length + 1));
    assert.ok(steps.every((s) => s.total === packs.length + 1));
    assert.deepEqual(bc.versions().map((v) => v.kind), [...Array(6).fill('hcpcs-level2'),
      'mue', 'mue', 'mue', 'ncci-addon', 'icd10cm', 'place-of-service', 'pfs-rvu', 'pfs-rvu',
      'gpci', 'zip-locality', 'clfs', 'opps-cap', 'anesthesia']);
    assert.ok(bc.versions().find((v) => v.kind === 'mue').notice.includes('American Medical Association'));
    const [release] = bc.versions();
    assert.equal(release.edition, '2026-JAN');
    assert.equal(release.codes, 8623);
    assert.equal(release.modifiers, 383);
    assert.equal(release.terminated, 1320);
  });

  it('names the missing file', async () => {
    await assert.rejects(load({ baseUrl: join(siteDir, 'no-such-folder') }),
      /cannot read .*no-such-folder\/data\/manifest\.json/);
    await assert.rejects(load({ baseUrl: join(siteDir, 'no-such-folder'), packs: [] }),
      /cannot read .*no-such-folder\/billcode-core\.[0-9a-f]{10}\.wasm/);
    await assert.rejects(load({ baseUrl: siteDir, packs: ['data/missing.pack'] }),
      /cannot read .*missing\.pack/);
  });

  it('refuses a damaged pack with a message naming it', async () => {
    const damaged = fixtureBytes();
    damaged[damaged.length - 1] ^= 0xff;
    await assert.rejects(load({ baseUrl: siteDir, packs: [damaged] }),
      /checksum does not match.*packs\[0\]/);
    const bc = await load({ baseUrl: siteDir, packs: [] });
    assert.throws(() => bc.loadPack(new Uint8Array([1, 2, 3])), /not a billcode data pack/);
    assert.throws(() => bc.loadPack('E0114'), TypeError);
  });

  it('answers from the tables loaded now, not from answers given before', async () => {
    const bc = await load({ baseUrl: siteDir, packs: [sitePack('hcpcs-level2')] });
    assert.equal(bc.classify('E0114', { date }).record.longDescription, '');
    bc.loadPack(new Uint8Array(readFileSync(join(siteDir, sitePack('hcpcs-level2-long-descriptions')))));
    assert.match(bc.classify('E0114', { date }).record.longDescription, /^Crutches underarm/);
    assert.match(bc.classifyBatch(['E0114'], { date, detail: 'full' })[0].record.longDescription,
      /^Crutches underarm/);
  });

  it('loads several editions and lists them newest first', async () => {
    const bc = await load({ baseUrl: siteDir, packs: [fixtureBytes(), sitePack('hcpcs-level2')] });
    assert.deepEqual(bc.versions().map((v) => `${v.kind} ${v.edition}`),
      ['hcpcs-level2 2026-JAN', 'hcpcs-level2 hcpcs_fixture']);
    assert.match(bc.versions()[0].sourceChecksum, /^[0-9a-f]{16}$/);
  });
});

describe('calls', () => {
  let bc;
  before(async () => { bc = await load({ baseUrl: siteDir, packs: [fixtureBytes()] }); });

  it('returns plain objects that need no .delete()', () => {
    const result = bc.classify('E0114-RR', { date });
    assert.equal(Object.getPrototypeOf(result), Object.prototype);
    assert.equal(typeof result.delete, 'undefined');
    assert.equal(result.record.release, 'hcpcs_fixture');
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
  });

  it('lookup answers for a code the caller already has: status, record, replacements', () => {
    const result = bc.lookup('C9014', { date });
    assert.equal(result.status, 'terminated');
    assert.equal(result.record.terminationDate, '2018-12-31');
    assert.deepEqual(result.replacements.map((r) => r.code), ['J0567']);
    assert.equal(result.cptDeletion, null);
    assert.throws(() => bc.lookup(42), /code must be a string/);
  });

  it('classifies thousands of codes in one batch call, in order', () => {
    const texts = Array.from({ length: 5000 }, (_, i) => ['E0114', 'C9014', '99213-25', 'W1234', ''][i % 5]);
    const results = bc.classifyBatch(texts, { date });
    assert.equal(results.length, texts.length);
    results.forEach((result, i) => assert.equal(result.input, texts[i]));
    assert.deepEqual(results.slice(0, 5).map((r) => r.status),
      ['active', 'terminated', 'no-data', 'invalid', 'invalid']);
    assert.deepEqual(bc.classifyBatch([], { date }), []);
  });

  it('gives lean summaries by default, the same as the full results say', () => {
    const texts = ['E0114-RR', 'C9014', '99213-25', 'W1234', '', ' e0114 ', 'RR', 'E0114:RR:NU',
      '0001F', 'J11OO', 'E0114 é', 'A4206', 'E0119'];
    const lean = bc.classifyBatch(texts, { date });
    assert.deepEqual(Object.keys(lean[0]), ['input', 'code', 'modifiers', 'kind', 'status', 'section',
      'shortDescription', 'replacements']);
    assertSummariesOfFull(bc, texts, lean);
    // A text holding the separator the batch is sent with goes the JSON way.
    assertSummariesOfFull(bc, ['E0114\x1eX', 'E0114'], bc.classifyBatch(['E0114\x1eX', 'E0114'], { date }));
    assert.equal(lean[1].status, 'terminated');
    assert.deepEqual(lean[1].replacements, ['J0567']);
    assert.throws(() => bc.classifyBatch(['E0114'], { detail: 'some' }), /detail must be/);
  });

  it("classifies one text with classifyBatch()'s summary when asked for it", () => {
    for (const text of ['E0114-RR', 'C9014', '99213', 'W1234']) {
      assert.deepEqual(bc.classify(text, { date, detail: 'summary' }), bc.classifyBatch([text], { date })[0]);
    }
    assert.equal(bc.classify('E0114', { date, detail: 'full' }).record.code, 'E0114');
    assert.throws(() => bc.classify('E0114', { detail: 'some' }), /detail must be/);
  });

  it('gives a repeated text its own summary, the same as the first', () => {
    const texts = ['E0114-RR', 'C9014', 'E0114-RR', 'C9014', 'e0114-rr'];
    const lean = bc.classifyBatch(texts, { date });
    assertSummariesOfFull(bc, texts, lean);
    assert.deepEqual(lean[2], lean[0]);
    assert.notEqual(lean[2], lean[0]);
    lean[0].modifiers.push('NU');
    lean[1].replacements.pop();
    assert.deepEqual(lean[2].modifiers, ['RR']);
    assert.deepEqual(lean[3].replacements, ['J0567']);
  });

  it('keeps lean summaries right when a newer release is added between batches', async () => {
    const fresh = await load({ baseUrl: siteDir, packs: [fixtureBytes()] });
    const texts = ['E0114', 'A4206', 'E0119', 'RR', 'C9014'];
    const day = '2026-05-01';
    assertSummariesOfFull(fresh, texts, fresh.classifyBatch(texts, { date: day }), day);
    const quarter = join(fixturesDir, 'import/HCPC2026_APR_ANWEB.txt');
    await fresh.importFiles([{ name: 'HCPC2026_APR_ANWEB.txt', bytes: new Uint8Array(readFileSync(quarter)) }]);
    // In another order, so that records numbered before would be wrong.
    const reversed = [...texts].reverse();
    const after = fresh.classifyBatch(reversed, { date: day });
    assert.equal(after[2].status, 'active');  // E0119, added in April
    assertSummariesOfFull(fresh, reversed, after, day);
    assert.throws(() => bc.classifyBatch(['E0114'], { date: '2026-13-01' }), /date must be/);
  });

  it('accepts a Date and defaults to today', () => {
    assert.equal(bc.classify('E0114', { date: new Date(2026, 2, 2) }).date, '2026-03-02');
    assert.equal(bc.classify('E0114').date, today());
    assert.match(today(), /^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives completions from the release while typing', () => {
    const state = bc.typing('e01', { date });
    assert.equal(state.shape, 'incomplete');
    assert.equal(state.missing, '2 more digits');
    assert.deepEqual(state.completions.map((c) => c.code), ['E0114', 'E0118']);
    assert.deepEqual(state.completions.map((c) => c.status), ['active', 'terminated']);
    assert.equal(bc.typing('E', { date, limit: 1 }).completions.length, 1);
    assert.deepEqual(bc.typing('9921', { date }).completions, []);
  });

  it('explains a code in plain sentences', () => {
    const terminated = bc.explain('C9014', { date });
    assert.equal(terminated.status, 'terminated');
    assert.ok(terminated.sentences.some((s) => s.includes('Centers for Medicare & Medicaid Services')));
    assert.ok(terminated.sentences.some((s) => s.includes('CMS points to J0567 instead')));
    const cpt = bc.explain('99213', { date });
    assert.ok(cpt.sentences.some((s) => s.includes('copyrighted by the AMA')));
    assert.ok(!cpt.sentences.some((s) => s.includes('describes it as')));
    const lookalike = bc.explain('EO114', { date });
    assert.ok(lookalike.sentences.includes('Did you mean E0114?'));
  });

  it('throws an Error with a message for misuse, never a bare number', () => {
    const misuse = [
      () => bc.classify(42),
      () => bc.classify(undefined),
      () => bc.classify('E0114', { date: '03/02/2026' }),
      () => bc.classify('E0114', { date: new Date('nonsense') }),
      () => bc.classify('E0114', { date: 20260302 }),
      () => bc.classifyBatch('E0114'),
      () => bc.classifyBatch(['E0114', 7]),
      () => bc.typing('E01', { limit: -1 }),
      () => bc.typing('E01', { limit: 1.5 }),
      () => bc.explain(null),
    ];
    for (const call of misuse) {
      assert.throws(call, (error) => error instanceof Error && /^billcode: /.test(error.message));
    }
  });

  it('answers hostile input with a result', () => {
    const hostile = ['', '\u0000\u0001', '\ud800', 'x'.repeat(1 << 20), '\u{1F600}'.repeat(1000)];
    for (const text of hostile) {
      const result = bc.classify(text, { date });
      assert.equal(result.status, 'invalid');
      assert.ok(result.problem);
    }
  });
});
