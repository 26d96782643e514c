// The links of a report run on GitHub Actions — the repository, the pull request's head commit and the workflow run —
// from the runner's default environment variables
// (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables) and the event
// payload. For a pull request GITHUB_SHA is the merge commit; lines are linked at the head commit the author pushed.
import { readFileSync } from 'node:fs';
import type { Links } from '../report/markdown.js';

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/** The links for the report, or undefined outside GitHub Actions (or when the variables are not what they should be). */
export function linksFromEnv(env: NodeJS.ProcessEnv, readFile: (file: string) => string = (f) => readFileSync(f, 'utf8')): Links | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^https:\/\/[^\s/]+$/.test(server) || !REPOSITORY.test(repository)) return undefined;
  let sha = env.GITHUB_SHA ?? '';
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFile(env.GITHUB_EVENT_PATH)) as { pull_request?: { head?: { sha?: unknown } } };
      const head = event.pull_request?.head?.sha;
      if (typeof head === 'string') sha = head;
    } catch {
      // no readable event: the commit of the run
    }
  }
  if (!SHA.test(sha)) return undefined;
  const repoUrl = `${server}/${repository}`;
  const runId = env.GITHUB_RUN_ID ?? '';
  const attempt = env.GITHUB_RUN_ATTEMPT ?? '';
  const runUrl = /^\d+$/.test(runId) ? `${repoUrl}/actions/runs/${runId}${/^[2-9]\d*$|^1\d+$/.test(attempt) ? `/attempts/${attempt}` : ''}` : undefined;
  return { repoUrl, sha, ...(runUrl ? { runUrl } : {}) };
}
