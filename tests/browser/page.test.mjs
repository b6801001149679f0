// The page in headless Chromium: typed key by key, completions picked, dates
// changed, and every request recorded (none after load).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

import { makeWorkbook } from '../fixtures/bills/make-workbook.mjs';
import { buildDir, CORE_WASM, fixturesDir, sitePack } from '../node/helpers.mjs';
import { checkOneLineClaim, openSite } from './site.mjs';

const screenshots = join(buildDir, 'screenshots');

let site;
let browser;
let origin;

// The page's today (claims and fixtures are dated 2026: checks such as
// Medicare's one-year filing limit depend on it).
const TODAY = new Date('2026-11-27T12:00:00');

async function openPage(viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  await page.clock.setFixedTime(TODAY);
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  await page.waitForSelector('body[data-history="loaded"]', { timeout: 15000 });
  await page.waitForSelector('body[data-prices="loaded"]', { timeout: 15000 });
  return { page, requests, problems };
}

async function typeKeys(page, text) {
  await page.locator('#code-input').focus();
  const states = [];
  for (const key of text) {
    await page.keyboard.type(key);
    states.push(await page.locator('#code-state').textContent());
  }
  return states;
}

// Each of `urls` is a data pack of this site (the claim tables, loaded
// when the first claim is checked): nothing else is asked for, and nothing
// is sent.
function assertOnlyPacks(urls) {
  for (const url of urls) assert.match(url, new RegExp(`^${origin}/data/[a-z0-9-]+\\.[0-9a-f]{10}\\.pack$`));
}

// Waits until `selector` shows `text` (the batch view fills in from its worker).
async function waitForText(page, selector, text) {
  await page.waitForFunction(([s, t]) => document.querySelector(s)?.textContent === t, [selector, text]);
}

async function setDate(page, date) {
  await page.locator('#date-input').fill(date);
  await page.locator('#date-input').dispatchEvent('change');
}

