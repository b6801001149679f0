// Writes a brotli (.br) and a gzip (.gz) copy beside every file of SITE
// that is not already compressed (and whose copies are older than it), for
// scripts/serve.mjs (or any server that serves precompressed files) to send
// as the client accepts.
// Usage: node scripts/compress.mjs SITE
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const SKIP = new Set(['.gz', '.br', '.png', '.jpg', '.jpeg', '.gif', '.webp']);

function walk(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let raw = 0;
let brotli = 0;
for (const path of walk(process.argv[2])) {
  if (SKIP.has(extname(path))) continue;
  const fresh = ['.br', '.gz'].every((suffix) => existsSync(path + suffix) &&
    statSync(path + suffix).mtimeMs >= statSync(path).mtimeMs);
  if (fresh) continue;
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  brotli += br.length;
}
console.log(`compressed: ${(raw / 1048576).toFixed(1)} MB to ${(brotli / 1048576).toFixed(1)} MB brotli`);
