#!/usr/bin/env node
// Entry of the `quota-guard` bin (bundled to dist/cli/index.js). Started as a scan worker thread, the same file
// serves the scan's reads instead (src/scan/worker-entry.ts).
import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { enableScanWorkers, isScanWorker } from '../scan/worker-entry.js';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

if (!isMainThread && isScanWorker(workerData)) {
  (await import('../scan/workers.js')).serveScanWorker();
} else {
  enableScanWorkers(new URL(import.meta.url));
  process.exitCode = await main(
    process.argv.slice(2),
    { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), env: process.env, isTTY: process.stdout.isTTY === true },
    // AWS wiring is imported only by a live run: `--help` and `--offline` load no AWS SDK client.
    async (region, settings) => (await import('../live.js')).awsLive(region, log, settings),
    { api: async () => (await import('../aws/increases.js')).awsIncreases({ log }) },
  );
}
