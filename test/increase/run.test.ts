// The request/wait sequencing with an in-memory Service Quotas and a virtual clock.
import type { Report, RequestStatus, Result } from '../../src/model.js';
import { requestIncreases, type IncreaseOptions } from '../../src/increase/run.js';
import type { IncreaseApi, IncreaseFault, RequestedChange, Target } from '../../src/ports/increase.js';
import { virtualClock } from './fixtures.js';

function result(code: string, p: Partial<Result> = {}): Result {
  return { account: null, region: 'eu-west-1', serviceCode: 'ec2', quotaCode: code, quotaName: code, scope: 'region', required: 10, unknowns: [], sources: [], usage: 0, quota: 5, buffer: 0, status: 'shortfall', reason: 'short', ...p };
}

function report(results: Result[]): Report {
  const shortfall = results.filter((r) => r.status === 'shortfall').length;
  return { version: 1, mode: 'live', passed: shortfall === 0, failOn: 'shortfall', summary: { ok: results.length - shortfall, shortfall, unknown: 0 }, coverage: { resources: 1, mapped: 1, unsupported: [] }, inputs: [], results };
}

/** Requests by id; `scripts` says what each Get answers next; `faults` what an operation answers instead. */
function memoryApi(opts: { history?: Record<string, RequestedChange[]>; scripts?: Record<string, (RequestStatus | IncreaseFault)[]>; fileFault?: Record<string, IncreaseFault>; caseFault?: IncreaseFault } = {}) {
  const requests = new Map<string, RequestedChange & { quotaCode: string }>();
  for (const [code, list] of Object.entries(opts.history ?? {})) for (const r of list) requests.set(r.id, { ...r, quotaCode: code });
  const calls: string[] = [];
  let n = 0;
  const api: IncreaseApi = {
    async history(t: Target) {
      calls.push(`history ${t.quotaCode}`);
      return [...requests.values()].filter((r) => r.quotaCode === t.quotaCode);
    },
    async file(t, desired) {
      calls.push(`file ${t.quotaCode} ${desired}`);
      const f = opts.fileFault?.[t.quotaCode];
      if (f) return f;
      const r = { id: `req${++n}`, caseId: null, status: 'PENDING' as const, desiredValue: desired, created: n, quotaCode: t.quotaCode };
      requests.set(r.id, r);
      return r;
    },
    async get(_region, id) {
      calls.push(`get ${id}`);
      const next = opts.scripts?.[id]?.shift();
      const r = requests.get(id)!;
      if (next && typeof next === 'object') return next;
      if (next) r.status = next;
      return r;
    },
    async openCase(_region, id) {
      calls.push(`case ${id}`);
      if (opts.caseFault) return opts.caseFault;
      requests.get(id)!.status = 'CASE_OPENED';
      requests.get(id)!.caseId = '42';
      return true;
    },
  };
  return { api, calls, requests };
}

const options = (o: Partial<IncreaseOptions> = {}): IncreaseOptions => ({
  mode: 'file',
  policy: { supportCase: 'allow', maxIncreaseFactor: undefined, maxIncrease: { byQuota: {} }, maxRequests: 5 },
  waitMinutes: 10,
  pollSeconds: 60,
  context: {},
  ...o,
});

function deps(api: IncreaseApi, recheck: () => Promise<Report> = async () => report([])) {
  const clock = virtualClock();
  const log: string[] = [];
  return { clock, log, deps: { api, recheck, sleep: clock.sleep, now: clock.now, log: (l: string) => void log.push(l) } };
}

