// The Data panel: every table loaded, with the dates of service it answers
// for and where it came from; official files the user adds are imported
// in this page (billcode.importFiles), loaded, and kept in IndexedDB so
// that they load with the page next time. Nothing is uploaded.
import { el, onDrop } from './dom.js';
import { forgetPack, keepPack, storedPacks } from './pack-store.js';

const KIND_WORDS = {
  'hcpcs-level2': 'HCPCS Level II codes',
  'mue': 'Unit limits (NCCI MUE)',
  'ncci-addon': 'Add-on codes (NCCI)',
  'icd10cm': 'ICD-10-CM diagnoses',
  'place-of-service': 'Places of service',
  'ncci-ptp': 'Code pairs (NCCI PTP)',
  'pfs-rvu': 'Physician Fee Schedule',
  'gpci': 'Fee schedule locality factors',
  'zip-locality': 'ZIP codes to fee localities',
  'clfs': 'Clinical Lab Fee Schedule',
  'opps-cap': 'Imaging payment caps',
  'anesthesia': 'Anesthesia conversion factors',
  'cpt-descriptors': 'CPT descriptors (your licensed file)',
};

// A CMS NCCI PTP file (ccipra-…, ccioph-… or a "Column 1 / Column 2" text):
// loaded as the claim section loads it, in the worker, not kept (2 million
// edits).
function isPtpFile({ name, bytes }) {
  if (/^cci(pra|oph)|ptp/i.test(name)) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 2000));
  return /Column 1\tColumn 2/.test(head);
}

/**
 * Loads the packs kept in this browser: {loaded, dropped}, dropped being
 * those it could not read (removed, each with its error).
 */
export async function loadStoredPacks(billcode) {
  const loaded = [];
  const dropped = [];
  for (const record of await storedPacks()) {
    try {
      billcode.loadPack(record.bytes);
      loaded.push(record);
    } catch (error) {
      // Damaged, or of a pack format this version does not read: it would
      // fail every time. The panel says so, and which file to add again.
      await forgetPack(record.key);
      dropped.push({ ...record, error: error.message.replace(/^billcode: /, '') });
    }
  }
  return { loaded, dropped };
}

function governs(version) {
  const from = version.effectiveFrom ?? version.validFrom;
  const to = version.effectiveTo ?? version.validTo;
  if (!from && !to) return 'any date';
  return `${from ?? 'any date'} to ${to ?? 'open'}`;
}

/**
 * Shows the loaded tables and takes new files. importFiles(files, options,
 * onProgress) imports them off the main thread (null when cancelled);
 * their packs are loaded here and kept. `stored` and `dropped` are what
 * loadStoredPacks() loaded and removed; onImported(records) runs after
 * files are added.
 */
export function setupDataPanel(billcode, { stored, dropped = [], importFiles, addPtp, onImported }) {
  const body = document.querySelector('#data-tables tbody');
  const status = document.getElementById('data-status');
  const input = document.getElementById('data-files');

  function render() {
    body.replaceChildren(...billcode.versions().map((version) => {
      const mine = stored.find((record) => record.name === version.sourceName &&
        record.edition === version.edition);
      const remove = mine ? el('button', { type: 'button', onclick: async () => {
        await forgetPack(mine.key);
        location.reload();
      } }, 'Remove') : null;
      return el('tr', { 'data-kind': version.kind, 'data-origin': mine ? 'user' : 'site' },
        el('td', {}, KIND_WORDS[version.kind] ?? version.kind,
          version.setting ? el('span', { class: 'small' }, ` (${version.setting})`) : null),
        el('td', {}, version.edition),
        el('td', {}, governs(version)),
        el('td', { class: 'small' }, version.sourceName),
        el('td', {}, mine ? 'your file ' : 'this site', remove));
    }));
    if (document.body.dataset.tables !== 'loaded') {
      body.append(el('tr', { 'data-origin': 'later' }, el('td', { colspan: '5', class: 'small' },
        'The claim and diagnosis tables of this site (ICD-10-CM, NCCI MUE and add-on codes, ' +
        'places of service) load when a claim is first checked or a bill first explained.')));
    }
  }

  async function add(files, options = {}) {
    if (files.length === 0) return;
    input.disabled = true;
    const bar = el('progress', { 'aria-label': 'Importing files' });
    status.replaceChildren(bar, ' Reading the files in this page…');
    try {
      const members = [];
      for (const file of files) {
        members.push(...await billcode.unzip({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }));
      }
      const ptp = members.filter((member) => member.bytes && isPtpFile(member));
      const named = members.filter((member) => member.bytes && !ptp.includes(member));
      for (const member of ptp) {
        const line = el('p', { class: 'small' });
        status.after(line);
        await addPtp({ name: member.name, bytes: member.bytes }, line);
      }
      const results = named.length === 0 ? [] : await importFiles(named, options,
        (done) => { bar.value = String(done); bar.max = String(Math.max(done, named.length)); });
      if (!results) {
        status.textContent = 'Stopped: nothing was imported.';
        return;
      }
      const kept = [];
      for (const result of results) {
        if (!result.pack) continue;
        billcode.loadPack(result.pack);
        const record = {
          key: `${result.kind}:${result.edition}:${result.file}`, file: result.file,
          name: result.file.split(':').pop().split('/').pop(), kind: result.kind,
          edition: result.edition, effectiveFrom: result.effectiveFrom,
          effectiveTo: result.effectiveTo, records: result.records, bytes: result.pack,
        };
        try {
          await keepPack(record);
        } catch {
          record.notKept = true;
        }
        stored.push(record);
        kept.push(record);
      }
      results.push(...members.filter((member) => member.error));
      status.replaceChildren(el('ul', {}, ...results.map((result) => el('li', {}, `${result.file}: `,
        result.pack ? `${result.kind} ${result.edition}, ${result.records} records` +
          (result.skipped ? `, ${result.skipped} lines passed over` : '') +
          `; answers for ${governs(result)}.` +
          (stored.find((r) => r.bytes === result.pack)?.notKept ? ' (Not kept: this browser does not allow it.)' : '')
          : result.passedOver ?? `could not be read: ${result.error}`))));
      render();
      if (kept.length) onImported(kept);
    } catch (error) {
      status.textContent = `The files could not be read: ${error.message.replace(/^billcode: /, '')}`;
    } finally {
      input.disabled = false;
      input.value = '';
    }
  }

  input.addEventListener('change', () => add(input.files));
  const cptInput = document.getElementById('cpt-file');
  cptInput.addEventListener('change', async () => {
    await add(cptInput.files, { kind: 'cpt', cptColumns: {
      code: document.getElementById('cpt-code-column').value.trim(),
      descriptor: document.getElementById('cpt-descriptor-column').value.trim(),
    } });
    cptInput.value = '';
  });
  onDrop(document.getElementById('data-drop'), (files) => add(files));
  if (dropped.length > 0) {
    status.textContent = 'Tables you added could not be read by this version of billcode and were ' +
      `removed; add their files again: ${dropped.map((record) =>
        `${record.name} (${record.kind} ${record.edition}: ${record.error})`).join('; ')}.`;
  }
  render();
  return render;
}
