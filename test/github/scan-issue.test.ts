// The sticky issue against GitHub's REST API (nock): create, update in place, notify only what is new or worse,
// close when all clear, reopen when not.
import './node20-polyfills.js';
import nock from 'nock';
import { useNock } from './nock-lifecycle.js';
import { getOctokit } from '@actions/github';
import { ISSUE_LABEL, issueMarker, syncStickyIssue } from '../../src/github/scan-issue.js';
import { MAX_LIST_PAGES } from '../../src/github/pages.js';
import { issueLines, issueText, renderIssueBody } from '../../src/scan/markdown.js';
import type { Observation, ScanReport } from '../../src/scan/model.js';
import { parsePolicy } from '../../src/scan/policy.js';
import { buildScanReport } from '../../src/scan/report.js';

const API = 'https://api.github.com';
const ISSUES = '/repos/acme/ops/issues';
const NOW = new Date('2026-03-01T12:00:00Z');

function report(usage: Record<string, number>): ScanReport {
  const observations: Observation[] = Object.entries(usage).map(([account, u]) => ({
    account,
    region: 'eu-west-1',
    quotas: [{ serviceCode: 'ec2', quotaCode: 'L-1216C47A', name: 'Running On-Demand Standard', value: 100, usage: u }],
  }));
  return buildScanReport({
    policy: parsePolicy('version: 1\nquotas: [ec2/L-1216C47A]\n', 'q.yml'),
    shards: [],
    targets: Object.keys(usage).map((account) => ({ account, regions: ['eu-west-1'] })),
    observations,
    errors: [],
    failOn: 'critical',
    now: NOW,
  });
}

const issue = (number: number, body: string, state = 'open', extra: object = {}) => ({ number, body, state, html_url: `https://github.com/acme/ops/issues/${number}`, ...extra });
const bodyOf = (r: ScanReport) => `${issueMarker()}\n${renderIssueBody(r, issueLines(r))}`;
const sync = (r: ScanReport) => syncStickyIssue({ octokit: getOctokit('test-token'), owner: 'acme', repo: 'ops', text: issueText(r) });

useNock();

