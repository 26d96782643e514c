// The GitHub Action: wires inputs → parsers → check → outputs, summary, annotations, PR comment, artifact, gate.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model.js';
import type { ParsedInput, Report, Result } from '../model.js';
import { readInputs, InputValueError } from './inputs.js';
import type { ActionConfig } from './inputs.js';
import { resolveFiles } from './files.js';
import { checkChange, defaultRegion } from '../check/pipeline.js';
import { renderJson } from '../report/report.js';
import { headline } from '../report/format.js';
import { escapeMarkdown, renderMarkdown } from '../report/markdown.js';
import { annotationsFor } from '../report/annotations.js';
import { terraformLocator } from '../github/terraform-locations.js';
import { upsertComment } from '../github/comment.js';
import { realClock } from '../increase/run.js';
import type { ChangeContext } from '../increase/plan.js';
import { requestLine } from '../increase/plan.js';
import { requestsMarkdown, requestsSummary } from '../increase/render.js';

const COMMENT_LIMIT = 65_000;

function brief(r: Result): Record<string, unknown> {
  const { account, region, serviceCode, quotaCode, quotaName, scope, required, usage, quota, buffer, reason } = r;
  return { account, region, serviceCode, quotaCode, quotaName, scope, required, usage, quota, buffer, reason };
}

function setOutputs(report: Report | undefined, reportPath: string): void {
  const of = (status: Result['status']): Result[] => report?.results.filter((r) => r.status === status) ?? [];
  core.setOutput('passed', report ? String(report.passed) : 'false');
  core.setOutput('shortfalls', JSON.stringify(of('shortfall').map(brief)));
  core.setOutput('unknowns', JSON.stringify(of('unknown').map(brief)));
  core.setOutput('report-path', report ? reportPath : '');
  core.setOutput('ok-count', String(report?.summary.ok ?? 0));
  core.setOutput('shortfall-count', String(report?.summary.shortfall ?? 0));
  core.setOutput('unknown-count', String(report?.summary.unknown ?? 0));
  core.setOutput('requests', JSON.stringify(report?.requests ?? []));
}

/** Where the change comes from, for the justification of each request. */
function changeContext(): ChangeContext {
  const { owner, repo } = github.context.repo;
  const pr = github.context.payload.pull_request as { number?: number; head?: { sha?: string } } | undefined;
  const ctx: ChangeContext = { repository: `${owner}/${repo}` };
  if (pr?.number !== undefined) ctx.pullRequest = pr.number;
  const sha = pr?.head?.sha ?? github.context.sha;
  if (sha) ctx.commit = sha;
  if (github.context.runId) ctx.runUrl = `${github.context.serverUrl}/${owner}/${repo}/actions/runs/${github.context.runId}`;
  return ctx;
}

function annotate(report: Report, inputs: ParsedInput[], workingDirectory: string): string[] {
  const locators = new Map(inputs.filter((i) => i.format === 'terraform').map((i) => [i.file, terraformLocator(workingDirectory, i.moduleSources ?? {})]));
  const { annotations, omitted } = annotationsFor(report, (source) => locators.get(source.file)?.(source));
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
  });
  if (outcome.action === 'skipped' && outcome.reason) {
    core.info(`No pull-request comment: ${outcome.reason}`);
    return `_No pull-request comment: ${outcome.reason}_`;
  }
  if (outcome.url) core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
  return undefined;
}

async function uploadReport(config: ActionConfig, reportPath: string): Promise<void> {
  if (!config.uploadReport) return;
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    core.info('Report artifact not uploaded: no Actions runtime here (running outside GitHub Actions).');
    return;
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(config.reportName, [reportPath], path.dirname(reportPath));
  } catch (err) {
    core.warning(`The report artifact could not be uploaded: ${(err as Error).message}`);
  }
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
    const live = config.offline ? undefined : (await import('../live.js')).awsLive(region, core.info);
    const api = config.increases ? (await import('../aws/increases.js')).awsIncreases({ log: core.info }) : undefined;
    let checked: Awaited<ReturnType<typeof checkChange>>;
    try {
      checked = await checkChange({
        files: await resolveFiles(config),
        region,
        live,
        check: { failOn: config.failOn, buffer: config.buffer, capacity: config.capacity },
        increase: api && config.increases ? { deps: { api, ...realClock, log: core.info }, options: { ...config.increases, context: changeContext() } } : undefined,
      });
    } finally {
      api?.destroy();
    }
    const { inputs, report, increased } = checked;
    const requestsNote = increased
      ? requestsMarkdown(increased.requests, requestsSummary(increased.requests, { ...increased, waitMinutes: config.increases!.waitMinutes })).join('\n')
      : undefined;

    const reportPath = path.join(process.env.RUNNER_TEMP || process.cwd(), 'quota-guard', 'report.json');
    await mkdir(path.dirname(reportPath), { recursive: true });
    await writeFile(reportPath, renderJson(report));
    setOutputs(report, reportPath);
    core.setOutput('approved', String(increased?.approved ?? false));

    const notes = annotate(report, inputs, config.workingDirectory);
    const commentNote = await comment(config, renderMarkdown(report, { maxLength: COMMENT_LIMIT, notes: requestsNote ? [requestsNote] : [] }), report);
    await core.summary.addRaw(renderMarkdown(report, { notes: [...(requestsNote ? [requestsNote] : []), ...notes, ...(commentNote ? [commentNote] : [])] })).write();
    await uploadReport(config, reportPath);

    core.info(headline(report));
    if (!report.passed) {
      const asked = increased?.requests.filter((r) => r.requestId || r.supportCase) ?? [];
      const why = asked.length ? ` Increase requests: ${asked.map(requestLine).join('; ')}.${increased!.timedOut ? ' The wait ran out; a later run picks them up again.' : ''}` : '';
      core.setFailed(`${headline(report)}. The deploy must not go ahead: see the job summary.${why}`);
    }
  } catch (err) {
    if (process.env.QUOTA_GUARD_DEBUG) core.info((err as Error).stack ?? String(err));
    if (err instanceof InputError) core.setFailed(`${err.file}: ${err.message}`);
    else if (err instanceof InputValueError) core.setFailed(err.message);
    else core.setFailed(`quota-guard failed: ${(err as Error).message}`);
  }
}

