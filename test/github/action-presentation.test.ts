// End to end (dist/index.js as the runner runs it, offline): the PR comment links lines at the pull request's head
// commit and ends with the run and the commit; annotations and SARIF land on the .tf lines of a plan made in a
// subfolder (terraform -chdir) without any setting.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fakeGitHub, runAction } from '../e2e/helpers.js';
import { main } from '../../src/cli/main.js';

const HEAD = 'c0ffee0123456789abcdef0123456789abcdef01';
const event = { pull_request: { number: 7, head: { sha: HEAD } }, repository: { name: 'infra', owner: { login: 'acme' } } };

test('comment links, footer, annotations and a SARIF file for a plan in a subfolder', async () => {
  const github = await fakeGitHub();
  const sarif = path.join(mkdtempSync(path.join(tmpdir(), 'qg-sarif-')), 'out', 'quota-guard.sarif');
  try {
    const run = await runAction(
      { plan: 'test/fixtures/tf-source/plan.json', offline: 'true', 'sarif-file': sarif },
      { GITHUB_API_URL: github.url, GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '99', GITHUB_SERVER_URL: 'https://github.com' },
      event,
    );
    expect(run.code).toBe(1);
    expect(run.annotations.filter((a) => a.props.file).map((a) => `${a.props.file}:${a.props.line}`)).toEqual(['test/fixtures/tf-source/main.tf:16', 'test/fixtures/tf-source/modules/app/main.tf:11']);
    const body = github.comments[0].body;
    expect(body).toContain(`(https://github.com/acme/infra/blob/${HEAD}/test/fixtures/tf-source/main.tf#L16)`);
    expect(body).toContain(`[workflow run](https://github.com/acme/infra/actions/runs/99) · commit [\`c0ffee0\`](https://github.com/acme/infra/commit/${HEAD})`);
    expect(run.summary).toContain(body.replace(/^<!-- quota-guard -->\n/, '').split('\n<sub>quota-guard')[0]);
    expect(run.outputs['sarif-file']).toBe(sarif);

    // The CLI's --format markdown, in the same run's environment, prints exactly the comment.
    const eventFile = path.join(path.dirname(sarif), 'event.json');
    writeFileSync(eventFile, JSON.stringify(event));
    let out = '';
    const env = { GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '99', GITHUB_SERVER_URL: 'https://github.com', GITHUB_EVENT_PATH: eventFile };
    await main(['check', '--offline', '--plan', 'test/fixtures/tf-source/plan.json', '--format', 'markdown'], { stdout: (t) => (out += t), stderr: () => undefined, env });
    expect(`<!-- quota-guard -->\n${out}`).toBe(body);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[] };
    const uris = log.runs[0].results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region?.startLine}`);
    expect(uris).toEqual(['test/fixtures/tf-source/main.tf:16', 'test/fixtures/tf-source/modules/app/main.tf:11']);
  } finally {
    await github.close();
  }
});

test('a terraform-root that does not exist is one clear error naming the input', async () => {
  const run = await runAction({ plan: 'test/fixtures/tf-source/plan.json', offline: 'true', 'terraform-root': 'infra' });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain("::error::Input 'terraform-root': folder 'infra' not found (relative to working-directory '.')");
});
