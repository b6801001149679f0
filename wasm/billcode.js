// billcode: what a U.S. medical billing code is, answered inside the page.
// ES module over the WebAssembly core. Every result is a plain object; no
// result needs .delete(). Misuse (a text that is not a string, a bad date)
// throws an Error with a message; bad codes come back as results with a
// problem.
import createBillcodeCore from './billcode-core.js';

/**
 * The list of data packs the build made from data/manifest.tsv, relative
 * to baseUrl: [{pack, kind, edition, from?, to?, setting?}].
 */
export const MANIFEST = 'data/manifest.json';

const DEFAULT_COMPLETIONS = 8;
// checkClaims() calls onProgress after every this many claims.
const PROGRESS_EVERY = 100;
/** The largest claim text or file the module reads unless load() says otherwise. */
export const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const isNode = typeof process === 'object' && !!process.versions?.node &&
    typeof window === 'undefined';

async function resolveBase(baseUrl) {
  if (baseUrl === undefined) return new URL('./', import.meta.url);
  if (baseUrl instanceof URL) baseUrl = baseUrl.href;
  if (typeof baseUrl !== 'string') {
    throw new TypeError('billcode: baseUrl must be a string or a URL');
  }
  const withSlash = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  if (isNode && !SCHEME.test(baseUrl)) {
    const { pathToFileURL } = await import('node:url');
    const { resolve } = await import('node:path');
    return pathToFileURL(`${resolve(baseUrl)}/`);
  }
  return new URL(withSlash, globalThis.location?.href);
}

async function readBytes(url) {
  if (url.protocol === 'file:' && isNode) {
    const { readFile } = await import('node:fs/promises');
    try {
      return new Uint8Array(await readFile(url));
    } catch (error) {
      throw new Error(`billcode: cannot read ${url.pathname}: ${error.message}`);
    }
  }
  return new Uint8Array(await (await fetchOk(url)).arrayBuffer());
}

async function fetchOk(url) {
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`billcode: cannot fetch ${url}: ${error.message}`);
  }
  if (!response.ok) {
    throw new Error(`billcode: cannot fetch ${url}: HTTP ${response.status}`);
  }
  return response;
}

function pad(number) {
  return String(number).padStart(2, '0');
}

/** Today's date in the local time zone, as YYYY-MM-DD. */
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function dateOption(options) {
  const date = options?.date;
  if (date === undefined || date === null) return today();
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new Error('billcode: date is an invalid Date');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  if (typeof date !== 'string') {
    throw new TypeError('billcode: date must be a YYYY-MM-DD string or a Date');
  }
  return date;
}

function requireText(text, what = 'text') {
  if (typeof text !== 'string') {
    throw new TypeError(`billcode: ${what} must be a string, not ${typeof text}`);
  }
  return text;
}

const FORMATS = ['auto', 'json', 'fhir', 'x12', 'csv', 'cms1500', 'ub04'];

function claimInput(claimOrText, options) {
  const format = options.format ?? 'auto';
  if (!FORMATS.includes(format)) {
    throw new RangeError(`billcode: format must be one of ${FORMATS.join(', ')}`);
  }
  if (typeof claimOrText === 'string') return { text: claimOrText, format };
  if (claimOrText && typeof claimOrText === 'object' && !Array.isArray(claimOrText)) {
    return { text: JSON.stringify(claimOrText), format: 'json' };
  }
  throw new TypeError('billcode: a claim must be an object or text');
}

// {code: 'CPT_CODE'} as the core's "code=CPT_CODE" list.
function columnMap(columns) {
  if (columns === undefined) return '';
  if (!columns || typeof columns !== 'object' || Array.isArray(columns)) {
    throw new TypeError('billcode: columns must be an object {field: header}');
  }
  return Object.entries(columns).map(([field, header]) => {
    if (typeof header !== 'string' || header.includes(',') || header.includes('=')) {
      throw new TypeError(`billcode: the header of ${field} must be text without , or =`);
    }
    return `${field}=${header}`;
  }).join(',');
}

