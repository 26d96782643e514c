// The GitHub Action: wires inputs → parsers → check → outputs, summary, annotations, PR comment, artifact, gate.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report, Result } from '../model.js';
import { readInputs } from './inputs.js';
import { failStep, runUrl, uploadReport, writeReport } from './common.js';
import type { ActionConfig } from './inputs.js';
import { resolveFiles } from './files.js';
import { checkChange, defaultRegion } from '../check/pipeline.js';
import { loadWaivers } from '../check/waivers.js';
import { gatesOnSetup, renderJson } from '../report/report.js';
import { phrase, phraseReport } from '../report/wording.js';
import { headline, oneLine } from '../report/format.js';
import { escapeMarkdown, renderMarkdown } from '../report/markdown.js';
import { annotationsFor } from '../report/annotations.js';
import type { Locate } from '../report/annotations.js';
import { renderSarif } from '../report/sarif.js';
import { locatorFor } from '../github/locate.js';
import { linksFromEnv } from '../github/context.js';
import { upsertComment } from '../github/comment.js';
import { realClock } from '../increase/run.js';
import type { ChangeContext } from '../increase/plan.js';
import { requestLine } from '../increase/plan.js';
import { requestsMarkdown, requestsSummary } from '../increase/render.js';

const COMMENT_LIMIT = 65_000;

/** A log line that may hold text from an input (an instance type, a file name): one line, so it can never start a workflow command. */
const log = (line: string): void => core.info(oneLine(line));

function brief(r: Result): Record<string, unknown> {
  const { account, region, serviceCode, quotaCode, quotaName, scope, required, usage, quota, buffer, reason } = r;
  const out: Record<string, unknown> = { account, region, serviceCode, quotaCode, quotaName, scope, required, usage, quota, buffer, reason };
  // Additions (absent when they do not apply): where an unknown comes from, the setup's root cause, the next step.
  for (const key of ['unknownFrom', 'setupError', 'suggestedValue', 'adjustable', 'requestUrl', 'waiver'] as const) if (r[key] !== undefined) out[key] = r[key];
  return out;
}

function setOutputs(report: Report | undefined, reportPath: string): void {
  const of = (status: Result['status']): Result[] => report?.results.filter((r) => r.status === status) ?? [];
  core.setOutput('passed', report ? String(report.passed) : 'false');
  core.setOutput('shortfalls', JSON.stringify(of('shortfall').map(brief)));
  core.setOutput('unknowns', JSON.stringify(of('unknown').map(brief)));
  core.setOutput('setup-error', (report?.setupErrors ?? []).join('\n'));
  core.setOutput('report-path', report ? reportPath : '');
  core.setOutput('ok-count', String(report?.summary.ok ?? 0));
  core.setOutput('shortfall-count', String(report?.summary.shortfall ?? 0));
  core.setOutput('unknown-count', String(report?.summary.unknown ?? 0));
  core.setOutput('requests', JSON.stringify(report?.requests ?? []));
  core.setOutput('sarif-file', '');
}

/** Where the change comes from, for the justification of each request. */
function changeContext(): ChangeContext {
  const { owner, repo } = github.context.repo;
  const pr = github.context.payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  const ctx: ChangeContext = { repository: `${owner}/${repo}` };
  if (pr?.number !== undefined) ctx.pullRequest = pr.number;
  const sha = pr?.head?.sha ?? github.context.sha;
  if (sha) ctx.commit = sha;
  const url = runUrl();
  if (url) ctx.runUrl = url;
  return ctx;
}

function annotate(report: Report, locate: Locate): string[] {
  const { annotations, omitted } = annotationsFor(report, locate);
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.line };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  return omitted.length ? [`<details><summary>${omitted.length} more finding(s) without an annotation</summary>`, '', ...omitted.map((o) => `- ${escapeMarkdown(o.text)}`), '', '</details>'] : [];
}

async function comment(config: ActionConfig, body: string, report: Report): Promise<string | undefined> {
  const pr = github.context.payload.pull_request;
  if (config.comment === 'off' || !pr) return undefined;
  if (!config.githubToken) return '_No pull-request comment: the `github-token` input is empty._';
  const { owner, repo } = github.context.repo;
  const outcome = await upsertComment({
    octokit: github.getOctokit(config.githubToken),
    owner,
    repo,
    issueNumber: pr.number,
    body,
    mode: config.comment,
    allClear: report.summary.shortfall === 0 && report.summary.unknown === 0,
    id: config.commentId,
    warn: core.warning,
  });
  if (outcome.action === 'skipped' && outcome.reason) {
    log(`No pull-request comment: ${outcome.reason}`);
    return `_No pull-request comment: ${outcome.reason}_`;
  }
  if (outcome.url) core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
  return undefined;
}

