import path from 'node:path';
import { defaultTerraformRoot, findBlocks, isLocalSource, parseAddress, terraformLocator, terragruntSource } from '../../src/github/terraform-locations.js';
import type { Source } from '../../src/model.js';

const src = (address: string, file = 'plan.json'): Source => ({ file, address, amount: 1 });

describe('parseAddress', () => {
  test('strips instance keys, including quoted keys with dots and brackets', () => {
    expect(parseAddress('module.app[0].module.db.aws_db_instance.main["a"]')).toEqual({ modulePath: 'module.app.module.db', mode: 'managed', type: 'aws_db_instance', name: 'main' });
    expect(parseAddress('module.x["a.b]c"].aws_instance.web[2]')).toEqual({ modulePath: 'module.x', mode: 'managed', type: 'aws_instance', name: 'web' });
    expect(parseAddress('aws_instance.web')).toEqual({ modulePath: '', mode: 'managed', type: 'aws_instance', name: 'web' });
    expect(parseAddress('module.a.data.aws_ami.ubuntu')).toEqual({ modulePath: 'module.a', mode: 'data', type: 'aws_ami', name: 'ubuntu' });
  });
  test('rejects what is not a Terraform address', () => {
    expect(parseAddress('WebServerGroup')).toBeUndefined(); // CloudFormation logical id
    expect(parseAddress('ec2.auto_scaling_groups[0]')).toBeUndefined(); // deploy-config path
    expect(parseAddress('AWS keeps 100 concurrent executions unreserved')).toBeUndefined();
    expect(parseAddress('module.app.aws_instance')).toBeUndefined();
    expect(parseAddress('aws_instance.web["unterminated')).toBeUndefined();
  });
});

describe('findBlocks', () => {
  test('finds resource and data headers with their 1-based lines', () => {
    const text = ['resource "aws_instance" "a" {', '}', '', '  resource  "aws_eip"\t"b"{ # note', '}', 'data "aws_ami" "c" {}'].join('\n');
    expect([...findBlocks(text)]).toEqual([
      ['aws_instance.a', 1],
      ['aws_eip.b', 4],
      ['data.aws_ami.c', 6],
    ]);
  });
  test('ignores comments, heredocs and unquoted labels', () => {
    const text = [
      '# resource "aws_instance" "x" {',
      '// resource "aws_instance" "x" {',
      '/* resource "aws_instance" "x" {',
      'resource "aws_instance" "x" {',
      '*/',
      'resource aws_instance x {',
      'locals {',
      '  s = <<EOF',
      'resource "aws_instance" "x" {',
      'EOF',
      '  t = "/* not a comment */ <<NOT"',
      '}',
      'resource "aws_instance" "x" {',
    ].join('\r\n');
    expect([...findBlocks(text)]).toEqual([['aws_instance.x', 13]]);
  });
  test('a string holding "/*" does not start a comment', () => {
    const text = ['locals { glob = "logs/*" }', 'resource "aws_s3_bucket" "b" {'].join('\n');
    expect(findBlocks(text).get('aws_s3_bucket.b')).toBe(2);
  });
});

test('isLocalSource', () => {
  expect(isLocalSource('./modules/app')).toBe(true);
  expect(isLocalSource('../db')).toBe(true);
  expect(isLocalSource('terraform-aws-modules/vpc/aws')).toBe(false);
  expect(isLocalSource('git::https://example.com/m.git')).toBe(false);
});

