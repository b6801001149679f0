// The page: checks a code as it is typed, with the billcode module. After
// the module and data load, nothing here makes a network request.
import { load, packManifest, siteFile, today } from './billcode.js';
import { dollars, el, showError } from './dom.js';

const MAX_COMPLETIONS = 8;
const codeInput = document.getElementById('code-input');
const dateInput = document.getElementById('date-input');
const stateLine = document.getElementById('code-state');
document.getElementById('load-hint').remove();
const completionList = document.getElementById('completions');
const resultBox = document.getElementById('result');
let billcode = null;
let activeOption = -1;
let refreshBill = () => {};
// Loads the claim and diagnosis tables the first time it is called.
let needTables = () => {};
let renderData = () => {};

const STATUS_WORDS = {
  // A HCPCS release past its quarter still answers, maybe outdated (r.stale says so).
  'active': (r) => {
    const stale = r.record && r.stale?.find((table) => table.table === 'hcpcs-level2');
    return stale ? `Valid in release ${stale.edition}` : `Valid on ${r.date}`;
  },
  'not-yet-effective': (r) => `Not in effect yet on ${r.date} (starts ${r.record.addedDate})`,
  'terminated': (r) => `Ended on ${r.record?.terminationDate ?? r.cptDeletion.lastValidDate}: not valid on ${r.date}`,
  'unknown': (r) => (r.level === 1 ? 'Not in your licensed CPT file' : 'Not found in the HCPCS release'),
  'no-data': (r) => (r.level === 1 || r.kind === 'cdt'
    ? 'Not checked: licensed code set, not loaded' : 'Not checked: no HCPCS release loaded'),
  'invalid': () => 'Not a valid code',
  'incomplete': () => 'Incomplete code',
};

function describeState(state) {
  if (state.problem === 'empty') return 'Type a code such as E0114, 99213 or J9035.';
  if (state.shape === 'invalid') return `Not a valid code: ${state.detail}`;
  const where = [state.kindName, state.section?.name].filter(Boolean).join(', ');
  const passed = state.passedOver.length ? ` (passed over: “${state.passedOver.join('”, “')}”)` : '';
  if (state.shape === 'incomplete') return `${where} — ${state.missing}${passed}`;
  return `${where} — complete${passed}`;
}

function closeCompletions() {
  completionList.hidden = true;
  completionList.replaceChildren();
  codeInput.setAttribute('aria-expanded', 'false');
  codeInput.removeAttribute('aria-activedescendant');
  activeOption = -1;
}

function showCompletions(completions) {
  if (completions.length === 0) return closeCompletions();
  completionList.replaceChildren(...completions.map((completion, index) => el('li', {
    id: `completion-${index}`, role: 'option', 'aria-selected': 'false', 'data-code': completion.code,
    onclick: () => pick(completion.code),
  }, el('span', { class: 'code' }, completion.code), el('span', {}, completion.shortDescription),
  completion.status === 'terminated' ? el('span', { class: 'ended' }, 'ended') : null)));
  completionList.hidden = false;
  codeInput.setAttribute('aria-expanded', 'true');
}

function moveActive(step) {
  const options = [...completionList.children];
  if (options.length === 0) return;
  activeOption = (activeOption + step + options.length) % options.length;
  options.forEach((option, index) => option.setAttribute('aria-selected', String(index === activeOption)));
  codeInput.setAttribute('aria-activedescendant', options[activeOption].id);
  options[activeOption].scrollIntoView({ block: 'nearest' });
}

function pick(code) {
  codeInput.value = code;
  closeCompletions();
  update({ completions: false });
  codeInput.focus();
}

function cptRows(result) {
  const cpt = result.cptDescriptor;
  return cpt ? [['Description (your CPT file)', cpt.descriptor], ['CPT file', cpt.edition]] : [];
}

function recordRows(record) {
  const rows = [
    ['Description (CMS)', record.longDescription],
    ['Short description', record.shortDescription],
    ['Medicare coverage', record.coverage?.meaning ?? record.coverage?.code],
    ['In use since', record.addedDate],
    ['Last changed', record.actionEffectiveDate],
    ['Last valid date', record.terminationDate],
    ['HCPCS release', record.release],
  ];
  return rows.filter(([, value]) => value);
}

function replacementList(result) {
  if (result.replacements.length === 0) return null;
  return el('p', {}, 'CMS points to instead: ', ...result.replacements.map((replacement) => el('button', {
    type: 'button', onclick: () => pick(replacement.code),
  }, replacement.record ? `${replacement.code} — ${replacement.record.shortDescription}` : replacement.code)));
}

