// Extraction accuracy of explainBill() on the bills of
// tests/fixtures/bills/eval (each with the codes a careful reader finds):
// recall (codes found) and precision (items that are codes of the bill),
// with every site data pack loaded and with none, against a naive "five
// digits or a letter and four digits" pattern; and the time per bill.
// Targets (issue 11): recall >= 95%, precision >= 98%.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [siteDir, evalDir] = process.argv.slice(2);
const { load, packManifest } = await import(pathToFileURL(join(siteDir, 'billcode.js')).href);

const bills = readdirSync(evalDir).filter((name) => /\.(txt|csv|tsv|json|html)$/.test(name)).sort()
  .map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(join(evalDir, name))),
    expected: readFileSync(join(evalDir, name.replace(/\.[a-z]+$/, '.codes')), 'utf8')
      .split('\n').map((line) => line.trim()).filter(Boolean),
  }));

// Matches of `found` against `expected` as multisets.
function score(found, expected) {
  const left = new Map();
  for (const code of expected) left.set(code, (left.get(code) ?? 0) + 1);
  let matched = 0;
  const extra = [];
  for (const code of found) {
    if ((left.get(code) ?? 0) > 0) {
      left.set(code, left.get(code) - 1);
      matched += 1;
    } else {
      extra.push(code);
    }
  }
  const missed = [...left].flatMap(([code, count]) => Array(count).fill(code));
  return { matched, found: found.length, expected: expected.length, extra, missed };
}

function naive(bytes) {
  return [...new TextDecoder().decode(bytes).matchAll(/\b(\d{5}|[A-Z]\d{4})\b/g)].map((m) => m[1]);
}

function report(label, extract) {
  let matched = 0, found = 0, expected = 0, time = 0;
  const notes = [];
  for (const bill of bills) {
    const start = performance.now();
    const codes = extract(bill.bytes);
    time += performance.now() - start;
    const result = score(codes, bill.expected);
    matched += result.matched;
    found += result.found;
    expected += result.expected;
    if (result.extra.length || result.missed.length) {
      notes.push(`    ${bill.name}: missed [${result.missed.join(' ')}] extra [${result.extra.join(' ')}]`);
    }
  }
  const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '100.0');
  console.log(`${label.padEnd(44)} recall ${pct(matched, expected).padStart(5)}%  precision ` +
    `${pct(matched, found).padStart(5)}%  (${matched}/${expected} found, ${found} reported; ` +
    `${(time / bills.length).toFixed(2)} ms per bill)`);
  for (const note of notes) console.log(note);
}

console.log(`Bill extraction on ${bills.length} bills of ${evalDir} (targets: recall >= 95%, precision >= 98%)`);
const manifest = await packManifest({ baseUrl: siteDir });
const withData = await load({ baseUrl: siteDir, packs: manifest.map((entry) => entry.pack) });
const withoutData = await load({ baseUrl: siteDir, packs: [] });
const codes = (bc) => (bytes) => bc.explainBill(bytes, { today: '2026-12-15' }).items.map((item) => item.code);
report('explainBill, every data pack loaded', codes(withData));
report('explainBill, no data loaded', codes(withoutData));
report('naive /\\b(\\d{5}|[A-Z]\\d{4})\\b/', naive);
