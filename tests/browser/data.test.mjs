// The Data panel in headless Chromium: official files (ZIP archives of an
// April 2026 HCPCS quarter and an FY2027 ICD-10-CM file, written for the
// tests) imported in the page, answering for their dates, kept across a
// reload, and removed. The files never leave the page: the only requests
// while importing are the worker (billcode/worker) fetching this site's own module
// and packs (GET, no query, no body).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { fixturesDir } from '../node/helpers.mjs';
import { openSite, pageReady } from './site.mjs';

const zip = (name) => ({ name, mimeType: 'application/zip',
  buffer: readFileSync(join(fixturesDir, 'import', name)) });

// Requests after `from`: each a GET of a file of this site, with no query.
function assertOnlySiteFiles(requests, from) {
  for (const request of requests.slice(from)) {
    const url = new URL(request.url());
    assert.equal(url.origin, origin, request.url());
    assert.equal(request.method(), 'GET', request.url());
    assert.equal(request.postData(), null, request.url());
    assert.equal(url.search, '', request.url());
    assert.match(url.pathname, /^\/(worker\.js|billcode-worker\.js|billcode\.js|billcode-core\.(js|[0-9a-f]{10}\.wasm)|data\/[\w.-]+\.(pack|json))$/);
  }
}

let site;
let browser;
let origin;

async function userRows(page) {
  return page.locator('#data-tables tr[data-origin="user"]').evaluateAll((rows) =>
    rows.map((row) => `${row.dataset.kind} ${row.children[1].textContent}`));
}

describe('the Data panel', () => {
  before(async () => {
    site = await openSite();
    ({ origin, browser } = site);
  });
  after(() => site?.close());

  it('imports official ZIP files in the page, keeps them, and removes them', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (request) => requests.push(request));
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}/`);
    await pageReady(page);
    const tables = await page.locator('#data-tables tbody tr').count();
    assert.ok(tables >= 10, 'the site tables are listed');
    const loaded = requests.length;
    await page.locator('#data-files').setInputFiles([zip('hcpcs-2026-apr.zip'), zip('icd10cm-2027.zip')]);
    await page.waitForSelector('#data-status li');
    assertOnlySiteFiles(requests, loaded);
    assert.deepEqual(await userRows(page), ['hcpcs-level2 2026-APR', 'icd10cm FY2027']);
    assert.match(await page.locator('#data-status').textContent(), /HCPC2026_recordlayout\.txt: not a file billcode reads/);
    await page.locator('#date-input').fill('2026-05-01');
    await page.locator('#date-input').dispatchEvent('change');
    await page.locator('#code-input').fill('E0119');
    await page.locator('#code-input').dispatchEvent('input');
    assert.match(await page.locator('#result .badge').textContent(), /^Valid on 2026-05-01/);

    await page.reload();
    await pageReady(page);
    assert.deepEqual(await userRows(page), ['hcpcs-level2 2026-APR', 'icd10cm FY2027'], 'kept in this browser');
    await Promise.all([page.waitForEvent('load'),
      page.locator('#data-tables tr[data-kind="icd10cm"][data-origin="user"] button').click()]);
    await pageReady(page);
    assert.deepEqual(await userRows(page), ['hcpcs-level2 2026-APR']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('says which kept table it cannot read any more, and removes it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await pageReady(page);
    // A pack of an older format, as an earlier version of the page kept it.
    await page.evaluate(async () => {
      const { keepPack } = await import('/pack-store.js');
      const bytes = new TextEncoder().encode(`BILLCODE\x04\x00\x00\x00\x01\x00\x00\x00${'\x00'.repeat(16)}`);
      await keepPack({ key: 'hcpcs:2025-OCT:HCPC2025_OCT_ANWEB.txt', file: 'HCPC2025_OCT_ANWEB.txt',
        name: 'HCPC2025_OCT_ANWEB.txt', kind: 'hcpcs', edition: '2025-OCT', bytes });
    });
    await page.reload();
    await pageReady(page);
    assert.match(await page.locator('#data-status').textContent(),
      /could not be read by this version.*add their files again: HCPC2025_OCT_ANWEB\.txt \(hcpcs 2025-OCT: .*format 4/);
    await page.reload();
    await pageReady(page);
    assert.equal(await page.locator('#data-status').textContent(), '', 'removed: said once');
    await context.close();
  });

  it('loads a PTP file dropped with the others in the claims worker', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await pageReady(page);
    await page.locator('#data-files').setInputFiles({ name: 'ptp_fixture.txt', mimeType: 'text/plain',
      buffer: readFileSync(join(fixturesDir, 'ptp_fixture.txt')) });
    await page.waitForFunction(() => /Loaded \d+ PTP edits/.test(document.getElementById('data-section').textContent),
      null, { timeout: 20000 });
    await page.close();
  });

  it('reads a licensed CPT file the user holds, on this device only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(`${origin}/`);
    await pageReady(page);
    const loaded = requests.length;
    await page.locator('#cpt-import summary').click();
    await page.locator('#cpt-file').setInputFiles({ name: 'cpt_descriptors_fixture.txt', mimeType: 'text/plain',
      buffer: readFileSync(join(fixturesDir, 'import', 'cpt_descriptors_fixture.txt')) });
    await page.waitForSelector('#data-status li');
    assert.match(await page.locator('#data-status').textContent(), /cpt .*4 records/);
    assertOnlySiteFiles(requests, loaded);
    const lookUp = async (code) => {
      await page.locator('#code-input').fill(code);
      await page.locator('#code-input').dispatchEvent('input');
      return page.locator('#result article').textContent();
    };
    assert.match(await lookUp('99213'), /Description \(your CPT file\)Fixture descriptor of an established patient visit/);
    assert.match(await lookUp('99215'), /Not in your licensed CPT file/);
    await context.close();
  });
});
