// The sticky GitHub issue of the org-wide scan: one issue, found again by a hidden marker, edited in place on every
// run with one line per (account, region, quota) finding. Editing an issue body notifies nobody, so a quota that
// stays at 85 % does not alert every night; a comment — which does notify — is added only for lines that are new or
// worse than in the previous body (each line carries its key and level as `<!-- qg:ID:LEVEL -->`). The issue is
// closed when nothing is left at the tracked level, and reopened when something comes back. Same idea as the pull
// request comment (./comment.ts): marker-based upsert over a bounded listing (./pages.ts). What the issue says is the
// scan's (issueText in src/scan/markdown.ts): this adapter finds, writes, closes and reopens it.
import type { getOctokit } from '@actions/github';
import { status } from './comment.js';
import { listCapped } from './pages.js';
import { firstN } from '../report/format.js';

type Octokit = ReturnType<typeof getOctokit>;

export const ISSUE_LABEL = 'quota-guard';
const ISSUE_TITLE = 'quota-guard: AWS service quota findings';
/** GitHub rejects issue bodies over 65,536 characters; the marker and a margin fit in the rest. */
const MAX_BODY = 64_000;
/** Lines listed in a notification comment; the body has them all. */
const MAX_COMMENT_LINES = 50;

/** What the issue says this run. */
export interface IssueContent {
  /** The body, without the marker. */
  body: string;
  /** Lines at the tracked level; none means all clear. */
  lines: number;
  /** The lines new or worse than in the open issue's body: what a notification comment lists. */
  notify: string[];
}

/** The content, given the body of the open issue (undefined when none is open) and the room the marker leaves. */
export type IssueText = (openBody: string | undefined, maxLength: number) => IssueContent;

export interface StickyIssueArgs {
  octokit: Octokit;
  owner: string;
  repo: string;
  text: IssueText;
  /** Tells several scans of one repository apart (`<!-- quota-guard-scan:ID -->`). */
  id?: string;
  title?: string;
  /** Gets a line when the labelled issues were too many to read them all (./pages.ts). */
  warn?: (line: string) => void;
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

function commentText(fresh: string[], reopened: boolean): string {
  const { shown, more } = firstN(fresh, MAX_COMMENT_LINES, (n) => `\n- … and ${n} more in the issue body`);
  const head = reopened ? `Reopened: ${fresh.length} finding(s) came back.` : `${fresh.length} new or worse finding(s) since the last scan:`;
  return `${head}\n\n${shown.map((l) => `- ${l}`).join('\n')}${more}\n`;
}

export async function syncStickyIssue(args: StickyIssueArgs): Promise<StickyIssueOutcome> {
  const { octokit, owner, repo } = args;
  const marker = issueMarker(args.id);

  let existing: ExistingIssue | undefined;
  try {
    const all = await listCapped(
      octokit.paginate.iterator(octokit.rest.issues.listForRepo, { owner, repo, state: 'all', labels: ISSUE_LABEL, per_page: 100 }),
      `issues labelled ${ISSUE_LABEL}`,
      'an issue of this scan after them is not found, so a new one may be opened',
      args.warn,
    );
    existing = all
      .filter((i) => !i.pull_request && typeof i.body === 'string' && i.body.includes(marker))
      .sort((a, b) => a.number - b.number)[0];
  } catch (error) {
    const skip = notAllowed(error, false);
    if (skip) return skip;
    throw error;
  }

  const open = existing?.state === 'open';
  const content = args.text(open ? (existing!.body ?? '') : undefined, MAX_BODY - marker.length - 1);
  const body = `${marker}\n${content.body}`;

  try {
    if (!existing) {
      if (!content.lines) return { action: 'skipped', newLines: 0, reason: 'all clear and there is no issue to update' };
      const { data } = await octokit.rest.issues.create({ owner, repo, title: args.title ?? ISSUE_TITLE, body, labels: [ISSUE_LABEL] });
      return { action: 'created', number: data.number, url: data.html_url, newLines: content.lines };
    }
    const number = existing.number;
    const url = existing.html_url;
    if (!content.lines) {
      if (!open) return { action: 'unchanged', number, url, newLines: 0 };
      await octokit.rest.issues.update({ owner, repo, issue_number: number, body, state: 'closed', state_reason: 'completed' });
      return { action: 'closed', number, url, newLines: 0 };
    }
    const notify = content.notify;
    await octokit.rest.issues.update({ owner, repo, issue_number: number, body, ...(open ? {} : { state: 'open' as const }) });
    if (notify.length) await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: commentText(notify, !open) });
    return { action: open ? 'updated' : 'reopened', number, url, newLines: notify.length };
  } catch (error) {
    const skip = notAllowed(error, true);
    if (skip) return skip;
    throw error;
  }
}
