// billcode.d.ts: its unions match the C++ enum tables, and a TypeScript
// program using the API type-checks against it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';

import { load, repoRoot, siteDir } from './helpers.mjs';

const declarations = readFileSync(join(repoRoot, 'wasm/billcode.d.ts'), 'utf8');

function unionMembers(name) {
  const match = declarations.match(new RegExp(`export type ${name} =([^;]*);`));
  assert.ok(match, `type ${name} is declared`);
  return [...match[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

describe('billcode.d.ts', () => {
  let names;
  before(async () => { names = (await load({ baseUrl: siteDir, packs: [] })).names; });

  for (const [type, key] of [['CodeKind', 'codeKind'], ['Shape', 'shape'],
                             ['Problem', 'problem'], ['LookupStatus', 'lookupStatus'],
                             ['Rule', 'rule'], ['Severity', 'severity'],
                             ['CheckState', 'checkState'], ['Payer', 'payer'],
                             ['Setting', 'setting'], ['ClaimFormat', 'claimFormat'],
                             ['ClaimForm', 'claimForm'], ['BillItemKind', 'billItemKind'],
                             ['BillFlag', 'billFlag'], ['DateSource', 'dateSource'],
                             ['TableKind', 'tableKind'], ['OtherCodeKind', 'otherCodeKind']]) {
    it(`${type} lists exactly the C++ names`, () => {
      assert.deepEqual(unionMembers(type), names[key]);
    });
  }

  it('type-checks a program that uses the API', () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022',
      '--module', 'es2022', '--moduleResolution', 'bundler',
      join(repoRoot, 'tests/node/api-usage.ts')], { stdio: 'pipe' });
  });
});
