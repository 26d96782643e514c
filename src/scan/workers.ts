// The scan's account-region reads, on every core. Reading one account-region is mostly the AWS SDK's CPU —
// building clients, signing, serialising and parsing ~5 calls — so a 17,000 account-region scan held one core at
// 100 % while the others idled, and took ~2.3 × the time the published rates allow. The reads are spread over
// worker threads instead; each worker holds its own SDK clients, keep-alive sockets and per account-region limiters
// (the rates are per account and region, so a worker never shares a bucket with another), and reports back the
// observation and errors of each account-region as plain data.
//
// What stays in the parent: listing the organization and STS AssumeRole, whose rates are global to the run (one
// Organizations limiter, one AssumeRole limiter per STS endpoint), and DescribeRegions. A worker gets each account's
// temporary credentials with the task, and asks the parent for fresh ones when they are about to expire.
//
// A worker is started from a script (`entry`): the bundled entry file itself (dist/index.js, dist/cli/index.js),
// which re-enters in worker mode when it sees SCAN_WORKER_FLAG in workerData (src/scan/worker-entry.ts), or a
// compiled module that calls serveScanWorker. If a worker dies, the reads it had in flight become errors of their
// account-regions and the others go on; if every worker is gone, the remaining reads run in this thread.
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { renewing, type CredentialProvider, type TemporaryCredentials } from '../aws/assume-role.js';
import { DefaultQuotas, readAccountRegion, type UsageWindow } from '../aws/scan-readings.js';
import { ScanHttp } from '../aws/scan-http.js';
import type { Observation } from './model.js';
import type { ScanError, WatchedQuota } from '../ports/scan.js';
import { observe, type UsageOptions } from './usage.js';
import { SCAN_WORKER_FLAG } from './worker-entry.js';

/** One account-region to read, as plain data (it crosses to a worker thread). */
export interface ReadTask {
  account: string;
  /** Region the calls go to (us-east-1 for global quotas). */
  region: string;
  /** Region the observation is reported under: the region, or `global`. */
  label: string;
  quotas: WatchedQuota[];
  window: UsageWindow;
  keepHistory?: UsageOptions['keepHistory'];
}

export interface ReadResult {
  observation: Observation;
  errors: ScanError[];
}

/** Reads account-regions: in this thread (AccountRegionReads) or in worker threads (WorkerReads). */
export interface Reads {
  read(task: ReadTask, credentials: CredentialProvider): Promise<ReadResult>;
  /** Ends the reads; resolves with the AWS calls they made, per operation. */
  close(): Promise<Record<string, number>>;
}

/** Settings of a worker, from its workerData. */
interface WorkerSettings {
  [SCAN_WORKER_FLAG]: true;
  maxAttempts?: number;
}

type ToWorker = { type: 'read'; id: number; task: ReadTask; credentials: TemporaryCredentials } | { type: 'credentials'; id: number; credentials?: TemporaryCredentials; error?: string } | { type: 'close' };
type FromWorker = { type: 'result'; id: number; result: ReadResult } | { type: 'refresh'; id: number; account: string } | { type: 'calls'; calls: Record<string, number> };

/** Reads in this thread, with the caller's HTTP agents and default-quota cache. */
export class AccountRegionReads implements Reads {
  private readonly defaults = new DefaultQuotas();

  constructor(private readonly http: ScanHttp) {}

  async read(task: ReadTask, credentials: CredentialProvider): Promise<ReadResult> {
    const { reading, errors } = await readAccountRegion({ account: task.account, region: task.region, label: task.label, quotas: task.quotas, credentials, window: task.window, http: this.http, defaults: this.defaults });
    return { observation: observe(reading, { window: task.window, ...(task.keepHistory ? { keepHistory: task.keepHistory } : {}) }), errors };
  }

  async close(): Promise<Record<string, number>> {
    return {};
  }
}

interface Running {
  worker: Worker;
  /** Reads sent and not answered yet, by id. */
  pending: Map<number, { task: ReadTask; resolve: (r: ReadResult) => void }>;
  credentials: Map<string, CredentialProvider>;
  /** Set once the worker has exited or failed. */
  gone?: string;
  exited: Promise<void>;
  calls: Record<string, number>;
}

/**
 * Reads spread over `count` worker threads started from `entry`; each read goes to the worker with the fewest
 * reads in flight (the caller bounds how many are in flight in all). `fallback` reads when no worker is left.
 */
export class WorkerReads implements Reads {
  private readonly workers: Running[] = [];
  private nextId = 0;

