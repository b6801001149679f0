// The data packs the user imported, kept in this browser's IndexedDB (and
// nowhere else). Our own few lines over the IndexedDB API: the page has no
// bundler, and a store of whole records by key is all it needs.

const DATABASE = 'billcode';
const STORE = 'packs';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const database = await open();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = work(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request?.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser refused to store it'));
    });
  } finally {
    database.close();
  }
}

/** Every stored pack: [{key, file, name, kind, edition, effectiveFrom, effectiveTo, records, bytes}]. */
export async function storedPacks() {
  try {
    return (await run('readonly', (store) => store.getAll())) ?? [];
  } catch {
    return [];  // storage disabled (private window): nothing kept
  }
}

/** Keeps a pack under its kind and edition (a newer import of the same replaces it). */
export function keepPack(record) {
  return run('readwrite', (store) => store.put(record));
}

export function forgetPack(key) {
  return run('readwrite', (store) => store.delete(key));
}
