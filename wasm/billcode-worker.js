// The module worker behind billcode/worker (worker.js): loads billcode here
// and answers the page's calls, so that no call blocks the page. Messages:
// {id, method: 'load', args: [options]} then {id, method, args}; answers
// {id, result} or {id, error: {message, name, reloadNeeded}}; a call whose
// options had onProgress gets {id, progress: [...arguments]} on the way.
import { load } from './billcode.js';

let billcode = null;

// Options with their onProgress replaced by a relay to the page.
function withProgress(id, args, relay) {
  return args.map((arg) => (arg && typeof arg === 'object' && arg.onProgress === true
    ? { ...arg, onProgress: (...values) => relay({ id, progress: values }) } : arg));
}

self.addEventListener('message', async ({ data: { id, method, args } }) => {
  const reply = (message, transfer = []) => self.postMessage(message, transfer);
  try {
    const [first, ...rest] = withProgress(id, args, reply);
    if (method === 'load') {
      billcode = await load(first ?? {});
      reply({ id, result: { names: billcode.names } });
      return;
    }
    if (!billcode) throw new Error('billcode: the worker is not loaded');
    if (typeof billcode[method] !== 'function') throw new TypeError(`billcode: no method ${method}`);
    const result = await billcode[method](first, ...rest);
    reply({ id, result });
  } catch (error) {
    reply({ id, error: { message: error.message, name: error.name, reloadNeeded: !!error.reloadNeeded } });
  }
});
