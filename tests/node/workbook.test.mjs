// Excel workbooks (.xlsx) read as tab-separated text by the page's
// web/workbook.js, on workbooks made by tests/fixtures/bills/make-workbook.mjs.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';

import { makeWorkbook, makeZip, STYLE } from '../fixtures/bills/make-workbook.mjs';
import { load, repoRoot, siteDir } from './helpers.mjs';

const { isWorkbook, workbookText: readWorkbook } = await import(pathToFileURL(join(repoRoot, 'web/workbook.js')).href);
const module = await load({ baseUrl: siteDir, packs: [] });
const workbookText = (bytes, options = {}) =>
  readWorkbook(bytes, { ...options, unzip: (file, opts) => module.unzip(file, opts) });

// 2026-03-02 as Excel's day number (days since 1899-12-30).
const MARCH_2 = 46083;

describe('workbookText', () => {
  it('gives rows as lines of tab-separated cells, empty cells kept between', async () => {
    const text = await workbookText(makeWorkbook({ Charges: [
      ['Date', 'Code', 'Description', 'Units', 'Charge'],
      ['03/02/2026', '99213', null, 1, 'Office visit'],
    ] }));
    assert.equal(text, 'Date\tCode\tDescription\tUnits\tCharge\n03/02/2026\t99213\t\t1\tOffice visit');
  });

  it('writes numbers in a date format as MM/DD/YYYY', async () => {
    const text = await workbookText(makeWorkbook({ S: [
      [{ date: MARCH_2 }, { date: MARCH_2 + 0.75, style: STYLE.customDate }],
    ] }));
    assert.equal(text, '03/02/2026\t03/02/2026');
  });

  it('counts days from 1904 in a workbook that says so', async () => {
    const text = await workbookText(makeWorkbook({ S: [[{ date: MARCH_2 - 1462 }]] }, { date1904: true }));
    assert.equal(text, '03/02/2026');
  });

  it('writes amounts in a currency or cents format with two decimals', async () => {
    const text = await workbookText(makeWorkbook({ S: [
      [{ amount: 185 }, { amount: 12.5, style: STYLE.cents }, 0.1 + 0.2, 99213],
    ] }));
    assert.equal(text, '185.00\t12.50\t0.3\t99213');
  });

  it('reads inline strings and booleans', async () => {
    const text = await workbookText(makeWorkbook({ S: [[{ inline: 'J1100 <1 mg>' }, { bool: true }]] }));
    assert.equal(text, 'J1100 <1 mg>\tTRUE');
  });

  it('reads every sheet in tab order, a blank line apart', async () => {
    const bytes = makeWorkbook({ Visit: [['99213']], Empty: [], Lab: [['36415']] });
    assert.equal(await workbookText(bytes), '99213\n\n36415');
    assert.equal(await workbookText(bytes, { sheets: 'first' }), '99213');
  });

  it('reads parts stored without compression', async () => {
    const text = await workbookText(makeWorkbook({ S: [['E0114']] },
      { stored: ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'] }));
    assert.equal(text, 'E0114');
  });

  it('joins the runs of rich text and keeps empty shared strings in their places', async () => {
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>' +
      '<c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"/>' +
      '<row r="3"><c r="A3" t="s"><v>3</v></c></row></sheetData></worksheet>';
    const strings = '<sst><si/><si><r><t>Office </t></r><r><rPr><b/></rPr><t>visit</t></r></si>' +
      '<si><t/></si><si><t>A &amp; B &#8212; C</t></si></sst>';
    const text = await workbookText(makeZip({
      'xl/worksheets/sheet1.xml': sheet, 'xl/sharedStrings.xml': strings,
    }));
    assert.equal(text, '\tOffice visit\nA & B \u2014 C');
  });

  it('says a damaged file cannot be read and what to do instead', async () => {
    const bytes = makeWorkbook({ S: [['99213']] });
    await assert.rejects(workbookText(bytes.subarray(0, bytes.length - 30)),
      /This Excel file cannot be read: .*Save the sheet as CSV/);
  });

  it('says which part is damaged when it does not inflate', async () => {
    const bytes = makeWorkbook({ S: [['99213', 'Office visit', 'E0114', 'Crutches']] });
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const at = Buffer.from(bytes).indexOf(Buffer.from(name)) + name.length;
    bytes.fill(0xff, at, at + 12);
    await assert.rejects(workbookText(bytes),
      /cannot be read: xl\/worksheets\/sheet1\.xml cannot be unpacked: its compressed data is damaged/);
  });

  it('refuses a part that would inflate past 64 MB', async () => {
    const bytes = makeZip({ 'xl/worksheets/sheet1.xml': Buffer.alloc(65 * 1024 * 1024, 0x20) });
    await assert.rejects(workbookText(bytes), /sheet1\.xml is larger than 64\.0 MB unpacked/);
  });

  it('says a ZIP without sheets has none', async () => {
    await assert.rejects(workbookText(makeZip({ 'xl/workbook.xml': '<workbook/>' })), /it has no sheets/);
  });

  it('knows a workbook from another ZIP or text', () => {
    assert.equal(isWorkbook(makeWorkbook({ S: [['x']] })), true);
    assert.equal(isWorkbook(makeZip({ 'readme.txt': 'hello' })), false);
    assert.equal(isWorkbook(new TextEncoder().encode('PK is not a zip')), false);
  });
});

describe('a bill saved from Excel', () => {
  it('is explained from its text like its CSV', async () => {
    const bc = module;
    const text = await workbookText(makeWorkbook({ Statement: [
      ['Date of Service', 'CPT/HCPCS', 'Description', 'Qty', 'Charges'],
      [{ date: MARCH_2 }, '99213', 'Office visit', 1, { amount: 150 }],
      [{ date: MARCH_2 }, 'E0114', 'Crutches', 1, { amount: 125 }],
    ] }));
    const bill = bc.explainBill(text, { today: '2026-06-01' });
    assert.deepEqual(bill.items.map((item) => [item.code, item.dateOfService, item.charge, item.units]),
      [['99213', '2026-03-02', '150.00', '1'], ['E0114', '2026-03-02', '125.00', '1']]);
  });
});
