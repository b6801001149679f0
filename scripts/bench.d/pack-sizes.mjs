// Each data pack's gzip size against its official source's (target: at
// most the source's), and the current HCPCS release against 250 KB. A
// release's long descriptions are a pack of their own: the two together are
// held against the one source.
// Usage: node pack-sizes.mjs SITE SHARED_DATA MANIFEST_TSV
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

import { plainName } from '../hash-names.mjs';

const [site, shared, manifestTsv] = process.argv.slice(2);
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
// Bytes below 10 KB, where a rounded KB would hide a pack a few bytes over.
const kb = (bytes) => (bytes < 10240 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} KB`);
const sources = new Map(readFileSync(manifestTsv, 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#') && !line.startsWith('pack\t'))
  .map((line) => line.split('\t'))
  .map(([pack, , file]) => [pack, file]));

console.log(`${'pack (gzip -9) against its source'.padEnd(44)} ${'pack'.padStart(9)} ${'source'.padStart(9)}`);
const manifest = JSON.parse(readFileSync(join(site, 'data/manifest.json'), 'utf8'));
// The site path of the pack named `name` in manifest.tsv (content-hashed).
const sitePath = (name) => manifest.find((entry) => plainName(entry.pack) === `data/${name}.pack`).pack;
for (const entry of manifest) {
  if (entry.kind === 'hcpcs-long-descriptions') continue;
  const name = plainName(entry.pack).replace(/^data\//, '').replace(/\.pack$/, '');
  let packed = gzip(readFileSync(join(site, entry.pack)));
  let label = name;
  if (entry.kind === 'hcpcs') {
    const long = gzip(readFileSync(join(site, sitePath(`${name}-long-descriptions`))));
    if (!entry.to) {
      console.log(`${`${name}: records (target < 250 KB)`.padEnd(44)} ${kb(packed).padStart(9)}`);
      console.log(`${`${name}: long descriptions (target < 250 KB)`.padEnd(44)} ${kb(long).padStart(9)}`);
    }
    packed += long;
    label = `${name} + long descriptions`;
  }
  const source = gzip(readFileSync(join(shared, sources.get(name))));
  console.log(`${label.padEnd(44)} ${kb(packed).padStart(9)} ${kb(source).padStart(9)}  ${packed <= source ? 'ok' : 'OVER'}`);
}
