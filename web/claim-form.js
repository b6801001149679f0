// The claim form: service lines shaped like CMS-1500 box 24, a paste, file
// or drop import (read in the page), and each finding shown next to the
// field at fault. A file of many claims (or a claim too long for the form)
// is checked in a worker and shown as a batch. Nothing is sent anywhere.
import { today } from './billcode.js';
import {
  cancel, checkInWorker, checkOneInWorker, explainInWorker, importInWorker, loadPtpInWorker,
  showBatch,
} from './claim-batch.js';
import { el, showError } from './dom.js';
import { isWorkbook, workbookText } from './workbook.js';

// Text up to this size is read on the page's thread (quickly); larger
// input, and files of several claims, go to the worker.
const INLINE_CHARACTERS = 256 * 1024;
// A claim with more lines than this is shown as a batch, not as form rows.
const MAX_FORM_LINES = 200;
// A bill up to this size is explained on the page's thread (about 25 ms
// for 240 lines of an itemized statement); a longer one, or any bill once
// PTP files are loaded, in the worker (but on the page opened from a file,
// where browsers start no module worker).
const INLINE_BILL_CHARACTERS = 20000;
const WORKERS_RUN = location.protocol !== 'file:';

const MAX_MODIFIERS = 4;
const LINE_FIELDS = [
  // key, label, input type, CSS class
  ['dateOfService', 'From (24A; blank: claim date)', 'date', ''],
  ['dateTo', 'To', 'date', ''],
  ['placeOfService', 'Place (24B)', 'text', 'narrow'],
  ['code', 'Code (24D)', 'text', ''],
  ['modifiers', 'Modifiers (24D)', 'modifiers', 'modifiers-cell'],
  ['diagnosisPointers', 'Diagnosis pointers (24E)', 'text', ''],
  ['charge', 'Charge (24F)', 'text', ''],
  ['units', 'Units (24G)', 'text', 'narrow'],
  ['ndc', 'NDC', 'text', ''],
  ['npi:rendering', 'Rendering NPI (24J)', 'text', ''],
  ['description', 'Description (for unlisted codes)', 'text', 'wide'],
];
const STATE_WORDS = { 'ran': 'checked', 'no-data': 'no data loaded', 'not-checked': 'not checked' };

let lineCount = 0;

function splitList(text) {
  return text.split(/[\s,;]+/).filter(Boolean);
}

function fieldCell(id, key, label, type, className, value) {
  if (type === 'modifiers') {
    const inputs = Array.from({ length: MAX_MODIFIERS }, (_, i) => el('input', {
      id: `${id}-${i}`, type: 'text', maxlength: '2', 'data-key': 'modifiers',
      'aria-label': `Modifier ${i + 1}`, value: value?.[i] ?? '',
    }));
    return el('div', { class: `cell ${className}`, 'data-field': key },
      el('label', { for: `${id}-0` }, label), el('div', { class: 'modifier-inputs' }, ...inputs));
  }
  const text = Array.isArray(value) ? value.join(', ') : (value ?? '');
  return el('div', { class: `cell ${className}`, 'data-field': key },
    el('label', { for: id }, label),
    el('input', { id, type, 'data-key': key, value: text, spellcheck: 'false' }));
}

function renumberLines() {
  [...document.querySelectorAll('#claim-lines fieldset')].forEach((fieldset, index) => {
    fieldset.dataset.line = String(index + 1);
    fieldset.querySelector('legend').textContent = `Line ${index + 1}`;
  });
}

function addLine(values = {}) {
  const id = `line${++lineCount}`;
  const fieldset = el('fieldset', { class: 'claim-line' }, el('legend', {}, ''),
    ...LINE_FIELDS.map(([key, label, type, className]) =>
      fieldCell(`${id}-${key}`, key, label, type, className, values[key])),
    el('div', { class: 'cell fits' }, el('button', {
      type: 'button', class: 'remove-line',
      onclick: () => { fieldset.remove(); renumberLines(); },
    }, 'Remove line')));
  document.getElementById('claim-lines').append(fieldset);
  renumberLines();
  return fieldset;
}

