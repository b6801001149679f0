// Explain my bill through the JS API: the shared extraction cases
// (tests/cases/bill_extraction.json), bytes in other encodings, options.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { assertSubset, fixturesDir, load, loadCases, siteDir, testDataDir } from './helpers.mjs';

function fixturePacks() {
  return readdirSync(testDataDir).filter((name) => name.endsWith('.pack'))
    .map((name) => new Uint8Array(readFileSync(join(testDataDir, name))));
}

describe('bill extraction cases (tests/cases/bill_extraction.json)', () => {
  const modules = {};
  before(async () => {
    modules.none = await load({ baseUrl: siteDir, packs: [] });
    modules.fixture = await load({ baseUrl: siteDir, packs: fixturePacks() });
  });
  for (const c of loadCases('bill_extraction.json')) {
    it(c.name, () => {
      const bc = modules[c.data ?? 'none'];
      const bill = bc.explainBill(c.lines.map((line) => `${line}\n`).join(''), { today: '2026-06-01' });
      assert.deepEqual(bill.items.map((item) => item.code), c.items.map((item) => item.code));
      c.items.forEach((expected, index) => assertSubset(expected, bill.items[index], `/items/${index}`));
    });
  }
});

describe('explainBill', () => {
  let bc;
  before(async () => { bc = await load({ baseUrl: siteDir, packs: fixturePacks() }); });

  const text = 'DATE        CODE    DESCRIPTION      CHARGES\n' +
    '03/02/2026  99213   OFFICE VISIT      900.00\n';

  it('reads Windows-1252 bytes as the text they are', () => {
    const bytes = new Uint8Array([...Buffer.from('Caf\xe9 clinic\n', 'latin1'), ...Buffer.from(text)]);
    const bill = bc.explainBill(bytes, { today: '2026-06-01' });
    assert.deepEqual(bill.items.map((item) => item.code), ['99213']);
  });

  it('reads texts of any length and script the same (short ones go in place, long ones encoded first)', () => {
    const clinic = 'Clínica São José — 診療所\n';
    for (const padding of ['', `${'é'.repeat(1100000)}\n`]) {
      const bill = bc.explainBill(`${padding}${clinic}${text}`, { today: '2026-06-01' });
      assert.deepEqual(bill.items.map((item) => item.code), ['99213'], `${padding.length} units before`);
      assert.equal(bill.items[0].charge, '900.00');
    }
  });

  it('reads an X12 835 remittance: what the plan paid, your share and why', () => {
    const bill = bc.explainBill(readFileSync(join(fixturesDir, 'bills/remittance.835.txt')),
      { today: '2026-06-01' });
    assert.equal(bill.summary.totalPaid, 207.24);
    assert.equal(bill.summary.totalPatientShare, 51.27);
    const [first] = bill.items;
    assert.equal(first.paid, '81.71');
    assert.deepEqual(first.adjustments.map(({ group, reason, amount }) => [group, reason, amount]),
      [['CO', '45', '107.86'], ['PR', '2', '20.43']]);
    assert.match(first.adjustments[1].reasonMeaning, /^coinsurance/);
    assert.deepEqual(bill.items.at(-1).remarks, ['M127']);
  });

  it('prices each code and flags a charge many times Medicare', () => {
    const bill = bc.explainBill(text, { today: '2026-06-01' });
    const [item] = bill.items;
    assert.equal(item.price.schedule, 'pfs');
    assert.deepEqual(item.flags.map((flag) => flag.id), ['charge-above-medicare']);
    assert.equal(bill.questions.length, 1);
    assert.ok(bill.notices.length > 0, 'the AMA notice of the fee schedule is carried');
  });

  it('names the charged lines that show no code', () => {
    const bill = bc.explainBill(`${text}03/02/2026          PHARMACY          42.75\n`, { today: '2026-06-01' });
    assert.deepEqual(bill.items.map((item) => item.code), ['99213']);
    assert.deepEqual(bill.uncodedLines, [3]);
    assert.ok(bill.notes.some((note) => note.startsWith('Line 3 shows a charge but no billing code')));
  });

  it('gives what the bill says insurers paid and you owe, with their lines', () => {
    const bill = bc.explainBill(`${text}Insurance payments:  -$750.00\n` +
      'Previous balance: $20.00   Amount due: $170.00\n', { today: '2026-06-01' });
    assert.deepEqual(bill.summary.insurancePaid, { amount: 750, lines: [3] });
    assert.deepEqual(bill.summary.amountDue, { amount: 170, line: 4 });
    const plain = bc.explainBill(text, { today: '2026-06-01' }).summary;
    assert.equal(plain.amountDue, null);
    assert.equal(plain.insurancePaid, null);
  });

  it('uses the date the user gives when the bill shows none', () => {
    const bill = bc.explainBill('E0114  Crutches  $125.00\n', { date: '2026-02-01', today: '2026-06-01' });
    assert.equal(bill.items[0].date, '2026-02-01');
    assert.equal(bill.items[0].dateSource, 'user');
  });

  it('says so when nothing on the text is a code', () => {
    const bill = bc.explainBill('Thank you for your payment of $45.00\n');
    assert.deepEqual(bill.items, []);
    assert.equal(bill.summary.items, 0);
  });

  it('rejects a malformed ZIP and a payer it does not know', () => {
    assert.throws(() => bc.explainBill(text, { zip: '1234' }), /zip must be five digits/);
    assert.throws(() => bc.explainBill(text, { payer: 'aetna' }), /payer must be/);
    assert.throws(() => bc.explainBill(42), /a bill must be text or a Uint8Array/);
  });
});
