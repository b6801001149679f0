// A small static file server for build/site on 127.0.0.1 (scripts/demo and
// the browser tests): content-hashed files (scripts/hash-names.mjs: the
// packs and the wasm) may be kept for good (`immutable`), the others are
// revalidated; an ETag per file (size and time) answered with 304 on a
// match, so a reload does not fetch them again; the brotli or gzip
// copy the build wrote beside a file (scripts/compress.mjs) when the client
// accepts it, else gzip on the fly for types not already compressed;
// GET and HEAD only; 400 for a malformed URL; an optional CORS origin;
// bounded header and request times. Our own 100 lines: sirv and
// serve-static would add a dependency for the same behaviour, and the tests
// pin down ours (tests/node/serve.test.mjs).
// Usage: node scripts/serve.mjs DIR [PORT] [--cors ORIGIN]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

import { HASHED_NAME } from './hash-names.mjs';

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
const COMPRESSED = new Set(['.gz', '.br', '.png', '.jpg', '.jpeg', '.gif', '.webp']);

async function fileInfo(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 = any free port); resolves to the
 * server. options.cors: the origin allowed to read the files ('*' for any).
 */
export function serve(root, port = 8080, options = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const plain = { 'content-type': 'text/plain' };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...plain, allow: 'GET, HEAD' }).end('method not allowed');
      return;
    }
    let path;
    try {
      // Appended, not resolved: a target starting "//" is a path, not a host.
      path = decodeURIComponent(new URL(`http://localhost${request.url}`).pathname);
    } catch {
      response.writeHead(400, plain).end('bad request');
      return;
    }
    if (path.includes('\0')) {
      response.writeHead(400, plain).end('bad request');
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
      response.writeHead(404, plain).end('not found');
      return;
    }
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'accept-encoding',
    };
    if (options.cors) headers['access-control-allow-origin'] = options.cors;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    let body = file;
    let onTheFly = false;
    if (/\bbr\b/.test(accepted) && await fileInfo(`${file}.br`)) {
      headers['content-encoding'] = 'br';
      body = `${file}.br`;
    } else if (/\bgzip\b/.test(accepted) && !COMPRESSED.has(extname(file))) {
      headers['content-encoding'] = 'gzip';
      if (await fileInfo(`${file}.gz`)) body = `${file}.gz`;
      else onTheFly = true;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(body).on('error', () => response.destroy());
    (onTheFly ? stream.pipe(createGzip()) : stream).pipe(response);
  });
  server.headersTimeout = 10000;
  server.requestTimeout = 60000;
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const corsAt = args.indexOf('--cors');
  const cors = corsAt >= 0 ? args.splice(corsAt, 2)[1] : process.env.BILLCODE_CORS;
  const [root = 'build/site', port = process.env.PORT ?? '8080'] = args;
  const server = await serve(root, Number(port), { cors });
  console.log(`billcode is served at http://127.0.0.1:${server.address().port}/ (Ctrl-C stops it)`);
}
