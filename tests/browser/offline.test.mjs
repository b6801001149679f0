// Offline in headless Chromium: the page is loaded once, a file is added in
// the Data panel, the network goes away, and after a reload the code box,
// the claim check and the added table still work from the service worker.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { fixturesDir } from '../node/helpers.mjs';
import { checkOneLineClaim, openSite, pageReady } from './site.mjs';

let site;
let browser;
let origin;

describe('offline', () => {
  before(async () => {
    site = await openSite();
    ({ origin, browser } = site);
  });
  after(() => site?.close());

  it('reloads without a network and looks codes up, checks a claim, keeps added data', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}/`);
    await pageReady(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      }
    });
    await page.locator('#data-files').setInputFiles({ name: 'hcpcs-2026-apr.zip', mimeType: 'application/zip',
      buffer: readFileSync(join(fixturesDir, 'import', 'hcpcs-2026-apr.zip')) });
    await page.waitForSelector('#data-status li');

    await context.setOffline(true);
    await page.reload();
    await pageReady(page);
    await page.locator('#code-input').fill('E0114');
    await page.locator('#code-input').dispatchEvent('input');
    assert.match(await page.locator('#result article').textContent(), /Crutches underarm/);
    assert.ok(await page.locator('#data-tables tr[data-origin="user"]').count() >= 1, 'the added table is kept');
    await page.locator('#date-input').fill('2026-05-01');
    await page.locator('#date-input').dispatchEvent('change');
    await page.locator('#code-input').fill('E0119');
    await page.locator('#code-input').dispatchEvent('input');
    assert.match(await page.locator('#result .badge').textContent(), /^Valid on 2026-05-01/);
    await checkOneLineClaim(page, null);
    assert.match(await page.locator('#claim-summary h3').textContent(), /^\d+ error\(s\), \d+ warning\(s\), \d+ note\(s\)$/);
    assert.match(await page.locator('#claim-summary').textContent(), /hcpcs: checked \(2026-APR\)/,
      'the added quarter answers');
    await page.locator('#bill-text').fill('03/02/2026  99213  OFFICE VISIT  $150.00');
    await page.locator('#explain-bill').click();
    await page.waitForSelector('#bill-result tbody tr');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
