// The action in `mode: scan`, `mode: merge` and `mode: file-requests`: inputs → scan (or merge of shard reports) → step outputs, job
// summary, sticky issue, JSON report artifact, and a failed step when fail-on says so. src/action/main.ts calls
// runScanAction when the mode is not `check`; every input is read through `read` (core.getInput there).
import * as core from '@actions/core';
import * as github from '@actions/github';
import * as glob from '@actions/glob';
import path from 'node:path';
import { escapeMarkdown } from '../report/markdown.js';
import { syncStickyIssue } from '../github/scan-issue.js';
import { issueText, renderScanMarkdown, scanHeadline } from '../scan/markdown.js';
import type { Level, ScanReport } from '../scan/model.js';
import { LEVELS } from '../scan/model.js';
import { parsePlannedRequests, readReports, resolveScanOptions, type Names } from '../scan/options.js';
import { InputValueError, named } from '../inputs/value-error.js';
import { boolInput as bool, failStep, runUrl, uploadReport, writeReport, type ErrorClass, type Read } from './common.js';
import type { PrewarmFiler } from '../scan/prewarm.js';
import { prewarmSummary } from '../scan/prewarm-text.js';
import { requestsMarkdown } from '../increase/render.js';
import { runContext } from '../increase/plan.js';
import { capInputs, capWording, parseIncreaseCaps } from '../increase/caps.js';
import { mergeScanReports, parseFailOn, renderScanJson } from '../scan/report.js';
import type { runScan } from '../scan/run.js';
import { scanWorkers } from '../scan/worker-entry.js';
import { splitList } from '../inputs/list.js';

export type { PrewarmFiler } from '../scan/prewarm.js';


export interface ScanActionHooks {
  /**
   * Files the DR prewarm requests (`prewarm: true` pairs) through the increase flow; default filePrewarm
   * (src/scan/prewarm.ts). Its records become the report's `requests` and the `requests` output, its lines notes
   * of the job summary.
   */
  prewarm?: PrewarmFiler;
  /** Runs the scan (tests). */
  scan?: typeof runScan;
}

const INPUT_NAMES: Names = {
  policy: "input 'policy'",
  accounts: "input 'accounts'",
  include: "input 'include-accounts'",
  exclude: "input 'exclude-accounts'",
  organizationalUnits: "input 'organizational-units'",
  regions: "input 'regions'",
  roleName: "input 'role-name'",
  externalId: "input 'external-id'",
  shard: "input 'shard'",
  forecast: "input 'forecast'",
  failOn: "input 'fail-on'",
  concurrency: "input 'concurrency'",
};

/**
 * The caps of the increases the scan files (DR prewarm, automation, file-requests) are the check's increase inputs
 * (action.yml declares them with the check's defaults), read by the same parser.
 */
function caps(read: Read) {
  return parseIncreaseCaps(capInputs(read), capWording((name) => `input '${name}'`));
}

/** The whole action.yml input list is shared with `check`; an input it does not declare reads as ''. */
function reader(read: Read): Read {
  return (name) => {
    try {
      return read(name) ?? '';
    } catch {
      return '';
    }
  };
}

/**
 * fail-on is one input for both modes, and action.yml's default is the check's `shortfall`: in scan mode the
 * check's values map to their scan equivalents (shortfall → critical, unknown → critical,error).
 */
function failOnInput(read: Read): string {
  const v = read('fail-on').trim().toLowerCase();
  if (v === '' || v === 'shortfall') return 'critical';
  if (v === 'unknown') return 'critical,error';
  return v;
}

function brief(report: ScanReport): string {
  // Outputs are small; the full list is in the report. Findings at warning or worse, at most 200.
  const rows = report.findings.filter((f) => LEVELS.indexOf(f.level) <= LEVELS.indexOf('warning')).slice(0, 200);
  return JSON.stringify(rows.map(({ key, kind, level, account, region, serviceCode, quotaCode, value, usage, expected, exhaustion, message }) => ({ key, kind, level, account, region, serviceCode, quotaCode, value, usage, expected, exhaustion, message })));
}

function setOutputs(report: ScanReport | undefined, reportPath: string, issueUrl = ''): void {
  core.setOutput('passed', report ? String(report.passed) : 'false');
  core.setOutput('report-path', report ? reportPath : '');
  core.setOutput('findings', report ? brief(report) : '[]');
  for (const l of LEVELS) core.setOutput(`${l}-count`, String(report?.totals.findings[l] ?? 0));
  core.setOutput('accounts', String(report?.totals.accounts ?? 0));
  core.setOutput('account-regions', String(report?.totals.accountRegions ?? 0));
  core.setOutput('issue-url', issueUrl);
  core.setOutput('requests', JSON.stringify(report?.requests ?? []));
}