// The NPI of a form's input whose key is "npi:ROLE", in `providers`; its
// cell takes the finding's field for it ("providers[0]").
function readNpi(input, providers) {
  const npi = input.value.trim();
  const cell = input.closest('[data-field]');
  cell.dataset.field = npi ? `providers[${providers.length}]` : input.dataset.key;
  if (npi) providers.push({ role: input.dataset.key.slice('npi:'.length), npi });
}

// A claim's or line's NPI of `role`, for the form.
function npiOf(providers, role) {
  return providers?.find((provider) => provider.role === role)?.npi ?? '';
}

function readLine(fieldset) {
  const line = { modifiers: [], providers: [] };
  for (const input of fieldset.querySelectorAll('[data-key]')) {
    const value = input.value.trim();
    if (input.dataset.key.startsWith('npi:')) {
      readNpi(input, line.providers);
    } else if (input.dataset.key === 'modifiers') {
      if (value) line.modifiers.push(value.toUpperCase());
    } else if (input.dataset.key === 'diagnosisPointers') {
      line.diagnosisPointers = splitList(value);
    } else {
      line[input.dataset.key] = value;
    }
  }
  return line;
}

/** The form as a billcode JSON claim. */
export function readClaim() {
  const claim = { providers: [] };
  for (const input of document.querySelectorAll('.claim-fields [data-key]')) {
    if (input.dataset.key.startsWith('npi:')) {
      readNpi(input, claim.providers);
      continue;
    }
    claim[input.dataset.key] = input.dataset.key === 'diagnoses'
      ? splitList(input.value) : input.value.trim();
  }
  claim.lines = [...document.querySelectorAll('#claim-lines fieldset')].map(readLine);
  return claim;
}

// What of `claim` this form cannot hold (its fields are a CMS-1500's), in
// words; "" when it fits.
function whyNotInTheForm(claim) {
  if (claim.lines.length > MAX_FORM_LINES) return `it has more than ${MAX_FORM_LINES} lines`;
  if (claim.form === 'institutional') return "it is a facility's claim (UB-04 or 837I)";
  if (claim.form === 'dental') return 'it is a dental claim';
  if (claim.frequency === '7' || claim.frequency === '8') return 'it replaces or voids an earlier claim';
  const unheld = claim.lines.some((line) => line.revenueCode || line.codeSystem || line.teeth?.length);
  if (unheld) return 'its lines have revenue codes, teeth or codes of another system';
  const held = (providers, roles) => providers.every((p) => roles.includes(p.role))
    && new Set(providers.map((p) => p.role)).size === providers.length;
  const npisHeld = held(claim.providers, ['billing', 'referring', 'facility'])
    && claim.lines.every((line) => held(line.providers, ['rendering']));
  return npisHeld ? '' : 'it names providers other than the billing, referring, facility and rendering ones';
}

function fillClaim(claim) {
  const fields = document.querySelector('.claim-fields');
  for (const input of fields.querySelectorAll('[data-key]')) {
    const { key } = input.dataset;
    const value = key.startsWith('npi:') ? npiOf(claim.providers, key.slice('npi:'.length)) : claim[key];
    if (key === 'diagnoses') input.value = value.join(', ');
    else if (input.tagName === 'SELECT') input.value = value || '';
    else input.value = value ?? '';
  }
  document.getElementById('claim-lines').replaceChildren();
  for (const line of claim.lines) {
    addLine({ ...line, 'npi:rendering': npiOf(line.providers, 'rendering') });
  }
}

function clearFindings() {
  document.querySelectorAll('#claim-form .finding').forEach((node) => node.remove());
  document.querySelectorAll('#claim-form [aria-invalid]').forEach((node) => {
    node.removeAttribute('aria-invalid');
    node.removeAttribute('aria-describedby');
  });
}

