// Builds the npm package of billcode from the built site: build/package/
// (the ES module, its worker API, types, the wasm core and the data packs)
// and build/billcode-VERSION.tgz by `npm pack`. Not published.
// Usage: node scripts/package.mjs SITE OUT
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { plainName } from './hash-names.mjs';

const [site, out] = process.argv.slice(2).map((path) => resolve(path));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = '0.1.0';
const FILES = ['billcode.js', 'billcode.d.ts', 'billcode-core.js', 'billcode-core.wasm', 'worker.js',
  'worker.d.ts', 'billcode-worker.js'];

// The site names its packs and wasm by content (scripts/hash-names.mjs);
// the package keeps their plain names, for bundlers to name as they will.
const { CORE_WASM, load } = await import(pathToFileURL(join(site, 'billcode.js')).href);
const manifest = JSON.parse(readFileSync(join(site, 'data', 'manifest.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'data'), { recursive: true });
for (const file of FILES) cpSync(join(site, file === plainName(CORE_WASM) ? CORE_WASM : file), join(out, file));
writeFileSync(join(out, 'billcode.js'), readFileSync(join(site, 'billcode.js'), 'utf8')
  .replace(`'${CORE_WASM}'`, `'${plainName(CORE_WASM)}'`));
for (const entry of manifest) cpSync(join(site, entry.pack), join(out, plainName(entry.pack)));
writeFileSync(join(out, 'data', 'manifest.json'),
  `${JSON.stringify(manifest.map((entry) => ({ ...entry, pack: plainName(entry.pack) })), null, 1)}\n`);

writeFileSync(join(out, 'package.json'), `${JSON.stringify({
  name: 'billcode',
  version: VERSION,
  description: 'What a U.S. medical billing code is, claim checks and bill explanations, '
    + 'entirely on the device: a C++ core compiled to WebAssembly, with the CMS tables as data packs.',
  type: 'module',
  main: './billcode.js',
  types: './billcode.d.ts',
  exports: {
    '.': { types: './billcode.d.ts', default: './billcode.js' },
    './worker': { types: './worker.d.ts', default: './worker.js' },
    './billcode-worker.js': './billcode-worker.js',
    './billcode-core.wasm': './billcode-core.wasm',
    './data/*': './data/*',
    './package.json': './package.json',
  },
  files: [...FILES, 'data/', 'NOTICE.md'],
  engines: { node: '>=20' },
  sideEffects: false,
  // The project has not chosen a licence for its code yet: not for
  // publishing until it does. The data notices are in NOTICE.md.
  license: 'UNLICENSED',
}, null, 2)}\n`);

// The notices the sources ask to keep, as the packs carry them.
const versions = (await load({ baseUrl: site })).versions();
const notices = [...new Set(versions.map((version) => version.notice?.replace(/\s+/g, ' ').trim())
  .filter(Boolean))];
writeFileSync(join(out, 'NOTICE.md'), [
  '# Data in this package',
  '',
  `The data packs in \`data/\` were compiled from official public releases (${manifest.length} editions: `
    + `${manifest.map((entry) => `${entry.kind} ${entry.edition}`).join(', ')}).`,
  '',
  '- HCPCS Level II codes and descriptions, ICD-10-CM and the Place of Service code set: CMS and CDC, '
    + 'U.S. government works in the public domain.',
  '- NCCI edits and the Medicare fee schedules list CPT codes by number. CPT is a registered trademark '
    + 'of the American Medical Association; the notice CMS publishes with those tables follows, and must '
    + 'be shown wherever their content is used. No CPT or CDT descriptor is included.',
  '',
  ...notices.map((notice) => `> ${notice}\n`),
  '',
].join('\n'));

const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dirname(out)], { cwd: out })
  .toString().trim().split('\n').pop();
console.log(`npm package: ${join(dirname(out), tarball)}`);
