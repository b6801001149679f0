// Writes OUT/billcode-offline.html: the page as one file that works opened
// from file:// (a classroom without a server or a network). Its script is
// the page's modules bundled by esbuild and inlined; the wasm core and the
// packs a lookup, a claim and a bill need (current HCPCS, ICD-10-CM, MUE,
// add-on, place of service, the current fee schedules) ride inside it,
// gzip-compressed and base64-encoded, and are unpacked by the browser's
// DecompressionStream. What needs a worker or another file (claim batches,
// PTP files, imports, PDF and photo bills) says it cannot run there.
// Usage: node scripts/offline.mjs SITE OUT
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const [site, out] = process.argv.slice(2).map((path) => resolve(path));
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CARRIED = ['hcpcs', 'hcpcs-long-descriptions', 'icd10cm', 'mue', 'aoc', 'pos', 'pfs', 'gpci',
  'zip5', 'clfs'];

const manifest = JSON.parse(readFileSync(join(site, 'data/manifest.json'), 'utf8'))
  .filter((entry) => CARRIED.includes(entry.kind))
  // The newest edition of each table: past HCPCS releases and fee
  // schedules stay behind (they end; the current one does not).
  .filter((entry) => !entry.to || !['hcpcs', 'hcpcs-long-descriptions', 'pfs'].includes(entry.kind));
const { CORE_WASM } = await import(pathToFileURL(join(site, 'billcode.js')).href);
const files = { [CORE_WASM]: readFileSync(join(site, CORE_WASM)),
  'data/manifest.json': Buffer.from(JSON.stringify(manifest)) };
for (const entry of manifest) files[entry.pack] = readFileSync(join(site, entry.pack));
const carried = Object.fromEntries(Object.entries(files)
  .map(([path, bytes]) => [path, gzipSync(bytes, { level: 9 }).toString('base64')]));

const bundle = execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(site, 'app.js'), '--bundle',
  '--format=esm', '--minify', '--external:node:*', '--log-level=error'], { maxBuffer: 64 * 1024 * 1024 }).toString();
const boot = `const FILES = ${JSON.stringify(carried)};
globalThis.billcodeEmbedded = {
  async readFile(path) {
    const text = FILES[path];
    if (!text) return undefined;
    const packed = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  },
};`;
const inline = (code) => code.replace(/<\/script/gi, '<\\/script');

let html = readFileSync(join(site, 'index.html'), 'utf8');
html = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '<meta http-equiv="Content-Security-Policy" '
    + 'content="default-src \'none\'; script-src \'unsafe-inline\' \'wasm-unsafe-eval\'; '
    + 'style-src \'unsafe-inline\'; img-src data:; connect-src data: blob:; base-uri \'none\'; '
    + 'form-action \'none\'">')
  .replace(/<link rel="manifest"[^>]*>\n?/, '')
  // The page carries its files: nothing to fetch or compile ahead.
  .replace(/<!-- What the code box waits for[\s\S]*?-->\n/, '')
  .replace(/<link rel="(?:module)?preload"[^>]*>\n/g, '')
  .replace(/<!-- Compiles the wasm[\s\S]*?-->\n<script>[\s\S]*?<\/script>\n/, '')
  // Its pack list is the one it carries (data/manifest.json above).
  .replace(/<script type="application\/json" id="pack-manifest">.*<\/script>\n/, '')
  // Functions as replacements: the bundle holds "$&" and the like.
  .replace('<link rel="stylesheet" href="style.css">',
    () => `<style>${readFileSync(join(site, 'style.css'), 'utf8')}</style>`)
  .replace('<script type="module" src="app.js"></script>',
    () => `<script>${inline(boot)}</script>\n<script type="module">${inline(bundle)}</script>`);
if (html.includes('id="pack-manifest"')) throw new Error('index.html: its pack list was not removed');
if (html.includes('<script>\nglobalThis.billcodeStarted')) {
  throw new Error('index.html: the script that starts its downloads was not removed');
}
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'billcode-offline.html'), html);
console.log(`billcode-offline.html: ${(html.length / 1048576).toFixed(1)} MB, ${manifest.length} packs`);