// options.detail: 'summary' or 'full', `fallback` when not given.
function detailOption(options, fallback = 'full') {
  const detail = options?.detail ?? fallback;
  if (detail !== 'summary' && detail !== 'full') {
    throw new RangeError("billcode: detail must be 'summary' or 'full'");
  }
  return detail;
}

function optionText(options, name) {
  const value = options[name] ?? '';
  if (typeof value !== 'string') throw new TypeError(`billcode: ${name} must be a string`);
  return value;
}

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();
// Texts longer than this are encoded to their exact bytes first; shorter
// ones straight into the module's memory, with room for 3 bytes a unit.
const ENCODE_IN_PLACE_UNITS = 1 << 20;

// Parses the core's JSON answer (text, or a view of its UTF-8 bytes in the
// module's memory, read at once); its {"error": ...} objects become Errors.
function answer(json) {
  const value = JSON.parse(typeof json === 'string' ? json : utf8Decoder.decode(json));
  if (value && !Array.isArray(value) && typeof value.error === 'string') {
    throw new Error(`billcode: ${value.error}`);
  }
  return value;
}

// The bytes of a deflated ZIP member, inflated by the platform's own
// DecompressionStream (browsers, workers and Node 20); null when they
// would pass `most` bytes (the stream is stopped there).
async function inflateRaw(bytes, most) {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.length;
    if (total > most) {
      reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(read.value);
  }
  const joined = new Uint8Array(total);
  chunks.reduce((at, chunk) => (joined.set(chunk, at), at + chunk.length), 0);
  return joined;
}

// The summary fields of a full lookup result (classifyBatch's shape).
function summaryOf(result) {
  return {
    input: result.input, code: result.code, modifiers: result.modifiers, kind: result.kind,
    status: result.status, section: result.section?.id ?? null,
    shortDescription: result.record?.shortDescription ?? null,
    replacements: result.replacements.map((replacement) => replacement.code),
  };
}

function megabytes(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// The module aborts when memory runs out (wasm memory is bounded); after
// that it cannot be used again.
function isOutOfMemory(error) {
  return error instanceof WebAssembly.RuntimeError ||
    /Aborted|OOM|Cannot enlarge memory|out of memory/i.test(String(error?.message ?? error));
}

// Bits of SummarizeBatch's first word per text (wasm/batch_summaries.h).
const HAS_CODE = 1 << 28;
const HAS_MODIFIERS = 1 << 29;
const HAS_REPLACEMENTS = 1 << 30;

// Batches repeat codes: the distinct texts of `texts`, and for each text
// the number of its distinct one.
function distinctTexts(texts) {
  const numbers = new Map();
  const slots = new Uint32Array(texts.length);
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    if (typeof text !== 'string') requireText(text, `texts[${i}]`);
    let slot = numbers.get(text);
    if (slot === undefined) {
      slot = numbers.size;
      numbers.set(text, slot);
    }
    slots[i] = slot;
  }
  return { distinct: [...numbers.keys()], slots };
}

// The summary of each text, from those of the distinct texts: a text's
// first result is its distinct one, and repeats get copies.
function inOrder(shared, slots) {
  const used = new Uint8Array(shared.length);
  const results = new Array(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    const summary = shared[slot];
    if (used[slot]) {
      results[i] = copySummary(summary);
    } else {
      used[slot] = 1;
      results[i] = summary;
    }
  }
  return results;
}

// `text` cut into pieces of the given lengths (UTF-16 units).
function splitByLengths(text, lengths) {
  const pieces = new Array(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) pieces[i] = text.slice(at, (at += lengths[i]));
  return pieces;
}

function copySummary(summary) {
  const { modifiers, replacements } = summary;
  return {
    input: summary.input, code: summary.code, modifiers: modifiers.length ? modifiers.slice() : [],
    kind: summary.kind, status: summary.status, section: summary.section,
    shortDescription: summary.shortDescription,
    replacements: replacements.length ? replacements.slice() : [],
  };
}

