// Checks a file of claims off the page's main thread, and keeps the report
// here: the page asks for the summary and for a window of rows at a time,
// so it never receives (or clones) thousands of claims at once. Messages:
//   {type: 'check', input, options, ptp, packs} -> progress messages, then
//     {type: 'done', summary} (or {type: 'error', message, reloadNeeded});
//   {type: 'rows', severity, rule, first, count} -> {type: 'rows', rows,
//     total}: the claims matching the filter, as table rows;
//   {type: 'claim', index} -> {type: 'claim', claim}: one claim in full;
//   {type: 'ptp', packs, ptp: [{name, bytes}]} -> {type: 'ptp', loaded:
//     [{name, records, edition}]}: the CMS PTP files (2 million edits take
//     seconds, which the page's thread must not spend);
//   {type: 'checkOne', claim, options, packs, ptp} -> {type: 'report',
//     report}: the form's claim, checked with the PTP edits;
//   {type: 'explainBill', input, options, packs, ptp} -> {type: 'bill',
//     bill}: a bill explained with the PTP edits;
//   {type: 'import', files, options, packs, ptp} -> progress messages, then
//     {type: 'imported', results}: official files imported here (and kept
//     loaded here); the page loads the packs of the results.
// Cancelling is the page terminating this worker.
import { load } from './billcode.js';

let billcode = null;
const loadedPtp = new Set();
let report = null;

function counts(claim) {
  const summary = claim.report?.summary;
  return { errors: summary?.errors ?? 0, warnings: summary?.warnings ?? 0, info: summary?.info ?? 0 };
}

function matches(claim, severity, rule) {
  const { errors, warnings } = counts(claim);
  if (severity === 'unreadable' && claim.usable) return false;
  if (severity === 'error' && claim.usable && !errors) return false;
  if (severity === 'warning' && !warnings) return false;
  return !rule || (claim.usable && claim.report.findings.some((finding) => finding.rule === rule));
}

// Loads the module (once) and the PTP files not loaded yet.
async function ready(packs, ptp) {
  billcode ??= await load({ baseUrl: new URL('./', import.meta.url), packs });
  const loaded = [];
  for (const file of ptp) {
    if (loadedPtp.has(file.name)) continue;
    const result = billcode.loadPtp(file.bytes, file.name);
    loadedPtp.add(file.name);
    loaded.push({ name: file.name, records: result.records, edition: result.edition });
  }
  return loaded;
}

async function check({ input, options, ptp, packs }) {
  await ready(packs, ptp);
  report = billcode.checkClaims(input, {
    ...options, onProgress: (claims) => self.postMessage({ type: 'progress', claims }),
  });
  return { type: 'done', summary: report.summary };
}

function rows({ severity, rule, first, count }) {
  const matching = [];
  report.claims.forEach((claim, index) => { if (matches(claim, severity, rule)) matching.push(index); });
  return {
    type: 'rows',
    total: matching.length,
    rows: matching.slice(first, first + count).map((index) => {
      const claim = report.claims[index];
      return { index, id: claim.id, location: claim.source.location, usable: claim.usable,
        payer: claim.payer, ...counts(claim) };
    }),
  };
}

self.addEventListener('message', async ({ data }) => {
  try {
    if (data.type === 'check') self.postMessage(await check(data));
    else if (data.type === 'rows') self.postMessage(rows(data));
    else if (data.type === 'claim') self.postMessage({ type: 'claim', claim: report.claims[data.index] });
    else if (data.type === 'ptp') self.postMessage({ type: 'ptp', loaded: await ready(data.packs, data.ptp) });
    else if (data.type === 'import') {
      await ready(data.packs, data.ptp);
      const results = await billcode.importFiles(data.files, {
        ...data.options, onProgress: (done) => self.postMessage({ type: 'progress', claims: done }),
      });
      self.postMessage({ type: 'imported', results });
    } else if (data.type === 'explainBill') {
      await ready(data.packs, data.ptp);
      self.postMessage({ type: 'bill', bill: billcode.explainBill(data.input, data.options) });
    } else if (data.type === 'checkOne') {
      await ready(data.packs, data.ptp);
      self.postMessage({ type: 'report', report: billcode.checkClaim(data.claim, data.options) });
    }
  } catch (error) {
    self.postMessage({ type: 'error', message: error.message, reloadNeeded: !!error.reloadNeeded });
  }
});