// The cell of `finding` ("modifiers[1]" lives in the modifiers cell).
function cellOf(finding) {
  const scope = finding.line === null
    ? document.querySelector('.claim-fields')
    : document.querySelector(`#claim-lines fieldset[data-line="${finding.line}"]`);
  const key = finding.field.replace(/\[\d+\]$/, '');
  // A cell named by the whole field first: an NPI's, by its place in
  // providers[] (readNpi).
  return scope?.querySelector(`[data-field="${finding.field}"]`)
    ?? scope?.querySelector(`[data-field="${key}"]`) ?? scope?.querySelector('[data-field="code"]') ??
    document.querySelector('[data-field="lines"]');
}

function showFinding(finding, index) {
  const cell = cellOf(finding);
  const id = `finding-${index}`;
  const position = finding.field.match(/\[(\d+)\]$/);
  const inputs = cell.querySelectorAll('input, select');
  const input = inputs[position && inputs.length > 1 ? Number(position[1]) : 0] ?? inputs[0];
  if (input) {
    input.setAttribute('aria-invalid', String(finding.severity === 'error'));
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id]
      .filter(Boolean).join(' '));
  }
  cell.append(el('p', { class: `finding ${finding.severity}`, id, 'data-rule': finding.rule },
    el('strong', {}, `${finding.severity[0].toUpperCase()}${finding.severity.slice(1)}: `),
    finding.message, finding.fix ? ` Fix: ${finding.fix}` : '',
    ' ', el('span', { class: 'rule' }, `(${finding.rule}${finding.source ? `, ${finding.source}` : ''})`)));
}

function showDiagnoses(diagnoses) {
  const cell = document.querySelector('.claim-fields [data-field="diagnoses"]');
  cell.append(el('ul', { class: 'finding info diagnoses', 'aria-label': 'Diagnoses in plain words' },
    ...diagnoses.map((d) => el('li', {}, el('strong', {}, d.code), ': ',
      d.description ?? { category: 'a category, not a complete code', unknown: 'not an ICD-10-CM code',
        invalid: 'not an ICD-10-CM code', 'not-checked': 'not checked' }[d.status]))));
}

function showSummary(report) {
  const { summary } = report;
  if (summary.diagnoses.length) showDiagnoses(summary.diagnoses);
  const notices = [...new Set(summary.checks.map((check) => check.notice).filter(Boolean))];
  document.getElementById('claim-summary').replaceChildren(el('div', { class: 'card' },
    el('h3', {}, `${summary.errors} error(s), ${summary.warnings} warning(s), ${summary.info} note(s)`),
    el('p', {}, summary.errors ? 'A payer would reject or deny parts of this claim as it is.'
      : 'No finding that a payer would surely reject; see the warnings and notes.'),
    el('ul', { class: 'checks', 'aria-label': 'What was checked' }, ...summary.checks.map((check) =>
      el('li', {}, `${check.check}: ${STATE_WORDS[check.state]}`,
        check.source ? ` (${check.source})` : '', check.detail ? ` — ${check.detail}` : ''))),
    ...summary.notes.map((note) => el('p', { class: 'small' }, note)),
    notices.length ? el('details', {}, el('summary', {}, 'Copyright notices of the NCCI tables'),
      ...notices.map((notice) => el('p', { class: 'small' }, notice))) : null));
}

function showInputErrors(where, result) {
  where.textContent = `This claim cannot be read (${result.format}): ` +
    result.errors.map((error) => `${error.location} ${error.message}`).join('; ');
}

// A file's text: UTF-16 when it starts with a UTF-16 byte-order mark, else
// UTF-8 (whose byte-order mark TextDecoder drops), else Windows-1252 (what
// Windows tools write names and notes in), as the core reads bytes.
function decodeText(bytes) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readFileBytes(input) {
  const file = input.files?.[0];
  return file ? new Uint8Array(await file.arrayBuffer()) : null;
}

/** Shows `error` in `where`, with a reload button when the module stopped. */
// The result of `work`, or null after showing its error in `where`.
function attempt(work, where) {
  try {
    return work();
  } catch (error) {
    showError(where, error);
    return null;
  }
}