class Billcode {
  #core;
  // Section ids and records SummarizeBatch numbered, in its generation.
  #numbered = { generation: -1, sections: [], records: [] };
  #maxInputBytes;
  #stopped = false;

  constructor(core, maxInputBytes) {
    this.#core = core;
    this.#maxInputBytes = maxInputBytes;
    /** Wire names of every enum, from the C++ tables. */
    this.names = Object.freeze(JSON.parse(core.enumNames()));
  }

  /**
   * What `text` is as a billing code, and its status on options.date; with
   * options.detail 'summary', classifyBatch()'s lean result for it.
   */
  classify(text, options) {
    if (detailOption(options) === 'summary') {
      return this.classifyBatch([requireText(text)], options)[0];
    }
    return answer(this.#core.lookup(requireText(text), dateOption(options)));
  }

  /** The same shape as classify(), for a code the caller already has. */
  lookup(code, options) {
    return answer(this.#core.lookup(requireText(code, 'code'), dateOption(options)));
  }

  /**
   * classify() for many texts in one call, results in the same order. With
   * options.detail 'summary' (the default) each result is {input, code,
   * modifiers, kind, status, section (its id), shortDescription,
   * replacements (codes)}, passed without JSON; 'full' gives classify()'s
   * whole shape.
   */
  classifyBatch(texts, options = {}) {
    if (!Array.isArray(texts)) throw new TypeError('billcode: texts must be an array');
    const detail = detailOption(options, 'summary');
    const { distinct, slots } = distinctTexts(texts);
    // The distinct texts cross once, joined by U+001E: a text holding one
    // takes the JSON path.
    if (detail === 'full' || texts.length === 0 || distinct.some((text) => text.includes('\x1e'))) {
      return answer(this.#core.lookupBatch(JSON.stringify(texts), dateOption(options)))
        .map((result) => (detail === 'full' ? result : summaryOf(result)));
    }
    const date = dateOption(options);
    const summaries = this.#withBytes(distinct.join('\x1e'), (address, size) =>
      this.#core.summarizeBatch(address, size, date));
    if (summaries.error) throw new Error(`billcode: ${summaries.error}`);
    return inOrder(this.#decodeSummaries(distinct, summaries), slots);
  }

  // The summaries of `texts` from SummarizeBatch's answer
  // (wasm/batch_summaries.h): the sections and records it numbers are kept
  // here for the next answers.
  #decodeSummaries(texts, summaries) {
    const { items, lengths, text } = summaries;
    if (summaries.generation !== this.#numbered.generation) {
      this.#numbered = { generation: summaries.generation, sections: this.#numbered.sections, records: [] };
    }
    const { sections, records } = this.#numbered;
    const strings = splitByLengths(text, lengths);
    let next = 0;
    for (let i = 0; i < summaries.newSections; i++) sections.push(strings[next++]);
    for (let i = 0; i < summaries.newRecords; i++, next += 2) {
      records.push({ code: strings[next], shortDescription: strings[next + 1] || null });
    }
    const kinds = this.names.codeKind;
    const statuses = this.names.lookupStatus;
    const results = new Array(texts.length);
    for (let i = 0; i < texts.length; i++) {
      const word = items[2 * i];
      const number = items[2 * i + 1];
      const record = number ? records[number - 1] : null;
      const section = (word >>> 16) & 0xfff;
      results[i] = {
        input: texts[i],
        code: record ? record.code : (word & HAS_CODE ? strings[next++] : null),
        modifiers: word & HAS_MODIFIERS ? strings[next++].split(',') : [],
        kind: kinds[word & 0xff],
        status: statuses[(word >>> 8) & 0xff],
        section: section ? sections[section - 1] : null,
        shortDescription: record ? record.shortDescription : null,
        replacements: word & HAS_REPLACEMENTS ? strings[next++].split(',') : [],
      };
    }
    return results;
  }

  /** The as-you-type state: shape, what is missing, completions. */
  typing(text, options) {
    const limit = options?.limit ?? DEFAULT_COMPLETIONS;
    if (!Number.isInteger(limit) || limit < 0) {
      throw new RangeError('billcode: limit must be a whole number, 0 or more');
    }
    return answer(this.#core.typing(requireText(text), dateOption(options), limit));
  }

  /** A few plain sentences for a patient. */
  explain(code, options) {
    return answer(this.#core.explain(requireText(code, 'code'), dateOption(options)));
  }

  /**
   * What a code of a bill that is no procedure code is (a diagnosis, a
   * revenue code, an NDC, an adjustment reason, a remark code, a place of
   * service), in plain words; null for text of none of those shapes.
   */
  explainOtherCode(text, options) {
    return answer(this.#core.explainOtherCode(requireText(text), dateOption(options)));
  }

  /**
   * What Medicare pays for a code on a date (Physician or Clinical Lab Fee
   * Schedule): nationally, and in the locality of options.zip or
   * options.locality ("MAC:NN"); for options.placeOfService the amount that
   * applies. Or the plain reason there is none.
   */
  price(code, options = {}) {
    const zip = optionText(options, 'zip');
    const locality = optionText(options, 'locality');
    const place = optionText(options, 'placeOfService');
    if (zip && !/^\d{5}$/.test(zip)) throw new RangeError('billcode: zip must be five digits');
    if (place && !/^\d{2}$/.test(place)) {
      throw new RangeError('billcode: placeOfService must be two digits');
    }
    return answer(this.#core.price(requireText(code, 'code'), dateOption(options), zip, locality, place));
  }

  /** Every table loaded: HCPCS releases (newest first), then the others. */
  versions() {
    return answer(this.#core.versions());
  }

  /**
   * Checks a claim: a billcode JSON object, or text in any format (billcode
   * JSON, FHIR R4 Claim, X12 837P, CSV). Returns the report, or for input
   * that cannot be read {usable: false, errors}.
   */
  checkClaim(claimOrText, options = {}) {
    const { text, format } = claimInput(claimOrText, options);
    this.#checkSize(text.length, 'claim');
    return this.#call(() => this.#withBytes(text, (address, size) => this.#core.checkClaim(
      address, size, format, optionText(options, 'payer'), optionText(options, 'setting'),
      dateOption({ date: options.today }))));
  }

  /**
   * Checks every claim of a file (text or bytes), each on its own:
   * {claims: [{id, source, usable, payer, setting, errors, report}], summary}.
   */
  checkClaims(input, options = {}) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
    if (typeof bytes !== 'string' && !(bytes instanceof Uint8Array)) {
      throw new TypeError('billcode: claims must be text or a Uint8Array');
    }
    const { format } = claimInput('', options);
    this.#checkSize(bytes.length, 'claim file');
    const progress = options.onProgress;
    if (progress !== undefined && typeof progress !== 'function') {
      throw new TypeError('billcode: onProgress must be a function');
    }
    const claims = [];
    const summary = this.#call(() => this.#withBytes(bytes, (address, size) =>
      this.#core.checkClaims(address, size, format, optionText(options, 'payer'),
        optionText(options, 'setting'), dateOption({ date: options.today }),
        columnMap(options.columns), (json) => {
          claims.push(JSON.parse(json));
          if (progress && claims.length % PROGRESS_EVERY === 0) progress(claims.length);
        })));
    return { claims, summary };
  }

  /**
   * Finds every code on a bill, itemized statement or Explanation of
   * Benefits (text, or the bytes of a text, CSV or FHIR JSON file) and
   * explains each: {items: [{...item, explanation, lookup, price, flags}],
   * summary, questions, notes, problems, uncodedLines, payer, checks,
   * notices}.
   * options.date is used when the bill shows no date of service (else
   * options.today, else today); options.zip gives local Medicare prices.
   */
  explainBill(input, options = {}) {
    const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
    if (typeof bytes !== 'string' && !(bytes instanceof Uint8Array)) {
      throw new TypeError('billcode: a bill must be text or a Uint8Array');
    }
    this.#checkSize(bytes.length, 'bill');
    const zip = optionText(options, 'zip');
    if (zip && !/^\d{5}$/.test(zip)) throw new RangeError('billcode: zip must be five digits');
    const date = options.date === undefined || options.date === null || options.date === ''
      ? '' : dateOption(options);
    return this.#call(() => this.#withBytes(bytes, (address, size) => this.#core.explainBill(
      address, size, date, zip, optionText(options, 'payer'), dateOption({ date: options.today }))));
  }

  /**
   * A file as its members: a ZIP archive's files ({file: 'a.zip:b.txt',
   * name: 'b.txt', path: 'dir/b.txt', bytes} or {file, error}), anything
   * else itself. options.only(path) picks the members to unpack;
   * options.maxBytes refuses a member larger unpacked (a ZIP bomb).
   */
  async unzip({ name, bytes }, options = {}) {
    this.#checkSize(bytes.length, 'file');
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return [{ file: name, name, bytes }];
    const listing = JSON.parse(this.#withBytes(bytes, (address, size) =>
      this.#core.zipMembers(address, size)));
    if (listing.error) return [{ file: name, error: listing.error }];
    const most = options.maxBytes ?? Infinity;
    const members = [];
    for (const member of listing.members.filter(({ name: path }) => options.only?.(path) ?? true)) {
      const stored = bytes.subarray(member.offset, member.offset + member.compressedSize);
      const where = `${name}:${member.name}`;
      const unpacked = { file: where, name: member.name.split('/').pop(), path: member.name };
      if (member.method !== 0 && member.method !== 8) {
        members.push({ file: where, error: 'compressed with a method other than deflate' });
        continue;
      }
      try {
        const inflated = member.size > most ? null
          : member.method === 8 ? await inflateRaw(stored, most) : stored.slice();
        members.push(inflated ? { ...unpacked, bytes: inflated }
          : { file: where, error: `is larger than ${megabytes(most)} unpacked` });
      } catch {
        members.push({ file: where, error: 'cannot be unpacked: its compressed data is damaged' });
      }
    }
    return members;
  }

  /**
   * Imports official files as CMS and CDC publish them (ZIP archives are
   * opened; record layouts and other companion files are passed over) and
   * loads each table: one entry per file or member, {file, kind, edition,
   * effectiveFrom, effectiveTo, records, skipped, ..., pack} (pack: the
   * data pack's bytes, to keep and load again), {file, passedOver} or
   * {file, error}. options: kind, edition, from, to, setting (for a file
   * whose name does not say them); kind 'cpt' reads a licensed CPT
   * descriptor file the user holds, with cptColumns {code, descriptor}
   * (header names or 1-based numbers) when its header is not recognised;
   * onProgress(done, total).
   */
  async importFiles(files, options = {}) {
    if (!Array.isArray(files)) throw new TypeError('billcode: files must be an array of {name, bytes}');
    const results = [];
    const queue = [];
    for (const [index, file] of files.entries()) {
      if (typeof file?.name !== 'string' || !(file.bytes instanceof Uint8Array)) {
        throw new TypeError(`billcode: files[${index}] must be {name: string, bytes: Uint8Array}`);
      }
      for (const member of await this.unzip(file)) {
        if (member.error) results.push({ file: member.file, error: member.error });
        else queue.push(member);
      }
    }
    for (const [done, item] of queue.entries()) {
      const kind = options.kind ?? this.#withBytes(item.bytes, (address, size) =>
        this.#core.detectKind(item.name, address, size));
      if (!kind) {
        results.push({ file: item.file, passedOver: 'not a file billcode reads' });
      } else {
        let pack = null;
        let summary;
        try {
          summary = this.#call(() => {
            const imported = this.#withBytes(item.bytes, (address, size) => this.#core.importFile(
              address, size, item.name, kind, options.edition ?? '',
              options.from ?? '', options.to ?? '', options.setting ?? '',
              String(options.cptColumns?.code ?? ''), String(options.cptColumns?.descriptor ?? '')));
            pack = imported.pack ?? null;
            return imported.summary ?? JSON.stringify({ error: imported.error });
          });
        } catch (error) {
          if (error.reloadNeeded) throw error;
          results.push({ file: item.file, error: error.message.replace(/^billcode: /, '') });
          options.onProgress?.(done + 1, queue.length);
          continue;
        }
        results.push({ file: item.file, ...summary, pack });
      }
      options.onProgress?.(done + 1, queue.length);
    }
    return results;
  }

  /** Reads a claim in any format into billcode JSON: {usable, format, claim}. */
  parseClaim(text, options = {}) {
    const { format } = claimInput(requireText(text), options);
    this.#checkSize(text.length, 'claim');
    return this.#call(() => this.#withBytes(text, (address, size) =>
      this.#core.parseClaim(address, size, format)));
  }

  /** Loads the CMS PTP edits file the user supplies (bytes of the text file). */
  loadPtp(bytes, name = 'PTP file') {
    if (!(bytes instanceof Uint8Array)) {
      throw new TypeError('billcode: a PTP file must be a Uint8Array');
    }
    this.#checkSize(bytes.length, 'PTP file');
    requireText(name, 'name');
    return this.#call(() => this.#withBytes(bytes, (address, size) =>
      this.#core.loadPtp(address, size, name)));
  }

  /** Adds a data pack (bytes of a .pack file); returns {edition}. */
  loadPack(bytes) {
    if (!(bytes instanceof Uint8Array)) {
      throw new TypeError('billcode: a data pack must be a Uint8Array');
    }
    return this.#call(() => this.#withBytes(bytes, (address, size) =>
      this.#core.loadPack(address, size)));
  }

  // Copies `data` (bytes, or a string as UTF-8) into the module's memory for
  // one call, work(address, size), and frees it after: one copy, where
  // Embind 3.1.6 copies a Uint8Array argument byte by byte in JS.
  #withBytes(data, work) {
    const core = this.#core;
    const input = typeof data === 'string' && data.length > ENCODE_IN_PLACE_UNITS
      ? utf8Encoder.encode(data) : data;
    const isText = typeof input === 'string';
    const most = isText ? input.length * 3 : input.length;
    const address = core._malloc(Math.max(most, 1));
    if (!address) throw new Error('billcode: out of memory for this input');
    try {
      // HEAPU8 is read after _malloc: growing the memory replaces it.
      const heap = core.HEAPU8.subarray(address, address + most);
      let size = most;
      if (isText) size = utf8Encoder.encodeInto(input, heap).written;
      else heap.set(input);
      return work(address, size);
    } finally {
      core._free(address);
    }
  }

  // Refuses input larger than the limit of load({maxInputBytes}).
  #checkSize(size, what) {
    if (size > this.#maxInputBytes) {
      throw new RangeError(`billcode: the ${what} is ${megabytes(size)}; this page reads at most ` +
        `${megabytes(this.#maxInputBytes)} (load option maxInputBytes)`);
    }
  }

  // Runs one call of the module; running out of memory stops the module
  // for good, and says so: error.reloadNeeded is true.
  #call(work) {
    if (this.#stopped) {
      throw Object.assign(new Error('billcode: the module ran out of memory earlier; reload the page'),
        { reloadNeeded: true });
    }
    let json;
    try {
      json = work();
    } catch (error) {
      if (!isOutOfMemory(error)) throw error;
      this.#stopped = true;
      throw Object.assign(new Error('billcode: this input needs more memory than the page may use ' +
        '(1 GB); reload the page, and split the input into smaller files'), { reloadNeeded: true });
    }
    return answer(json);
  }
}