function modifierList(result) {
  if (result.modifierStatus.length === 0) return null;
  return el('ul', { class: 'modifiers', 'aria-label': 'Modifiers' }, ...result.modifierStatus.map((m) =>
    el('li', {}, el('strong', {}, m.modifier), ': ',
      m.record ? m.record.shortDescription : 'modifier', ` (${m.status})`)));
}

// What Medicare pays, from the fee schedules (loaded after the page is
// ready); null before they are in or for codes they do not cover.
function priceSection(code, options) {
  if (document.body.dataset.prices !== 'loaded') return null;
  const zip = document.getElementById('zip-input').value.trim();
  let price;
  try {
    price = billcode.price(code, { ...options, zip: /^\d{5}$/.test(zip) ? zip : undefined });
  } catch {
    return null;
  }
  if (price.problem && !price.code) return null;
  const lines = [];
  if (price.schedule) {
    const { national } = price;
    const both = (amounts) => [
      amounts.nonFacility !== null ? `${dollars(amounts.nonFacility)} in an office or at home` : null,
      amounts.facility !== null && amounts.facility !== amounts.nonFacility
        ? `${dollars(amounts.facility)} in a hospital or facility` : null,
    ].filter(Boolean).join('; ');
    if (price.reason) lines.push(el('p', {}, price.reason));
    else lines.push(el('p', { class: 'price-national' }, `National Medicare amount: ${both(national)}.`));
    if (price.local) {
      const { locality, amounts, approximate } = price.local;
      lines.push(el('p', { class: 'price-local' },
        `In ${locality.name} (${locality.state}): ${both(amounts)}${approximate ? ' (approximate)' : ''}.`));
      if (approximate) lines.push(el('p', { class: 'small' }, price.local.reason));
    }
    if (price.patientShare) lines.push(el('p', { class: 'small' }, price.patientShare));
  } else {
    lines.push(el('p', {}, price.reason ?? price.problem));
  }
  if (price.anesthesia) {
    const { nationalConversionFactor: national, localConversionFactor: local, locality } = price.anesthesia;
    lines.push(el('p', {}, `Anesthesia conversion factor: $${national} nationally` +
      (local !== null ? `, $${local} in ${locality}` : '') + '.'));
  }
  if (price.problem) lines.push(el('p', { class: 'small' }, price.problem));
  lines.push(...price.notes.map((note) => el('p', { class: 'small' }, note)));
  return el('div', { class: 'plain price', 'aria-label': 'What Medicare pays' },
    el('h4', {}, 'What Medicare pays'), ...lines,
    el('p', { class: 'small' }, `Source: ${price.edition ?? 'no fee schedule loaded'}.`),
    price.notice ? el('details', {}, el('summary', {}, 'Copyright notice of this data'),
      el('p', { class: 'small' }, price.notice)) : null);
}

function renderResult(result, explanation) {
  const rows = [
    ['Kind', result.kindName.includes('Level') ? result.kindName
      : `${result.kindName} (HCPCS Level ${result.level === 1 ? 'I' : 'II'})`],
    ['Section', [result.section?.name, result.subsection?.name].filter(Boolean).join(' › ')],
    ...(result.record ? recordRows(result.record) : []),
    ...cptRows(result),
    ['Medicare fee schedule', result.medicare
      ? `${result.medicare.meaning}${result.medicare.edition ? ` (${result.medicare.edition})` : ''}` : ''],
  ].filter(([, value]) => value);
  resultBox.replaceChildren(el('article', { class: 'card', 'aria-label': `Result for ${result.code}` },
    el('h3', {}, `${result.code}${result.modifiers.length ? `-${result.modifiers.join('-')}` : ''} `,
      el('span', { class: `badge ${result.status}` }, STATUS_WORDS[result.status](result))),
    replacementList(result),
    ...(result.stale ?? []).map((note) => el('p', { class: 'stale' }, note.message)),
    el('dl', {}, ...rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)])),
    modifierList(result),
    el('div', { class: 'plain' }, el('h4', {}, 'In plain words'),
      ...explanation.sentences.map((sentence) => el('p', {}, sentence))),
    priceSection(result.input, { date: dateInput.value || today() })));
}

const OTHER_CODE_WORDS = {
  'diagnosis': 'Diagnosis code (ICD-10-CM)', 'revenue': 'Hospital revenue code',
  'ndc': 'Drug code (NDC)', 'adjustment-reason': 'Adjustment reason (EOB)',
  'remark': 'Remark code (EOB)', 'place-of-service': 'Place of service',
};

// A code of a bill that is no procedure code: what it is.
function renderOtherCode(other) {
  resultBox.replaceChildren(el('article', { class: 'card', 'aria-label': `Result for ${other.code}` },
    el('h3', {}, `${other.code} `, el('span', { class: 'badge' }, OTHER_CODE_WORDS[other.kind])),
    el('div', { class: 'plain' }, el('h4', {}, 'In plain words'),
      ...other.sentences.map((sentence) => el('p', {}, sentence)))));
}

