// A straightforward pure-JS classifier and lookup (regular expressions and a
// Map over the same CMS release), written only to compare with the wasm
// module in scripts/bench. Not part of the product.
import { readFileSync } from 'node:fs';

const LEVEL2 = /^[ABCEGHJKLMPQRSTUV]\d{4}$/;
const CPT = /^\d{4}[\dFTUM]$/;
const CDT = /^D\d{4}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

function date(text) {
  return /^\d{8}$/.test(text) ? Number(text) : 0;
}

/** Map from code to {shortDescription, longDescription, added, termination}. */
export function readRelease(path) {
  const records = new Map();
  let last = null;
  for (const line of readFileSync(path, 'latin1').split(/\r?\n/)) {
    const id = line[10];
    const code = line.slice(0, 5).trim();
    if (id === '3' || id === '7') {
      last = {
        code,
        longDescription: line.slice(11, 91).trim(),
        shortDescription: line.slice(91, 119).trim(),
        crossReferences: (line.slice(204, 229).match(/.{5}/g) ?? []).map((x) => x.trim()).filter(Boolean),
        added: date(line.slice(268, 276)),
        termination: date(line.slice(284, 292)),
      };
      records.set(code, last);
    } else if ((id === '4' || id === '8') && last?.code === code) {
      last.longDescription += ` ${line.slice(11, 91).trim()}`;
    }
  }
  return records;
}

/** Classifies and looks up one text on `day` (YYYYMMDD number). */
export function classify(records, text, day) {
  const [code = '', ...modifiers] = text.trim().toUpperCase().split(/[\s:-]+/);
  let kind = 'none';
  if (LEVEL2.test(code)) kind = 'hcpcs-level2';
  else if (CPT.test(code)) kind = 'cpt';
  else if (CDT.test(code)) kind = 'cdt';
  else if (MODIFIER.test(code)) kind = 'modifier';
  let status = kind === 'none' ? 'invalid' : 'no-data';
  const record = records.get(code) ?? null;
  if (kind === 'hcpcs-level2' || (kind === 'modifier' && /[A-Z]/.test(code))) {
    if (!record) status = 'unknown';
    else if (record.added && day < record.added) status = 'not-yet-effective';
    else if (record.termination && day > record.termination) status = 'terminated';
    else status = 'active';
  }
  // The summary fields of classifyBatch() (the section is left null: the
  // baseline has no section table).
  return {
    input: text, code, modifiers, kind, status, section: null,
    shortDescription: record?.shortDescription ?? null,
    replacements: status === 'terminated' ? record.crossReferences : [],
  };
}
