// The built page asks at once for what its code box waits for: app.js and
// every module of its static imports, the wasm and the current HCPCS
// release — each a file the site holds, the release the one
// data/manifest.json names — and carries that pack list itself. The packs
// and the wasm are named by their content.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

import { HASHED_NAME } from '../../scripts/hash-names.mjs';
import { CORE_WASM, siteDir } from './helpers.mjs';

const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
const links = (rel) => [...html.matchAll(new RegExp(`<link rel="${rel}" href="([^"]+)"`, 'g'))]
  .map((match) => match[1]);

// The modules app.js imports, and what they import, from the site itself.
function staticImports(file, seen = new Set()) {
  const code = readFileSync(join(siteDir, file), 'utf8');
  for (const [, path] of code.matchAll(/^import [^;]*? from '\.\/([^']+)';/gms)) {
    if (!seen.has(path)) {
      seen.add(path);
      staticImports(path, seen);
    }
  }
  return seen;
}

describe('the page preloads what the code box waits for', () => {
  it('preloads app.js and every module it imports, and nothing else', () => {
    assert.deepEqual(new Set(links('modulepreload')), new Set(['app.js', ...staticImports('app.js')]));
  });

  it("preloads the manifest's current HCPCS release", () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'data/manifest.json'), 'utf8'));
    const current = manifest.filter((entry) => entry.kind === 'hcpcs' && !entry.to);
    assert.equal(current.length, 1);
    assert.ok(links('preload').includes(current[0].pack), `${current[0].pack} is not preloaded`);
  });

  it('lists each HCPCS release with its long descriptions, which it does not preload', () => {
    const manifest = JSON.parse(readFileSync(join(siteDir, 'data/manifest.json'), 'utf8'));
    const releases = manifest.filter((entry) => entry.kind === 'hcpcs');
    const long = manifest.filter((entry) => entry.kind === 'hcpcs-long-descriptions');
    assert.deepEqual(long.map((entry) => entry.edition), releases.map((entry) => entry.edition));
    for (const entry of long) assert.ok(!links('preload').includes(entry.pack), entry.pack);
  });

  it('carries data/manifest.json as its #pack-manifest, not to be fetched', () => {
    const [, text] = html.match(/<script type="application\/json" id="pack-manifest">(.*?)<\/script>/);
    const manifest = JSON.parse(readFileSync(join(siteDir, 'data/manifest.json'), 'utf8'));
    assert.deepEqual(JSON.parse(text), manifest);
    assert.ok(!links('preload').includes('data/manifest.json'));
  });

  it('preloads only files the site holds', () => {
    for (const path of [...links('preload'), ...links('modulepreload')]) {
      assert.ok(existsSync(join(siteDir, path)), `${path} is not in the site`);
    }
  });
});

describe("the page's policy", () => {
  it("lets its inline scripts run by their SHA-256, and nothing else inline", () => {
    const [, policy] = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
    const scriptSources = policy.split(';').map((part) => part.trim().split(/\s+/))
      .find(([name]) => name === 'script-src').slice(1);
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
      .map(([, code]) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    assert.equal(inline.length, 1);
    assert.deepEqual(scriptSources, ["'self'", "'wasm-unsafe-eval'", ...inline]);
  });
});

describe('the site names its packs and wasm by their content', () => {
  const manifest = JSON.parse(readFileSync(join(siteDir, 'data/manifest.json'), 'utf8'));

  it('names each by the first 10 hex digits of its SHA-256', () => {
    for (const path of [CORE_WASM, ...manifest.map((entry) => entry.pack)]) {
      const hash = createHash('sha256').update(readFileSync(join(siteDir, path))).digest('hex');
      assert.match(path, HASHED_NAME);
      assert.ok(path.endsWith(`.${hash.slice(0, 10)}${path.slice(path.lastIndexOf('.'))}`), path);
    }
  });

  it('holds no pack or wasm the manifest and the module do not name', () => {
    const named = new Set([CORE_WASM, ...manifest.map((entry) => entry.pack)]);
    const held = [...readdirSync(siteDir), ...readdirSync(join(siteDir, 'data')).map((name) => `data/${name}`)]
      .filter((path) => /\.(pack|wasm)$/.test(path));
    assert.deepEqual(held.filter((path) => !named.has(path)), []);
  });
});
