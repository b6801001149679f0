// Writes SITE/precache.js for the service worker (web/sw.js): the build's
// version and [path, content hash] of every file kept offline — the page,
// module, data packs and the PDF reader; not the photo reader (14 MB, loaded
// from the network when first used) nor the type declarations.
// Usage: node scripts/precache.mjs SITE
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const site = process.argv[2];
const LEFT_OUT = [/^vendor\/tesseract\//, /\.d\.ts$/, /^precache\.js$/, /^sw\.js$/, /\.map$/,
  /\.br$/, /\.gz$/];

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(site)
  .map((path) => relative(site, path).split(sep).join('/'))
  .filter((path) => !LEFT_OUT.some((pattern) => pattern.test(path)))
  .sort()
  .map((path) => [path, createHash('sha256').update(readFileSync(join(site, path))).digest('hex').slice(0, 16)]);
const version = createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);
writeFileSync(join(site, 'precache.js'),
  `// Written by scripts/precache.mjs: the files web/sw.js keeps offline.\nself.PRECACHE = ${JSON.stringify({ version, files })};\n`);
console.log(`precache.js: ${files.length} files, version ${version}`);
