// One sticky pull-request comment, found again by a hidden marker. `update` (the default, the quietest) edits it in
// place; `new` adds one per run; `delete-and-new` removes the old ones and adds one at the bottom; `off` does nothing.
// When everything fits and there is no comment yet, nothing is posted: an all-clear only replaces an earlier report.
// A token that cannot write (pull request from a fork, `pull-requests: read`) is not an error: the job summary still
// has the report.
import type { getOctokit } from '@actions/github';
import { listCapped } from './pages.js';

export type CommentMode = 'update' | 'new' | 'delete-and-new' | 'off';

export const COMMENT_MODES: readonly CommentMode[] = ['update', 'new', 'delete-and-new', 'off'];

/** Hidden marker that identifies our comment. `commentMarker(id)` gives the variant for several checks per PR. */
export const COMMENT_MARKER = '<!-- quota-guard -->';

/** GitHub rejects comment bodies longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

type Octokit = ReturnType<typeof getOctokit>;

export interface CommentArgs {
  octokit: Octokit;
  owner: string;
  repo: string;
  issueNumber: number;
  /** Markdown body without the marker (the marker is added here). */
  body: string;
  mode: CommentMode;
  /** Nothing short or unknown: do not start a new comment just to say so. */
  allClear: boolean;
  /** Tells several quota-guard checks on one pull request apart (`<!-- quota-guard:ID -->`). */
  id?: string;
  /** Gets a line when the comments were too many to read them all (src/github/pages.ts). */
  warn?: (line: string) => void;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'recreated' | 'skipped';
  /** Why nothing was posted, for the log and the job summary. */
  reason?: string;
  url?: string;
}

/** The marker for a check id. Characters that could end the HTML comment or break the match are replaced. */
export function commentMarker(id?: string): string {
  const clean = (id ?? '').trim().replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/-{2,}/g, '-');
  return clean ? `<!-- quota-guard:${clean} -->` : COMMENT_MARKER;
}

const TRUNCATION_NOTE = '\n\n_The report is too long for a comment; see the job summary or the JSON report artifact for all rows._\n';

/** Marker + body, cut at a line break so that the result stays under GitHub's limit. The marker is always kept. */
export function commentBody(body: string, marker: string = COMMENT_MARKER, max: number = MAX_COMMENT_LENGTH - 1): string {
  const full = `${marker}\n${body}`;
  if (full.length <= max) return full;
  const room = max - TRUNCATION_NOTE.length;
  let cut = full.lastIndexOf('\n', room);
  if (cut <= marker.length) cut = room;
  // Never split a surrogate pair.
  const code = full.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return full.slice(0, cut) + TRUNCATION_NOTE;
}

const FORK_REASON =
  'the token cannot write comments (pull request from a fork?); the report is in the job summary. Give the job `pull-requests: write` to get the comment';

/** HTTP status of an Octokit error. */
export function status(error: unknown): number | undefined {
  const s = (error as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A 403 anywhere, or a 404 on a write, means "not allowed": skip with a reason instead of failing the check. */
function notAllowed(error: unknown, write: boolean): CommentOutcome | undefined {
  const s = status(error);
  if (s === 403 && /rate limit/i.test(message(error))) {
    return { action: 'skipped', reason: `GitHub rate limit reached, comment not posted (${message(error)}); the report is in the job summary` };
  }
  if (s === 403 || (write && s === 404)) return { action: 'skipped', reason: `${FORK_REASON} (GitHub said ${s}: ${message(error)})` };
  return undefined;
}

interface ExistingComment {
  id: number;
  html_url?: string;
}

/**
 * Of the comments carrying the marker, the ones this token wrote: anyone can paste the marker into a comment, and
 * updating or deleting theirs would put our report under their name. The workflow token writes as a bot
 * (github-actions[bot]); a personal token writes as its user, whose login GET /user gives (it fails for bot tokens).
 */
async function ownComments<C extends { user?: { login?: string; type?: string } | null }>(octokit: Octokit, marked: C[]): Promise<C[]> {
  const byBot = marked.filter((c) => c.user?.type === 'Bot');
  if (byBot.length === marked.length) return byBot;
  let login: string | undefined;
  try {
    login = (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    login = undefined;
  }
  return marked.filter((c) => c.user?.type === 'Bot' || (login !== undefined && c.user?.login === login));
}

export async function upsertComment(args: CommentArgs): Promise<CommentOutcome> {
  const { octokit, owner, repo, issueNumber: issue_number, mode, allClear } = args;
  if (mode === 'off') return { action: 'skipped', reason: 'comments are turned off (comment mode "off")' };
  const marker = commentMarker(args.id);
  const body = commentBody(args.body, marker);

  let existing: ExistingComment[];
  try {
    const all = await listCapped(
      octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
      'comments of the pull request',
      'an earlier quota-guard comment after them is not found, so a new one may be posted',
      args.warn,
    );
    existing = await ownComments(octokit, all.filter((c) => typeof c.body === 'string' && c.body.includes(marker)));
  } catch (error) {
    const skip = notAllowed(error, false);
    if (skip) return skip;
    throw error;
  }

  if (allClear && existing.length === 0) return { action: 'skipped', reason: 'nothing to report: every quota fits and there is no earlier comment to update' };

  try {
    if (mode === 'update' && existing.length > 0) {
      // The newest one is the one people see; older duplicates (from `new` runs) are left alone.
      const target = existing[existing.length - 1];
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: target.id, body });
      return { action: 'updated', url: data.html_url };
    }
    let deleted = 0;
    if (mode === 'delete-and-new') {
      for (const c of existing) {
        try {
          await octokit.rest.issues.deleteComment({ owner, repo, comment_id: c.id });
          deleted++;
        } catch (error) {
          if (status(error) !== 404) throw error; // already gone
        }
      }
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
    return { action: mode === 'delete-and-new' && deleted > 0 ? 'recreated' : 'created', url: data.html_url };
  } catch (error) {
    const skip = notAllowed(error, true);
    if (skip) return skip;
    throw error;
  }
}
