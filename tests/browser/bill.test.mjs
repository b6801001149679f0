// "Explain my bill" in headless Chromium: pasted text, a PDF made by
// tests/fixtures/bills/make-bill-pdf.mjs and a photographed bill (text
// rendered to an image in the page) are explained in the page. Every
// request after the page is ready is recorded: the first bill fetches the
// claim tables' packs, a PDF or a photo the reader's own files, all from
// this site with no body and no query; explaining again fetches nothing. The
// bill never leaves the page.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { makeBillPdf, makeScannedPdf } from '../fixtures/bills/make-bill-pdf.mjs';
import { makeWorkbook } from '../fixtures/bills/make-workbook.mjs';
import { buildDir, fixturesDir } from '../node/helpers.mjs';
import { openSite } from './site.mjs';

const screenshots = join(buildDir, 'screenshots');

const PHOTO_LINES = [
  'CITY CLINIC   STATEMENT',
  'DATE        CODE    DESCRIPTION         CHARGE',
  '03/02/2026  99213   OFFICE VISIT        $150.00',
  '03/02/2026  E0114   CRUTCHES            $125.00',
];

let site;
let browser;
let origin;

async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  await page.waitForSelector('body[data-prices="loaded"]', { timeout: 15000 });
  return { page, requests, problems };
}

async function itemCodes(page) {
  return page.locator('#bill-result tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.code));
}

// Requests after `from`: each a GET of this site's data packs or of the
// files of the reader in vendor/`reader`.
function assertOnlySiteFiles(requests, from, ...readers) {
  for (const request of requests.slice(from)) {
    const url = new URL(request.url());
    assert.equal(url.origin, origin, `${request.url()} is on this site`);
    assert.equal(request.method(), 'GET', request.url());
    assert.equal(request.postData(), null, request.url());
    assert.equal(url.search, '', request.url());
    const isPack = /^\/data\/[a-z0-9-]+\.[0-9a-f]{10}\.pack$/.test(url.pathname);
    const isReader = readers.some((reader) => url.pathname.startsWith(`/vendor/${reader}/`));
    assert.ok(isPack || isReader, `${url.pathname} is a data pack or a file of ${readers.join(' or ')}`);
  }
}

// A picture of `lines` drawn in the page (dark monospace on white), as
// `type` bytes: a photo's width, or with `letter` a letter-size page at
// 200 dots per inch; with `sideways`, its pixels turned a quarter left.
async function pictureOf(page, lines, { type = 'image/png', letter = false, sideways = false } = {}) {
  return Buffer.from(await page.evaluate(async (drawn) => {
    const [width, height] = drawn.letter ? [1700, 2200] : [1400, 60 + 56 * drawn.lines.length];
    const canvas = drawn.sideways ? new OffscreenCanvas(height, width) : new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    if (drawn.sideways) {
      context.translate(0, width);
      context.rotate(-Math.PI / 2);
    }
    context.fillStyle = '#111';
    context.font = drawn.letter ? '40px monospace' : '36px monospace';
    const [x, y, step] = drawn.letter ? [120, 200, 64] : [30, 60, 56];
    drawn.lines.forEach((line, index) => context.fillText(line, x, y + step * index));
    const blob = await canvas.convertToBlob({ type: drawn.type, quality: 0.92 });
    return [...new Uint8Array(await blob.arrayBuffer())];
  }, { lines, type, letter, sideways }));
}

// A JPEG's bytes with an EXIF segment (APP1) right after its start that
// gives only the orientation (TIFF tag 0x0112; 6: turn a quarter right).
function withExifOrientation(jpeg, orientation) {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, // big-endian, first IFD at 8
    0, 1, // one entry
    0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, // SHORT, count 1
    0, 0, 0, 0]; // no next IFD
  const body = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const length = body.length + 2;
  const app1 = [0xff, 0xe1, length >> 8, length & 0xff, ...body];
  return Buffer.from([...jpeg.slice(0, 2), ...app1, ...jpeg.slice(2)]);
}