function renderSuggestion(state) {
  if (!state.suggestion) return resultBox.replaceChildren();
  resultBox.replaceChildren(el('p', {}, 'Did you mean ',
    el('button', { type: 'button', onclick: () => pick(state.suggestion) }, state.suggestion), '?'));
}

function update({ completions = true } = {}) {
  if (!billcode) return;
  const options = { date: dateInput.value || today() };
  const state = billcode.typing(codeInput.value, { ...options, limit: MAX_COMPLETIONS });
  stateLine.textContent = describeState(state);
  stateLine.className = state.problem === 'empty' ? 'state' : `state ${state.shape}`;
  if (completions && state.shape === 'incomplete') showCompletions(state.completions);
  else closeCompletions();
  if (state.shape === 'complete') {
    renderResult(billcode.classify(codeInput.value, options), billcode.explain(codeInput.value, options));
    return;
  }
  const other = billcode.explainOtherCode(codeInput.value, options);
  if (!other) {
    renderSuggestion(state);
    return;
  }
  stateLine.textContent = `${OTHER_CODE_WORDS[other.kind]}: not a procedure code (CPT or HCPCS).`;
  stateLine.className = 'state complete';
  renderOtherCode(other);
  // A diagnosis is described from the ICD-10-CM table, which loads on
  // first need and updates the view when it is in.
  if (other.kind === 'diagnosis') needTables();
}

// The code view for a code of the bill explainer, on its date.
function showCode(code, date) {
  codeInput.value = code;
  dateInput.value = date;
  update({ completions: false });
  codeInput.scrollIntoView({ block: 'center' });
  codeInput.focus({ preventScroll: true });
}

codeInput.addEventListener('input', () => update());
dateInput.addEventListener('change', () => update({ completions: false }));
document.getElementById('zip-input').addEventListener('input', () => update({ completions: false }));
codeInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown') moveActive(1);
  else if (event.key === 'ArrowUp') moveActive(-1);
  else if (event.key === 'Escape') closeCompletions();
  else if (event.key === 'Enter' && activeOption >= 0) pick(completionList.children[activeOption].dataset.code);
  else return;
  event.preventDefault();
});
document.getElementById('code-form').addEventListener('submit', (event) => event.preventDefault());

// Packs the code box does not wait for: past HCPCS releases (editions with
// an end date answer only for earlier dates) and the fee schedules (only
// the price needs them). They load after the page is ready, one group at a
// time; body[data-NAME] says when a group is in ("loaded" or "failed").
async function loadLater(base, name, editions, failure) {
  try {
    for (const edition of editions) {
      try {
        billcode.loadPack(await siteFile(edition.pack, { baseUrl: base, readFile }));
      } catch (error) {
        throw new Error(`${edition.pack}: ${error.message.replace(/^billcode: /, '')}`);
      }
    }
    document.body.dataset[name] = 'loaded';
    update();
    refreshBill();
    renderData();
  } catch (error) {
    document.body.dataset[name] = 'failed';
    document.getElementById('versions').append(` ${failure} (${error.message}).`);
  }
}

// The claim checker, bill explainer and Data panel. Their modules come
// after the code box, which works on without them; body[data-panels] says
// whether they loaded.
async function setUpPanels(manifest, needTables) {
  let modules;
  try {
    modules = await Promise.all([import('./bill-explainer.js'), import('./claim-form.js'),
      import('./data-panel.js')]);
  } catch (error) {
    document.body.dataset.panels = 'failed';
    document.getElementById('versions').append(' The claim checker, bill explainer and Data panel '
      + `could not be loaded (${error.message}); reloading the page tries again.`);
    return;
  }
  const [{ setupBillExplainer }, { setupClaimForm }, { loadStoredPacks, setupDataPanel }] = modules;
  // Tables the user added in the Data panel, kept in this browser.
  const { loaded: stored, dropped } = await loadStoredPacks(billcode);
  const packs = [...manifest.map((entry) => entry.pack), ...stored.map((record) => record.bytes)];
  const claims = setupClaimForm(billcode, { packs, needTables });
  refreshBill = setupBillExplainer({
    explainBill: async (input, options) => {
      await needTables();
      return claims.explainBill(input, options);
    },
    showCode,
    unzip: (file, options) => billcode.unzip(file, options),
  });
  renderData = setupDataPanel(billcode, {
    stored,
    dropped,
    importFiles: claims.importFiles,
    addPtp: claims.addPtp,
    onImported: (records) => {
      // The worker has them already; a new worker loads them with the rest.
      packs.push(...records.map((record) => record.bytes));
      update();
      refreshBill();
    },
  });
  document.getElementById('check-claim').disabled = false;
  document.getElementById('explain-bill').disabled = false;
  document.body.dataset.panels = 'loaded';
}