describe('terraformLocator with injected I/O', () => {
  const files: Record<string, string> = {
    '/repo/infra/main.tf': 'module "app" {\n  source = "./modules/app"\n}\nresource "aws_instance" "bastion" {\n}\n',
    '/repo/infra/modules/app/main.tf': 'module "db" {\n  source = "../db"\n}\n',
    '/repo/infra/modules/app/compute.tf': '\n\nresource "aws_instance" "web" {\n}\n',
    '/repo/infra/modules/db/rds.tf': 'resource "aws_db_instance" "main" {\n}\n',
  };
  const dirs: string[] = [];
  const readDir = (dir: string) => {
    dirs.push(dir);
    const prefix = `${dir}/`;
    return Object.keys(files)
      .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
      .map((f) => f.slice(prefix.length));
  };
  const readFile = (file: string) => {
    if (!(file in files)) throw new Error(`ENOENT ${file}`);
    return files[file];
  };
  const sources = { 'module.app': './modules/app', 'module.app.module.db': '../db', 'module.vpc': 'terraform-aws-modules/vpc/aws' };

  test('follows local module sources and returns repo-relative paths', () => {
    dirs.length = 0;
    const locate = terraformLocator('infra', sources, { repoRoot: '/repo', readDir, readFile });
    expect(locate(src('aws_instance.bastion'))).toEqual({ file: 'infra/main.tf', line: 4 });
    expect(locate(src('module.app[0].aws_instance.web[1]'))).toEqual({ file: 'infra/modules/app/compute.tf', line: 3 });
    expect(locate(src('module.app[0].module.db.aws_db_instance.main["a"]'))).toEqual({ file: 'infra/modules/db/rds.tf', line: 1 });
    expect(locate(src('module.app[0].module.db.aws_db_instance.main["b"]'))).toEqual({ file: 'infra/modules/db/rds.tf', line: 1 });
    // Each directory is listed once.
    expect(dirs).toEqual(['/repo/infra', '/repo/infra/modules/app', '/repo/infra/modules/db']);
  });

  test('unknown modules and missing blocks fall back (undefined)', () => {
    const locate = terraformLocator('infra', sources, { repoRoot: '/repo', readDir, readFile });
    expect(locate(src('module.vpc.aws_nat_gateway.this[0]'))).toBeUndefined(); // no module "vpc" call in infra/
    expect(locate(src('module.other.aws_instance.web'))).toBeUndefined();
    expect(locate(src('aws_instance.nowhere'))).toBeUndefined();
    expect(locate(src('MyQueue', 'template.yaml'))).toBeUndefined();
  });

  test('only sources of the given plan file are looked up', () => {
    const locate = terraformLocator('infra', sources, { repoRoot: '/repo', planFile: 'infra/plan.json', readDir, readFile });
    expect(locate(src('aws_instance.bastion', 'infra/plan.json'))).toEqual({ file: 'infra/main.tf', line: 4 });
    expect(locate(src('aws_instance.bastion', 'other/plan.json'))).toBeUndefined();
  });

  test('a module outside the repository root is not annotated', () => {
    const locate = terraformLocator('infra', { 'module.app': '../../elsewhere' }, { repoRoot: '/repo', readDir: () => ['main.tf'], readFile: () => 'resource "aws_instance" "web" {' });
    expect(locate(src('module.app.aws_instance.web'))).toBeUndefined();
  });

  test('a missing directory finds nothing instead of throwing', () => {
    const locate = terraformLocator('nope', {}, { repoRoot: '/repo', readDir: () => { throw new Error('ENOENT'); }, readFile });
    expect(locate(src('aws_instance.web'))).toBeUndefined();
  });
});

describe('terraformLocator on real files (test/fixtures/tf-source)', () => {
  const workingDirectory = path.join('test', 'fixtures', 'tf-source');
  const moduleSources = { 'module.app': './modules/app', 'module.app.module.db': '../db', 'module.vpc': 'terraform-aws-modules/vpc/aws' };
  const locate = terraformLocator(workingDirectory, moduleSources);

  test('root resource', () => {
    expect(locate(src('aws_instance.bastion'))).toEqual({ file: 'test/fixtures/tf-source/main.tf', line: 16 });
  });
  test('count instance in a local module, past a commented-out copy', () => {
    expect(locate(src('module.app[0].aws_instance.web[2]'))).toEqual({ file: 'test/fixtures/tf-source/modules/app/main.tf', line: 11 });
  });
  test('odd spacing and a trailing comment, not the copies in a heredoc or a // comment', () => {
    expect(locate(src('module.app[0].aws_eip.nat'))).toEqual({ file: 'test/fixtures/tf-source/modules/app/network.tf', line: 6 });
  });
  test('nested local module with for_each keys', () => {
    expect(locate(src('module.app[0].module.db.aws_db_instance.main["a"]'))).toEqual({ file: 'test/fixtures/tf-source/modules/db/main.tf', line: 5 });
    expect(locate(src('module.app[0].module.db.data.aws_rds_engine_version.pg'))).toEqual({ file: 'test/fixtures/tf-source/modules/db/main.tf', line: 1 });
  });
  test('registry module: the module call in the root module', () => {
    expect(locate(src('module.vpc.aws_vpc.this[0]'))).toEqual({ file: 'test/fixtures/tf-source/main.tf', line: 11 });
  });
  test('absolute repo root works the same', () => {
    const abs = terraformLocator(path.resolve(workingDirectory), moduleSources, { repoRoot: process.cwd() });
    expect(abs(src('aws_instance.bastion'))).toEqual({ file: 'test/fixtures/tf-source/main.tf', line: 16 });
  });
});

/** Injected I/O over an in-memory tree of files. */
function memory(files: Record<string, string>) {
  const readDir = (dir: string) => {
    const prefix = `${dir}/`;
    const names = new Set<string>();
    for (const f of Object.keys(files)) if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]);
    if (!names.size) throw new Error(`ENOENT ${dir}`);
    return [...names];
  };
  const readFile = (file: string) => {
    if (!(file in files)) throw new Error(`ENOENT ${file}`);
    return files[file];
  };
  return { readDir, readFile };
}

