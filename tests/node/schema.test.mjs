// data/claim.schema.json and the billcode JSON reader agree: on the fields
// (names, required, unknown ones), and, validated with a JSON Schema
// validator (ajv), on every limit, pattern and enum: what the schema
// refuses, the check reports as the error its description names.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

import { fixturesDir, load, repoRoot, siteDir, testDataDir } from './helpers.mjs';

const schema = JSON.parse(readFileSync(join(repoRoot, 'data/claim.schema.json'), 'utf8'));
const lineSchema = schema.properties.lines.items;
const sample = { string: 'x', number: 1, integer: 1, array: [] };

function exampleOf(property) {
  if (property.enum) return property.enum[0];
  if (property.oneOf || property.anyOf) return exampleOf((property.oneOf ?? property.anyOf)[0]);
  const type = [property.type].flat()[0];
  return sample[type];
}

const ajv = new Ajv2020({ allErrors: true, multipleOfPrecision: 9 });
addFormats(ajv);
const validate = ajv.compile(schema);

// A valid claim on the fixture tables, and changes that break one rule each.
const VALID = {
  payer: 'medicare', setting: 'practitioner', dateOfService: '2026-03-02', placeOfService: '11',
  diagnoses: ['E11.9'],
  lines: [{ code: 'E0114', modifiers: ['RR'], units: 1, charge: '125.00', diagnosisPointers: [1] }],
};
// Every fixture table as pack bytes.
const FIXTURE_PACKS = () => ['hcpcs_fixture', 'mue_fixture', 'aoc_fixture', 'icd10cm_fixture',
  'pos_fixture'].map((name) => new Uint8Array(readFileSync(join(testDataDir, `${name}.pack`))));
const line = (change) => ({ ...VALID, lines: [{ ...VALID.lines[0], ...change }] });
const VIOLATIONS = [
  ['payer outside the enum', { ...VALID, payer: 'medicar' }, 'payer-invalid'],
  ['setting outside the enum', { ...VALID, setting: 'hospital' }, 'setting-invalid'],
  ['a date that is no date', { ...VALID, dateOfService: '2026-02-30' }, 'date-invalid'],
  ['a place of service of three digits', { ...VALID, placeOfService: '110' }, 'pos-invalid'],
  ['13 diagnoses', { ...VALID, diagnoses: Array(13).fill('E11.9') }, 'dx-too-many'],
  ['a diagnosis of the wrong shape', { ...VALID, diagnoses: ['11.9'] }, 'dx-invalid'],
  ['51 lines', { ...VALID, lines: Array(51).fill(VALID.lines[0]) }, 'claim-too-many-lines'],
  ['five modifiers', line({ modifiers: ['RR', 'NU', 'KX', 'GA', 'GY'] }), 'modifier-too-many'],
  ['a modifier of three characters', line({ modifiers: ['RRR'] }), 'modifier-invalid'],
  ['units of 0', line({ units: 0 }), 'units-invalid'],
  ['units in hexadecimal', line({ units: '0x10' }), 'units-invalid'],
  ['units with four decimals', line({ units: '1.2345' }), 'units-invalid'],
  ['a negative charge', line({ charge: -5 }), 'charge-invalid'],
  ['a charge with three decimals', line({ charge: '12.345' }), 'charge-invalid'],
  ['a charge as an exponent', line({ charge: '1e3' }), 'charge-invalid'],
  ['a line date that is no date', line({ dateOfService: '03/02/2026' }), 'date-invalid'],
  ['a pointer past 12', line({ diagnosisPointers: [13] }), 'dx-pointer'],
  ['five pointers', line({ diagnosisPointers: [1, 1, 1, 1, 1] }), 'dx-pointer'],
  ['an NPI of nine digits', { ...VALID, providers: [{ role: 'billing', npi: '123456789' }] },
    'npi-invalid'],
  ["a line's NPI with letters", line({ providers: [{ role: 'rendering', npi: '12345678AB' }] }),
    'npi-invalid'],
];

describe('claim.schema.json', () => {
  let bc;
  before(async () => { bc = await load({ baseUrl: siteDir, packs: [] }); });

  it('lists every field the reader accepts, and the reader accepts every one', () => {
    const claim = Object.fromEntries(Object.entries(schema.properties)
      .filter(([name]) => name !== 'lines').map(([name, p]) => [name, exampleOf(p)]));
    claim.lines = [Object.fromEntries(Object.entries(lineSchema.properties)
      .map(([name, p]) => [name, exampleOf(p)]))];
    const parsed = bc.parseClaim(JSON.stringify(claim));
    assert.equal(parsed.usable, true, JSON.stringify(parsed));
    assert.deepEqual(Object.keys(parsed.claim).sort(), Object.keys(schema.properties).sort());
    assert.deepEqual(Object.keys(parsed.claim.lines[0]).sort(),
      Object.keys(lineSchema.properties).sort());
  });

  it('rejects what the schema does not list, as additionalProperties false says', () => {
    assert.equal(schema.additionalProperties, false);
    assert.equal(lineSchema.additionalProperties, false);
    const parsed = bc.parseClaim('{"lines": [{"code": "E0114", "qty": 1}], "patient": "x"}');
    assert.equal(parsed.usable, false);
    assert.deepEqual(parsed.errors.map((e) => e.location).sort(), ['$.lines[0].qty', '$.patient']);
  });

  it('validates the billcode JSON fixture and every format read into billcode JSON', () => {
    assert.ok(validate(VALID), ajv.errorsText(validate.errors));
    for (const name of ['sample.json', 'sample.fhir.json', 'sample.837p.txt', 'sample.csv']) {
      const parsed = bc.parseClaim(readFileSync(join(fixturesDir, 'claims', name), 'utf8'));
      assert.equal(parsed.usable, true, name);
      assert.ok(validate(parsed.claim), `${name}: ${ajv.errorsText(validate.errors)}`);
    }
  });

  it('refuses each violation that the check reports as an error', async () => {
    const fixtures = await load({ baseUrl: siteDir, packs: FIXTURE_PACKS() });
    const errors = (claim) => fixtures.checkClaim(claim, { today: '2026-11-27' }).findings
      .filter((f) => f.severity === 'error').map((f) => f.rule);
    assert.deepEqual(errors(VALID), []);
    for (const [name, claim, rule] of VIOLATIONS) {
      assert.equal(validate(claim), false, `the schema accepts ${name}`);
      assert.ok(errors(claim).includes(rule), `${name}: expected ${rule}, got ${errors(claim)}`);
    }
  });

  it('requires a code on every line, as the schema does', () => {
    assert.deepEqual(lineSchema.required, ['code']);
    assert.equal(bc.parseClaim('{"lines": [{}]}').errors[0].location, '$.lines[0].code');
  });
});