async function stickyIssue(read: Read, report: ScanReport): Promise<{ note?: string; url?: string }> {
  if (!bool(read, 'issue', false)) return {};
  const token = read('github-token');
  if (!token) return { note: '_No issue: the `github-token` input is empty._' };
  const levelText = read('issue-level').trim() || 'warning';
  if (!(LEVELS as readonly string[]).includes(levelText)) throw new InputValueError(`input 'issue-level' has the value '${levelText}'; accepted values are ${LEVELS.join(', ')}`);
  const { owner, repo } = github.context.repo;
  const url = runUrl();
  const outcome = await syncStickyIssue({
    octokit: github.getOctokit(token),
    owner,
    repo,
    // A run narrowed to some accounts or regions (an AWS Health event) updates only their lines of the issue.
    text: issueText(report, { level: levelText as Level, partial: report.partial === true, ...(url ? { runUrl: url } : {}) }),
    id: read('issue-id').trim() || undefined,
    warn: core.warning,
  });
  if (outcome.action === 'skipped') {
    core.info(`No issue: ${outcome.reason}`);
    return { note: `_No issue: ${outcome.reason}_` };
  }
  core.info(`Issue ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}${outcome.newLines ? ` (${outcome.newLines} new or worse line(s))` : ''}`);
  return { ...(outcome.url ? { url: outcome.url } : {}), note: outcome.url ? `Tracking issue ${outcome.action}: ${outcome.url}` : undefined };
}

/** DR prewarm's filer, loaded when something is to be filed (it loads the STS and Service Quotas clients). */
const filePrewarm: PrewarmFiler = async (toFile, context) => (await import('../scan/prewarm.js')).filePrewarm(toFile, context);

/** `expected` gets the error classes that fail the step with their message alone, as the modes load them. */
async function scanOrMerge(read: Read, hooks: ScanActionHooks, expected: ErrorClass[]): Promise<{ report: ScanReport; reportName: string; notes: string[] }> {
  const mode = read('mode').trim() || 'scan';
  const dir = read('working-directory').trim() || '.';
  const baseName = read('report-name').trim() || 'quota-guard-report';
  if (mode === 'merge') {
    const patterns = splitList(read('reports'));
    if (!patterns.length) throw new InputValueError("input 'reports' is empty: give the shard reports to merge (e.g. shards/**/*.json)");
    const files = (await (await glob.create(patterns.map((p) => path.resolve(dir, p)).join('\n'), { matchDirectories: false })).glob()).sort();
    if (!files.length) throw new InputValueError(`input 'reports': no file matches ${patterns.join(', ')}`);
    const failOn = failOnInput(read);
    const canonical = named("input 'fail-on'", () => parseFailOn(failOn));
    const merged = mergeScanReports(await readReports(files.map((f) => path.relative(process.cwd(), f))), { failOn: canonical });
    return { report: merged, reportName: baseName, notes: [`Merged ${files.length} shard report(s).`] };
  }
  if (mode !== 'scan') throw new InputValueError(`input 'mode' has the value '${mode}'; runScanAction handles scan and merge`);
  const options = await resolveScanOptions(scanInputs(read), INPUT_NAMES, dir);
  if (options.externalId) core.setSecret(options.externalId);
  // Read before the scan, so that a bad value fails at once rather than after an hour of reading.
  const policy = caps(read);
  const workers = scanWorkers();
  // The scan and its AWS clients load here, not with the action: merge mode never loads them.
  const run = await import('../scan/run.js');
  expected.push(run.ScanSetupError);
  let report = await (hooks.scan ?? run.runScan)({ ...options, ...(workers ? { workers } : {}), log: core.info, group: core.group });
  const notes: string[] = [];
  // DR prewarm and the automation rules' increases, in one pass: one max-requests budget across every account.
  const toFile = [...report.prewarm, ...(report.automation ?? [])];
  if (toFile.length) {
    const filer = hooks.prewarm ?? filePrewarm;
    try {
      const out = await core.group(report.automation?.length ? 'quota-guard: increase requests' : 'quota-guard: DR prewarm', () =>
        filer(toFile, {
          settings: report.policy.scan,
          ...(options.externalId ? { externalId: options.externalId } : {}),
          policy,
          ...(options.credentials ? { credentials: options.credentials } : {}),
          change: runContext(process.env),
          log: core.info,
        }),
      );
      report = { ...report, requests: out.requests };
      notes.push(...out.lines);
    } catch (e) {
      // filePrewarm never throws; a hook might. The scan's report still counts.
      core.warning(`DR prewarm failed: ${(e as Error).message}`);
      notes.push(escapeMarkdown(`DR prewarm failed: ${(e as Error).message}. The requests listed above may not be filed.`));
    }
  }
  // Matrix jobs need distinct artifact names: the default name gets the shard appended.
  const reportName = options.shard && !read('report-name').trim() ? `${baseName}-shard-${options.shard.index}-of-${options.shard.count}` : baseName;
  return { report, reportName, notes };
}

