// The script the worker-split tests start scan workers from, in place of the bundled entry file: it loads the
// TypeScript sources through ts-hooks.mjs and serves reads like dist/index.js does in worker mode.
//
// Fault injection for the tests: QG_TEST_WORKER_CRASH=<account>/<region> (or *) ends this worker thread as soon as
// it is sent the read of that account-region (of any), as a crash (out of memory, a native fault) would.
import { register } from 'node:module';
import { parentPort } from 'node:worker_threads';

register('./ts-hooks.mjs', import.meta.url);
const { serveScanWorker } = await import('../../../src/scan/workers.ts');
// Listeners run in the order they were added: this one ends the thread before the read starts.
const crash = process.env.QG_TEST_WORKER_CRASH;
if (crash) {
  parentPort.on('message', (m) => {
    if (m.type === 'read' && (crash === '*' || `${m.task.account}/${m.task.label}` === crash)) process.exit(3);
  });
}
serveScanWorker();