describe('modules not in the repository', () => {
  const io = memory({
    '/repo/infra/main.tf': 'module "app" {\n  source = "./app"\n}\n',
    '/repo/infra/app/main.tf': '\nmodule "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n',
  });
  test('a resource of a registry module nested in a local one is placed at the call in the local module', () => {
    const locate = terraformLocator('infra', { 'module.app': './app', 'module.app.module.vpc': 'terraform-aws-modules/vpc/aws', 'module.app.module.vpc.module.sub': './sub' }, { repoRoot: '/repo', ...io });
    expect(locate(src('module.app.module.vpc.aws_nat_gateway.this[0]'))).toEqual({ file: 'infra/app/main.tf', line: 2 });
    expect(locate(src('module.app.module.vpc.module.sub.aws_eip.x'))).toEqual({ file: 'infra/app/main.tf', line: 2 });
  });
});

describe('Terragrunt', () => {
  const unit = '/repo/live/prod/app';
  const cache = `${unit}/.terragrunt-cache/Ab12/Cd34`;
  const files = {
    [`${unit}/terragrunt.hcl`]: 'include "root" {\n  path = find_in_parent_folders()\n}\n\nterraform {\n  source = "../../../modules//app"\n}\n',
    '/repo/modules/app/main.tf': '\n\nresource "aws_instance" "web" {\n}\n',
    [`${cache}/app/main.tf`]: '\n\nresource "aws_instance" "web" {\n}\n',
    [`${cache}/app/provider.tf`]: 'resource "aws_iam_role" "generated" {\n}\n',
    [`${cache}/app/plan.json`]: '{}',
  };
  test('plan made in the cache: a copied file maps back to the module in the repository', () => {
    const locate = terraformLocator(`${cache}/app`, {}, { repoRoot: '/repo', ...memory(files) });
    expect(locate(src('aws_instance.web'))).toEqual({ file: 'modules/app/main.tf', line: 3 });
  });
  test('a file Terragrunt generated in the cache maps to the source line of terragrunt.hcl', () => {
    const locate = terraformLocator(`${cache}/app`, {}, { repoRoot: '/repo', ...memory(files) });
    expect(locate(src('aws_iam_role.generated'))).toEqual({ file: 'live/prod/app/terragrunt.hcl', line: 6 });
  });
  test('the unit folder as the root (plan JSON written next to terragrunt.hcl): its local module is read', () => {
    const locate = terraformLocator('live/prod/app', {}, { repoRoot: '/repo', ...memory(files) });
    expect(locate(src('aws_instance.web'))).toEqual({ file: 'modules/app/main.tf', line: 3 });
  });
  test('a remote Terragrunt source: every resource is placed at the source line', () => {
    const remote = { [`${unit}/terragrunt.hcl`]: 'terraform {\n  source = "tfr:///terraform-aws-modules/vpc/aws?version=5.0.0"\n}\n' };
    const locate = terraformLocator('live/prod/app', {}, { repoRoot: '/repo', ...memory(remote) });
    expect(locate(src('aws_vpc.this[0]'))).toEqual({ file: 'live/prod/app/terragrunt.hcl', line: 2 });
  });
  test('terragruntSource reads the terraform block only', () => {
    expect(terragruntSource('locals {\n  source = "x"\n}\nterraform {\n  extra = 1\n  source = "git::https://e.com/m.git//vpc?ref=v1"\n}\n')).toEqual({ line: 6, value: 'git::https://e.com/m.git//vpc?ref=v1' });
    expect(terragruntSource('terraform {\n}\nsource = "x"\n')).toBeUndefined();
    expect(terragruntSource('inputs = {}')).toBeUndefined();
  });
});

describe('defaultTerraformRoot', () => {
  const { readDir } = memory({ '/r/infra/main.tf': '', '/r/infra/plan.json': '', '/r/out/plan.json': '', '/r/tg/terragrunt.hcl': '', '/r/tg/plan.json': '' });
  test('the plan file folder when it holds .tf files or terragrunt.hcl (terraform -chdir=infra), else the fallback', () => {
    expect(defaultTerraformRoot('/r/infra/plan.json', '.', readDir)).toBe('/r/infra');
    expect(defaultTerraformRoot('/r/tg/plan.json', '.', readDir)).toBe('/r/tg');
    expect(defaultTerraformRoot('/r/out/plan.json', 'wd', readDir)).toBe('wd');
    expect(defaultTerraformRoot('/r/missing/plan.json', 'wd', readDir)).toBe('wd');
  });
});

test('findBlocks keys module calls as module.NAME', () => {
  expect([...findBlocks('module "vpc" {\n  source = "x"\n}\nresource "aws_eip" "a" {}')]).toEqual([
    ['module.vpc', 1],
    ['aws_eip.a', 4],
  ]);
});
