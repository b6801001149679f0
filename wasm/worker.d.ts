// Types of worker.js (billcode/worker): the Billcode API, each method
// returning a promise, running in a Web Worker.
import type { Billcode, DateOptions, LoadOptions, LookupResult, LookupSummary } from './billcode.js';

type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : T[K];
};

export type BillcodeInWorker = Promised<Omit<Billcode, 'names' | 'classifyBatch'>> & {
  readonly names: Billcode['names'];
  classifyBatch(texts: string[], options?: DateOptions & { detail?: 'summary' }): Promise<LookupSummary[]>;
  classifyBatch(texts: string[], options: DateOptions & { detail: 'full' }): Promise<LookupResult[]>;
  /** Stops the worker; calls still waiting are rejected. */
  terminate(): void;
};

export interface WorkerLoadOptions extends LoadOptions {
  /** Where billcode-worker.js is; default: beside worker.js. */
  workerUrl?: string | URL;
}

export function loadInWorker(options?: WorkerLoadOptions): Promise<BillcodeInWorker>;
