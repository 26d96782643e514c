// Template parameters from the command line (issue 8): --parameter-overrides as aws cloudformation deploy takes
// them, --parameters files in the create-stack and CodePipeline forms; the values decide resource conditions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Report } from '../../src/model.js';
import { FIXTURES } from '../helpers/load.js';

const template = path.join(FIXTURES, 'cloudformation/web-stack.yaml');
const dir = mkdtempSync(path.join(tmpdir(), 'qg-params-'));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t), env: {} });
  return { code, out, err };
}

/** EIPs the template needs: EipA always, EipB only when Env is prod. */
async function eips(...flags: string[]): Promise<number | undefined> {
  const { out, err } = await cli('check', '--offline', '--region', 'us-west-2', '--fail-on', 'never', '--format', 'json', '--template', template, ...flags);
  expect(err).toBe('');
  return (JSON.parse(out) as Report).results.find((r) => r.quotaCode === 'L-0263D0A3')?.required;
}

describe('template parameters on the command line', () => {
  test('the defaults decide the conditions (Env staging: one EIP)', async () => {
    expect(await eips()).toBe(1);
  });

  test('--parameter-overrides takes several Key=Value arguments, as aws cloudformation deploy does', async () => {
    expect(await eips('--parameter-overrides', 'Env=prod', 'BatchMax=2')).toBe(2);
    expect(await eips('--parameter-overrides', 'BatchMax=2', '--parameter-overrides', 'Env=prod')).toBe(2);
  });

  test('--parameters reads the create-stack and the CodePipeline forms; overrides win', async () => {
    const createStack = path.join(dir, 'create-stack.json');
    writeFileSync(createStack, JSON.stringify([{ ParameterKey: 'Env', ParameterValue: 'prod' }]));
    const pipeline = path.join(dir, 'pipeline.json');
    writeFileSync(pipeline, JSON.stringify({ Parameters: { Env: 'prod' }, Tags: { team: 'a' } }));
    expect(await eips('--parameters', createStack)).toBe(2);
    expect(await eips('--parameters', pipeline)).toBe(2);
    expect(await eips('--parameters', pipeline, '--parameter-overrides', 'Env=dev')).toBe(1);
  });

  test('a key no template declares is refused: a misspelt one would leave the default deciding the conditions', async () => {
    const { code, err } = await cli('check', '--offline', '--template', template, '--parameter-overrides', 'Evn=prod');
    expect(code).toBe(2);
    expect(err).toBe(`quota-guard: ${template}: no template declares the parameter Evn given a value; the declared ones are: MaxSize, Env, BatchMax\n`);
    // A key that one of several templates declares is fine.
    const other = path.join(dir, 'other.yaml');
    writeFileSync(other, 'Parameters:\n  Size: { Type: Number, Default: 1 }\nResources:\n  Q: { Type: AWS::SQS::Queue }\n');
    expect((await cli('check', '--offline', '--region', 'us-west-2', '--template', template, '--template', other, '--parameter-overrides', 'Size=2', 'Env=prod')).err).toBe('');
  });

  test('bad values are one line naming the flag or the file', async () => {
    expect((await cli('check', '--offline', '--template', template, '--parameter-overrides', 'Env')).err).toBe('quota-guard: --parameter-overrides: "Env" is not Key=Value\n');
    expect((await cli('check', '--offline', '--template', template, 'stray')).err).toBe('quota-guard: unexpected argument "stray"; try: quota-guard --help\n');
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ Parameters: { Env: ['prod'] } }));
    expect((await cli('check', '--offline', '--template', template, '--parameters', bad)).err).toBe(`quota-guard: ${bad}: Parameters.Env: the value must be a string, not a list\n`);
    writeFileSync(bad, JSON.stringify({ Env: 'prod' }));
    expect((await cli('check', '--offline', '--template', template, '--parameters', bad)).err).toMatch(/bad\.json: expected \[\{"ParameterKey"/);
    expect((await cli('check', '--offline', '--template', template, '--parameters', path.join(dir, 'none.json'))).err).toMatch(/none\.json: file not found\n$/);
  });
});
