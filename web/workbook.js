// The cells of an Excel workbook (.xlsx) as tab-separated text, sheet by
// sheet, so that a bill or a claim export saved from Excel is read as its
// CSV would be. The module's unzip() opens the ZIP (the core reads its
// directory, the platform's DecompressionStream inflates); of the XML only
// what a cell's value needs is read here: shared strings, number formats
// (dates and amounts) and the sheets' cells. Written here rather than with
// a library because that subset is small: a general xlsx reader would add
// hundreds of KB to read values only.

// The most a part may inflate to: a sheet of a bill or claim export is
// far smaller; a ZIP bomb stops here.
const MOST_PART_BYTES = 64 * 1024 * 1024;

/** Whether `bytes` are a ZIP that holds a workbook (an xl/ part). */
export function isWorkbook(bytes) {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3 || bytes[3] !== 4) {
    return false;
  }
  return new TextDecoder('latin1').decode(bytes.subarray(0, 4096)).includes('xl/');
}

function fail(message) {
  throw new Error(`This Excel file cannot be read: ${message}. Save the sheet as CSV and open that.`);
}

// The workbook's XML parts by path, through the module's unzip().
async function readParts(bytes, unzip) {
  const members = await unzip({ name: 'workbook', bytes }, {
    only: (path) => /^xl\/.*\.(xml|rels)$/.test(path), maxBytes: MOST_PART_BYTES,
  });
  const parts = new Map();
  const decoder = new TextDecoder();
  for (const member of members) {
    if (member.error) fail(`${member.file.replace(/^workbook:?/, '') || 'it'} ${member.error}`);
    if (member.path === undefined) fail('it is not a ZIP file');
    parts.set(member.path, decoder.decode(member.bytes));
  }
  return parts;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attribute(tag, name) {
  const found = tag.match(new RegExp(`\\s${name}="([^"]*)"`));
  return found ? unescapeXml(found[1]) : null;
}

// The text of every <t> in `xml` (a shared string's runs), without the
// phonetic guides (<rPh>) some East Asian workbooks add.
function runsText(xml) {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  return [...plain.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)]
    .map((run) => unescapeXml(run[1] ?? '')).join('');
}

function sharedStrings(xml) {
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((item) => runsText(item[1] ?? ''));
}

// Built-in number formats that show dates, and those that show amounts
// with cents (ECMA-376 part 1, 18.8.30).
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
const CENTS_FORMATS = new Set([2, 4, 7, 8, 39, 40, 43, 44]);

// How each cell style (its index in cellXfs) shows a number: 'date',
// 'cents' or 'plain'.
function numberStyles(xml) {
  if (!xml) return [];
  const custom = new Map();
  for (const [tag] of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    custom.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
  }
  const cellXfs = xml.match(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map(([tag]) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    if (DATE_FORMATS.has(id)) return 'date';
    if (CENTS_FORMATS.has(id)) return 'cents';
    // A custom format: quoted text and [colours] aside, day, month or year
    // letters make a date; "0.00" an amount.
    const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    if (/[dmy]/i.test(code) && !/^[hms:.\s0AP/M]*$/i.test(code)) return 'date';
    if (/0\.00/.test(code)) return 'cents';
    return 'plain';
  });
}

// Days since 1899-12-30 (or 1904-01-01) as MM/DD/YYYY, as U.S. bills write
// dates; the time of day is dropped.
function serialDate(serial, from1904) {
  const days = Math.floor(serial) + (from1904 ? 1462 : 0);
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  const two = (value) => String(value).padStart(2, '0');
  return `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()}`;
}

function numberText(raw, style, from1904) {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (style === 'date' && value >= 1 && value < 2958466) return serialDate(value, from1904);
  if (style === 'cents') return value.toFixed(2);
  return String(Number(value.toPrecision(15)));  // 0.1 + 0.2 stored as 0.30000000000000004
}

// "BC" -> 54: the column of a cell reference's letters (0-based).
function columnOf(reference) {
  let column = 0;
  for (const letter of reference.match(/^[A-Z]+/)?.[0] ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  return column - 1;
}

function cellValue(tag, body, { strings, styles, from1904 }) {
  const type = attribute(tag, 't') ?? 'n';
  if (type === 'inlineStr') return runsText(body);
  const raw = unescapeXml(body.match(/<v\b[^>]*>([\s\S]*?)<\/v>/)?.[1] ?? '');
  if (raw === '') return '';
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  if (type === 'n') return numberText(raw, styles[Number(attribute(tag, 's') ?? 0)], from1904);
  return raw;  // str (a formula's text), e (an error), d (an ISO date)
}

// A sheet's rows as lines of tab-separated cells; a cell's tabs and line
// breaks become spaces. Empty rows and trailing empty cells are dropped.
function sheetText(xml, context) {
  const lines = [];
  for (const [, rowBody = ''] of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const cells = [];
    for (const [, tag, body = ''] of rowBody.matchAll(/(<c\b[^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const reference = attribute(tag, 'r');
      const column = reference ? columnOf(reference) : cells.length;
      if (column < cells.length || column > 16384) continue;
      while (cells.length < column) cells.push('');
      cells.push(cellValue(tag, body, context).replace(/[\t\r\n]+/g, ' ').trim());
    }
    while (cells.length > 0 && cells.at(-1) === '') cells.pop();
    if (cells.length > 0) lines.push(cells.join('\t'));
  }
  return lines.join('\n');
}

// The workbook's sheets in their tab order: part names from the workbook
// and its relationships, else every xl/worksheets/ part by number.
function sheetParts(parts) {
  const workbook = parts.get('xl/workbook.xml');
  const relations = parts.get('xl/_rels/workbook.xml.rels');
  const targets = new Map();
  for (const [tag] of (relations ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const target = attribute(tag, 'Target') ?? '';
    targets.set(attribute(tag, 'Id'), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const named = [...(workbook ?? '').matchAll(/<sheet\b[^>]*>/g)]
    .map(([tag]) => targets.get(attribute(tag, 'r:id')))
    .filter((name) => name && parts.has(name));
  if (named.length > 0) return { names: named, from1904: /date1904="(1|true)"/.test(workbook) };
  const number = (name) => Number(name.match(/(\d+)\.xml$/)?.[1] ?? 0);
  const found = [...parts.keys()].filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  return { names: found.sort((a, b) => number(a) - number(b)), from1904: false };
}

/**
 * The cells of an .xlsx workbook as tab-separated text: each sheet's rows
 * as lines, sheets apart by a blank line (options.sheets 'all', the
 * default), or the first sheet with cells alone ('first', for a claim
 * export whose one header row must come first). options.unzip is the
 * module's unzip() (bound to it). Dates come as MM/DD/YYYY and amounts
 * formatted with cents with two decimals. Throws an Error in plain words
 * for a damaged or unreadable file.
 */
export async function workbookText(bytes, options) {
  const parts = await readParts(bytes, options.unzip);
  const { names, from1904 } = sheetParts(parts);
  if (names.length === 0) fail('it has no sheets');
  const context = {
    strings: sharedStrings(parts.get('xl/sharedStrings.xml')),
    styles: numberStyles(parts.get('xl/styles.xml')),
    from1904,
  };
  const sheets = [];
  for (const name of names) {
    const text = sheetText(parts.get(name), context);
    if (text === '') continue;
    sheets.push(text);
    if (options.sheets === 'first') break;
  }
  return sheets.join('\n\n');
}