describe('explain my bill', () => {
  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    site = await openSite();
    ({ origin, browser } = site);
  });
  after(() => site?.close());

  it('is the first section, and says the bill stays on the device', async () => {
    const { page } = await openPage();
    assert.equal(await page.locator('main > section').first().getAttribute('id'), 'bill-section');
    assert.match(await page.locator('#bill-privacy').textContent(), /stays on this device/);
    await page.close();
  });

  it('explains pasted text with flags and questions, and sends nothing of it', async () => {
    const { page, requests, problems } = await openPage();
    const loaded = requests.length;
    await page.locator('#bill-text').fill([
      'SPRINGFIELD MEMORIAL HOSPITAL, 800 E Carpenter St, Springfield, IL 62769',
      'Account #: 40021      Phone (217) 788-3000',
      'DATE        REV   CODE     DESCRIPTION                 QTY     CHARGES',
      '01/05/2026  0450  99284    ER VISIT LEVEL 4              1    1,245.00',
      '01/05/2026  0300  36415    VENIPUNCTURE                  1       38.00',
      '01/05/2026  0300  36415    VENIPUNCTURE                  1       38.00',
      '01/05/2026  0250           PHARMACY                      2       24.00',
      '                           INSURANCE PAYMENTS:           -$1,000.00',
      '                           PLEASE PAY THIS AMOUNT:          $345.00',
    ].join('\n'));
    await page.locator('#explain-bill').click();
    await page.waitForSelector('#bill-result tbody tr');
    assert.deepEqual(await itemCodes(page), ['99284', '36415', '36415', '0250']);
    const flags = await page.locator('#bill-result [data-flag]').evaluateAll((items) => items.map((item) => item.dataset.flag));
    assert.ok(flags.includes('same-service-twice'), flags.join());
    assert.ok(flags.includes('charge-above-medicare'), flags.join());
    assert.ok(await page.locator('#bill-questions li').count() >= 2);
    const summary = await page.locator('#bill-summary').textContent();
    assert.match(summary, /^Found 4 codes/);
    assert.match(summary, /It says insurance paid \$1,000\.00 \(line 8\)\. It says you owe \$345\.00 \(line 9\)\./);
    assert.equal(await page.locator('#print-bill').isVisible(), true);
    await page.screenshot({ path: join(screenshots, 'bill.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#check-heading').isVisible(), false, 'print shows only the bill');
    assert.equal(await page.locator('#bill-questions').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#bill-result tbody tr button', { hasText: '99284' }).click();
    assert.equal(await page.locator('#code-input').inputValue(), '99284');
    assertOnlySiteFiles(requests, loaded);
    const tablesLoaded = requests.length;
    await page.locator('#explain-bill').click();
    await page.waitForSelector('#bill-result tbody tr');
    assert.equal(requests.length, tablesLoaded, requests.slice(tablesLoaded).map((r) => r.url()).join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('flags pairs never billed together once the PTP file is loaded', async () => {
    const { page, problems } = await openPage();
    await page.locator('#ptp-file').setInputFiles({
      name: 'ptp_fixture.txt', mimeType: 'text/plain', buffer: readFileSync(join(fixturesDir, 'ptp_fixture.txt')) });
    await page.waitForFunction(() => /Loaded \d+ PTP edits/.test(document.getElementById('ptp-status').textContent),
      null, { timeout: 20000 });
    await page.locator('#bill-text').fill('03/02/2026  29880  KNEE ARTHROSCOPY  $4,000.00\n' +
      '03/02/2026  29877  KNEE DEBRIDEMENT  $1,500.00\n');
    await page.locator('#explain-bill').click();
    await page.locator('#bill-result [data-flag="never-billed-together"]').waitFor({ timeout: 20000 });
    assert.deepEqual(await itemCodes(page), ['29880', '29877']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('explains a long statement in the worker and shows every item, in parts', async () => {
    const { page, requests, problems } = await openPage();
    const codes = ['85025', '80053', 'J2405', '71046', '96360'];
    const lines = Array.from({ length: 450 }, (_, i) =>
      `09/${String(1 + (i % 28)).padStart(2, '0')}/2026  0300  LAB ITEM ${String(i).padStart(4, '0')}  `
      + `${codes[i % 5]}  1  $${(50 + (i % 90)).toFixed(2)}`);
    await page.locator('#bill-text').fill(['DATE  REV  DESCRIPTION  CPT  QTY  CHARGES', ...lines].join('\n'));
    const loaded = requests.length;
    await page.locator('#explain-bill').click();
    await page.waitForFunction(() => document.querySelectorAll('#bill-result tbody tr').length === 450,
      null, { timeout: 30000 });
    assert.deepEqual((await itemCodes(page)).slice(0, 6), [...codes, codes[0]]);
    assert.deepEqual(await page.locator('#bill-result table').evaluateAll((tables) =>
      tables.map((table) => table.tBodies[0].rows.length)), [100, 100, 100, 100, 50]);
    assert.ok(requests.slice(loaded).some((request) => request.url().endsWith('/billcode-worker.js')),
      'the worker explained it');
    assert.equal(await page.locator('#print-bill').isVisible(), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads a PDF bill with pdf.js from this site', async () => {
    const { page, requests, problems } = await openPage();
    const loaded = requests.length;
    await page.locator('#bill-file').setInputFiles({
      name: 'statement.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makeBillPdf()),
    });
    await page.waitForSelector('#bill-result tbody tr', { timeout: 30000 });
    assert.deepEqual(await itemCodes(page), ['99214', '87880', 'J1100', 'J02.0']);
    const text = await page.locator('#bill-text').inputValue();
    assert.match(text, /01\/05\/2026 +99214 +Office visit, established +1 +\$225\.00/,
      'the cells of a row are laid out on one line');
    assertOnlySiteFiles(requests, loaded, 'pdfjs');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads a bill saved from Excel as its cells', async () => {
    const { page, problems } = await openPage();
    const workbook = makeWorkbook({ Statement: [
      ['Date of Service', 'CPT/HCPCS', 'Description', 'Qty', 'Charges'],
      [{ date: 46083 }, '99213', 'Office visit', 1, { amount: 150 }],
      [{ date: 46083 }, 'E0114', 'Crutches', 1, { amount: 125 }],
    ] });
    await page.locator('#bill-file').setInputFiles({
      name: 'statement.xlsx', buffer: Buffer.from(workbook),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await page.waitForSelector('#bill-result tbody tr');
    assert.deepEqual(await itemCodes(page), ['99213', 'E0114']);
    assert.match(await page.locator('#bill-text').inputValue(), /^03\/02\/2026\t99213\tOffice visit\t1\t150\.00$/m);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads a landscape PDF (a page turned by /Rotate) in its columns', async () => {
    const { page, problems } = await openPage();
    await page.locator('#bill-file').setInputFiles({
      name: 'landscape.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from(makeBillPdf(undefined, { landscape: true })),
    });
    await page.waitForSelector('#bill-result tbody tr', { timeout: 30000 });
    assert.deepEqual(await itemCodes(page), ['99214', '87880', 'J1100', 'J02.0']);
    assert.match(await page.locator('#bill-text').inputValue(),
      /01\/05\/2026 +99214 +Office visit, established +1 +\$225\.00/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads a scanned PDF (a page that is a picture) with text recognition', async () => {
    const { page, requests, problems } = await openPage();
    const jpeg = await pictureOf(page, PHOTO_LINES, { type: 'image/jpeg', letter: true });
    const loaded = requests.length;
    await page.locator('#bill-file').setInputFiles({
      name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(makeScannedPdf(jpeg, 1700, 2200)),
    });
    await page.waitForSelector('#bill-result tbody tr', { timeout: 90000 });
    assert.deepEqual(await itemCodes(page), ['99213', 'E0114']);
    assert.match(await page.locator('#bill-status').textContent(), /scan\.pdf with text recognition/);
    assertOnlySiteFiles(requests, loaded, 'pdfjs', 'tesseract');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads a phone photo stored sideways, as its EXIF orientation shows it', async () => {
    const { page, problems } = await openPage();
    // EXIF orientation 6 says to show the pixels turned a quarter turn
    // right, as phones store them.
    const jpeg = await pictureOf(page, PHOTO_LINES, { type: 'image/jpeg', sideways: true });
    await page.locator('#bill-photo').setInputFiles({
      name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: withExifOrientation(jpeg, 6),
    });
    await page.waitForSelector('#bill-result tbody tr', { timeout: 90000 });
    assert.deepEqual(await itemCodes(page), ['99213', 'E0114']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads the photos of a bill\'s pages in turn, as one bill', async () => {
    const { page, problems } = await openPage();
    const photos = [await pictureOf(page, PHOTO_LINES.slice(0, 3)),
      await pictureOf(page, [PHOTO_LINES[1], PHOTO_LINES[3]])];
    await page.locator('#bill-photo').setInputFiles(photos.map((png, index) => ({
      name: `page${index + 1}.png`, mimeType: 'image/png', buffer: png,
    })));
    await page.waitForSelector('#bill-result tbody tr', { timeout: 90000 });
    assert.deepEqual(await itemCodes(page), ['99213', 'E0114']);
    assert.match(await page.locator('#bill-status').textContent(), /^Read 2 files with text recognition/);
    assert.match(await page.locator('#bill-text').inputValue(), /\f/, 'the pages are apart');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('explains an X12 835 remittance: what the plan paid and your share', async () => {
    const { page, problems } = await openPage();
    await page.locator('#bill-file').setInputFiles({
      name: 'ERA_20260402.835', mimeType: 'application/octet-stream',
      buffer: readFileSync(join(fixturesDir, 'bills/remittance.835.txt')),
    });
    await page.waitForSelector('#bill-result tbody tr', { timeout: 30000 });
    assert.deepEqual(await itemCodes(page), ['97161', '97110', '97530', 'G0283', '97140']);
    assert.match(await page.locator('#bill-summary').textContent(),
      /The plan paid \$207\.24; your share, as the plan sees it: \$51\.27\./);
    const first = page.locator('#bill-result tbody tr').first();
    assert.match(await first.textContent(), /plan paid \$81\.71\s*your share \$20\.43/);
    const denied = page.locator('#bill-result tbody tr[data-code="G0283"]');
    assert.doesNotMatch(await denied.textContent(), /your share/, 'no share is shown where the plan gives none');
    assert.equal(await page.locator('#bill-result [data-flag="plan-paid-nothing"]').count(), 2,
      'the two lines paid nothing are flagged');
    assert.equal(await page.locator('#bill-result [data-flag="charge-above-medicare"]').count(), 0,
      'a line the plan paid is no charge to bargain over');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('asks for one text file at a time among several', async () => {
    const { page, problems } = await openPage();
    await page.locator('#bill-file').setInputFiles([
      { name: 'bill.txt', mimeType: 'text/plain', buffer: Buffer.from('99213 $150.00') },
      { name: 'page.png', mimeType: 'image/png', buffer: Buffer.from('not read') },
    ]);
    await page.waitForFunction(() => /one text, CSV, Excel or FHIR file at a time/.test(
      document.querySelector('#bill-status').textContent));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('says a HEIC photo cannot be read, without loading the text reader', async () => {
    const { page, requests, problems } = await openPage();
    const loaded = requests.length;
    await page.locator('#bill-photo').setInputFiles({
      name: 'IMG_0043.HEIC', mimeType: 'image/heic', buffer: Buffer.from('....ftypheic'),
    });
    await page.waitForFunction(() => /could not be read/.test(document.querySelector('#bill-status').textContent));
    assert.match(await page.locator('#bill-status').textContent(), /HEIC photos .* screenshot/);
    assert.equal(requests.length, loaded, 'no reader was loaded');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('reads a photographed bill with tesseract.js from this site', async () => {
    const { page, requests, problems } = await openPage();
    const png = await pictureOf(page, PHOTO_LINES);
    const loaded = requests.length;
    await page.locator('#bill-photo').setInputFiles({
      name: 'photo.png', mimeType: 'image/png', buffer: png,
    });
    await page.waitForSelector('#bill-result tbody tr', { timeout: 90000 });
    assert.deepEqual(await itemCodes(page), ['99213', 'E0114']);
    assert.match(await page.locator('#bill-status').textContent(), /text recognition/);
    assertOnlySiteFiles(requests, loaded, 'tesseract');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
