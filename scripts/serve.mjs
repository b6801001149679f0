// A small static file server for build/site on 127.0.0.1 (scripts/demo and
// the browser tests): an ETag per file (size and time) answered with 304 on
// a match, so a reload does not fetch the packs again, and gzip for every
// type not already compressed when the client accepts it (packs shrink
// about 5 times).
// Usage: node scripts/serve.mjs DIR [PORT]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pack': 'application/octet-stream',
  '.ts': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.gz': 'application/gzip',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
};
// Already compressed: sent as they are.
const COMPRESSED = new Set(['.gz', '.png', '.jpg', '.jpeg', '.gif', '.webp']);

/** Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to the server. */
export function serve(root, port = 8080) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    if (path.includes('\0')) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    let info;
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      info = await stat(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
      vary: 'accept-encoding',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') &&
      !COMPRESSED.has(extname(file));
    if (gzip) headers['content-encoding'] = 'gzip';
    response.writeHead(200, headers);
    const body = createReadStream(file).on('error', () => response.destroy());
    (gzip ? body.pipe(createGzip()) : body).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'build/site', port = process.env.PORT ?? '8080'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`billcode is served at http://127.0.0.1:${server.address().port}/ (Ctrl-C stops it)`);
}