const FEE_KINDS = ['pfs', 'gpci', 'zip5', 'clfs', 'oppscap', 'anes'];
// The single-file page (scripts/offline.mjs) carries its module and packs;
// this page has its wasm and HCPCS release under way (startedFile).
const readFile = globalThis.billcodeEmbedded?.readFile ?? startedFile;

// What index.html's first script started for `path` (its compiled wasm or
// its bytes), handed over once so that the page keeps no copy; undefined,
// to have it fetched, for other files or when that failed.
async function startedFile(path) {
  const started = globalThis.billcodeStarted;
  const href = new URL(path, import.meta.url).href;
  const file = started?.get(href);
  started?.delete(href);
  return file?.catch(() => undefined);
}

// Offline: the service worker keeps the site (not from file://, where
// browsers allow none). A new build waits until the user accepts a reload.
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    registration.addEventListener('updatefound', () => {
      const next = registration.installing;
      next?.addEventListener('statechange', () => {
        if (next.state !== 'installed' || !navigator.serviceWorker.controller) return;
        const notice = document.getElementById('update-notice');
        notice.hidden = false;
        notice.querySelector('button').addEventListener('click', () => {
          navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
          next.postMessage({ type: 'skip-waiting' });
        }, { once: true });
      });
    });
  }).catch(() => {});  // the page still works online
}

// The pack list the build wrote into the page (no request to wait for);
// null in a page without it, such as the single-file build.
function pageManifest() {
  const text = document.getElementById('pack-manifest')?.textContent.trim();
  return text ? JSON.parse(text) : null;
}

dateInput.value = today();
try {
  const base = new URL('./', import.meta.url);
  const manifest = pageManifest() ?? await packManifest({ baseUrl: base, readFile });
  // The code box needs only the current HCPCS release (without its long
  // descriptions, a pack of their own): it is usable as soon as that is
  // in. The long descriptions follow, then past releases, then the fee
  // schedules; the tables of claims and bills when a claim or bill first
  // needs them. body[data-descriptions|history|prices|tables] says when
  // each group is in.
  const releases = ['hcpcs', 'hcpcs-long-descriptions'];
  const current = manifest.filter((entry) => entry.kind === 'hcpcs' && !entry.to);
  const currentLong = manifest.filter((entry) => entry.kind === 'hcpcs-long-descriptions' && !entry.to);
  const past = manifest.filter((entry) => releases.includes(entry.kind) && entry.to);
  const fees = manifest.filter((entry) => FEE_KINDS.includes(entry.kind));
  const tables = manifest.filter((entry) => !releases.includes(entry.kind) && !fees.includes(entry));
  billcode = await load({
    baseUrl: base,
    readFile,
    packs: current.map((entry) => entry.pack),
    onProgress: ({ done, total }) => { stateLine.textContent = `Loading the code tables… (${done} of ${total})`; },
  });
  // The current release's long descriptions come first (its code card
  // shows the short one until then), then past releases and the fee
  // schedules, so that typing never waits on the network.
  const descriptions = loadLater(base, 'descriptions', currentLong,
    'The full CMS descriptions could not be loaded: the short ones are shown');
  descriptions
    .then(() => loadLater(base, 'history', past,
      'Older HCPCS releases could not be loaded: codes are checked against the current one'))
    .then(() => loadLater(base, 'prices', fees, 'The Medicare fee schedules could not be loaded'));
  // The claim and diagnosis tables load when first needed: for a claim
  // checked or a bill explained on this page (the worker loads its own).
  let tablesLoading = null;
  needTables = () => (tablesLoading ??= loadLater(base, 'tables', tables,
    'The claim and diagnosis tables could not be loaded'));
  const [release] = billcode.versions().filter((version) => version.kind === 'hcpcs-level2');
  document.getElementById('versions').textContent = release
    ? `HCPCS Level II release ${release.edition} (${release.codes} codes, ${release.modifiers} modifiers).`
    : 'No HCPCS release loaded.';
  codeInput.disabled = false;
  performance.mark('billcode-code-box-usable');
  await setUpPanels(manifest, needTables);
  await descriptions;
  document.body.dataset.ready = 'true';
  performance.mark('billcode-ready');
  // After the page is ready: installing fetches every file of the site,
  // which would otherwise compete with what the code box waits for.
  registerServiceWorker();
  update();
  codeInput.focus({ preventScroll: true });
} catch (error) {
  // A damaged or missing file: its name is in the message; a reload fetches
  // it again.
  showError(stateLine, Object.assign(new Error(
    `The code tables could not be loaded: ${error.message.replace(/^billcode: /, '')}`),
  { reloadNeeded: true }));
  stateLine.className = 'state invalid';
}
