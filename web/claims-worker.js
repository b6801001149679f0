// Checks a file of claims off the page's main thread, and keeps the report
// here: the page asks for the summary and for a window of rows at a time,
// so it never receives (or clones) thousands of claims at once. Messages:
//   {type: 'check', input, options, ptp, packs} -> progress messages, then
//     {type: 'done', summary} (or {type: 'error', message, reloadNeeded});
//   {type: 'rows', severity, rule, first, count} -> {type: 'rows', rows,
//     total}: the claims matching the filter, as table rows;
//   {type: 'claim', index} -> {type: 'claim', claim}: one claim in full.
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

async function check({ input, options, ptp, packs }) {
  billcode ??= await load({ baseUrl: new URL('./', import.meta.url), packs });
  for (const file of ptp) {
    if (loadedPtp.has(file.name)) continue;
    billcode.loadPtp(file.bytes, file.name);
    loadedPtp.add(file.name);
  }
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
  } catch (error) {
    self.postMessage({ type: 'error', message: error.message, reloadNeeded: !!error.reloadNeeded });
  }
});
