// Entry of the GitHub Action (bundled to dist/index.js). Started as a scan worker thread, the same file serves the
// scan's reads instead (src/scan/worker-entry.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { run } from './main.js';
import { enableScanWorkers, isScanWorker } from '../scan/worker-entry.js';

if (!isMainThread && isScanWorker(workerData)) {
  (await import('../scan/workers.js')).serveScanWorker();
} else {
  enableScanWorkers(new URL(import.meta.url));
  await run();
}