describe('syncStickyIssue', () => {
  test('creates one labelled issue with a line per (account, region, quota) finding', async () => {
    let posted: { title?: string; body?: string; labels?: string[] } = {};
    nock(API).get(ISSUES).query({ state: 'all', labels: ISSUE_LABEL, per_page: '100' }).reply(200, []);
    nock(API)
      .post(ISSUES, (b) => ((posted = b), true))
      .reply(201, issue(12, 'x'));
    const out = await sync(report({ '111111111111': 95, '222222222222': 85, '333333333333': 10 }));
    expect(out).toEqual({ action: 'created', number: 12, url: 'https://github.com/acme/ops/issues/12', newLines: 2 });
    expect(posted.title).toBe('quota-guard: AWS service quota findings');
    expect(posted.labels).toEqual(['quota-guard']);
    expect(posted.body!.startsWith('<!-- quota-guard-scan -->\n')).toBe(true);
    const lines = posted.body!.split('\n').filter((l) => l.startsWith('- '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^- :red_circle: \*\*CRITICAL\*\* 111111111111 · eu-west-1 · Running On-Demand Standard ec2\/L-1216C47A — 95 % used .* <!-- qg:[0-9a-f]{12}:critical:111111111111:eu-west-1 -->$/);
    expect(lines[1]).toMatch(/\*\*WARNING\*\* 222222222222/);
  });

  test('a quota that stays at 85 % is edited in place, with no comment (no notification)', async () => {
    const before = report({ '111111111111': 85 });
    const after = report({ '111111111111': 86 });
    let patched: { body?: string; state?: string } = {};
    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(before))]);
    nock(API)
      .patch(`${ISSUES}/12`, (b) => ((patched = b), true))
      .reply(200, issue(12, 'x'));
    const out = await sync(after);
    expect(out).toEqual({ action: 'updated', number: 12, url: 'https://github.com/acme/ops/issues/12', newLines: 0 });
    expect(patched.body).toContain('86 % used');
    expect(patched.state).toBeUndefined();
  });

  test('a new or worse line gets one comment listing only it', async () => {
    const before = report({ '111111111111': 85, '222222222222': 10 });
    const after = report({ '111111111111': 92, '222222222222': 85, '333333333333': 71 });
    let comment = '';
    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(before))]);
    nock(API).patch(`${ISSUES}/12`).reply(200, issue(12, 'x'));
    nock(API)
      .post(`${ISSUES}/12/comments`, (b: { body: string }) => ((comment = b.body), true))
      .reply(201, { id: 1 });
    const out = await sync(after);
    expect(out.newLines).toBe(2);
    expect(comment).toMatch(/^2 new or worse finding\(s\) since the last scan:/);
    expect(comment).toContain('**CRITICAL** 111111111111');
    expect(comment).toContain('**WARNING** 222222222222');
    // 333… is at 71 %: INFO, below the issue's default level.
    expect(comment).not.toContain('333333333333');
  });

  test('closes the issue when all is clear; leaves a closed one alone; creates nothing when there is none', async () => {
    const clear = report({ '111111111111': 10 });
    let patched: { body?: string; state?: string; state_reason?: string } = {};
    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(report({ '111111111111': 95 })))]);
    nock(API)
      .patch(`${ISSUES}/12`, (b) => ((patched = b), true))
      .reply(200, issue(12, 'x', 'closed'));
    expect((await sync(clear)).action).toBe('closed');
    expect(patched).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(patched.body).toContain('All clear');

    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(clear), 'closed')]);
    expect((await sync(clear)).action).toBe('unchanged');

    nock(API).get(ISSUES).query(true).reply(200, []);
    expect(await sync(clear)).toEqual({ action: 'skipped', newLines: 0, reason: 'all clear and there is no issue to update' });
  });

  test('reopens a closed issue when a finding comes back, with a comment', async () => {
    let patched: { state?: string } = {};
    let comment = '';
    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(report({ '111111111111': 95 })), 'closed')]);
    nock(API)
      .patch(`${ISSUES}/12`, (b) => ((patched = b), true))
      .reply(200, issue(12, 'x'));
    nock(API)
      .post(`${ISSUES}/12/comments`, (b: { body: string }) => ((comment = b.body), true))
      .reply(201, { id: 2 });
    const out = await sync(report({ '111111111111': 95 }));
    expect(out).toMatchObject({ action: 'reopened', newLines: 1 });
    expect(patched.state).toBe('open');
    expect(comment).toMatch(/^Reopened: 1 finding\(s\) came back\./);
  });

  test('finds its issue on page 2, ignoring pull requests and issues of another scan id', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => issue(100 + i, `chatter ${i}`));
    page1[3] = issue(7, `${issueMarker()}\nfrom a pull request`, 'open', { pull_request: { url: 'x' } });
    page1[4] = issue(8, `${issueMarker('staging')}\nother scan`);
    nock(API)
      .get(ISSUES)
      .query((q) => q.page === undefined)
      .reply(200, page1, { Link: `<${API}/repositories/1/issues?state=all&labels=quota-guard&per_page=100&page=2>; rel="next"` });
    nock(API).get('/repositories/1/issues').query({ state: 'all', labels: 'quota-guard', per_page: '100', page: '2' }).reply(200, [issue(555, bodyOf(report({ '111111111111': 95 })))]);
    nock(API).patch(`${ISSUES}/555`).reply(200, issue(555, 'x'));
    expect(await sync(report({ '111111111111': 95 }))).toMatchObject({ action: 'updated', number: 555, newLines: 0 });
  });

  test('more labelled issues than the cap: the listing stops at the cap and says so', async () => {
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => issue(n * 1000 + i, `chatter ${i}`));
    const link = (n: number) => ({ Link: `<${API}/repositories/1/issues?state=all&labels=quota-guard&per_page=100&page=${n}>; rel="next"` });
    nock(API).get(ISSUES).query((q) => q.page === undefined).reply(200, page(1), link(2));
    // Pages 2 … MAX_LIST_PAGES, each pointing to one more; no interceptor answers the page after the cap.
    for (let n = 2; n <= MAX_LIST_PAGES; n++) nock(API).get('/repositories/1/issues').query({ state: 'all', labels: 'quota-guard', per_page: '100', page: String(n) }).reply(200, page(n), link(n + 1));
    nock(API).post(ISSUES).reply(201, issue(12, 'x'));
    const warnings: string[] = [];
    const out = await syncStickyIssue({ octokit: getOctokit('test-token'), owner: 'acme', repo: 'ops', text: issueText(report({ '111111111111': 95 })), warn: (line) => warnings.push(line) });
    expect(out.action).toBe('created');
    expect(warnings).toEqual([
      `Read only the first ${MAX_LIST_PAGES * 100} issues labelled quota-guard (${MAX_LIST_PAGES} pages, the cap): an issue of this scan after them is not found, so a new one may be opened`,
    ]);
  });

  test('a partial run (one account-region, from an AWS Health event) replaces only the lines of what it scanned', async () => {
    const nightly = report({ '111111111111': 95, '222222222222': 85 });
    // The dispatched run scanned only 111111111111 in eu-west-1, which is now fine.
    const dispatched = { ...report({ '111111111111': 10 }), partial: true };
    let patched: { body?: string; state?: string } = {};
    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(nightly))]);
    nock(API)
      .patch(`${ISSUES}/12`, (b) => ((patched = b), true))
      .reply(200, issue(12, 'x'));
    const out = await syncStickyIssue({ octokit: getOctokit('test-token'), owner: 'acme', repo: 'ops', text: issueText(dispatched, { partial: true }) });
    expect(out).toMatchObject({ action: 'updated', newLines: 0 });
    expect(patched.state).toBeUndefined();
    expect(patched.body).not.toContain('111111111111 ·');
    expect(patched.body).toContain('**WARNING** 222222222222 · eu-west-1');
    // Without `partial`, the same report would have closed the issue.
    nock(API).get(ISSUES).query(true).reply(200, [issue(12, bodyOf(nightly))]);
    nock(API).patch(`${ISSUES}/12`, { body: /All clear/, state: 'closed', state_reason: 'completed' }).reply(200, issue(12, 'x', 'closed'));
    expect((await sync(dispatched)).action).toBe('closed');
  });

  test('a token that cannot write issues is skipped with a reason, not an error', async () => {
    nock(API).get(ISSUES).query(true).reply(200, []);
    nock(API).post(ISSUES).reply(403, { message: 'Resource not accessible by integration' });
    const out = await sync(report({ '111111111111': 95 }));
    expect(out.action).toBe('skipped');
    expect(out.reason).toMatch(/the token cannot write issues \(GitHub said 403/);
    expect(out.reason).toContain('issues: write');
  });
});