/** The scan inputs, as resolveScanOptions takes them. */
function scanInputs(read: Read) {
  return {
    policy: read('policy'),
    accounts: read('accounts'),
    include: read('include-accounts'),
    exclude: read('exclude-accounts'),
    organizationalUnits: read('organizational-units'),
    regions: read('regions'),
    roleName: read('role-name'),
    externalId: read('external-id'),
    shard: read('shard'),
    forecast: read('forecast'),
    failOn: failOnInput(read),
    concurrency: read('concurrency'),
  };
}

/**
 * `mode: file-requests`, the approval job of the reusable workflow: files the increases a scan planned for approval
 * (`approved-requests`: the scan's `requests` output; only `planned` entries), in their member accounts, through the
 * same flow as prewarm and `auto` — an open request is reused, never a second one; the caps apply again. It runs in
 * a GitHub environment whose required reviewers approved what the scan's summary showed. The step fails when a
 * planned request could not be filed.
 */
async function runFileRequests(read: Read, hooks: ScanActionHooks): Promise<void> {
  const text = read('approved-requests').trim();
  if (!text) throw new InputValueError("input 'approved-requests' is empty: give the `requests` output of the scan job (needs.<scan job>.outputs.requests)");
  const planned = parsePlannedRequests(text, "input 'approved-requests'");
  const options = await resolveScanOptions(scanInputs(read), INPUT_NAMES, read('working-directory').trim() || '.');
  if (options.externalId) core.setSecret(options.externalId);
  const policy = caps(read);
  if (!planned.length) {
    core.setOutput('requests', '[]');
    core.setOutput('passed', 'true');
    await core.summary.addRaw('Nothing to file: the scan planned no increase for approval.\n').write();
    core.info('quota-guard: nothing to file: the scan planned no increase for approval');
    return;
  }
  const settings = { ...options.policy!.scan, ...options.overrides };
  const out = await core.group('quota-guard: approved increase requests', () =>
    (hooks.prewarm ?? filePrewarm)(planned, {
      settings,
      ...(options.externalId ? { externalId: options.externalId } : {}),
      policy,
      change: runContext(process.env),
      log: core.info,
    }),
  );
  const summary = prewarmSummary(out.requests, 'Approved increase requests');
  const failed = out.requests.filter((x) => x.outcome !== 'filed' && x.outcome !== 'reused');
  core.setOutput('requests', JSON.stringify(out.requests));
  core.setOutput('passed', String(!failed.length));
  await core.summary.addRaw(`${requestsMarkdown(out.requests, summary).join('\n')}\n`).write();
  core.info(summary);
  if (failed.length) core.setFailed(`${summary} Not filed: ${failed.map((x) => `${x.account} ${x.serviceCode}/${x.quotaCode} in ${x.region} (${x.outcome}${x.note ? `: ${x.note}` : ''})`).join('; ')}`);
}

export async function runScanAction(read: Read, hooks: ScanActionHooks = {}): Promise<void> {
  const r = reader(read);
  if ((r('mode').trim() || 'scan') === 'file-requests') {
    try {
      await runFileRequests(r, hooks);
    } catch (err) {
      failStep(err, 'quota-guard file-requests');
    }
    return;
  }
  setOutputs(undefined, '');
  const expected: ErrorClass[] = [];
  try {
    const { report, reportName, notes } = await scanOrMerge(r, hooks, expected);
    const reportPath = await writeReport(reportName, renderScanJson(report));
    const issue = await stickyIssue(r, report);
    setOutputs(report, reportPath, issue.url);
    await core.summary.addRaw(renderScanMarkdown(report, { notes: [...notes, ...(issue.note ? [issue.note] : [])] })).write();
    if (bool(r, 'upload-report', true)) await uploadReport(reportPath, reportName);
    core.info(scanHeadline(report));
    if (!report.passed) core.setFailed(`${scanHeadline(report)} (fail-on: ${report.failOn}). See the job summary.`);
  } catch (err) {
    failStep(err, 'quota-guard scan', expected);
  }
}
