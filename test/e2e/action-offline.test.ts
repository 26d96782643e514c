// End to end: the bundled dist/index.js, run as the runner runs it, offline (no AWS).
import { fakeGitHub, runAction } from './helpers.js';

const prEvent = { pull_request: { number: 7, head: { repo: { full_name: 'acme/infra' } }, base: { repo: { full_name: 'acme/infra' } } }, repository: { name: 'infra', owner: { login: 'acme' } } };

describe('dist/index.js offline', () => {
  test('a shortfall fails the step, sets outputs, writes the summary, annotates the plan and comments on the PR', async () => {
    const github = await fakeGitHub();
    try {
      const run = await runAction({ plan: 'test/fixtures/terraform/example-plan.json', offline: 'true' }, { GITHUB_API_URL: github.url }, prEvent);
      expect(run.code).toBe(1);
      expect(run.outputs).toMatchObject({ passed: 'false', 'shortfall-count': '1', 'unknown-count': '0', 'ok-count': '13' });
      const shortfalls = JSON.parse(run.outputs.shortfalls);
      expect(shortfalls).toEqual([expect.objectContaining({ quotaCode: 'L-1216C47A', region: 'eu-west-1', required: 54, quota: 5, usage: 0 })]);
      expect(run.outputs['report-path']).toMatch(/quota-guard\/report\.json$/);
      expect(run.summary).toMatch(/\| :x: Running On-Demand Standard/);
      expect(run.summary).toContain('13 quotas fit');
      const errors = run.annotations.filter((a) => a.level === 'error');
      expect(errors.map((a) => a.props.file)).toContain('test/fixtures/terraform/example-plan.json');
      expect(errors.some((a) => a.props.title?.startsWith('Quota shortfall'))).toBe(true);
      expect(run.stdout).toMatch(/::error::quota-guard failed: 1 shortfall, 13 ok\. The deploy must not go ahead/);
      const posts = github.requests.filter((r) => r.method === 'POST');
      expect(posts).toHaveLength(1);
      expect(posts[0].url).toBe('/repos/acme/infra/issues/7/comments');
      expect((posts[0].body as { body: string }).body).toMatch(/^<!-- quota-guard -->\n### :x: quota-guard failed/);
    } finally {
      await github.close();
    }
  });

  test('all clear: exit 0, passed=true, and no comment when none exists', async () => {
    const github = await fakeGitHub();
    try {
      const run = await runAction({ config: 'test/fixtures/config/small.yaml', offline: 'true' }, { GITHUB_API_URL: github.url }, prEvent);
      expect(run.code).toBe(0);
      expect(run.outputs).toMatchObject({ passed: 'true', 'shortfall-count': '0', shortfalls: '[]', unknowns: '[]' });
      expect(run.summary).toContain(':white_check_mark: quota-guard passed');
      expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
      expect(run.annotations).toEqual([]);
    } finally {
      await github.close();
    }
  });

  test('annotations point at the .tf line of each resource block, through local module sources', async () => {
    const run = await runAction({ plan: 'plan.json', offline: 'true', 'working-directory': 'test/fixtures/tf-source' });
    expect(run.code).toBe(1);
    const errors = run.annotations.filter((a) => a.props.file);
    // aws_instance.bastion in main.tf line 16; module.app[0].aws_instance.web[0] in modules/app/main.tf line 11
    // (the commented-out block at line 6 is not it).
    expect(errors.map((a) => `${a.props.file}:${a.props.line}`)).toEqual(['test/fixtures/tf-source/main.tf:16', 'test/fixtures/tf-source/modules/app/main.tf:11']);
  });

  test('a bad input fails with a message that names it, and outputs are still set', async () => {
    const run = await runAction({ plan: 'missing-plan.json', offline: 'true' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::Input 'plan': file 'missing-plan.json' not found (relative to working-directory '.')");
    expect(run.outputs.passed).toBe('false');
    const bad = await runAction({ plan: 'test/fixtures/terraform/example-plan.json', 'fail-on': 'sometimes' });
    expect(bad.stdout).toContain("::error::Input 'fail-on' has the value 'sometimes'; accepted values are: shortfall, unknown, never");
  });
});
