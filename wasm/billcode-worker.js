// The module worker behind billcode/worker (worker.js): loads billcode here
// and answers the page's calls, so that no call blocks the page. Messages:
// {id, method: 'load', args: [options]} then {id, method, args}; answers
// {id, result} or {id, error: {message, name, reloadNeeded}}; a call whose
// options had onProgress gets {id, progress: [...arguments]} on the way.
// Besides the Billcode methods, a batch report can stay here
// (checkClaimsKept), for a page to show thousands of claims a window of
// rows at a time (keptClaims, keptClaim) without receiving them all.
import { load } from './billcode.js';

let billcode = null;
let kept = null;  // the report of the last checkClaimsKept

// Options with their onProgress replaced by a relay to the page.
function withProgress(id, args, relay) {
  return args.map((arg) => (arg && typeof arg === 'object' && arg.onProgress === true
    ? { ...arg, onProgress: (...values) => relay({ id, progress: values }) } : arg));
}

function findingCounts(claim) {
  const summary = claim.report?.summary;
  return { errors: summary?.errors ?? 0, warnings: summary?.warnings ?? 0, info: summary?.info ?? 0 };
}

// Whether `claim` passes the filter: severity '' (any), 'error' (errors or
// unreadable), 'warning' or 'unreadable'; rule '' or a finding's rule.
function matches(claim, severity, rule) {
  const { errors, warnings } = findingCounts(claim);
  if (severity === 'unreadable' && claim.usable) return false;
  if (severity === 'error' && claim.usable && !errors) return false;
  if (severity === 'warning' && !warnings) return false;
  return !rule || (claim.usable && claim.report.findings.some((finding) => finding.rule === rule));
}

// A long bill repeats codes: its items' equal lookups and prices become
// one object each, which the copy to the page then carries once (a
// structured clone keeps shared objects shared).
function sharingRepeats(bill) {
  const shared = new Map();
  const one = (value) => {
    if (value === null || typeof value !== 'object') return value;
    const key = JSON.stringify(value);
    if (!shared.has(key)) shared.set(key, value);
    return shared.get(key);
  };
  for (const item of bill.items) {
    item.lookup = one(item.lookup);
    item.price = one(item.price);
  }
  return bill;
}

function keptReport() {
  if (!kept) throw new Error('billcode: no report is kept (call checkClaimsKept first)');
  return kept;
}

const KEPT_METHODS = {
  checkClaimsKept(input, options) {
    kept = billcode.checkClaims(input, options);
    return { summary: kept.summary };
  },
  keptClaims({ severity = '', rule = '', first = 0, count = 50 } = {}) {
    const matching = [];
    keptReport().claims.forEach((claim, index) => { if (matches(claim, severity, rule)) matching.push(index); });
    return {
      total: matching.length,
      rows: matching.slice(first, first + count).map((index) => {
        const claim = kept.claims[index];
        return { index, id: claim.id, location: claim.source.location, usable: claim.usable,
          payer: claim.payer, ...findingCounts(claim) };
      }),
    };
  },
  keptClaim(index) {
    const claim = keptReport().claims[index];
    if (!claim) throw new RangeError(`billcode: the kept report has no claim ${index}`);
    return claim;
  },
};

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
    if (Object.hasOwn(KEPT_METHODS, method)) {
      reply({ id, result: KEPT_METHODS[method](first, ...rest) });
      return;
    }
    if (typeof billcode[method] !== 'function') throw new TypeError(`billcode: no method ${method}`);
    const result = await billcode[method](first, ...rest);
    reply({ id, result: method === 'explainBill' ? sharingRepeats(result) : result });
  } catch (error) {
    reply({ id, error: { message: error.message, name: error.name, reloadNeeded: !!error.reloadNeeded } });
  }
});