describe('the page', () => {
  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    site = await openSite();
    ({ origin, browser } = site);
  });
  after(() => site?.close());

  it('shows the state key by key and makes no request after load', async () => {
    const { page, requests, problems } = await openPage();
    const loaded = requests.length;
    assert.ok(requests.every((url) => url.startsWith(origin)), requests.join('\n'));
    assert.equal(await page.locator('#code-input').evaluate((input) => document.activeElement === input), true);
    const states = await typeKeys(page, 'E0114');
    assert.deepEqual(states, [
      'HCPCS Level II, Durable medical equipment — 4 more digits',
      'HCPCS Level II, Durable medical equipment — 3 more digits',
      'HCPCS Level II, Durable medical equipment — 2 more digits',
      'HCPCS Level II, Durable medical equipment — 1 more digit',
      'HCPCS Level II, Durable medical equipment — complete',
    ]);
    const card = page.locator('#result article');
    assert.match(await card.textContent(), /Crutches underarm, other than wood/);
    assert.match(await card.locator('.badge').textContent(), /^Valid (on 2026-11-27|in release \S+)$/);
    assert.match(await card.textContent(), /Special coverage instructions apply/);
    assert.match(await card.textContent(), /In plain words/);
    await page.screenshot({ path: join(screenshots, 'desktop.png'), fullPage: true });
    assert.deepEqual(requests.slice(loaded), [], 'requests after load');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('takes the wasm and the HCPCS release its first script started, asking for each once', async () => {
    const { page, requests, problems } = await openPage();
    assert.equal(await page.evaluate(() => globalThis.billcodeStarted.size), 0, 'both handed over');
    for (const file of [CORE_WASM, sitePack('hcpcs-level2')]) {
      assert.equal(requests.filter((url) => url === `${origin}/${file}`).length, 1, file);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('offers completions to pick with the keyboard', async () => {
    const { page } = await openPage();
    await typeKeys(page, 'e011');
    const options = page.locator('#completions [role="option"]');
    assert.ok(await options.count() > 1);
    assert.equal(await page.locator('#code-input').getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    const first = await options.first().getAttribute('data-code');
    assert.equal(await page.locator('#code-input').getAttribute('aria-activedescendant'), 'completion-0');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#code-input').inputValue(), first);
    assert.equal(await page.locator('#completions').isHidden(), true);
    assert.match(await page.locator('#result article h3').textContent(), new RegExp(`^${first}`));
    await page.close();
  });

  it('picks a completion with the mouse', async () => {
    const { page } = await openPage();
    await typeKeys(page, 'J903');
    await page.locator('#completions [data-code="J9035"]').click();
    assert.equal(await page.locator('#code-input').inputValue(), 'J9035');
    assert.match(await page.locator('#code-state').textContent(), /Chemotherapy drugs — complete/);
    await page.close();
  });

  it('shows a terminated code and its replacement when the date changes', async () => {
    const { page } = await openPage();
    await setDate(page, '2018-06-01');
    await typeKeys(page, 'C9014');
    const badge = page.locator('#result .badge');
    assert.equal(await badge.textContent(), 'Valid on 2018-06-01');
    assert.match(await page.locator('#result').textContent(), /HCPCS release\s*2018/,
      'the release of the date of service answers');
    await setDate(page, '2026-03-02');
    assert.equal(await badge.textContent(), 'Ended on 2018-12-31: not valid on 2026-03-02');
    await page.locator('#result button', { hasText: 'J0567' }).click();
    assert.equal(await page.locator('#code-input').inputValue(), 'J0567');
    assert.match(await page.locator('#result article').textContent(), /cerliponase/);
    await page.close();
  });

  it('says a code is valid in its release, not on a date past the newest release', async () => {
    const { page } = await openPage();
    await setDate(page, '2099-06-01');
    await typeKeys(page, 'E0114');
    assert.match(await page.locator('#result .badge').textContent(), /^Valid in release \S+$/);
    const card = await page.locator('#result article').textContent();
    assert.match(card, /is for dates up to \d{4}-\d{2}-\d{2}; 2099-06-01 is later/);
    assert.match(card, /a newer release would tell whether it still is on 2099-06-01/);
    await page.close();
  });

  it('explains CPT codes without a description, and rejects lookalikes', async () => {
    const { page } = await openPage();
    await typeKeys(page, '99213-25');
    const card = await page.locator('#result article').textContent();
    assert.match(card, /Not checked: licensed code set/);
    assert.match(card, /copyrighted by the AMA/);
    await page.locator('#code-input').fill('');
    await typeKeys(page, 'EO114');
    assert.match(await page.locator('#code-state').textContent(), /^Not a valid code: Character 2/);
    await page.locator('#result button', { hasText: 'E0114' }).click();
    assert.equal(await page.locator('#code-input').inputValue(), 'E0114');
    await page.close();
  });

  it('looks up a line pasted from a bill, passing over its words', async () => {
    const { page } = await openPage();
    await page.locator('#code-input').fill('J1100 Dexamethasone sodium phosphate 1 mg');
    await page.locator('#result article').waitFor();
    assert.match(await page.locator('#code-state').textContent(),
      /complete \(passed over: “Dexamethasone sodium phosphate 1 mg”\)/);
    assert.match(await page.locator('#result h3').textContent(), /^J1100 /);
    await page.close();
  });

  it('says what a diagnosis, revenue or EOB reason code typed from a bill is', async () => {
    const { page, problems } = await openPage();
    const card = page.locator('#result article');
    await page.locator('#code-input').fill('E11.9');
    await waitForText(page, '#result h3', 'E11.9 Diagnosis code (ICD-10-CM)');
    assert.match(await page.locator('#code-state').textContent(), /not a procedure code/);
    // Its description once the diagnosis table, asked for now, is in.
    await page.waitForFunction(() => /Type 2 diabetes mellitus without complications/
      .test(document.querySelector('#result article')?.textContent ?? ''), null, { timeout: 15000 });
    for (const [typed, heading, words] of [
      ['0450', '0450 Hospital revenue code', /emergency room/],
      ['CO-45', 'CO-45 Adjustment reason (EOB)', /Group CO/],
      ['POS 11', '11 Place of service', /Place of service 11: Office/],
    ]) {
      await page.locator('#code-input').fill(typed);
      await waitForText(page, '#result h3', heading);
      assert.match(await card.textContent(), words, typed);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows what Medicare pays for a code, nationally and for a ZIP code', async () => {
    const { page, requests, problems } = await openPage();
    const loaded = requests.length;
    await page.locator('#date-input').fill('2026-11-27');
    await page.locator('#code-input').fill('99213');
    const price = page.locator('#result .price');
    await price.waitFor();
    assert.match(await price.textContent(), /National Medicare amount: \$\d+\.\d\d in an office/);
    await page.locator('#zip-input').fill('10001');
    await page.waitForFunction(() => /MANHATTAN/.test(document.querySelector('#result .price')?.textContent));
    assert.match(await price.textContent(), /In MANHATTAN \(NY\): \$\d+\.\d\d.*\(approximate\)/);
    assert.match(await price.textContent(), /Copyright notice of this data/);
    await page.locator('#code-input').fill('E0114');
    await page.waitForFunction(() => /does not mean the code is invalid/.test(
      document.querySelector('#result .price')?.textContent));
    assert.deepEqual(requests.slice(loaded), [], 'the ZIP code and codes stay in the page');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('fits a phone-width screen and 200% zoom without sideways scrolling', async () => {
    for (const [name, viewport] of [['phone', { width: 360, height: 780 }],
                                    ['zoom-200', { width: 640, height: 450 }]]) {
      const { page } = await openPage(viewport);
      await typeKeys(page, 'E0114-RR');
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: ${overflow}px too wide`);
      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
      await page.close();
    }
  });

  it('checks a claim typed into the form and shows findings next to the fields', async () => {
    const { page, requests, problems } = await openPage({ width: 1280, height: 1400 });
    const loaded = requests.length;
    await page.locator('#claim-date').fill('2026-03-02');
    await page.locator('#claim-diagnoses').fill('E11.9, E11');
    const lines = page.locator('#claim-lines fieldset');
    await lines.nth(0).locator('[data-key="code"]').fill('99213');
    await page.locator('#add-line').click();
    await lines.nth(1).locator('[data-key="code"]').fill('11042');
    await page.locator('#add-line').click();
    await lines.nth(2).locator('[data-key="code"]').fill('C9014');
    await lines.nth(2).locator('[data-key="modifiers"]').first().fill('lt');
    await lines.nth(2).locator('[data-key="modifiers"]').nth(1).fill('RT');
    await page.locator('#check-claim').click();

    const visitModifiers = lines.nth(0).locator('[data-field="modifiers"] .finding');
    assert.match(await visitModifiers.first().textContent(), /without modifier 25/);
    const terminated = lines.nth(2).locator('[data-field="code"] .finding[data-rule="code-terminated"]');
    assert.match(await terminated.textContent(), /ended on 2018-12-31.*CMS points to J0567/);
    const conflict = lines.nth(2).locator('[data-field="modifiers"] .finding[data-rule="modifier-conflict"]');
    assert.equal(await conflict.count(), 1);
    const dx = page.locator('.claim-fields [data-field="diagnoses"] .finding[data-rule="dx-not-billable"]');
    assert.match(await dx.textContent(), /E11 is a category/);
    const plain = page.locator('.claim-fields ul.diagnoses');
    assert.match(await plain.textContent(), /E11\.9: Type 2 diabetes mellitus without complications/);
    assert.match(await plain.textContent(), /E11: a category, not a complete code/);
    assert.equal(await lines.nth(2).locator('[data-key="code"]').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('#claim-summary h3').textContent(), /^[1-9]\d* error/);
    assert.match(await page.locator('#claim-summary').textContent(), /ptp: not checked/);
    assert.match(await page.locator('#claim-payer option:checked').textContent(), /Not given \(commercial\)/);
    assert.match(await page.locator('#claim-summary').textContent(), /No payer given: checked as commercial/);
    await page.screenshot({ path: join(screenshots, 'claim.png'), fullPage: true });

    await lines.nth(1).locator('.remove-line').click();
    assert.equal(await lines.count(), 2);
    assert.equal(await lines.nth(1).locator('legend').textContent(), 'Line 2');
    assertOnlyPacks(requests.slice(loaded));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('loads the PTP file in the worker and checks the form with its edits', async () => {
    const { page, problems } = await openPage();
    await page.locator('#ptp-file').setInputFiles({
      name: 'ptp_fixture.txt', mimeType: 'text/plain', buffer: readFileSync(join(fixturesDir, 'ptp_fixture.txt')) });
    await page.waitForFunction(() => /Loaded \d+ PTP edits/.test(document.getElementById('ptp-status').textContent),
      null, { timeout: 20000 });
    await page.locator('#claim-payer').selectOption('medicare');
    await page.locator('#claim-date').fill('2026-03-02');
    await page.locator('#claim-diagnoses').fill('E11.9');
    const lines = page.locator('#claim-lines fieldset');
    await lines.nth(0).locator('[data-key="code"]').fill('29880');
    await page.locator('#add-line').click();
    await lines.nth(1).locator('[data-key="code"]').fill('29877');
    await page.locator('#check-claim').click();
    await lines.nth(1).locator('.finding[data-rule="ptp-bundled"]').waitFor({ timeout: 20000 });
    assert.match(await page.locator('#claim-summary').textContent(), /ptp: checked/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('fills the form from a pasted X12 837P claim', async () => {
    const { page, requests } = await openPage();
    const loaded = requests.length;
    await page.locator('#claim-form summary').click();
    await page.locator('#claim-text').fill(readFileSync(join(fixturesDir, 'claims/sample.837p.txt'), 'utf8'));
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(), /x12 claim with 6 line/);
    const lines = page.locator('#claim-lines fieldset');
    assert.equal(await lines.count(), 6);
    assert.equal(await lines.nth(4).locator('[data-key="modifiers"]').nth(1).inputValue(), 'NU');
    assert.equal(await page.locator('#claim-diagnoses').inputValue(), 'E119, I10');
    await page.locator('#check-claim').click();
    await page.waitForSelector('#claim-summary h3');
    assert.equal(await lines.nth(2).locator('.finding[data-rule="code-terminated"]').count(), 1);
    await page.locator('#claim-text').fill('{"lines": [{"units": 1}]}');
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(), /\$\.lines\[0\]\.code is required/);
    assertOnlyPacks(requests.slice(loaded));
    await page.close();
  });

  it("fills the NPI boxes from an 837 and shows a line's NPI that does not check beside it", async () => {
    const { page } = await openPage();
    await page.locator('#claim-form summary').click();
    const text = readFileSync(join(fixturesDir, 'claims/sample.837p.txt'), 'utf8')
      .replace('LX*2~', 'LX*2~SV1*HC:11042*200*UN*1***1~NM1*82*1*DOC*BOB****XX*1234567890~LX*9~');
    await page.locator('#claim-text').fill(text);
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(), /x12 claim with 7 line/);
    assert.equal(await page.locator('#claim-billing-npi').inputValue(), '1234567893');
    assert.equal(await page.locator('#claim-member-id').inputValue(), '1EG4TE5MK73');
    const lines = page.locator('#claim-lines fieldset');
    assert.equal(await lines.nth(1).locator('[data-key="npi:rendering"]').inputValue(), '1234567890');
    await page.locator('#check-claim').click();
    await page.waitForSelector('#claim-summary h3');
    const finding = lines.nth(1).locator('.finding[data-rule="npi-invalid"]');
    assert.equal(await finding.count(), 1);
    assert.match(await finding.textContent(), /The rendering provider's NPI "1234567890" is not a valid NPI/);
    assert.equal(await page.locator('.claim-fields .finding[data-rule="npi-invalid"]').count(), 0);
    await page.close();
  });

  it("checks a pasted UB-04 as it is: a facility's claim does not fit the CMS-1500 form", async () => {
    const { page } = await openPage();
    await page.locator('#claim-form summary').click();
    await page.locator('#claim-text').fill(readFileSync(join(fixturesDir, 'claims/sample.ub04.txt'), 'utf8'));
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(),
      /does not fit this form \(it is a facility's claim \(UB-04 or 837I\)\)/);
    const heading = page.locator('#claim-batch h3').first();
    await heading.waitFor({ timeout: 20000 });
    assert.match(await heading.textContent(), /^1 claim\(s\)/);
    assert.equal(await page.locator('#claim-lines fieldset').count(), 1, 'the form is left alone');
    await page.close();
  });

  it('reads a claim file saved as UTF-16 by a Windows tool', async () => {
    const { page } = await openPage();
    await page.locator('#claim-form summary').click();
    const text = readFileSync(join(fixturesDir, 'claims/sample.837p.txt'), 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await page.locator('#claim-file').setInputFiles({ name: 'claim.txt', mimeType: 'text/plain', buffer: utf16 });
    await page.waitForFunction(() => document.getElementById('claim-text').value.startsWith('ISA'));
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(), /x12 claim with 6 line/);
    // A Windows-1252 export (0xF1 is ñ there, and no UTF-8).
    const cp1252 = Buffer.concat([Buffer.from('code,description\nE0114,Pe'), Buffer.from([0xf1]),
      Buffer.from('a crutches\n')]);
    await page.locator('#claim-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: cp1252 });
    await page.waitForFunction(() => document.getElementById('claim-text').value.includes('Peña'));
    // An export saved from Excel: its first sheet, as tab-separated text.
    const workbook = makeWorkbook({ Claims: [['code', 'units', 'dateOfService'], ['E0114', 2, { date: 46083 }]],
      Notes: [['not claim rows']] });
    await page.locator('#claim-file').setInputFiles({ name: 'export.xlsx', mimeType: '', buffer: Buffer.from(workbook) });
    await page.waitForFunction(() => document.getElementById('claim-text').value.startsWith('code\tunits'));
    assert.equal(await page.locator('#claim-text').inputValue(), 'code\tunits\tdateOfService\nE0114\t2\t03/02/2026');
    await page.close();
  });

  it('checks a batch of claims in a worker: a row per claim, filters and details', async () => {
    const { page, problems } = await openPage();
    await page.locator('#claim-form summary').click();
    await page.locator('#claim-text').fill(
      readFileSync(join(fixturesDir, 'claims/batch/two_interchanges.837p.txt'), 'utf8'));
    await page.locator('#import-claim').click();
    const heading = page.locator('#claim-batch h3').first();
    await heading.waitFor({ timeout: 20000 });
    assert.match(await heading.textContent(), /^5 claim\(s\): 1 with errors, 1 that cannot be read/);
    await waitForText(page, '#batch-position', 'Claims 1–5 of 5');
    assert.equal(await page.locator('#claim-batch tbody tr').count(), 5);
    await page.locator('#batch-severity').selectOption('unreadable');
    await waitForText(page, '#batch-position', 'Claims 1–1 of 1');
    assert.equal(await page.locator('#claim-batch tbody tr').count(), 1);
    await page.locator('#claim-batch tbody button').click();
    await page.locator('#batch-claim').waitFor();
    assert.match(await page.locator('#batch-claim').textContent(), /BROKEN-1.*segment 48 \(SV1\) must follow an LX/s);
    assert.equal(await page.locator('#claim-lines fieldset').count(), 1, 'the form is left alone');
    await page.screenshot({ path: join(screenshots, 'batch.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows 20,000 claims a window of rows at a time', async () => {
    const { page } = await openPage();
    await page.locator('#claim-form summary').click();
    const rows = Array.from({ length: 20000 }, (_, i) =>
      `C${i},${i % 7 ? 'E0114' : 'W1234'},1,2026-03-02,12,E11.9,1`);
    const csv = ['claimId,code,units,dateOfService,placeOfService,diagnoses,diagnosisPointers', ...rows].join('\n');
    await page.locator('#claim-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForFunction(() => /ready to read/.test(document.getElementById('import-status').textContent));
    await page.locator('#import-claim').click();
    await page.locator('#batch-position').waitFor({ timeout: 60000 });
    await waitForText(page, '#batch-position', 'Claims 1–50 of 20000');
    assert.equal(await page.locator('#claim-batch tbody tr').count(), 50);
    await page.locator('#batch-next').click();
    await waitForText(page, '#batch-position', 'Claims 51–100 of 20000');
    await page.locator('#batch-rule').selectOption('code-invalid');
    await waitForText(page, '#batch-position', 'Claims 1–50 of 2858');
    await page.close();
  });

  it('cancels a long check, and asks before replacing what was typed', async () => {
    const { page } = await openPage();
    await page.locator('#claim-form summary').click();
    const claims = Array.from({ length: 100000 }, (_, i) => ({ id: `C${i}`, lines: [{ code: 'E0114' }] }));
    await page.locator('#claim-file').setInputFiles({
      name: 'claims.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(claims)) });
    await page.waitForFunction(() => /ready to read/.test(document.getElementById('import-status').textContent));
    await page.locator('#import-claim').click();
    await page.locator('#batch-cancel').click();
    await page.locator('#batch-cancelled').waitFor();
    await page.locator('#claim-lines [data-key="code"]').first().fill('99213');
    await page.locator('#claim-text').fill(readFileSync(join(fixturesDir, 'claims/sample.json'), 'utf8'));
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(), /kept as it was/);
    assert.equal(await page.locator('#claim-lines [data-key="code"]').first().inputValue(), '99213');
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('#import-claim').click();
    assert.match(await page.locator('#import-status').textContent(), /json claim with 6 line/);
    await page.close();
  });

  it('opened as a file, says to serve it instead of hanging silently', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(buildDir, 'site/index.html')).href);
    const hint = page.locator('#load-hint');
    await hint.waitFor({ state: 'visible', timeout: 10000 });
    assert.match(await hint.textContent(), /opened as a file.*web server/);
    assert.equal(await page.locator('#code-input').isDisabled(), true);
    await page.close();
  });

  // Damages the last byte of the pack `name` (of manifest.tsv) the page fetches.
  async function damage(page, name) {
    await page.route(`**/${sitePack(name)}`, async (route) => {
      const response = await route.fetch();
      const body = Buffer.from(await response.body());
      body[body.length - 1] ^= 0xff;
      await route.fulfill({ response, body });
    });
  }

  it('names a damaged HCPCS pack and offers to reload', async () => {
    const page = await browser.newPage();
    await damage(page, 'hcpcs-level2');
    await page.goto(`${origin}/`);
    const state = page.locator('#code-state');
    await state.locator('button.reload').waitFor();
    assert.match(await state.textContent(), /could not be loaded: .*checksum.*data\/hcpcs-level2\.[0-9a-f]{10}\.pack/);
    assert.equal(await page.locator('#code-input').isDisabled(), true);
    await page.close();
  });

  it('asks for the claim and diagnosis tables only when a claim is first checked', async () => {
    const { page, requests } = await openPage();
    await typeKeys(page, 'E0114');
    await page.locator('#bill-text').fill('');
    const tables = /data\/(icd10cm|mue-|ncci-addon|place-of-service)/;
    assert.deepEqual(requests.filter((url) => tables.test(url)), [], 'nothing before a claim');
    await checkOneLineClaim(page);
    assert.match(await page.locator('#claim-summary').textContent(), /icd10cm: checked \(FY2026\)/);
    assert.ok(requests.some((url) => url.endsWith(`/${sitePack('icd10cm')}`)), 'asked for once a claim is checked');
    await page.close();
  });

  it('keeps the code box working when a table loaded later is damaged, and says so', async () => {
    const page = await browser.newPage();
    await damage(page, 'icd10cm');
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.locator('#check-claim').click();
    await page.waitForSelector('body[data-tables="failed"]');
    assert.match(await page.locator('#versions').textContent(),
      /claim and diagnosis tables could not be loaded \(.*icd10cm\.[0-9a-f]{10}\.pack/);
    assert.equal(await page.locator('#code-input').isDisabled(), false);
    await page.close();
  });

  it('keeps the code box working when the claim and bill modules cannot load, and says so', async () => {
    const page = await browser.newPage();
    await page.route('**/claim-form.js', (route) => route.abort());
    await page.goto(`${origin}/`);
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.locator('body').getAttribute('data-panels'), 'failed');
    assert.match(await page.locator('#versions').textContent(),
      /claim checker, bill explainer and Data panel could not be loaded \(.*claim-form\.js/);
    assert.equal(await page.locator('#check-claim').isDisabled(), true);
    await page.locator('#code-input').fill('E0114');
    await page.locator('#result').getByText('Crutch underarm pair no wood', { exact: false }).first().waitFor();
    await page.close();
  });

  it('keeps the input disabled until the module and data are ready', async () => {
    const page = await browser.newPage();
    await page.route(`**/${sitePack('hcpcs-level2')}`, async (route) => {
      await new Promise((done) => setTimeout(done, 500));
      await route.continue();
    });
    await page.goto(`${origin}/`);
    assert.equal(await page.locator('#code-input').isDisabled(), true);
    assert.match(await page.locator('#code-state').textContent(), /Loading the code tables/);
    await page.waitForSelector('body[data-ready="true"]');
    assert.equal(await page.locator('#code-input').isDisabled(), false);
    assert.equal(await page.locator('#load-hint').count(), 0, 'the file hint is gone once loaded');
    await page.close();
  });
});
