// A file of many claims: checked in a Web Worker (progress, Cancel), then
// shown as one row per claim with its counts, filters by severity and rule,
// a window of rows at a time, and a claim's findings on click. The worker
// is billcode/worker (worker.js); the report stays there (checkClaimsKept)
// and the page asks it for the rows it shows. PTP files, bills and imports
// go to the same worker, which keeps what it loaded.
import { el } from './dom.js';
import { today } from './billcode.js';
import { loadInWorker } from './worker.js';

/** Rows shown at a time: the list never holds thousands of DOM rows. */
export const ROWS_PER_PAGE = 50;

let worker = null;  // a promise of billcode/worker's API
let loadedPtp = new Set();  // names of the PTP files the worker has
let generation = 0;  // counts cancel()s: a call from before one gives null

// Loads into the worker the PTP files of `ptp` it does not have (`have`:
// their names); resolves to [{name, records, edition}] of those loaded.
async function loadMissingPtp(api, ptp, have) {
  const loaded = [];
  for (const file of ptp) {
    if (have.has(file.name)) continue;
    const { records, edition } = await api.loadPtp(file.bytes, file.name);
    have.add(file.name);
    loaded.push({ name: file.name, records, edition });
  }
  return loaded;
}

// Runs `work(api, have)` in the worker (started with `packs` when there is
// none; `have`: the names of its PTP files) after loading the PTP files it
// does not have yet; resolves to its answer, or to null when cancel() ran
// in the meantime.
async function inWorker(packs, ptp, work) {
  const started = generation;
  const have = loadedPtp;
  try {
    if (!worker) {
      const starting = loadInWorker({ packs });
      // A worker that failed to start is not kept: the next call tries again.
      starting.catch(() => { if (worker === starting) worker = null; });
      worker = starting;
    }
    const api = await worker;
    if (generation !== started) return null;
    await loadMissingPtp(api, ptp, have);
    const answer = await work(api, have);
    return generation === started ? answer : null;
  } catch (error) {
    if (generation !== started) return null;
    throw error;
  }
}

// The page's today for the worker's checks, unless the options name one:
// one clock for the page and its worker.
function withToday(options) {
  return { today: today(), ...options };
}

/**
 * Checks `input` (text or bytes) in the worker; resolves to the batch
 * summary, or null when cancel() ran first.
 */
export async function checkInWorker(input, { options, ptp, packs, onProgress }) {
  const answer = await inWorker(packs, ptp,
    (api) => api.checkClaimsKept(input, { ...withToday(options), onProgress }));
  return answer?.summary ?? null;
}

/**
 * Loads the PTP files in the worker (a main-thread load of 2 million edits
 * would freeze the page): resolves to [{name, records, edition}] of those
 * newly loaded, or null when cancel() ran first.
 */
export function loadPtpInWorker(ptp, packs) {
  return inWorker(packs, [], (api, have) => loadMissingPtp(api, ptp, have));
}

/** Checks one claim in the worker, with its PTP edits: the report, or null. */
export function checkOneInWorker(claim, { options, ptp, packs }) {
  return inWorker(packs, ptp, (api) => api.checkClaim(claim, withToday(options)));
}

/**
 * Explains a bill in the worker, with its PTP edits: the explanation, or
 * null when cancel() ran first.
 */
export function explainInWorker(input, { options, ptp, packs }) {
  return inWorker(packs, ptp, (api) => api.explainBill(input, withToday(options)));
}

/**
 * Imports official files in the worker (which keeps them loaded): the
 * results of importFiles(), or null when cancel() ran first.
 */
export function importInWorker(files, { options, ptp, packs, onProgress }) {
  return inWorker(packs, ptp, (api) => api.importFiles(files, { ...options, onProgress }));
}

/** Stops the running check: the worker ends, and its promise gives null. */
export function cancel() {
  if (!worker) return;
  generation++;
  worker.then((api) => api.terminate(), () => {});
  worker = null;
  loadedPtp = new Set();
}

// The kept report's rows or one claim, from the worker that checked it.
async function fromKeptReport(work) {
  return worker ? work(await worker) : null;
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
    const answer = await fromKeptReport((api) => api.keptClaims({ severity: severity.value,
      rule: rule.value, first, count: ROWS_PER_PAGE }));
    if (!answer) return;
    body.replaceChildren(...answer.rows.map((row) => {
      const open = el('button', { type: 'button', class: 'link' }, row.id ?? `#${row.index + 1}`);
      open.addEventListener('click', async () => {
        const claim = await fromKeptReport((api) => api.keptClaim(row.index));
        if (claim) details.replaceChildren(claimDetails(claim));
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
