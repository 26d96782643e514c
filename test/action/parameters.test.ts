// The action's template-parameter inputs (issue 8): read and validated in src/action/inputs.ts, attached to the
// templates (never to plans or configs) by the file resolution.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { readInputs } from '../../src/action/inputs.js';
import { InputValueError } from '../../src/inputs/value-error.js';
import { resolveFiles } from '../../src/action/files.js';

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
const reader = (withs: Record<string, string>) => (name: string): string => {
  if (!(name in action.inputs)) throw new Error(`read an input that action.yml does not declare: ${name}`);
  return withs[name] ?? action.inputs[name].default ?? '';
};

describe('parameter-overrides and parameters-file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-action-params-'));
  writeFileSync(path.join(dir, 'stack.yaml'), 'Resources: {}\n');
  writeFileSync(path.join(dir, 'plan.json'), '{}');
  writeFileSync(path.join(dir, 'params.json'), JSON.stringify([{ ParameterKey: 'Env', ParameterValue: 'prod' }, { ParameterKey: 'Size', ParameterValue: '3' }, { ParameterKey: 'Old', UsePreviousValue: true }]));

  test('none given: no parameters', () => {
    expect(readInputs(reader({ template: 'stack.yaml' })).parameters).toBeUndefined();
  });

  test('pairs one per line or space-separated, a value with spaces whole on its own line; overrides win over the file', () => {
    const config = readInputs(reader({ template: 'stack.yaml', 'working-directory': dir, 'parameters-file': 'params.json', 'parameter-overrides': 'Size=5 Zones=a,b\nName=my web app\n' }));
    expect(config.parameters).toEqual({ Env: 'prod', Size: '5', Old: null, Zones: 'a,b', Name: 'my web app' });
  });

  test('templates carry them; plans do not', async () => {
    writeFileSync(path.join(dir, 'stack.yaml'), 'Parameters:\n  Env: { Type: String, Default: dev }\nResources: {}\n');
    const config = readInputs(reader({ template: 'stack.yaml', plan: 'plan.json', 'working-directory': dir, 'parameter-overrides': 'Env=prod' }));
    const files = await resolveFiles(config);
    expect(files.map((f) => [f.format, f.parameters])).toEqual([
      ['terraform', undefined],
      ['cloudformation', { Env: 'prod' }],
    ]);
  });

  test('a key the templates do not declare fails the file resolution', async () => {
    writeFileSync(path.join(dir, 'declared.yaml'), 'Parameters:\n  Env: { Type: String, Default: dev }\nResources: {}\n');
    const config = readInputs(reader({ template: 'declared.yaml', 'working-directory': dir, 'parameter-overrides': 'Env=prod\nEnvv=prod' }));
    await expect(resolveFiles(config)).rejects.toThrow('no template declares the parameter Envv given a value; the declared ones are: Env');
  });

  test('bad values name the input', () => {
    expect(() => readInputs(reader({ template: 'stack.yaml', 'parameter-overrides': '=x' }))).toThrow(new InputValueError(`Input 'parameter-overrides': "=x" is not Key=Value; accepted values are Key=Value pairs, one per line`));
    expect(() => readInputs(reader({ template: 'stack.yaml', 'working-directory': dir, 'parameters-file': 'missing.json' }))).toThrow(new InputValueError(`Input 'parameters-file': missing.json: file not found`));
  });
});
