// "Explain my bill": pasted text, an opened or dropped file, or a photo,
// explained code by code with the module's explainBill(): a table of the
// items with plain words, Medicare's price and flags, the questions to ask
// the billing office, and a printable summary.
import { dollars, el, onDrop } from './dom.js';
import { readBill, sourceKind } from './bill-sources.js';

const KIND_WORDS = {
  procedure: 'Service or supply',
  diagnosis: 'Diagnosis',
  revenue: 'Hospital department',
  ndc: 'Drug package',
};

// Medicare's amount per unit for the item: local if known, else national;
// the office rate when there is one.
function medicareAmount(price) {
  if (!price?.schedule) return null;
  const amounts = price.local?.amounts ?? price.national;
  return amounts.nonFacility ?? amounts.facility;
}

function whatItIs(item) {
  const lookup = item.lookup;
  if (item.kind !== 'procedure' || !lookup) return [el('p', {}, item.explanation[0] ?? '')];
  const parts = [lookup.kindName, lookup.section?.name].filter(Boolean).join(' — ');
  const described = lookup.record?.shortDescription;
  const status = lookup.status === 'active' || lookup.status === 'no-data' ? null
    : el('span', { class: `badge ${lookup.status}` }, lookup.status.replace(/-/g, ' '));
  return [el('p', {}, parts, described ? `: ${described}` : '', ' ', status)];
}

function flagList(item) {
  if (item.flags.length === 0) return '—';
  return el('ul', { class: 'flags' }, ...item.flags.map((flag) =>
    el('li', { 'data-flag': flag.id }, el('strong', {}, flag.sentence), ' ', el('span', {}, flag.question))));
}

// What a remittance, an EOB or a statement says of the line, under its
// charge: what is pending with the insurer, the plan's payment and the
// patient's share (its PR adjustments' amounts).
function paymentOf(item) {
  const shares = item.adjustments.filter((adjustment) => adjustment.group === 'PR' && adjustment.amount !== null);
  if (item.paid === null && item.pending === null && shares.length === 0) return null;
  const share = shares.reduce((sum, adjustment) => sum + Number(adjustment.amount), 0);
  return el('span', { class: 'small payment' },
    ...(item.pending === null ? [] : [el('br'), `waiting on your insurer: ${dollars(item.pending)}`]),
    ...(item.paid === null ? [] : [el('br'), `plan paid ${dollars(item.paid)}`]),
    ...(shares.length === 0 ? [] : [el('br'), `your share ${dollars(share)}`]));
}

function itemRow(item, showCode) {
  const codeText = `${item.code}${item.modifiers.length ? `-${item.modifiers.join('-')}` : ''}`;
  const code = item.kind === 'procedure'
    ? el('button', { type: 'button', class: 'link', onclick: () => showCode(codeText, item.date),
      'aria-label': `Look up ${codeText}` }, codeText)
    : codeText;
  const perUnit = medicareAmount(item.price);
  const units = Number(item.units ?? 1) || 1;
  return el('tr', { 'data-kind': item.kind, 'data-code': item.code },
    el('td', { class: 'code' }, code, item.repaired ? el('span', { class: 'small repaired' }, ` read ${item.repaired}`) : null),
    el('td', {}, el('span', { class: 'small' }, KIND_WORDS[item.kind]), ...whatItIs(item),
      el('details', {}, el('summary', {}, 'More'), ...item.explanation.map((sentence) => el('p', {}, sentence)))),
    el('td', {}, item.description ?? ''),
    el('td', {}, item.date, item.dateSource === 'bill' ? '' : el('span', { class: 'small' }, ` (${item.dateSource === 'user' ? 'your date' : 'today'})`)),
    el('td', { class: 'number' }, item.units ?? ''),
    el('td', { class: 'number' }, dollars(item.charge), paymentOf(item)),
    el('td', { class: 'number' }, perUnit === null ? '—' : dollars(perUnit * units)),
    el('td', {}, flagList(item)));
}

// A remittance's totals: what the plan paid and the patient's share.
function paymentWords(paid, share) {
  if (paid === null && share === null) return '';
  const parts = [];
  if (paid !== null) parts.push(`the plan paid ${dollars(paid)}`);
  if (share !== null) parts.push(`your share, as the plan sees it: ${dollars(share)}`);
  return `${parts.join('; ')}. `.replace(/^./, (first) => first.toUpperCase());
}

