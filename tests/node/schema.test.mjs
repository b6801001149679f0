// data/claim.schema.json and the billcode JSON reader accept the same fields.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { load, repoRoot, siteDir } from './helpers.mjs';

const schema = JSON.parse(readFileSync(join(repoRoot, 'data/claim.schema.json'), 'utf8'));
const lineSchema = schema.properties.lines.items;
const sample = { string: 'x', number: 1, integer: 1, array: [] };

function exampleOf(property) {
  if (property.enum) return property.enum[0];
  const type = [property.type].flat()[0];
  return sample[type];
}

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

  it('requires a code on every line, as the schema does', () => {
    assert.deepEqual(lineSchema.required, ['code']);
    assert.equal(bc.parseClaim('{"lines": [{}]}').errors[0].location, '$.lines[0].code');
  });
});