// True when the user has typed a code or a diagnosis into the form.
function formHasEntries() {
  const claim = readClaim();
  return claim.diagnoses.length > 0 || claim.lines.some((line) => line.code);
}

function isSeveralClaims(result) {
  return !result.usable && result.errors.some((error) => /^holds \d+ claims/.test(error.message));
}

/**
 * Wires the form to `billcode`; call once the module is loaded. `packs`:
 * the data packs the worker loads for files of many claims; needTables():
 * a promise of the claim tables loaded into `billcode` (they are loaded
 * when the first claim is checked here).
 */
export function setupClaimForm(billcode, { packs, needTables }) {
  const form = document.getElementById('claim-form');
  const status = document.getElementById('import-status');
  const batchBox = document.getElementById('claim-batch');
  const textArea = document.getElementById('claim-text');
  const ptpFiles = [];
  let pendingFile = null;  // {name, bytes} of a large file, read by the worker

  async function checkBatch(input) {
    const progress = el('progress', { id: 'batch-progress', 'aria-label': 'Claims checked' });
    const counter = el('span', { role: 'status' }, 'Starting…');
    const stop = el('button', { type: 'button', id: 'batch-cancel' }, 'Cancel');
    stop.addEventListener('click', cancel);
    batchBox.replaceChildren(el('div', { class: 'card' }, el('p', {}, progress, ' ', counter, ' ', stop)));
    const options = {
      payer: form.querySelector('#claim-payer').value || undefined,
      setting: form.querySelector('#claim-setting').value || undefined,
    };
    try {
      const summary = await checkInWorker(input, {
        options, ptp: ptpFiles, packs,
        onProgress: (claims) => { counter.textContent = `${claims} claims checked…`; },
      });
      if (!summary) {
        batchBox.replaceChildren(el('p', { id: 'batch-cancelled' }, 'Cancelled: nothing was checked.'));
      } else if (summary.claims === 0) {
        batchBox.replaceChildren(el('p', {}, 'No claim can be read: ' + summary.fileErrors
          .map((error) => `${error.location} ${error.message}`).join('; ')));
      } else {
        await showBatch(batchBox, summary);
      }
    } catch (error) {
      showError(batchBox, error);
    }
  }

  // One small claim fills the form (asking before it replaces what was
  // typed); several claims, or a large input, are checked as a batch.
  function importClaims() {
    const input = pendingFile?.bytes ?? textArea.value;
    if (typeof input === 'string' && input.length <= INLINE_CHARACTERS) {
      const result = attempt(() => billcode.parseClaim(input), status);
      if (!result) return;
      if (!result.usable && !isSeveralClaims(result)) {
        showInputErrors(status, result);
        return;
      }
      const why = result.usable ? whyNotInTheForm(result.claim) : '';
      if (why) {
        status.textContent = `The claim read does not fit this form (${why}): it is checked as it is, below.`;
        checkBatch(input);
        return;
      }
      if (result.usable) {
        if (formHasEntries() && !confirm('Replace the claim in the form with the one read?')) {
          status.textContent = 'The form was kept as it was.';
          return;
        }
        fillClaim(result.claim);
        clearFindings();
        batchBox.replaceChildren();
        status.textContent = [`Read a ${result.format} claim with ${result.claim.lines.length} line(s) into the form.`,
          ...result.notes].join(' ');
        return;
      }
    }
    status.textContent = 'Checking every claim of the input, each on its own (below).';
    checkBatch(input);
  }

  // A file's claims, read on import; an Excel export's first sheet as
  // tab-separated text (a claim file has one header row).
  async function takeFile(file) {
    let bytes = new Uint8Array(await file.arrayBuffer());
    if (isWorkbook(bytes)) {
      try {
        bytes = new TextEncoder().encode(await workbookText(bytes, {
          sheets: 'first', unzip: (file, options) => billcode.unzip(file, options),
        }));
      } catch (error) {
        pendingFile = null;
        textArea.value = '';
        showError(status, error);
        return false;
      }
    }
    if (bytes.length <= INLINE_CHARACTERS) {
      pendingFile = null;
      textArea.value = decodeText(bytes);
    } else {
      pendingFile = { name: file.name, bytes };
      textArea.value = '';
      status.textContent = `${file.name} (${(bytes.length / 1048576).toFixed(1)} MB) is ready to read.`;
    }
    return true;
  }

  document.getElementById('claim-date').value = today();
  addLine({ code: '', dateOfService: '', placeOfService: '', diagnosisPointers: ['1'], units: '1' });
  document.getElementById('add-line').addEventListener('click', () =>
    addLine({ diagnosisPointers: ['1'], units: '1' }).querySelector('[data-key="code"]').focus());
  // With PTP files loaded (in the worker), the form's claim is checked
  // there; otherwise here, which takes milliseconds.
  async function checkForm(summaryBox) {
    if (ptpFiles.length === 0) {
      summaryBox.replaceChildren('Loading the claim tables…');
      await needTables();
      summaryBox.replaceChildren();
      return attempt(() => billcode.checkClaim(readClaim()), summaryBox);
    }
    summaryBox.replaceChildren('Checking with the PTP edits…');
    try {
      return await checkOneInWorker(readClaim(), { options: {}, ptp: ptpFiles, packs });
    } catch (error) {
      showError(summaryBox, error);
      return null;
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFindings();
    const summaryBox = document.getElementById('claim-summary');
    const report = await checkForm(summaryBox);
    if (!report) return;
    if (!report.usable) {
      showInputErrors(document.getElementById('claim-summary'), report);
      return;
    }
    report.findings.forEach(showFinding);
    showSummary(report);
  });
  document.getElementById('claim-file').addEventListener('change', (event) => {
    if (event.target.files?.[0]) takeFile(event.target.files[0]);
  });
  textArea.addEventListener('input', () => { pendingFile = null; });
  document.getElementById('import-claim').addEventListener('click', importClaims);
  const dropZone = document.getElementById('claim-section');
  dropZone.addEventListener('dragover', (event) => event.preventDefault());
  dropZone.addEventListener('drop', async (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    if (await takeFile(file)) importClaims();
  });
  // Loads a CMS PTP file ({name, bytes}) in the worker; says how it went
  // in `ptpStatus` (the claim section's, or the Data panel's).
  async function addPtp(entry, ptpStatus) {
    ptpStatus.replaceChildren(el('progress', { 'aria-label': 'Loading the PTP edits' }),
      ` Loading the PTP edits of ${entry.name} in the background…`);
    try {
      const loaded = await loadPtpInWorker([...ptpFiles, entry], packs);
      if (!loaded) {
        ptpStatus.textContent = 'Cancelled: the PTP edits were not loaded.';
        return;
      }
      ptpFiles.push(entry);
      const mine = loaded.find((result) => result.name === entry.name);
      ptpStatus.textContent = mine
        ? `Loaded ${mine.records} PTP edits from ${mine.edition}.` : `${entry.name} is loaded.`;
    } catch (error) {
      showError(ptpStatus, error);
    }
  }
  document.getElementById('ptp-file').addEventListener('change', async (event) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const bytes = await readFileBytes(event.target);
    await addPtp({ name: file.name, bytes }, document.getElementById('ptp-status'));
  });
  // A bill is explained where the form's claim is checked: with the PTP
  // edits in the worker once they are loaded, else here unless it is long.
  return {
    addPtp,
    // Official files imported in the worker, which keeps them; the page's
    // module loads the packs after.
    importFiles: (files, options, onProgress) =>
      importInWorker(files, { options, ptp: ptpFiles, packs, onProgress }),
    explainBill: (input, options) => (ptpFiles.length === 0 &&
      (input.length <= INLINE_BILL_CHARACTERS || !WORKERS_RUN)
      ? billcode.explainBill(input, options)
      : explainInWorker(input, { options, ptp: ptpFiles, packs })),
  };
}
