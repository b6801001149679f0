// billcode/worker in headless Chromium: the API answers from a Web Worker,
// with progress relayed and errors as rejected promises (a call after
// terminate() too).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { fixturesDir, sitePack } from '../node/helpers.mjs';
import { openSite } from './site.mjs';

let site;
let browser;
let origin;

describe('billcode/worker', () => {
  before(async () => {
    site = await openSite();
    ({ origin, browser } = site);
  });
  after(() => site?.close());

  it('runs the same API in a worker, promise by promise', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const answer = await page.evaluate(async (pack) => {
      const { loadInWorker } = await import('/worker.js');
      const steps = [];
      const bc = await loadInWorker({ packs: [pack], onProgress: (p) => steps.push(p.done) });
      const classified = await bc.classify('E0114-RR', { date: '2026-03-02' });
      const batch = await bc.classifyBatch(['E0114', 'C9014'], { date: '2026-03-02' });
      const bill = await bc.explainBill('03/02/2026  E0114  Crutches  $125.00');
      let error = null;
      try {
        await bc.classify(42);
      } catch (caught) {
        error = caught.message;
      }
      bc.terminate();
      const afterStop = await bc.classify('E0114').then(() => null, (stopped) => stopped.message);
      return { steps, status: classified.status, batch: batch.map((r) => r.status), bill: bill.items.map((i) => i.code),
        error, kinds: bc.names.codeKind.length, afterStop };
    }, sitePack('hcpcs-level2'));
    assert.deepEqual(answer.steps, [1, 2]);
    assert.equal(answer.status, 'active');
    assert.deepEqual(answer.batch, ['active', 'terminated']);
    assert.deepEqual(answer.bill, ['E0114']);
    assert.match(answer.error, /must be a string/);
    assert.match(answer.afterStop, /the worker was stopped/);
    assert.ok(answer.kinds > 5);
    await page.close();
  });

  it("sends a bill's repeated lookups once: equal items share them", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const answer = await page.evaluate(async (pack) => {
      const { loadInWorker } = await import('/worker.js');
      const bc = await loadInWorker({ packs: [pack] });
      const bill = await bc.explainBill('03/02/2026  E0114  Crutches  $125.00\n'
        + '03/03/2026  E0114  Crutches  $125.00\n03/03/2026  E0114  Crutches  $125.00\n');
      bc.terminate();
      const [first, second, third] = bill.items;
      return { codes: bill.items.map((item) => item.code), sameDay: second.lookup === third.lookup,
        otherDay: first.lookup === second.lookup, status: third.lookup.status };
    }, sitePack('hcpcs-level2'));
    assert.deepEqual(answer.codes, ['E0114', 'E0114', 'E0114']);
    assert.equal(answer.sameDay, true);
    assert.equal(answer.otherDay, false);
    assert.equal(answer.status, 'active');
    await page.close();
  });

  it('keeps a batch report in the worker and hands out windows of it', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    const batch = readFileSync(join(fixturesDir, 'claims/batch/two_interchanges.837p.txt'), 'utf8');
    const answer = await page.evaluate(async ([pack, text]) => {
      const { loadInWorker } = await import('/worker.js');
      const bc = await loadInWorker({ packs: [pack] });
      const rejection = (promise) => promise.then(() => null, (error) => error.message);
      const beforeAny = await rejection(bc.keptClaims());
      const { summary } = await bc.checkClaimsKept(text);
      const all = await bc.keptClaims();
      const unreadable = await bc.keptClaims({ severity: 'unreadable' });
      const window = await bc.keptClaims({ first: 3, count: 1 });
      const broken = await bc.keptClaim(unreadable.rows[0].index);
      const missing = await rejection(bc.keptClaim(99));
      bc.terminate();
      return { beforeAny, summary, all, unreadable, window, broken, missing };
    }, [sitePack('hcpcs-level2'), batch]);
    assert.match(answer.beforeAny, /no report is kept/);
    assert.equal(answer.summary.claims, 5);
    assert.equal(answer.summary.unreadable, 1);
    assert.equal(answer.all.total, 5);
    assert.deepEqual(answer.all.rows.map((row) => row.index), [0, 1, 2, 3, 4]);
    assert.equal(answer.unreadable.total, 1);
    assert.deepEqual([answer.unreadable.rows[0].id, answer.unreadable.rows[0].usable], ['BROKEN-1', false]);
    assert.deepEqual([answer.window.total, answer.window.rows.map((row) => row.index)], [5, [3]]);
    assert.match(answer.broken.errors[0].message, /must follow an LX/);
    assert.match(answer.missing, /no claim 99/);
    await page.close();
  });
});