// What the bill itself says insurers paid, with its lines.
function insurancePaidWords(insurancePaid) {
  if (insurancePaid === null) return '';
  const { amount, lines } = insurancePaid;
  return `It says insurance paid ${dollars(amount)} (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}). `;
}

// The amount the bill itself asks for, with its line.
function amountDueWords(amountDue) {
  if (amountDue === null) return '';
  return `It says you owe ${dollars(amountDue.amount)} (line ${amountDue.line}). `;
}

function summaryLine(bill) {
  const { items, byKind, flags, totalCharges, totalPaid, totalPatientShare, amountDue,
    insurancePaid } = bill.summary;
  if (items === 0) {
    return 'No billing codes were found in this text. Codes look like 99213, J1100, E11.9 or 0450; ' +
      'if your bill shows none, ask the billing office for an itemized statement with codes.';
  }
  const kinds = Object.entries(byKind).filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${KIND_WORDS[kind].toLowerCase()}${count > 1 ? ' codes' : ' code'}`);
  return `Found ${items} code${items > 1 ? 's' : ''} on the bill (${kinds.join(', ')}); ` +
    `charges shown: ${dollars(totalCharges)}. ${paymentWords(totalPaid, totalPatientShare)}` +
    `${totalPaid === null ? insurancePaidWords(insurancePaid) : ''}${amountDueWords(amountDue)}${flags ? `${flags} thing${flags > 1 ? 's' : ''} to ask about.` : 'Nothing flagged.'}`;
}

const COLUMNS = ['Code', 'What it is', 'On your bill', 'Date', 'Units', 'Charged', 'Medicare pays',
  'Ask about'];
// A bill's rows go in tables of this many, each added in a task of its own:
// a statement of thousands of lines never holds the page, and a new table
// does not lay the earlier ones out again. Tables of a bill in parts share
// their column widths (style.css: in-parts).
const ROWS_PER_TABLE = 100;
let rendering = 0;  // counts renders: a newer one stops adding an older one's tables

function itemsTable(items, showCode, withHeadings, inParts) {
  return el('table', { class: inParts ? 'bill-items in-parts' : 'bill-items' },
    el('colgroup', {}, ...COLUMNS.map((_, index) => el('col', { class: `column-${index + 1}` }))),
    withHeadings ? el('thead', {}, el('tr', {}, ...COLUMNS.map((name) => el('th', { scope: 'col' }, name))))
      : null,
    el('tbody', {}, ...items.map((item) => itemRow(item, showCode))));
}

async function appendTables(where, items, showCode) {
  const run = ++rendering;
  const inParts = items.length > ROWS_PER_TABLE;
  for (let at = 0; at < items.length; at += ROWS_PER_TABLE) {
    // A long bill's first table too waits for a task of its own: not the
    // one that received the bill.
    if (at > 0 || inParts) await new Promise((resume) => setTimeout(resume, 0));
    if (run !== rendering) return;
    where.append(el('div', { class: 'bill-items-part' }, itemsTable(items.slice(at, at + ROWS_PER_TABLE),
      showCode, at === 0, inParts)));
  }
}

// Shows `bill` in `box`; resolves once every item is in.
function renderBill(bill, box, showCode) {
  const tables = el('div', { class: 'table-scroll' });
  box.replaceChildren(el('article', { class: 'card bill-report', 'aria-label': 'Your bill explained' },
    el('p', { id: 'bill-summary' }, summaryLine(bill)),
    ...bill.problems.map((problem) => el('p', { class: 'problem' }, problem)),
    ...bill.notes.map((note) => el('p', { class: 'small' }, note)),
    bill.items.length ? tables : null,
    bill.questions.length ? el('section', { 'aria-labelledby': 'questions-heading' },
      el('h3', { id: 'questions-heading' }, 'Questions to ask the billing office'),
      el('ol', { id: 'bill-questions' }, ...bill.questions.map((question) => el('li', {}, question)))) : null,
    el('p', { class: 'small' }, 'Medicare amounts are what Medicare allows for one unit times the units ' +
      'billed, before your share; other insurers negotiate their own prices.'),
    bill.notices.length ? el('details', {}, el('summary', {}, 'Copyright notices of the data used'),
      ...bill.notices.map((notice) => el('p', { class: 'small' }, notice))) : null));
  return appendTables(tables, bill.items, showCode);
}

/**
 * Wires the bill form: explainBill(input, options) gives the module's
 * explanation (or a promise of it, null when cancelled); showCode(code,
 * date) opens the code view. Returns refresh(), which explains the current
 * text again (after the fee schedules load).
 */
export function setupBillExplainer({ explainBill, showCode, unzip }) {
  const form = document.getElementById('bill-form');
  const textBox = document.getElementById('bill-text');
  const status = document.getElementById('bill-status');
  const resultBox = document.getElementById('bill-result');
  const printButton = document.getElementById('print-bill');
  let input = null;  // the text or bytes last explained
  let reading = null;  // AbortController of a PDF or photo being read

  async function explain() {
    if (input === null) return;
    const zip = document.getElementById('bill-zip').value.trim();
    try {
      status.textContent = 'Explaining the bill…';
      const bill = await explainBill(input, {
        date: document.getElementById('bill-date').value || undefined,
        zip: /^\d{5}$/.test(zip) ? zip : undefined,
        payer: document.getElementById('bill-payer').value || undefined,
      });
      status.textContent = '';
      if (!bill) return;
      printButton.hidden = true;
      await renderBill(bill, resultBox, showCode);
      printButton.hidden = bill.items.length === 0;
    } catch (error) {
      status.textContent = error.message.replace(/^billcode: /, '');
    }
  }

  // Reads the files of one bill: a text, CSV, Excel, JSON or X12 file alone, or
  // the pages of a bill as several photos or PDFs, read in turn.
  async function open(chosen) {
    reading?.abort();
    const files = [...chosen];
    const kinds = files.map(sourceKind);
    if (files.length === 1 && (kinds[0] === 'text' || kinds[0] === 'workbook')) {
      try {
        ({ input } = await readBill(files[0], { unzip }));
      } catch (error) {
        status.textContent = `${files[0].name} could not be read: ${error.message}`;
        return;
      }
      textBox.value = typeof input === 'string' ? input : '';
      await explain();
      status.textContent = `Read ${files[0].name}.`;
      return;
    }
    if (kinds.includes('text') || kinds.includes('workbook')) {
      status.textContent = 'Open one text, CSV, Excel or FHIR file at a time; several files can be the ' +
        'photos or PDFs of one bill\'s pages.';
      return;
    }
    const controller = new AbortController();
    reading = controller;
    const names = files.length === 1 ? files[0].name : `${files.length} files`;
    const bar = el('progress', { id: 'bill-progress', max: '100', 'aria-label': `Reading ${names}` });
    const step = el('span', {}, kinds[0] === 'pdf' ? 'Opening the PDF…' : 'Loading the text reader…');
    status.replaceChildren(bar, ' ', step, ' ',
      el('button', { type: 'button', onclick: () => controller.abort() }, 'Cancel'));
    try {
      const pages = [];
      let recognized = false;
      for (const [index, file] of files.entries()) {
        const which = files.length > 1 ? `${file.name} (${index + 1} of ${files.length}): ` : '';
        const read = await readBill(file, {
          unzip,
          signal: controller.signal,
          onProgress: ({ step: what, done, total }) => {
            bar.value = total ? (100 * done) / total : 0;
            step.textContent = `${which}${what}…`;
          },
        });
        pages.push(read.input);
        recognized ||= read.recognized;
      }
      if (controller.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      const text = pages.join('\n\f\n');
      textBox.value = text;
      input = text;
      await explain();
      status.textContent = recognized
        ? `Read ${names} with text recognition: check the text above against your bill.`
        : `Read the text of ${names}.`;
    } catch (error) {
      status.textContent = controller.signal.aborted ? 'Stopped.'
        : `${names} could not be read: ${error.message}`;
    } finally {
      if (reading === controller) reading = null;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    input = textBox.value;
    explain();
  });
  for (const id of ['bill-file', 'bill-photo']) {
    document.getElementById(id).addEventListener('change', (event) => {
      if (event.target.files.length) open(event.target.files);
      event.target.value = '';
    });
  }
  onDrop(document.getElementById('bill-drop'), (files) => open(files));
  for (const id of ['bill-date', 'bill-zip', 'bill-payer']) {
    document.getElementById(id).addEventListener('change', explain);
  }
  printButton.addEventListener('click', () => window.print());
  return explain;  // the page enables the button once the tables are in
}