// The bytes of `path` (relative to `base`): from options.readFile when it
// has them (a page that carries its files, a bundler's loader), else
// fetched or read from disk.
async function readFile(options, base, path) {
  const own = await options?.readFile?.(path);
  if (own !== undefined && own !== null) return own instanceof Uint8Array ? own : new Uint8Array(own);
  return readBytes(new URL(path, base));
}

/**
 * Path of the wasm core relative to baseUrl. The site build gives it a
 * content-hashed name (scripts/hash-names.mjs), as it does the packs.
 */
export const CORE_WASM = 'billcode-core.wasm';

// The module's factory options: a module options.readFile compiled (the
// page starts that before its modules run); in a browser fetching it, the
// wasm compiled while it downloads (WebAssembly.compileStreaming; a server
// that does not send application/wasm gets the byte path); else its bytes.
async function compileCore(options, base) {
  const own = await options?.readFile?.(CORE_WASM);
  if (own instanceof WebAssembly.Module) return instantiatedFrom(own);
  if (own !== undefined && own !== null) {
    return { wasmBinary: own instanceof Uint8Array ? own : new Uint8Array(own) };
  }
  const url = new URL(CORE_WASM, base);
  if (isNode || url.protocol === 'file:' || typeof WebAssembly.compileStreaming !== 'function') {
    return { wasmBinary: await readBytes(url) };
  }
  const response = await fetchOk(url);
  return instantiatedFrom(response.headers.get('Content-Type')?.startsWith('application/wasm')
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await response.arrayBuffer()));
}

