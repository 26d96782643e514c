import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
// @ts-expect-error: a plain ESM script, no type declarations
import { render } from '../../scripts/readme-tables.mjs';

const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
/** Inputs as the runner passes them: action.yml defaults overridden by `with:`. */
const reader =
  (withs: Record<string, string>) =>
  (name: string): string => {
    if (!(name in action.inputs)) throw new Error(`read an input that action.yml does not declare: ${name}`);
    return withs[name] ?? action.inputs[name].default ?? '';
  };

describe('action inputs', () => {
  test('defaults from action.yml give a typed config', () => {
    const config = readInputs(reader({ plan: 'a.json\nplans/*.json, b.json', 'github-token': 't' }));
    expect(config).toMatchObject({
      plans: ['a.json', 'plans/*.json', 'b.json'],
      failOn: 'shortfall',
      offline: false,
      capacity: 'max',
      comment: 'update',
      uploadReport: true,
      workingDirectory: '.',
      reportName: 'quota-guard-report',
    });
    expect(config.buffer).toBeUndefined();
    expect(readInputs(reader({ config: 'c.yaml', buffer: '15%' })).buffer).toBeCloseTo(0.15);
  });

  test('a bad value names the input, the value and the accepted ones', () => {
    expect(() => readInputs(reader({ plan: 'p.json', 'fail-on': 'warning' }))).toThrow("Input 'fail-on' has the value 'warning'; accepted values are: shortfall, unknown, never");
    expect(() => readInputs(reader({ plan: 'p.json', offline: 'yes' }))).toThrow("Input 'offline' has the value 'yes'; accepted values are: true, false");
    expect(() => readInputs(reader({ plan: 'p.json', buffer: '120' }))).toThrow(/Input 'buffer' has the value '120'/);
    expect(() => readInputs(reader({ plan: 'p.json', region: 'Europe' }))).toThrow(/Input 'region' has the value 'Europe'/);
    expect(() => readInputs(reader({}))).toThrow(/Nothing to check/);
  });

  test('the README inputs and outputs tables are the ones action.yml generates', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(render(readme)).toBe(readme);
  });
});