describe('requestIncreases', () => {
  test('max-requests counts only what this run files; QuotaExceeded stops filing in that region', async () => {
    const open = { id: 'open1', caseId: null, status: 'PENDING' as const, desiredValue: 10, created: 1 };
    const m = memoryApi({ history: { 'L-A': [open] }, fileFault: { 'L-C': { code: 'QuotaExceededException', detail: 'QuotaExceededException: too many' } } });
    const { deps: d } = deps(m.api);
    const out = await requestIncreases(report(['L-A', 'L-B', 'L-C', 'L-D', 'L-E'].map((c) => result(c))), d, options({ waitMinutes: 0, policy: { ...options().policy, maxRequests: 2 } }));
    expect(out.requests.map((r) => [r.quotaCode, r.outcome])).toEqual([
      ['L-A', 'reused'],
      ['L-B', 'filed'],
      ['L-C', 'error'],
      ['L-D', 'error'],
      ['L-E', 'error'],
    ]);
    expect(m.calls.filter((c) => c.startsWith('file'))).toEqual(['file L-B 10', 'file L-C 10']);
    expect(out.requests[3].note).toMatch(/^AWS refused a new request/);
    expect(out.approved).toBe(false);
    expect(out.timedOut).toBe(false);
  });

  test('a failed poll keeps the last status and polls again; the approval triggers one re-check', async () => {
    const m = memoryApi({ scripts: { req1: [{ code: 'ServiceException', detail: 'ServiceException (HTTP 500, 5 attempts)' }, 'APPROVED'] } });
    let rechecks = 0;
    const { deps: d, clock } = deps(m.api, async () => (rechecks++, report([result('L-A', { quota: 10, status: 'ok' })])));
    const out = await requestIncreases(report([result('L-A')]), d, options());
    expect(clock.slept).toEqual([60_000, 60_000]);
    expect(out.requests[0]).toMatchObject({ status: 'APPROVED', note: null });
    expect(out.approved).toBe(true);
    expect(rechecks).toBe(1);
    expect(out.report.passed).toBe(true);
    expect(out.report.requests).toBe(out.requests);
  });

  test('approved but still short after the re-check: said so, and the gate fails', async () => {
    const m = memoryApi({ scripts: { req1: ['APPROVED'] } });
    const { deps: d } = deps(m.api, async () => report([result('L-A', { quota: 6 })]));
    const out = await requestIncreases(report([result('L-A')]), d, options());
    expect(out.report.passed).toBe(false);
    expect(out.requests[0].note).toMatch(/approved, but the quota still falls short/);
  });

  test('the last poll happens at the deadline, then the still-pending request gets a support case', async () => {
    const m = memoryApi();
    const { deps: d, clock } = deps(m.api);
    const out = await requestIncreases(report([result('L-A')]), d, options({ waitMinutes: 2.5 }));
    expect(clock.slept).toEqual([60_000, 60_000, 30_000]);
    expect(out.timedOut).toBe(true);
    expect(m.calls).toEqual(['history L-A', 'file L-A 10', 'get req1', 'get req1', 'get req1', 'case req1', 'get req1']);
    expect(out.requests[0]).toMatchObject({ status: 'CASE_OPENED', caseId: '42' });
  });

  test('a support case that cannot be opened is a note, not a crash; never means no case at all', async () => {
    const denied = memoryApi({ caseFault: { code: 'DependencyAccessDeniedException', detail: 'DependencyAccessDeniedException: no support plan' } });
    const out = await requestIncreases(report([result('L-A')]), deps(denied.api).deps, options({ waitMinutes: 1 }));
    expect(out.requests[0].note).toMatch(/^a support case could not be opened: Service Quotas could not act/);
    const never = memoryApi();
    await requestIncreases(report([result('L-A')]), deps(never.api).deps, options({ waitMinutes: 1, policy: { ...options().policy, supportCase: 'never' } }));
    expect(never.calls.some((c) => c.startsWith('case'))).toBe(false);
  });

  test('tracked requests: awaited while the quota is short, reported when it no longer is', async () => {
    const m = memoryApi({
      history: { 'L-A': [{ id: 'tA', caseId: null, status: 'PENDING', desiredValue: 10, created: 1 }], 'L-B': [{ id: 'tB', caseId: null, status: 'PENDING', desiredValue: 10, created: 1 }] },
      scripts: { tA: ['PENDING', 'APPROVED'], tB: ['APPROVED'] },
    });
    const { deps: d } = deps(m.api, async () => report([result('L-A', { status: 'ok', quota: 10 })]));
    const track = ['tA', 'tB'].map((id, i) => ({ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: i ? 'L-B' : 'L-A', requestId: id }));
    const out = await requestIncreases(report([result('L-A')]), d, options({ mode: 'wait', track }));
    expect(out.requests.map((r) => [r.requestId, r.outcome, r.status])).toEqual([
      ['tA', 'tracked', 'APPROVED'],
      ['tB', 'tracked', 'APPROVED'],
    ]);
    expect(out.approved).toBe(true);
    expect(m.calls.filter((c) => c.startsWith('file') || c.startsWith('history'))).toEqual([]);
  });

  test('nothing short and nothing tracked: no call, no request', async () => {
    const m = memoryApi();
    const out = await requestIncreases(report([result('L-A', { status: 'ok' })]), deps(m.api).deps, options());
    expect(out.requests).toEqual([]);
    expect(out.approved).toBe(false);
    expect(m.calls).toEqual([]);
  });
});
