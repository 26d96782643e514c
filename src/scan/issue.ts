// The sticky GitHub issue of the org-wide scan: one issue, found again by a hidden marker, edited in place on every
// run with one line per (account, region, quota) finding. Editing an issue body notifies nobody, so a quota that
// stays at 85 % does not alert every night; a comment — which does notify — is added only for lines that are new or
// worse than in the previous body (each line carries its key and level as `<!-- qg:ID:LEVEL -->`). The issue is
// closed when nothing is left at the tracked level, and reopened when something comes back. Same idea as the pull
// request comment (src/github/comment.ts): marker-based upsert over `octokit.paginate`.
import type { getOctokit } from '@actions/github';
import type { Level, ScanReport } from './model.js';
import { levelRank } from './findings.js';
import { issueLines, newOrWorse, parseIssueLines, parseIssueState, renderIssueBody, type IssueLine } from './markdown.js';
import { status } from '../github/comment.js';
import { firstN } from '../report/format.js';

type Octokit = ReturnType<typeof getOctokit>;

export const ISSUE_LABEL = 'quota-guard';
const ISSUE_TITLE = 'quota-guard: AWS service quota findings';
/** GitHub rejects issue bodies over 65,536 characters; the marker and a margin fit in the rest. */
const MAX_BODY = 64_000;
/** Lines listed in a notification comment; the body has them all. */
const MAX_COMMENT_LINES = 50;

export interface StickyIssueArgs {
  octokit: Octokit;
  owner: string;
  repo: string;
  report: ScanReport;
  /** Lines at this level or worse are tracked (default `warning`: critical, forecast, error, warning). */
  level?: Level;
  /** Tells several scans of one repository apart (`<!-- quota-guard-scan:ID -->`). */
  id?: string;
  title?: string;
  runUrl?: string;
  /**
   * The run scanned only some accounts or regions (e.g. one account-region named by an AWS Health event): replace
   * the lines of the account-regions it scanned and keep every other line of the issue as it was.
   */
  partial?: boolean;
}

export interface StickyIssueOutcome {
  action: 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'skipped';
  number?: number;
  url?: string;
  /** Lines new or worse since the previous run (what the notification comment listed). */
  newLines: number;
  reason?: string;
}

export function issueMarker(id?: string): string {
  const clean = (id ?? '').trim().replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/-{2,}/g, '-');
  return `<!-- quota-guard-scan${clean ? `:${clean}` : ''} -->`;
}

interface ExistingIssue {
  number: number;
  state: string;
  body?: string | null;
  html_url?: string;
}


/** 403 anywhere, 404/410 on a write: the token may not write issues (or they are off); skip with a reason. */
function notAllowed(error: unknown, write: boolean): StickyIssueOutcome | undefined {
  const s = status(error);
  const message = error instanceof Error ? error.message : String(error);
  if (s === 403 || (write && (s === 404 || s === 410))) {
    return { action: 'skipped', newLines: 0, reason: `the token cannot write issues (GitHub said ${s}: ${message}); give the job \`issues: write\`, or check that issues are enabled. The findings are in the job summary` };
  }
  return undefined;
}

function commentText(fresh: IssueLine[], reopened: boolean): string {
  const { shown, more } = firstN(fresh, MAX_COMMENT_LINES, (n) => `\n- … and ${n} more in the issue body`);
  const head = reopened ? `Reopened: ${fresh.length} finding(s) came back.` : `${fresh.length} new or worse finding(s) since the last scan:`;
  return `${head}\n\n${shown.map((l) => `- ${l.text}`).join('\n')}${more}\n`;
}

/** For a partial run: the previous lines outside what `report` scanned, to keep. */
function keptLines(report: ScanReport, previous: string): IssueLine[] {
  const scanned = new Map(report.targets.map((t) => [t.account, new Set([...t.regions, '*', 'global'])]));
  return parseIssueLines(previous).filter((l) => !scanned.get(l.account)?.has(l.region));
}

export async function syncStickyIssue(args: StickyIssueArgs): Promise<StickyIssueOutcome> {
  const { octokit, owner, repo, report } = args;
  const marker = issueMarker(args.id);
  const fresh = issueLines(report, args.level ?? 'warning');
  let lines = fresh;
  let body = '';
  const render = (): string => `${marker}\n${renderIssueBody(report, lines, { runUrl: args.runUrl, maxLength: MAX_BODY - marker.length - 1, level: args.level ?? 'warning' })}`;

  let existing: ExistingIssue | undefined;
  try {
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, state: 'all', labels: ISSUE_LABEL, per_page: 100 });
    existing = all
      .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.includes(marker))
      .sort((a, b) => a.number - b.number)[0];
  } catch (error) {
    const skip = notAllowed(error, false);
    if (skip) return skip;
    throw error;
  }

  if (args.partial && existing?.state === 'open') {
    lines = [...fresh, ...keptLines(report, existing.body ?? '')].sort((a, b) => levelRank(a.level) - levelRank(b.level));
  }
  body = render();

  try {
    if (!existing) {
      if (!lines.length) return { action: 'skipped', newLines: 0, reason: 'all clear and there is no issue to update' };
      const { data } = await octokit.rest.issues.create({ owner, repo, title: args.title ?? ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
      return { action: 'created', number: data.number, url: data.html_url, newLines: lines.length };
    }
    const number = existing.number;
    const url = existing.html_url;
    const open = existing.state === 'open';
    if (!lines.length) {
      if (!open) return { action: 'unchanged', number, url, newLines: 0 };
      await octokit.rest.issues.update({ owner, repo, issue_number: number, body, state: 'closed', state_reason: 'completed' });
      return { action: 'closed', number, url, newLines: 0 };
    }
    const notify = newOrWorse(fresh, open ? parseIssueState(existing.body ?? '') : new Map());
    await octokit.rest.issues.update({ owner, repo, issue_number: number, body, ...(open ? {} : { state: 'open' as const }) });
    if (notify.length) await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: commentText(notify, !open) });
    return { action: open ? 'updated' : 'reopened', number, url, newLines: notify.length };
  } catch (error) {
    const skip = notAllowed(error, true);
    if (skip) return skip;
    throw error;
  }
}
