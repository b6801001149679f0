// The single-file page (scripts/offline.mjs) opened from file:// in
// headless Chromium, with no server: the code box, the claim form and the
// bill explainer (a long bill too, with no worker) work from what the file
// carries, with no request but the file itself.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

import { buildDir } from '../node/helpers.mjs';
import { checkOneLineClaim, launchBrowser } from './site.mjs';

let browser;

describe('the single-file page', () => {
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => browser?.close());

  it('works opened from file:// with no server', async () => {
    const page = await browser.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => problems.push(error.message));
    const file = pathToFileURL(join(buildDir, 'offline', 'billcode-offline.html')).href;
    await page.goto(file);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    await page.locator('#code-input').fill('E0114');
    await page.locator('#code-input').dispatchEvent('input');
    assert.match(await page.locator('#result article').textContent(), /Crutches underarm/);
    await checkOneLineClaim(page);
    assert.match(await page.locator('#claim-summary').textContent(), /icd10cm: checked \(FY2026\)/);
    await page.locator('#bill-text').fill('03/02/2026  99213  OFFICE VISIT  $150.00');
    await page.locator('#explain-bill').click();
    await page.waitForSelector('#bill-result tbody tr');
    // A long bill, which a served page explains in its worker, is explained here.
    const long = Array.from({ length: 500 }, (_, i) =>
      `03/02/2026  85025  BLOOD COUNT ITEM ${String(i).padStart(4, '0')}  $${(20 + i).toFixed(2)}`);
    await page.locator('#bill-text').fill(long.join('\n'));
    await page.locator('#explain-bill').click();
    await page.waitForFunction(() => document.querySelectorAll('#bill-result tbody tr').length === 500);
    assert.deepEqual(requests.filter((url) => url !== file), [], 'nothing is fetched');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