export async function run(): Promise<void> {
  // `mode` picks the job: the pull-request check (default) or the scheduled org-wide scan and its shard merge.
  const mode = core.getInput('mode').trim() || 'check';
  // Each mode loads its AWS clients on first use (ncc emits the dynamic imports as chunks): check mode never loads the scan.
  if (mode === 'scan' || mode === 'merge' || mode === 'file-requests') return (await import('./scan.js')).runScanAction((name) => core.getInput(name));
  if (mode !== 'check') {
    core.setFailed(`Input 'mode' has the value '${mode}'; accepted values are: check, scan, merge, file-requests`);
    return;
  }
  setOutputs(undefined, '');
  core.setOutput('approved', 'false');
  try {
    const config = readInputs();
    const region = defaultRegion(config.region, process.env);
    const waivers = await loadWaivers(config.waivers, config.workingDirectory);
    const live = config.offline ? undefined : (await import('../live.js')).awsLive(region, log, { accountRoles: config.accountRoles });
    const api = config.increases ? (await import('../aws/increases.js')).awsIncreases({ log }) : undefined;
    let checked: Awaited<ReturnType<typeof checkChange>>;
    try {
      checked = await checkChange({
        files: await resolveFiles(config),
        region,
        live,
        check: { failOn: config.failOn, buffer: config.buffer, capacity: config.capacity, onReadError: config.onReadError, usePlanRoles: config.usePlanRoles, waivers },
        increase: api && config.increases ? { deps: { api, ...realClock, log }, options: { ...config.increases, context: changeContext() } } : undefined,
      });
    } finally {
      api?.destroy();
    }
    const { inputs, increased } = checked;
    // Hints in the action's words ("set the `region` input"), not the command line's.
    const report = phraseReport(checked.report, 'action');
    const requestsNote = increased
      ? requestsMarkdown(increased.requests, requestsSummary(increased.requests, { ...increased, waitMinutes: config.increases!.waitMinutes })).join('\n')
      : undefined;

    const reportPath = await writeReport('report', renderJson(report));
    setOutputs(report, reportPath);
    core.setOutput('approved', String(increased?.approved ?? false));

    const locate = locatorFor(inputs, config);
    const links = linksFromEnv(process.env);
    if (config.sarifFile) {
      const sarifPath = path.resolve(config.sarifFile);
      await mkdir(path.dirname(sarifPath), { recursive: true });
      await writeFile(sarifPath, renderSarif(report, { locate }));
      core.setOutput('sarif-file', sarifPath);
    }
    // A setup error is said once per root cause (below), not as one annotation per quota it left unread.
    const notes = annotate({ ...report, results: report.results.filter((r) => !r.setupError || r.status === 'shortfall') }, locate);
    const commentNote = await comment(config, renderMarkdown(report, { maxLength: COMMENT_LIMIT, locate, links, notes: requestsNote ? [requestsNote] : [] }), report);
    await core.summary.addRaw(renderMarkdown(report, { locate, links, notes: [...(requestsNote ? [requestsNote] : []), ...notes, ...(commentNote ? [commentNote] : [])] })).write();
    if (config.uploadReport) await uploadReport(reportPath, config.reportName);

    core.info(headline(report));
    const setupErrors = report.setupErrors ?? [];
    for (const e of setupErrors) {
      if (config.onReadError === 'fail') core.error(e, { title: 'quota-guard setup error' });
      else core.warning(e, { title: 'quota-guard setup error (on-read-error: warn)' });
    }
    if (gatesOnSetup(setupErrors, config.onReadError)) {
      const n = setupErrors.length;
      core.setFailed(`quota-guard could not read AWS: ${n === 1 ? 'the setup error above' : `the ${n} setup errors above`} must be fixed before the change can be checked. Set \`on-read-error: warn\` to report ${n === 1 ? 'it' : 'them'} as a warning instead.`);
    } else if (!report.passed) {
      const asked = increased?.requests.filter((r) => r.requestId || r.supportCase) ?? [];
      const why = asked.length ? ` Increase requests: ${asked.map(requestLine).join('; ')}.${increased!.timedOut ? ' The wait ran out; a later run picks them up again.' : ''}` : '';
      core.setFailed(`${headline(report)}. The deploy must not go ahead: see the job summary.${why}`);
    }
  } catch (err) {
    failStep(err, 'quota-guard', [], (message) => phrase(message, 'action'));
  }
}

