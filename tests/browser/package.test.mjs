// The npm package (scripts/package.mjs) installed from its tarball into a
// project of its own and used from that project's pages in headless
// Chromium: as ES modules straight from node_modules, and bundled by
// esbuild (the wasm and packs found through baseUrl, the worker script
// through workerUrl), each on the page and in a module worker.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import { serve } from '../../scripts/serve.mjs';
import { buildDir, repoRoot } from '../node/helpers.mjs';
import { launchBrowser } from './site.mjs';

const version = JSON.parse(readFileSync(join(buildDir, 'package', 'package.json'))).version;
const tarball = join(buildDir, `billcode-${version}.tgz`);

// A page's module: classifies on the page and in a worker, and leaves the
// statuses in window.answer (or the error in window.failure).
const usage = (imports, options) => `${imports}
const date = '2026-03-02';
try {
  const bc = await load(${options.page});
  const worker = await loadInWorker(${options.worker});
  window.answer = { page: bc.classify('E0114', { date }).status,
    worker: (await worker.classify('C9014', { date })).status };
  worker.terminate();
} catch (error) {
  window.failure = error.message;
}
`;

const pageOptions = "{ baseUrl: 'node_modules/billcode/', packs: ['data/hcpcs-level2.pack'] }";
const workerOptions = (extra = '') => "{ baseUrl: new URL('node_modules/billcode/', location.href).href, "
  + `packs: ['data/hcpcs-level2.pack']${extra} }`;

let project;
let server;
let browser;

async function answerOf(pagePath) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/${pagePath}`);
  await page.waitForFunction(() => window.answer || window.failure, null, { timeout: 20000 });
  const [answer, failure] = await page.evaluate(() => [window.answer, window.failure]);
  await page.close();
  assert.deepEqual(problems, []);
  assert.equal(failure, undefined);
  return answer;
}

describe('the npm package in a page', () => {
  before(async () => {
    project = mkdtempSync(join(tmpdir(), 'billcode-page-'));
    writeFileSync(join(project, 'package.json'), '{"name": "page-uses-billcode", "private": true, "type": "module"}\n');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball],
      { cwd: project });
    const html = (script) => `<!doctype html><meta charset="utf-8"><script type="module" src="${script}"></script>\n`;
    writeFileSync(join(project, 'modules.mjs'), usage(
      "import { load } from './node_modules/billcode/billcode.js';\n"
      + "import { loadInWorker } from './node_modules/billcode/worker.js';",
      { page: pageOptions, worker: workerOptions() }));
    writeFileSync(join(project, 'modules.html'), html('modules.mjs'));
    writeFileSync(join(project, 'entry.mjs'), usage(
      "import { load } from 'billcode';\nimport { loadInWorker } from 'billcode/worker';",
      { page: pageOptions, worker: workerOptions(", workerUrl: 'node_modules/billcode/billcode-worker.js'") }));
    execFileSync(join(repoRoot, 'node_modules/.bin/esbuild'), ['entry.mjs', '--bundle', '--format=esm',
      '--platform=browser', '--external:node:*', '--outfile=bundle/app.js', '--log-level=error'], { cwd: project });
    writeFileSync(join(project, 'bundled.html'), html('bundle/app.js'));
    server = await serve(project, 0);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
    rmSync(project, { recursive: true, force: true });
  });

  it('runs as ES modules from node_modules, on the page and in a worker', async () => {
    assert.deepEqual(await answerOf('modules.html'), { page: 'active', worker: 'terminated' });
  });

  it('runs bundled by esbuild, finding its files through baseUrl and workerUrl', async () => {
    assert.deepEqual(await answerOf('bundled.html'), { page: 'active', worker: 'terminated' });
  });
});
