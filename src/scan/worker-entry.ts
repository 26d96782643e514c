// How the scan finds the script its worker threads run (src/scan/workers.ts). Kept tiny, so that the entry files
// can load it at start-up without loading the scan.
//
// ncc bundles each entry into one file (dist/index.js, dist/cli/index.js) and does not emit a separate file for a
// `new Worker(new URL('./x.js', import.meta.url))`, so the workers run the entry file itself: the entry registers
// its own path (enableScanWorkers) and, started as a worker, sees SCAN_WORKER_FLAG in its workerData and serves
// reads instead of running the command (isScanWorker).

/** The workerData key that starts an entry file in scan-worker mode. */
export const SCAN_WORKER_FLAG = 'quotaGuardScanWorker';

import { availableParallelism } from 'node:os';

let entry: string | URL | undefined;

/** More threads than this only add SDK clients and sockets: the rates, not the CPU, bound a scan with this many. */
const MAX_WORKERS = 8;

/** Lets scans started in this process read on worker threads that run `file` (the running entry file). */
export function enableScanWorkers(file: string | URL): void {
  entry = file;
}

/**
 * The scan's workers (ScanOptions.workers): one per core, up to MAX_WORKERS. Undefined — the reads stay in this
 * thread — when no entry enabled them (tests, the benchmark's single-thread run) or there is a single core.
 */
export function scanWorkers(): { count: number; entry: string | URL } | undefined {
  const count = Math.min(MAX_WORKERS, availableParallelism());
  return entry && count > 1 ? { count, entry } : undefined;
}

/** Whether this thread was started as a scan worker (workerData as node:worker_threads gives it). */
export function isScanWorker(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>)[SCAN_WORKER_FLAG] === true;
}
