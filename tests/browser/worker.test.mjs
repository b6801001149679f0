// billcode/worker in headless Chromium: the API answers from a Web Worker,
// with progress relayed and errors as rejected promises.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { sitePack } from '../node/helpers.mjs';
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
      return { steps, status: classified.status, batch: batch.map((r) => r.status), bill: bill.items.map((i) => i.code),
        error, kinds: bc.names.codeKind.length };
    }, sitePack('hcpcs-level2'));
    assert.deepEqual(answer.steps, [1, 2]);
    assert.equal(answer.status, 'active');
    assert.deepEqual(answer.batch, ['active', 'terminated']);
    assert.deepEqual(answer.bill, ['E0114']);
    assert.match(answer.error, /must be a string/);
    assert.ok(answer.kinds > 5);
    await page.close();
  });
});
