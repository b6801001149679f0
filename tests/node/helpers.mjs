// Shared by the Node tests: where the built site and test packs are, and the
// subset comparison the native suite uses for the case tables.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { plainName } from '../../scripts/hash-names.mjs';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const buildDir = process.env.BILLCODE_BUILD ?? join(repoRoot, 'build');
export const siteDir = join(buildDir, 'site');
export const testDataDir = join(buildDir, 'test-data');
export const fixturePack = join(testDataDir, 'hcpcs_fixture.pack');
export const fixturesDir = join(repoRoot, 'tests/fixtures');

export const { load, today, packManifest, CORE_WASM } = await import(join(siteDir, 'billcode.js'));

const manifest = JSON.parse(readFileSync(join(siteDir, 'data/manifest.json'), 'utf8'));

/**
 * The site path of the pack the build made from manifest.tsv's `name`
 * (content-hashed: data/NAME.HASH.pack).
 */
export function sitePack(name) {
  const entry = manifest.find((e) => plainName(e.pack) === `data/${name}.pack`);
  if (!entry) throw new Error(`no pack ${name} in the site's manifest`);
  return entry.pack;
}

/** The "cases" of tests/cases/NAME. */
export function loadCases(name) {
  return JSON.parse(readFileSync(join(repoRoot, 'tests/cases', name), 'utf8')).cases;
}

/** True when every key of `expected` is in `actual` with a matching value. */
export function isSubset(expected, actual) {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    return !!actual && typeof actual === 'object' && !Array.isArray(actual) &&
      Object.entries(expected).every(([key, value]) => key in actual && isSubset(value, actual[key]));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length &&
      expected.every((item, index) => isSubset(item, actual[index]));
  }
  return expected === actual;
}

/** Every key of `expected` (but name, input, date at the top) in `actual`. */
export function assertSubset(expected, actual, path = '') {
  if (expected && typeof expected === 'object' && !Array.isArray(expected) &&
      actual && typeof actual === 'object' && !Array.isArray(actual)) {
    for (const [key, value] of Object.entries(expected)) {
      if (path === '' && ['name', 'input', 'date'].includes(key)) continue;
      assert.ok(key in actual, `${path}/${key} is missing in ${JSON.stringify(actual)}`);
      assertSubset(value, actual[key], `${path}/${key}`);
    }
  } else if (Array.isArray(expected) && Array.isArray(actual) &&
             expected.length === actual.length) {
    expected.forEach((item, index) => assertSubset(item, actual[index], `${path}/${index}`));
  } else {
    assert.deepEqual(actual, expected, `at ${path}`);
  }
}