// Factory options that instantiate a compiled module.
function instantiatedFrom(module) {
  return {
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module));
      return {};
    },
  };
}

async function readManifest(base, options) {
  const bytes = await readFile(options, base, MANIFEST);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new Error(`billcode: ${MANIFEST} is not JSON: ${error.message}`);
  }
}

/** The packs of the build's manifest (see MANIFEST) at baseUrl (or options.readFile). */
export async function packManifest(options = {}) {
  return readManifest(await resolveBase(options.baseUrl), options);
}

/**
 * The bytes of a file of the site: a data pack's path from the manifest,
 * CORE_WASM ... (options.readFile first, like load()).
 */
export async function siteFile(path, options = {}) {
  return readFile(options, await resolveBase(options.baseUrl), path);
}

/**
 * Loads the module and its data packs. In a browser they are fetched from
 * baseUrl (default: the folder of this file), all at once; in Node, read
 * from disk; options.readFile(path) may give any of them itself (bytes,
 * for CORE_WASM also a compiled WebAssembly.Module, or undefined to fetch).
 * options.onProgress({step, done, total}) hears of each file as it arrives.
 */
export async function load(options = {}) {
  const maxInputBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (!Number.isInteger(maxInputBytes) || maxInputBytes < 1) {
    throw new RangeError('billcode: maxInputBytes must be a whole number above 0');
  }
  const base = await resolveBase(options.baseUrl);
  const packs = options.packs ?? (await readManifest(base, options)).map((entry) => entry.pack);
  if (!Array.isArray(packs)) throw new TypeError('billcode: packs must be an array');
  const total = packs.length + 1;
  const progress = (step, done) => options.onProgress?.({ step, done, total });

  let done = 0;
  const fetched = (step) => (bytes) => {
    progress(step, ++done);
    return bytes;
  };
  const names = packs.map((pack, index) => (pack instanceof Uint8Array ? `packs[${index}]` : pack));
  // Every file is fetched at once; the packs are then loaded in order.
  const [wasm, ...packBytes] = await Promise.all([
    compileCore(options, base).then(fetched(CORE_WASM)),
    ...packs.map((pack, index) => (pack instanceof Uint8Array
      ? Promise.resolve(pack) : readFile(options, base, pack)).then(fetched(names[index]))),
  ]);
  const billcode = new Billcode(await createBillcodeCore(wasm), maxInputBytes);
  packBytes.forEach((bytes, index) => {
    try {
      billcode.loadPack(bytes);
    } catch (error) {
      throw new Error(`${error.message} (${names[index]})`);
    }
  });
  return billcode;
}
