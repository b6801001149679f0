// A small static file server for build/site on 127.0.0.1 (scripts/demo and
// the browser tests). Usage: node scripts/serve.mjs DIR [PORT]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pack': 'application/octet-stream',
  '.ts': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

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
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
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
