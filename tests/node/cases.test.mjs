// The case tables of the native suite, through the JS API.
import { describe, it, before } from 'node:test';

import { assertSubset, fixturePack, load, loadCases, siteDir } from './helpers.mjs';
import { readFileSync } from 'node:fs';

describe('classify cases (tests/cases/classify.json)', () => {
  let bc;
  before(async () => { bc = await load({ baseUrl: siteDir, packs: [] }); });
  for (const c of loadCases('classify.json')) {
    it(c.name, () => assertSubset(c, bc.classify(c.input, { date: '2026-03-02' })));
  }
});

describe('lookup cases (tests/cases/lookup.json)', () => {
  let bc;
  before(async () => {
    bc = await load({ baseUrl: siteDir, packs: [new Uint8Array(readFileSync(fixturePack))] });
  });
  for (const c of loadCases('lookup.json')) {
    it(c.name, () => assertSubset(c, bc.lookup(c.input, { date: c.date })));
  }
});
