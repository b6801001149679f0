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
// again) so that each meets the same JIT state; with --expose-gc, each run
// starts after a full collection, not paying for the garbage of the last.
function timeInTurns(works) {
  const times = works.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    works.forEach((work, index) => {
      globalThis.gc?.();
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
// A code list as claim files and bills give it: codes repeat.
const texts = Array.from({ length: COUNT }, (_, i) =>
  (i % 4 === 3 ? extras[i % extras.length] : level2[(i * 7919) % level2.length]));
// The worst case: no text twice (codes with and without modifiers).
const modifiers = ['', '-RR', '-NU', '-LT', '-RT', '-59', '-25', '-KX', '-GA', '-GY', '-GZ', '-UE'];
const distinctTexts = Array.from({ length: COUNT }, (_, i) =>
  level2[i % level2.length] + modifiers[Math.floor(i / level2.length)]);

const bc = await load({ baseUrl: siteDir });
const summaryOptions = { date: '2026-03-02' };
const [summaryMs, jsMs, distinctMs, jsDistinctMs] = timeInTurns([
  () => bc.classifyBatch(texts, summaryOptions),
  () => texts.map((text) => classify(records, text, 20260302)),
  () => bc.classifyBatch(distinctTexts, summaryOptions),
  () => distinctTexts.map((text) => classify(records, text, 20260302)),
]);
// The full results (2 KB of JSON each) of a tenth as many texts.
const [fullMs] = timeInTurns([
  () => bc.classifyBatch(texts.slice(0, COUNT / 10), { date: '2026-03-02', detail: 'full' }),
]);

// One classify() call at a time, its whole result and its summary: the
// median of many.
const oneAtATime = (options) => {
  const times = [];
  for (let i = 0; i < 20000; i++) {
    const start = performance.now();
    bc.classify(texts[i], options);
    times.push(performance.now() - start);
  }
  return median(times);
};
const single = oneAtATime({ date: '2026-03-02' });
const singleSummary = oneAtATime({ date: '2026-03-02', detail: 'summary' });

const perSecond = (ms, count = COUNT) => Math.round(count / (ms / 1000));
const row = (name, perS) => console.log(`${name.padEnd(44)} ${String(perS).padStart(9)} per second`);
const ratio = (name, value) => console.log(`${name.padEnd(44)} ${value.toFixed(2).padStart(9)}`);
console.log(`batch classify + lookup in Node, ${COUNT} texts, median of ${RUNS}`);
console.log(`code list (${new Set(texts).size} distinct texts):`);
row('  wasm classifyBatch, summary (default)', perSecond(summaryMs));
row('  pure-JS baseline (regex + Map, same fields)', perSecond(jsMs));
ratio('  summary / baseline (target >= 2)', jsMs / summaryMs);
console.log(`every text distinct (${new Set(distinctTexts).size}):`);
row('  wasm classifyBatch, summary (default)', perSecond(distinctMs));
row('  pure-JS baseline (regex + Map, same fields)', perSecond(jsDistinctMs));
ratio('  summary / baseline', jsDistinctMs / distinctMs);
row('wasm classifyBatch, detail: full (JSON)', perSecond(fullMs, COUNT / 10));
const micros = (name, ms) => console.log(`${name.padEnd(44)} ${(ms * 1000).toFixed(1).padStart(9)} µs`);
micros('classify() of one code, median (target < 10)', single);
micros("  the same, detail: 'summary'", singleSummary);
