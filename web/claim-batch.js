// A file of many claims: checked in a Web Worker (progress, Cancel), then
// shown as one row per claim with its counts, filters by severity and rule,
// a window of rows at a time, and a claim's findings on click. The report
// stays in the worker; the page asks it for the rows it shows.
import { el } from './dom.js';

/** Rows shown at a time: the list never holds thousands of DOM rows. */
export const ROWS_PER_PAGE = 50;

let worker = null;
let pending = null;  // {resolve, reject} of the request in flight

function startWorker() {
  worker = new Worker(new URL('./claims-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    if (data.type === 'progress') {
      pending?.onProgress?.(data.claims);
      return;
    }
    const request = pending;
    pending = null;
    if (data.type === 'error') {
      request?.reject(Object.assign(new Error(data.message), { reloadNeeded: data.reloadNeeded }));
    } else {
      request?.resolve(data);
    }
  };
  worker.onerror = (event) => {
    const request = pending;
    pending = null;
    request?.reject(new Error(event.message || 'the claim worker failed'));
  };
}

// Sends `message` to the worker; resolves to its answer (null if cancelled).
function ask(message, onProgress) {
  if (!worker) startWorker();
  return new Promise((resolve, reject) => {
    pending = { resolve, reject, onProgress };
    worker.postMessage(message);
  });
}

/**
 * Checks `input` (text or bytes) in the worker; resolves to the batch
 * summary, or null when cancel() ran first.
 */
export async function checkInWorker(input, { options, ptp, packs, onProgress }) {
  const answer = await ask({ type: 'check', input, options, ptp, packs }, onProgress);
  return answer?.summary ?? null;
}

/**
 * Loads the PTP files in the worker (a main-thread load of 2 million edits
 * would freeze the page): resolves to [{name, records, edition}] of those
 * newly loaded, or null when cancel() ran first.
 */
export async function loadPtpInWorker(ptp, packs) {
  const answer = await ask({ type: 'ptp', ptp, packs });
  return answer?.loaded ?? null;
}

/** Checks one claim in the worker, with its PTP edits: the report, or null. */
export async function checkOneInWorker(claim, { options, ptp, packs }) {
  const answer = await ask({ type: 'checkOne', claim, options, ptp, packs });
  return answer?.report ?? null;
}

/**
 * Explains a bill in the worker, with its PTP edits: the explanation, or
 * null when cancel() ran first.
 */
export async function explainInWorker(input, { options, ptp, packs }) {
  const answer = await ask({ type: 'explainBill', input, options, ptp, packs });
  return answer?.bill ?? null;
}

/**
 * Imports official files in the worker (which keeps them loaded): the
 * results of importFiles(), or null when cancel() ran first.
 */
export async function importInWorker(files, { options, ptp, packs, onProgress }) {
  const answer = await ask({ type: 'import', files, options, ptp, packs }, onProgress);
  return answer?.results ?? null;
}

/** Stops the running check: the worker ends, and its promise gives null. */
export function cancel() {
  if (!worker) return;
  worker.terminate();
  worker = null;
  const request = pending;
  pending = null;
  request?.resolve(null);
}

const SEVERITY_WORDS = { error: 'error(s)', warning: 'warning(s)', info: 'note(s)' };

function counts(row) {
  return row.usable ? `${row.errors} error(s), ${row.warnings} warning(s), ${row.info} note(s)`
    : 'cannot be read';
}

function claimDetails(claim) {
  const title = `Claim ${claim.id ?? '(no id)'} — ${claim.source.format}, ${claim.source.location}`;
  if (!claim.usable) {
    return el('div', { class: 'card', id: 'batch-claim' }, el('h3', {}, title),
      el('p', {}, 'This claim cannot be read; the others were checked.'),
      el('ul', {}, ...claim.errors.map((error) => el('li', {}, `${error.location} ${error.message}`))));
  }
  const { report } = claim;
  const { errors, warnings, info } = report.summary;
  return el('div', { class: 'card', id: 'batch-claim' }, el('h3', {}, title),
    el('p', {}, `${errors} error(s), ${warnings} warning(s), ${info} note(s); payer ${claim.payer}, ` +
      `setting ${claim.setting}.`),
    el('ul', {}, ...report.findings.map((finding) => el('li',
      { class: `finding ${finding.severity}`, 'data-rule': finding.rule },
      el('strong', {}, finding.line === null ? 'Claim: ' : `Line ${finding.line}: `),
      finding.message, finding.fix ? ` Fix: ${finding.fix}` : '',
      ' ', el('span', { class: 'rule' }, `(${finding.rule})`)))),
    report.summary.findingsNotListed
      ? el('p', { class: 'small' }, `${report.summary.findingsNotListed} more finding(s) not listed.`) : null,
    ...report.summary.notes.map((note) => el('p', { class: 'small' }, note)));
}

