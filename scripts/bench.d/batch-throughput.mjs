// Batch classify + lookup throughput in Node: the wasm module against the
// pure-JS baseline, on the same inputs and release, in one run.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

import { classify, readRelease } from './js-baseline.mjs';

const [siteDir, sourceFile] = process.argv.slice(2);
const { load } = await import(pathToFileURL(join(siteDir, 'billcode.js')).href);
const COUNT = 100000;
const RUNS = 7;

function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

// Median time of each piece of work, run in turns (one run of each, then
// again) so that each meets the same heap and JIT state.
function timeInTurns(works) {
  const times = works.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    works.forEach((work, index) => {
      const start = performance.now();
      work();
      times[index].push(performance.now() - start);
    });
  }
  return times.map(median);
}

const records = readRelease(sourceFile);
const level2 = [...records.keys()].filter((code) => code.length === 5);
const extras = ['99213-25', '0001F', 'RR', '25', 'W1234', 'E0114-RR-NU', ' e0114 ', 'D0120', 'E9999'];
const texts = Array.from({ length: COUNT }, (_, i) =>
  (i % 4 === 3 ? extras[i % extras.length] : level2[(i * 7919) % level2.length]));

const bc = await load({ baseUrl: siteDir });
const [summaryMs, jsMs, fullMs] = timeInTurns([
  () => bc.classifyBatch(texts, { date: '2026-03-02' }),
  () => texts.map((text) => classify(records, text, 20260302)),
  () => bc.classifyBatch(texts, { date: '2026-03-02', detail: 'full' }),
]);

// One classify() call at a time: the median of many.
const single = [];
for (let i = 0; i < 20000; i++) {
  const start = performance.now();
  bc.classify(texts[i], { date: '2026-03-02' });
  single.push(performance.now() - start);
}

const perSecond = (ms) => Math.round(COUNT / (ms / 1000));
const row = (name, ms) => console.log(`${name.padEnd(44)} ${String(perSecond(ms)).padStart(9)} per second`);
console.log(`batch classify + lookup in Node, ${COUNT} texts, median of ${RUNS}`);
row('wasm classifyBatch, summary (default)', summaryMs);
row('wasm classifyBatch, detail: full (JSON)', fullMs);
row('pure-JS baseline (regex + Map, same fields)', jsMs);
console.log(`${'summary / baseline (target >= 2)'.padEnd(44)} ${(jsMs / summaryMs).toFixed(2).padStart(9)}`);
console.log(`${'classify() of one code, median (target < 10)'.padEnd(44)} ${(median(single) * 1000).toFixed(1).padStart(9)} µs`);
