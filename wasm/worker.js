// billcode/worker: the same API as billcode.js, each method returning a
// promise, with the module running in a Web Worker so that the page never
// waits on it. Results are plain objects (copied across), bytes may be
// passed as Uint8Array; onProgress callbacks are relayed.
//   const bc = await loadInWorker({ baseUrl: '/billcode/' });
//   const result = await bc.classify('E0114');
//   bc.terminate();

const METHODS = ['classify', 'lookup', 'classifyBatch', 'typing', 'explain', 'explainOtherCode',
  'price', 'versions', 'checkClaim', 'checkClaims', 'parseClaim', 'loadPtp', 'loadPack', 'explainBill',
  'importFiles', 'unzip',
  // A batch report kept in the worker (billcode-worker.js).
  'checkClaimsKept', 'keptClaims', 'keptClaim'];

// Functions cannot cross to the worker: an onProgress becomes `true` there
// and its calls come back as progress messages.
function portable(args) {
  return args.map((arg) => (arg && typeof arg === 'object' && typeof arg.onProgress === 'function'
    ? { ...arg, onProgress: true } : arg));
}

function progressOf(args) {
  return args.find((arg) => arg && typeof arg === 'object' && typeof arg.onProgress === 'function')
    ?.onProgress;
}

/**
 * Starts a worker and loads billcode in it with `options` (those of load();
 * baseUrl defaults to this file's folder). options.workerUrl: where
 * billcode-worker.js is, for bundlers that move files.
 */
export async function loadInWorker(options = {}) {
  const { workerUrl, ...loadOptions } = options;
  const base = loadOptions.baseUrl ?? new URL('./', import.meta.url).href;
  const worker = new Worker(workerUrl ?? new URL('./billcode-worker.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let next = 0;
  worker.addEventListener('message', ({ data }) => {
    const call = pending.get(data.id);
    if (!call) return;
    if (data.progress) {
      call.onProgress?.(...data.progress);
      return;
    }
    pending.delete(data.id);
    if (data.error) {
      call.reject(Object.assign(new Error(data.error.message), { reloadNeeded: data.error.reloadNeeded }));
    } else {
      call.resolve(data.result);
    }
  });
  worker.addEventListener('error', (event) => {
    for (const call of pending.values()) call.reject(new Error(event.message || 'billcode: the worker failed'));
    pending.clear();
  });
  let stopped = false;
  const call = (method, args) => new Promise((resolve, reject) => {
    if (stopped) {
      reject(new Error('billcode: the worker was stopped'));
      return;
    }
    const id = next++;
    pending.set(id, { resolve, reject, onProgress: progressOf(args) });
    worker.postMessage({ id, method, args: portable(args) });
  });
  const { names } = await call('load', [{ ...loadOptions, baseUrl: String(base) }]);
  const api = { names, terminate: () => {
    stopped = true;
    worker.terminate();
    for (const waiting of pending.values()) waiting.reject(new Error('billcode: the worker was stopped'));
    pending.clear();
  } };
  for (const method of METHODS) api[method] = (...args) => call(method, args);
  return api;
}
