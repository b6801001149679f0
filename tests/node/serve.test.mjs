// The static server of scripts/serve.mjs on hostile request lines: every
// request gets an answer (400 for a malformed URL), and the server lives on;
// it sends the compressed copies the client accepts, lets browsers keep
// content-hashed files for good, answers a known ETag with 304, HEAD
// without a body, other methods with 405, and names a CORS origin only
// when asked to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';

import { serve } from '../../scripts/serve.mjs';
import { CORE_WASM, siteDir, sitePack } from './helpers.mjs';

// Sends one raw request line to 127.0.0.1:`port`; resolves to the status
// code (0 when the connection closed without one).
function rawRequest(port, target) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('close', () => resolve(Number(answer.split(' ')[1]) || 0));
    socket.on('error', () => {});
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

// A deterministic stream of URL-ish targets: percent signs, broken escapes,
// dots, slashes, NULs and high bytes.
function* fuzzedTargets(count) {
  const pieces = ['%', '%E0%A4%A', '%ZZ', '%00', '..', '/', '\\', '?', '#', 'a', '%2e%2e',
    '%C0%AF', '\u00ff', 'data', 'index.html', '%%', '~'];
  let seed = 12345;
  for (let i = 0; i < count; ++i) {
    let target = '/';
    for (let n = 0; n < 6; ++n) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      target += pieces[seed % pieces.length];
    }
    yield target;
  }
}

describe('static server', () => {
  let server;
  let port;
  before(async () => {
    server = await serve(siteDir, 0);
    port = server.address().port;
  });
  after(() => server.close());

  it('answers a malformed percent escape with 400', async () => {
    assert.equal(await rawRequest(port, '/%E0%A4%A'), 400);
    assert.equal(await rawRequest(port, '/index.html'), 200);
  });

  it('reads doubled slashes as one', async () => {
    assert.equal(await rawRequest(port, '//'), 200);
    assert.equal(await rawRequest(port, '//index.html'), 200);
    assert.equal(await rawRequest(port, '/data//manifest.json'), 200);
  });

  it('never serves a file outside the site', async () => {
    for (const target of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json']) {
      assert.notEqual(await rawRequest(port, target), 200, target);
    }
  });

  // GETs `path` with `headers`; resolves to {status, headers, body}.
  const fetchRaw = (path, headers = {}) => new Promise((done, fail) => {
    get({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode, headers: response.headers,
        body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });

  it('sends gzip to a client that accepts it, the same bytes once unzipped', async () => {
    const pack = readFileSync(join(siteDir, sitePack('hcpcs-level2')));
    const zipped = await fetchRaw(`/${sitePack('hcpcs-level2')}`, { 'accept-encoding': 'gzip' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < pack.length / 2, `${zipped.body.length} of ${pack.length}`);
    assert.deepEqual(gunzipSync(zipped.body), pack);
    const plain = await fetchRaw(`/${sitePack('hcpcs-level2')}`);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, pack);
  });

  it('sends the brotli copy the build wrote to a client that accepts it', async () => {
    const wasm = readFileSync(join(siteDir, CORE_WASM));
    const answer = await fetchRaw(`/${CORE_WASM}`, { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(answer.headers['content-encoding'], 'br');
    assert.deepEqual(brotliDecompressSync(answer.body), wasm);
  });

  it('answers HEAD without a body and other methods with 405', async () => {
    const head = await new Promise((done) => {
      const request = get({ host: '127.0.0.1', port, path: '/index.html', method: 'HEAD' }, (response) => {
        let length = 0;
        response.on('data', (chunk) => { length += chunk.length; });
        response.on('end', () => done({ status: response.statusCode, length }));
      });
      request.end();
    });
    assert.deepEqual(head, { status: 200, length: 0 });
    const post = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => { answer += chunk; });
      socket.on('close', () => done(Number(answer.split(' ')[1])));
      socket.write('POST /index.html HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi');
    });
    assert.equal(post, 405);
  });

  it('names an allowed origin only when asked to', async () => {
    assert.equal((await fetchRaw('/index.html')).headers['access-control-allow-origin'], undefined);
    const open = await serve(siteDir, 0, { cors: '*' });
    const answer = await new Promise((done) => get({ host: '127.0.0.1', port: open.address().port,
      path: '/data/manifest.json' }, (response) => { response.resume(); done(response.headers); }));
    assert.equal(answer['access-control-allow-origin'], '*');
    open.close();
  });

  it('answers a matching If-None-Match with 304 and no body', async () => {
    const first = await fetchRaw(`/${CORE_WASM}`);
    assert.equal(first.headers['content-type'], 'application/wasm');
    const again = await fetchRaw(`/${CORE_WASM}`, { 'if-none-match': first.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    assert.equal((await fetchRaw(`/${CORE_WASM}`, { 'if-none-match': '"other"' })).status, 200);
  });

  it('lets browsers keep the content-hashed packs and wasm for good, and revalidate the rest', async () => {
    for (const path of [CORE_WASM, sitePack('hcpcs-level2'), sitePack('icd10cm')]) {
      const { headers } = await fetchRaw(`/${path}`);
      assert.equal(headers['cache-control'], 'public, max-age=31536000, immutable', path);
    }
    for (const path of ['', 'index.html', 'billcode.js', 'app.js', 'data/manifest.json', 'sw.js']) {
      const { headers } = await fetchRaw(`/${path}`);
      assert.equal(headers['cache-control'], 'no-cache', path);
    }
  });

  it('answers 300 fuzzed requests and still serves the page', async () => {
    for (const target of fuzzedTargets(300)) {
      const status = await rawRequest(port, target);
      assert.ok([200, 400, 403, 404].includes(status), `${JSON.stringify(target)} gave ${status}`);
    }
    assert.equal(await rawRequest(port, '/'), 200);
  });
});
