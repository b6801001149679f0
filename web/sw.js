// The service worker: keeps the site (page, module, data packs, the PDF
// reader) so that it opens and works without a network. Files are cached
// by content hash from precache.js, which the build writes; a new build
// fetches only the files whose hash changed, and takes over when the page
// asks (after the user accepts the reload) or when no tab uses the old one.
/* global self, caches, importScripts */
importScripts('./precache.js');

const { version, files } = self.PRECACHE;
const CACHE = `billcode-${version}`;
const HASH = new Map(files.map(([path, hash]) => [path, hash]));
const scope = new URL(self.registration.scope);

// The cache key of a file of this build: its path and content hash.
function keyOf(path) {
  return new URL(`${path}?sha=${HASH.get(path)}`, scope).href;
}

async function precache() {
  const cache = await caches.open(CACHE);
  for (const [path] of files) {
    const key = keyOf(path);
    if (await cache.match(key)) continue;
    const earlier = await caches.match(key);  // unchanged since another build
    const response = earlier ?? await fetch(new URL(path, scope), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    await cache.put(key, response);
  }
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) {
    if (name.startsWith('billcode-') && name !== CACHE) await caches.delete(name);
  }
  await self.clients.claim();
})()));

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== scope.origin) return;
  let path = url.pathname.slice(scope.pathname.length);
  if (path === '') path = 'index.html';
  if (!HASH.has(path)) return;  // not kept offline (the photo reader): network
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    return (await cache.match(keyOf(path))) ?? fetch(event.request);
  })());
});
