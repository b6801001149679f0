// Claim check throughput of the wasm module on a generated 10,000-line
// claim, and the memory the module takes with every default data pack
// loaded. Writes the claim to OUT for the native timer to use too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [siteDir, out] = process.argv.slice(2);
const LINES = 10000;
const RUNS = 5;

// A deterministic claim: Level II codes of the release, a few CPT numbers,
// modifiers, units and dates spread over 2026.
function generateClaim(level2Codes) {
  let seed = 7;
  const next = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const cpt = ['99213', '11042', '11045', '97597', '20610', '99070'];
  const modifiers = [[], ['25'], ['RR'], ['LT'], ['59'], ['RR', 'NU']];
  const lines = Array.from({ length: LINES }, (_, i) => ({
    code: i % 3 === 0 ? cpt[next(cpt.length)] : level2Codes[next(level2Codes.length)],
    modifiers: modifiers[next(modifiers.length)],
    units: 1 + next(3),
    charge: next(50000) / 100,
    dateOfService: `2026-${String(1 + (Math.floor(i / 28) % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    placeOfService: ['11', '12', '22', '99'][next(4)],
    diagnosisPointers: [1 + next(3)],
  }));
  return { payer: 'medicare', setting: 'practitioner', dateOfService: '2026-03-02',
    placeOfService: '11', diagnoses: ['E11.9', 'I10', 'M54.5'], lines };
}

const before = process.memoryUsage();
const { load } = await import(join(siteDir, 'billcode.js'));
const bc = await load({ baseUrl: siteDir });
const after = process.memoryUsage();
const level2 = [];
for (const prefix of ['A4', 'E0', 'J0', 'L3', 'K0', 'G0']) {
  level2.push(...bc.typing(prefix, { limit: 50, date: '2026-03-02' }).completions.map((c) => c.code));
}
const claim = JSON.stringify(generateClaim(level2));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, claim);

const times = [];
let report;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  report = bc.checkClaim(claim, { today: '2026-11-27' });
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];
const mb = (bytes) => (bytes / 1048576).toFixed(1);
console.log(`${'claim check, wasm in Node (10,000 lines)'.padEnd(44)} ${String(Math.round(LINES / (median / 1000))).padStart(9)} lines per second (${report.findings.length} findings)`);
console.log(`${'memory, wasm with all default packs'.padEnd(44)} ${mb(after.rss - before.rss).padStart(9)} MB RSS added, ${mb(after.arrayBuffers)} MB in ArrayBuffers`);