  constructor(
    count: number,
    entry: string | URL,
    private readonly fallback: Reads,
    settings: { maxAttempts?: number; log?: (line: string) => void } = {},
  ) {
    const data: WorkerSettings = { [SCAN_WORKER_FLAG]: true, ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}) };
    for (let i = 0; i < count; i++) {
      // `env` given explicitly: the environment as this code sees it (AWS_* settings, endpoint overrides), also where
      // a host (jest) gives modules a process.env of their own.
      const worker = new Worker(entry, { workerData: data, env: process.env });
      const running: Running = { worker, pending: new Map(), credentials: new Map(), calls: {}, exited: new Promise((resolve) => worker.once('exit', () => resolve())) };
      worker.on('message', (m: FromWorker) => this.onMessage(running, m));
      const fail = (why: string): void => {
        if (running.gone) return;
        running.gone = why;
        settings.log?.(`quota-guard: scan worker ${i + 1} stopped: ${why}; its ${running.pending.size} read(s) in flight are reported as errors`);
        for (const [, p] of running.pending) p.resolve(workerFailed(p.task, why));
        running.pending.clear();
      };
      worker.on('error', (e) => fail(e.message));
      worker.on('exit', (code) => fail(`exited with code ${code}`));
      this.workers.push(running);
    }
  }

  read(task: ReadTask, credentials: CredentialProvider): Promise<ReadResult> {
    const alive = this.workers.filter((w) => !w.gone);
    if (!alive.length) return this.fallback.read(task, credentials);
    const w = alive.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return credentials().then(
      (current) =>
        new Promise<ReadResult>((resolve) => {
          if (w.gone) return resolve(this.read(task, credentials));
          const id = this.nextId++;
          w.pending.set(id, { task, resolve });
          w.credentials.set(task.account, credentials);
          post(w.worker, { type: 'read', id, task, credentials: current });
        }),
      // The provider re-assumes the role near expiry; a failure is this account-region's error.
      (e: Error) => ({ observation: { account: task.account, region: task.label, quotas: [] }, errors: [{ kind: 'assume-role', account: task.account, region: task.label, message: `cannot renew the role's credentials: ${e.message}` }] }),
    );
  }

  async close(): Promise<Record<string, number>> {
    for (const w of this.workers) {
      if (w.gone) continue;
      w.gone = 'closed';
      post(w.worker, { type: 'close' });
    }
    await Promise.all(this.workers.map((w) => w.exited));
    const calls: Record<string, number> = await this.fallback.close();
    for (const w of this.workers) for (const [op, n] of Object.entries(w.calls)) calls[op] = (calls[op] ?? 0) + n;
    return calls;
  }

  private onMessage(w: Running, m: FromWorker): void {
    if (m.type === 'result') {
      const p = w.pending.get(m.id);
      w.pending.delete(m.id);
      p?.resolve(m.result);
    } else if (m.type === 'calls') {
      w.calls = m.calls;
    } else if (m.type === 'refresh') {
      const provider = w.credentials.get(m.account);
      if (!provider) return post(w.worker, { type: 'credentials', id: m.id, error: `no credentials for ${m.account}` });
      provider().then(
        (credentials) => post(w.worker, { type: 'credentials', id: m.id, credentials }),
        (e: Error) => post(w.worker, { type: 'credentials', id: m.id, error: e.message }),
      );
    }
  }
}

function post(target: Worker | NonNullable<typeof parentPort>, m: ToWorker | FromWorker): void {
  target.postMessage(m);
}

function workerFailed(task: ReadTask, why: string): ReadResult {
  return {
    observation: { account: task.account, region: task.label, quotas: [] },
    errors: [{ kind: 'read', account: task.account, region: task.label, message: `the scan worker reading this account-region stopped (${why}): nothing of it was read` }],
  };
}

/**
 * The worker side: reads each task it is sent with its own SDK clients, answers with the result, and on `close`
 * sends its call counts and lets the thread end. Started by the entry file in worker mode (src/scan/worker-entry.ts).
 */
export function serveScanWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveScanWorker runs in a worker thread');
  const settings = (workerData ?? {}) as WorkerSettings;
  const http = new ScanHttp({ ...(settings.maxAttempts ? { maxAttempts: settings.maxAttempts } : {}) });
  const reads = new AccountRegionReads(http);
  let nextId = 0;
  const asked = new Map<number, { resolve: (c: TemporaryCredentials) => void; reject: (e: Error) => void }>();
  /** Credentials of one account: the ones sent with the task, renewed by the parent near expiry. */
  const provider = (account: string, first: TemporaryCredentials): CredentialProvider =>
    renewing(
      () => {
        const id = nextId++;
        const renewal = new Promise<TemporaryCredentials>((resolve, reject) => asked.set(id, { resolve, reject }));
        post(port, { type: 'refresh', id, account });
        return renewal;
      },
      { first, retry: true },
    );
  port.on('message', (m: ToWorker) => {
    if (m.type === 'read') {
      void reads
        .read(m.task, provider(m.task.account, m.credentials))
        // readAccountRegion reports every AWS failure as an error; anything else is still this read's, not the worker's.
        .catch((e: Error): ReadResult => ({ observation: { account: m.task.account, region: m.task.label, quotas: [] }, errors: [{ kind: 'read', account: m.task.account, region: m.task.label, message: `reading failed: ${e.message}` }] }))
        .then((result) => post(port, { type: 'result', id: m.id, result }));
    } else if (m.type === 'credentials') {
      const a = asked.get(m.id);
      asked.delete(m.id);
      if (m.credentials) a?.resolve(m.credentials);
      else a?.reject(new Error(m.error ?? 'no credentials'));
    } else if (m.type === 'close') {
      post(port, { type: 'calls', calls: http.calls });
      http.close();
      port.close();
    }
  });
}
