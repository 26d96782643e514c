import path from 'node:path';
import { locatorFor } from '../../src/github/locate.js';
import { linksFromEnv } from '../../src/github/context.js';
import type { ParsedInput, Source } from '../../src/model.js';

const plan = (file: string, moduleSources: Record<string, string> = {}): ParsedInput => ({ file, format: 'terraform', changes: [], moduleSources });
const src = (file: string, address: string): Source => ({ file, address, amount: 1 });
const TF = path.join('test', 'fixtures', 'tf-source');

describe('locatorFor', () => {
  test('a plan made with terraform -chdir: the .tf files next to the plan file, without any setting', () => {
    const locate = locatorFor([plan(`${TF}/plan.json`, { 'module.app': './modules/app' })], { workingDirectory: '.' });
    expect(locate(src(`${TF}/plan.json`, 'aws_instance.bastion'))).toEqual({ file: `${TF}/main.tf`, line: 16 });
    expect(locate(src(`${TF}/plan.json`, 'module.app[0].aws_instance.web[0]'))).toEqual({ file: `${TF}/modules/app/main.tf`, line: 11 });
  });
  test('terraform-root, relative to the working directory, wins for a plan kept elsewhere', () => {
    const locate = locatorFor([plan('test/fixtures/terraform/example-plan.json')], { workingDirectory: 'test/fixtures', terraformRoot: 'tf-source' });
    expect(locate(src('test/fixtures/terraform/example-plan.json', 'aws_instance.bastion'))).toEqual({ file: `${TF}/main.tf`, line: 16 });
    const none = locatorFor([plan('test/fixtures/terraform/example-plan.json')], { workingDirectory: '.' });
    expect(none(src('test/fixtures/terraform/example-plan.json', 'aws_instance.bastion'))).toBeUndefined();
  });
  test('sources of other inputs are not looked up in a plan', () => {
    const locate = locatorFor([plan(`${TF}/plan.json`)], { workingDirectory: '.' });
    expect(locate(src('test/fixtures/config/small.yaml', 'aws_instance.bastion'))).toBeUndefined();
  });
});

describe('linksFromEnv', () => {
  const sha = 'a'.repeat(40);
  const head = 'b'.repeat(40);
  const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/infra', GITHUB_SHA: sha, GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '1' };
  test('repository, commit and run from the runner variables', () => {
    expect(linksFromEnv(env)).toEqual({ repoUrl: 'https://github.com/acme/infra', sha, runUrl: 'https://github.com/acme/infra/actions/runs/42' });
    expect(linksFromEnv({ ...env, GITHUB_RUN_ATTEMPT: '2' })?.runUrl).toBe('https://github.com/acme/infra/actions/runs/42/attempts/2');
  });
  test('a pull request links lines at its head commit, not the merge commit', () => {
    const read = () => JSON.stringify({ pull_request: { head: { sha: head } } });
    expect(linksFromEnv({ ...env, GITHUB_EVENT_PATH: '/event.json' }, read)?.sha).toBe(head);
    expect(linksFromEnv({ ...env, GITHUB_EVENT_PATH: '/missing.json' }, () => { throw new Error('ENOENT'); })?.sha).toBe(sha);
  });
  test('outside GitHub Actions or with odd values: no links', () => {
    expect(linksFromEnv({})).toBeUndefined();
    expect(linksFromEnv({ ...env, GITHUB_REPOSITORY: 'acme/infra)[x' })).toBeUndefined();
    expect(linksFromEnv({ ...env, GITHUB_SHA: 'main' })).toBeUndefined();
    expect(linksFromEnv({ ...env, GITHUB_SERVER_URL: 'javascript:alert(1)' })).toBeUndefined();
  });
});
