// Gives the site's data packs and wasm core content-hashed names
// (data/NAME.HASH.pack, billcode-core.HASH.wasm; HASH: the first 10 hex
// digits of their SHA-256), so that a server may let browsers keep them for
// good (scripts/serve.mjs sends them `immutable`): a build that changes a
// file changes its name. Rewrites the names where the site refers to them —
// the pack manifest, billcode.js (CORE_WASM), index.html's preload links
// and its copy of the manifest — and removes the hashed files (and
// compressed copies) of earlier builds.
// Usage: node scripts/hash-names.mjs SITE
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A hashed file name: NAME.HASH.pack or NAME.HASH.wasm. */
export const HASHED_NAME = /\.[0-9a-f]{10}\.(pack|wasm)$/;

/** The name a hashed file had before (data/x.0123456789.pack -> data/x.pack). */
export function plainName(path) {
  return path.replace(HASHED_NAME, '.$1');
}

const CORE_WASM = 'billcode-core.wasm';
const MANIFEST = 'data/manifest.json';
// index.html's copy of the pack list, read by the page without a request.
const PAGE_MANIFEST = '<script type="application/json" id="pack-manifest"></script>';

// JSON to place inside a script element: no "<" to end it early.
function inlineJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

// Renames the file at `path` (relative to `site`) to its hashed name, or
// drops it when a file of that name (same content) is there already, whose
// compressed copies then stay valid. Returns the hashed name.
function hashName(site, path) {
  const hash = createHash('sha256').update(readFileSync(join(site, path))).digest('hex').slice(0, 10);
  const hashed = path.replace(/\.(pack|wasm)$/, `.${hash}.$1`);
  if (existsSync(join(site, hashed))) rmSync(join(site, path));
  else renameSync(join(site, path), join(site, hashed));
  return hashed;
}

// Replaces each [from, to] in the file at `path`; `from` must be there once.
function rewrite(path, pairs) {
  let text = readFileSync(path, 'utf8');
  for (const [from, to] of pairs) {
    if (text.split(from).length !== 2) throw new Error(`${path}: expected ${from} once`);
    text = text.replace(from, () => to);
  }
  writeFileSync(path, text);
}

// Removes from `folder` the hashed files not in `kept`, and the compressed
// copies of packs and wasm files that are gone.
function removeOld(site, folder, kept) {
  for (const name of readdirSync(join(site, folder))) {
    const path = folder === '.' ? name : `${folder}/${name}`;
    const file = path.replace(/\.(br|gz)$/, '');
    const old = HASHED_NAME.test(file) ? !kept.has(file)
      : /\.(pack|wasm)$/.test(file) && file !== path && !existsSync(join(site, file));
    if (old) rmSync(join(site, path));
  }
}

function main(site) {
  const manifest = JSON.parse(readFileSync(join(site, MANIFEST), 'utf8'));
  const renamed = new Map([[CORE_WASM, hashName(site, CORE_WASM)]]);
  for (const entry of manifest) {
    if (!renamed.has(entry.pack)) renamed.set(entry.pack, hashName(site, entry.pack));
    entry.pack = renamed.get(entry.pack);
  }
  const kept = new Set(renamed.values());
  removeOld(site, '.', kept);
  removeOld(site, 'data', kept);
  writeFileSync(join(site, MANIFEST),
    `[\n${manifest.map((entry) => `  ${JSON.stringify(entry)}`).join(',\n')}\n]\n`);
  rewrite(join(site, 'billcode.js'), [[`const CORE_WASM = '${CORE_WASM}';`,
    `const CORE_WASM = '${renamed.get(CORE_WASM)}';`]]);
  const html = readFileSync(join(site, 'index.html'), 'utf8');
  rewrite(join(site, 'index.html'), [...renamed].filter(([from]) => html.includes(`href="${from}"`))
    .map(([from, to]) => [`href="${from}"`, `href="${to}"`])
    .concat([[PAGE_MANIFEST, PAGE_MANIFEST.replace('><', `>${inlineJson(manifest)}<`)]]));
  console.log(`hashed names: ${renamed.size} files`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv[2]);
