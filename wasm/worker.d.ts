// Types of worker.js (billcode/worker): the Billcode API, each method
// returning a promise, running in a Web Worker.
import type {
  BatchClaim, BatchSummary, Billcode, CheckClaimsOptions, DateOptions, LoadOptions, LookupResult, LookupSummary,
  Rule,
} from './billcode.js';

type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

export type BillcodeInWorker = Promised<Omit<Billcode, 'names' | 'classify' | 'classifyBatch'>> & {
  readonly names: Billcode['names'];
  classify(text: string, options?: DateOptions & { detail?: 'full' }): Promise<LookupResult>;
  classify(text: string, options: DateOptions & { detail: 'summary' }): Promise<LookupSummary>;
  classifyBatch(texts: string[], options?: DateOptions & { detail?: 'summary' }): Promise<LookupSummary[]>;
  classifyBatch(texts: string[], options: DateOptions & { detail: 'full' }): Promise<LookupResult[]>;
  /**
   * checkClaims(), with the report kept in the worker (replacing the one
   * kept before) for keptClaims() and keptClaim(): only its summary comes
   * back, so that thousands of claims are never copied to the page at once.
   */
  checkClaimsKept(input: string | Uint8Array, options?: CheckClaimsOptions):
    Promise<{ summary: BatchSummary }>;
  /** A window of the kept report's claims that pass the filter, and how many pass. */
  keptClaims(filter?: KeptClaimsFilter): Promise<{ total: number; rows: KeptClaimRow[] }>;
  /** One claim of the kept report, whole. */
  keptClaim(index: number): Promise<BatchClaim>;
  /** Items with equal lookups (or prices) share one object. */
  explainBill: Promised<Pick<Billcode, 'explainBill'>>['explainBill'];
  /** Stops the worker; calls still waiting are rejected. */
  terminate(): void;
};

export interface KeptClaimsFilter {
  /** '' (default): every claim; 'error': with errors or unreadable; 'warning'; 'unreadable'. */
  severity?: '' | 'error' | 'warning' | 'unreadable';
  /** Only claims with a finding of this rule; '' (default): any. */
  rule?: '' | Rule;
  /** Index of the first passing claim to return (default 0), and how many (default 50). */
  first?: number;
  count?: number;
}

/** A claim of the kept report, as a row: where it is and its counts of findings. */
export interface KeptClaimRow {
  /** Its index in the report (for keptClaim). */
  index: number;
  id: BatchClaim['id'];
  location: string;
  usable: boolean;
  payer: BatchClaim['payer'];
  errors: number;
  warnings: number;
  info: number;
}

export interface WorkerLoadOptions extends LoadOptions {
  /** Where billcode-worker.js is; default: beside worker.js. */
  workerUrl?: string | URL;
}

export function loadInWorker(options?: WorkerLoadOptions): Promise<BillcodeInWorker>;
