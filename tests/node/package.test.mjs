// The npm package built by scripts/package.mjs: installed from its tarball
// into a project of its own, then used from Node and through a bundler
// (esbuild), finding its wasm and packs by baseUrl.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { buildDir, repoRoot } from './helpers.mjs';

const tarball = join(buildDir, `billcode-${JSON.parse(readFileSync(join(buildDir, 'package', 'package.json'))).version}.tgz`);
let project;

function run(file) {
  return execFileSync(process.execPath, [file], { cwd: project }).toString().trim();
}

describe('the npm package', () => {
  before(() => {
    project = mkdtempSync(join(tmpdir(), 'billcode-package-'));
    writeFileSync(join(project, 'package.json'), '{"name": "uses-billcode", "private": true, "type": "module"}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
      { cwd: project });
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('declares its exports, types, engines and files', () => {
    const pkg = JSON.parse(readFileSync(join(project, 'node_modules/billcode/package.json')));
    assert.deepEqual(Object.keys(pkg.exports), ['.', './worker', './billcode-worker.js', './billcode-core.wasm',
      './data/*', './package.json']);
    assert.equal(pkg.types, './billcode.d.ts');
    assert.equal(pkg.engines.node, '>=20');
    assert.ok(existsSync(join(project, 'node_modules/billcode/NOTICE.md')));
    assert.ok(existsSync(join(project, 'node_modules/billcode/data/hcpcs-level2.pack')));
  });

  it('runs from Node by its package name, finding its own files', () => {
    writeFileSync(join(project, 'node.mjs'), `import { load } from 'billcode';
const bc = await load({ packs: ['data/hcpcs-level2.pack'] });
console.log(bc.classify('E0114', { date: '2026-03-02' }).status);\n`);
    assert.equal(run('node.mjs'), 'active');
  });

  it('bundles with esbuild, the files found through baseUrl', () => {
    writeFileSync(join(project, 'entry.mjs'), `import { load } from 'billcode';
const bc = await load({ baseUrl: 'node_modules/billcode', packs: ['data/hcpcs-level2.pack'] });
console.log(bc.classifyBatch(['E0114', 'C9014'], { date: '2026-03-02' }).map((r) => r.status).join(','));\n`);
    execFileSync(join(repoRoot, 'node_modules/.bin/esbuild'), ['entry.mjs', '--bundle', '--format=esm',
      '--platform=node', '--outfile=bundle/app.mjs', '--log-level=error'], { cwd: project });
    assert.equal(run('bundle/app.mjs'), 'active,terminated');
  });
});