/** Shows the checked batch in `where`: summary, filters, rows, details. */
export function showBatch(where, summary) {
  const severity = el('select', { id: 'batch-severity' },
    el('option', { value: '' }, 'All claims'),
    el('option', { value: 'error' }, 'With errors'),
    el('option', { value: 'warning' }, 'With warnings'),
    el('option', { value: 'unreadable' }, 'That cannot be read'));
  const rule = el('select', { id: 'batch-rule' }, el('option', { value: '' }, 'Any rule'),
    ...Object.entries(summary.byRule).map(([name, count]) =>
      el('option', { value: name }, `${name} (${count})`)));
  const body = el('tbody');
  const position = el('p', { class: 'small', id: 'batch-position', role: 'status' });
  const previous = el('button', { type: 'button', id: 'batch-previous' }, 'Previous');
  const next = el('button', { type: 'button', id: 'batch-next' }, 'Next');
  const details = el('div', { id: 'batch-details', 'aria-live': 'polite' });
  let first = 0;

  const render = async () => {
    const answer = await ask({ type: 'rows', severity: severity.value, rule: rule.value, first,
      count: ROWS_PER_PAGE });
    if (!answer) return;
    body.replaceChildren(...answer.rows.map((row) => {
      const open = el('button', { type: 'button', class: 'link' }, row.id ?? `#${row.index + 1}`);
      open.addEventListener('click', async () => {
        const { claim } = await ask({ type: 'claim', index: row.index });
        details.replaceChildren(claimDetails(claim));
      });
      return el('tr', { class: row.usable ? '' : 'unreadable' },
        el('td', {}, open), el('td', {}, row.location), el('td', {}, row.payer ?? ''),
        el('td', {}, counts(row)));
    }));
    position.textContent = answer.total
      ? `Claims ${first + 1}–${first + answer.rows.length} of ${answer.total}` : 'No claim matches.';
    previous.disabled = first === 0;
    next.disabled = first + ROWS_PER_PAGE >= answer.total;
  };
  const filter = () => {
    first = 0;
    render();
  };
  severity.addEventListener('change', filter);
  rule.addEventListener('change', filter);
  previous.addEventListener('click', () => { first = Math.max(0, first - ROWS_PER_PAGE); render(); });
  next.addEventListener('click', () => { first += ROWS_PER_PAGE; render(); });

  where.replaceChildren(el('div', { class: 'card' },
    el('h3', {}, `${summary.claims} claim(s): ${summary.withErrors} with errors` +
      (summary.unreadable ? `, ${summary.unreadable} that cannot be read` : '')),
    el('p', {}, Object.entries(summary.bySeverity)
      .map(([name, count]) => `${count} ${SEVERITY_WORDS[name]}`).join(', ') + ' in all.'),
    ...summary.fileErrors.map((error) => el('p', { class: 'small' }, `${error.location} ${error.message}`)),
    summary.notices.length ? el('details', {}, el('summary', {}, 'Copyright notices of the NCCI tables'),
      ...summary.notices.map((notice) => el('p', { class: 'small' }, notice))) : null,
    el('div', { class: 'batch-filters' },
      el('label', { for: 'batch-severity' }, 'Show'), severity,
      el('label', { for: 'batch-rule' }, 'Rule'), rule),
    el('table', { class: 'batch' },
      el('thead', {}, el('tr', {}, el('th', {}, 'Claim'), el('th', {}, 'Where'),
        el('th', {}, 'Payer'), el('th', {}, 'Findings'))), body),
    el('p', {}, previous, ' ', next), position), details);
  return render();
}
