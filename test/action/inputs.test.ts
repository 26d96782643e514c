import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readInputs } from '../../src/action/inputs.js';
import { DEFAULTS } from '../../src/increase/plan.js';
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

  test('increase requests: off by default; true files, wait only waits; every value is checked', () => {
    expect(readInputs(reader({ plan: 'p.json' })).increases).toBeUndefined();
    expect(readInputs(reader({ plan: 'p.json', 'request-increases': 'true' })).increases).toEqual({
      mode: 'file',
      policy: { supportCase: 'allow', supportSeverity: 'low', maxIncreaseFactor: 10, maxIncrease: { byQuota: {} }, maxRequests: 5 },
      waitMinutes: 30,
      pollSeconds: 60,
      track: [],
    });
    const tracked = JSON.stringify([{ region: 'eu-west-1', serviceCode: 'ec2', quotaCode: 'L-1216C47A', requestId: 'abc123' }]);
    const wait = readInputs(
      reader({ plan: 'p.json', 'request-increases': 'wait', 'support-case': 'never', 'max-increase-factor': '', 'max-increase': '100, L-1216C47A=512', 'wait-minutes': '0.5', 'track-requests': tracked }),
    ).increases!;
    expect(wait).toMatchObject({ mode: 'wait', waitMinutes: 0.5, policy: { supportCase: 'never', maxIncreaseFactor: undefined, maxIncrease: { default: 100, byQuota: { 'L-1216C47A': 512 } } } });
    expect(wait.track.map((t) => t.requestId)).toEqual(['abc123']);
    const bad = (withs: Record<string, string>) => () => readInputs(reader({ plan: 'p.json', ...withs }));
    expect(bad({ 'request-increases': 'yes' })).toThrow("Input 'request-increases' has the value 'yes'; accepted values are: false, true, wait, plan");
    expect(readInputs(reader({ plan: 'p.json', 'request-increases': 'plan' })).increases?.mode).toBe('plan');
    expect(bad({ 'support-case': 'sometimes' })).toThrow("Input 'support-case' has the value 'sometimes'; accepted values are allow, never, api");
    expect(bad({ 'support-severity': 'whenever' })).toThrow("Input 'support-severity' has the value 'whenever'; accepted values are low, normal, high, urgent, critical");
    expect(readInputs(reader({ plan: 'p.json', 'request-increases': 'true', 'support-case': 'api', 'support-severity': 'high' })).increases?.policy).toMatchObject({ supportCase: 'api', supportSeverity: 'high' });
    expect(bad({ 'max-increase-factor': '1' })).toThrow("Input 'max-increase-factor' has the value '1'; accepted values are numbers above 1, or empty / none for no factor cap");
    expect(bad({ 'max-increase': 'L-1216C47A=lots' })).toThrow(/^Input 'max-increase' has the value 'L-1216C47A=lots': "L-1216C47A=lots" is not a positive number/);
    expect(bad({ 'max-requests': '1.5' })).toThrow(/Input 'max-requests' has the value '1.5'; accepted values are whole numbers from 0/);
    expect(bad({ 'wait-minutes': '-1' })).toThrow(/Input 'wait-minutes'/);
    expect(bad({ 'poll-seconds': '0.2' })).toThrow("Input 'poll-seconds' has the value '0.2'; accepted values are seconds from 1");
    expect(bad({ 'track-requests': '{"a":1}' })).toThrow(/^Input 'track-requests' is not a JSON array/);
    expect(bad({ 'request-increases': 'true', offline: 'true' })).toThrow(/need the account's quotas and AWS credentials/);
  });

  test('action.yml declares the same request defaults the CLI uses', () => {
    const d = (name: string) => action.inputs[name].default;
    expect([d('request-increases'), d('support-case'), d('support-severity'), d('max-increase-factor'), d('max-increase'), d('max-requests'), d('wait-minutes'), d('poll-seconds'), d('track-requests')]).toEqual([
      'false',
      DEFAULTS.supportCase,
      DEFAULTS.supportSeverity,
      String(DEFAULTS.maxIncreaseFactor),
      '',
      String(DEFAULTS.maxRequests),
      String(DEFAULTS.waitMinutes),
      String(DEFAULTS.pollSeconds),
      '',
    ]);
  });

  test('the README inputs and outputs tables are the ones action.yml generates', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(render(readme)).toBe(readme);
  });
});
