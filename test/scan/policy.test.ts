// quota-guard.yml: defaults, every section, and errors that name the file, the path and the line.
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/model.js';
import { DEFAULT_WATCHED_CODES } from '../../src/scan/defaults.js';
import { defaultPolicy, parsePolicy } from '../../src/scan/policy.js';

const error = (text: string): string => {
  try {
    parsePolicy(text, 'quota-guard.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return `${(e as InputError).file}: ${(e as Error).message}`;
  }
  throw new Error('expected an error');
};

describe('parsePolicy', () => {
  test('an empty file is the default policy: organization, enabled regions, 70/80/90, forecast on, catalog quotas with usage metrics', () => {
    const p = parsePolicy('', 'quota-guard.yml');
    expect(p).toEqual(defaultPolicy());
    expect(p.scan).toEqual({ accounts: 'organization', include: [], exclude: [], organizationalUnits: [], regions: 'enabled', roleName: 'QuotaGuardReadOnly', homeRegion: 'us-east-1' });
    expect(p.thresholds).toEqual({ info: 70, warning: 80, critical: 90 });
    expect(p.forecast).toEqual({ enabled: true, withinDays: 30, historyDays: 30 });
    expect(p.quotas.map((q) => q.quotaCode)).toEqual([...DEFAULT_WATCHED_CODES]);
    expect(p.quotas.find((q) => q.quotaCode === 'L-B99A9384')).toMatchObject({ serviceCode: 'lambda', name: 'Concurrent executions' });
  });

  test('the shipped example parses, and says what it promises', () => {
    const p = parsePolicy(readFileSync('quota-guard.example.yml', 'utf8'), 'quota-guard.example.yml');
    expect(p.environments.map((e) => e.name)).toEqual(['production', 'disaster_recovery', 'staging', 'development']);
    expect(p.environments[0]).toMatchObject({ severity: 'critical', drift: 'warning' });
    expect(p.dr.length).toBeGreaterThan(0);
    expect(p.quotas.some((q) => q.quotaCode === 'L-1216C47A' && q.thresholds?.critical === 85)).toBe(true);
    expect(p.quotas.find((q) => q.quotaCode === 'L-1216C47A')?.automation).toEqual({ level: 'auto' });
    expect(p.quotas.find((q) => q.quotaCode === 'L-B99A9384')?.automation).toEqual({ level: 'request', targetUtilisation: 0.5 });
    expect(p.automation).toEqual({ level: 'notify', targetUtilisation: 0.6, triggers: { utilisation: 90, forecastDays: 14, baseline: true, drParity: true } });
  });

  test('every section', () => {
    const p = parsePolicy(
      `version: 1
scan:
  accounts: ["111111111111", 222222222222]
  include: ["111111111111"]
  exclude: ["333333333333"]
  organizational-units: [ou-ab12-12345678, r-ab12]
  regions: [eu-west-1, us-east-1]
  role-name: team/QuotaReader
  home-region: eu-west-1
thresholds: { info: 60, warning: 75 }
forecast: { enabled: true, within-days: 14, history-days: 21 }
quotas:
  - defaults
  - quota: ec2/L-1216C47A
    thresholds: { critical: 95 }
  - sagemaker/L-ABCDEF12
environments:
  production:
    match: { accounts: ["111111111111"], names: ["*-prod"], tags: { Environment: [prod, production] } }
    baselines:
      ec2/L-1216C47A: { default: 256, us-east-1: 1024 }
      L-B99A9384: 3000
  sandbox:
    match: { names: ["sandbox-*"] }
    severity: info
    drift: false
dr:
  - primary: us-east-1
    secondary: us-west-2
    standby: warm
    multiplier: 0.6
    environments: [production]
    quotas: [ec2/L-1216C47A]
    prewarm: true
`,
      'quota-guard.yml',
    );
    expect(p.scan).toEqual({
      accounts: ['111111111111', '222222222222'],
      include: ['111111111111'],
      exclude: ['333333333333'],
      organizationalUnits: ['ou-ab12-12345678', 'r-ab12'],
      regions: ['eu-west-1', 'us-east-1'],
      roleName: 'team/QuotaReader',
      homeRegion: 'eu-west-1',
    });
    expect(p.thresholds).toEqual({ info: 60, warning: 75, critical: 90 });
    expect(p.forecast).toEqual({ enabled: true, withinDays: 14, historyDays: 21 });
    expect(p.quotas.find((q) => q.quotaCode === 'L-1216C47A')).toMatchObject({ thresholds: { critical: 95 } });
    expect(p.quotas.at(-1)).toEqual({ serviceCode: 'sagemaker', quotaCode: 'L-ABCDEF12' });
    expect(p.quotas).toHaveLength(DEFAULT_WATCHED_CODES.length + 1);
    expect(p.environments[0]).toEqual({
      name: 'production',
      match: { accounts: ['111111111111'], names: ['*-prod'], tags: { Environment: ['prod', 'production'] } },
      severity: 'critical',
      drift: 'warning',
      baselines: [
        { serviceCode: 'ec2', quotaCode: 'L-1216C47A', value: 256, regions: { 'us-east-1': 1024 } },
        { serviceCode: 'lambda', quotaCode: 'L-B99A9384', value: 3000 },
      ],
    });
    expect(p.environments[1]).toMatchObject({ name: 'sandbox', severity: 'info', drift: null });
    expect(p.dr).toEqual([
      { primary: 'us-east-1', secondary: 'us-west-2', standby: 'warm', multiplier: 0.6, environments: ['production'], quotas: [{ serviceCode: 'ec2', quotaCode: 'L-1216C47A' }], prewarm: true, level: 'warning' },
    ]);
  });

  test('standby modes set the multiplier and the level', () => {
    const p = parsePolicy('dr:\n  - { primary: us-east-1, secondary: us-west-2, standby: hot }\n  - { primary: us-east-1, secondary: us-west-1, standby: cold }\n  - { primary: eu-west-1, secondary: eu-central-1, standby: failover }\n', 'q.yml');
    expect(p.dr.map((d) => [d.standby, d.multiplier, d.level])).toEqual([
      ['hot', 1, 'critical'],
      ['cold', 0.1, 'warning'],
      ['failover', 1.1, 'critical'],
    ]);
  });

  test.each([
    ['scan:\n  regions: [eu-west-1, Frankfurt]\n', 'quota-guard.yml: scan.regions[1] (line 2): expected an AWS region such as eu-west-1, got "Frankfurt"'],
    ['scan:\n  acounts: organization\n', 'quota-guard.yml: scan.acounts (line 2): unknown key; expected one of accounts, include, exclude, organizational-units, regions, role-name, home-region'],
    ['scan:\n  include: ["12345"]\n', 'quota-guard.yml: scan.include[0] (line 2): expected a 12-digit AWS account id (quote it), got "12345"'],
    ['thresholds: { warning: 95 }\n', 'quota-guard.yml: thresholds (line 1): tiers must rise: info 70 <= warning 95 <= critical 90'],
    ['quotas:\n  - L-DEADBEEF\n', 'quota-guard.yml: quotas[0] (line 2): "L-DEADBEEF" is not a quota code quota-guard knows; write it as SERVICE/CODE, e.g. ec2/L-1216C47A'],
    ['quotas:\n  - vpc/L-1216C47A\n', 'quota-guard.yml: quotas[0] (line 2): L-1216C47A is a ec2 quota (Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances), not vpc'],
    [
      'environments:\n  production:\n    match: { names: ["*-prod"] }\n    baselines:\n      ec2/L-1216C47A: lots\n',
      'quota-guard.yml: environments.production.baselines.ec2/L-1216C47A (line 5): expected a number of 0 or more, got "lots"',
    ],
    ['environments:\n  production:\n    baselines: {}\n', 'quota-guard.yml: environments.production (line 3): match is required: accounts, names (glob patterns) and/or tags that put an account in this environment'],
    ['dr:\n  - { primary: us-east-1, secondary: us-west-2, standby: lukewarm }\n', 'quota-guard.yml: dr[0].standby (line 2): expected one of hot (1 × primary usage), warm (0.5 × primary usage), cold (0.1 × primary usage), failover (1.1 × primary usage), got "lukewarm"'],
    ['dr:\n  - { primary: us-east-1, secondary: us-west-2, standby: hot, environments: [prod] }\n', 'quota-guard.yml: dr[0].environments (line 2): no environment named "prod" under environments'],
    ['forecast: { within-days: 0 }\n', 'quota-guard.yml: forecast.within-days (line 1): expected a whole number from 1 to 365, got 0'],
    ['version: 2\n', 'quota-guard.yml: version (line 1): unsupported version 2; expected 1'],
    ['scan: [1\n', 'quota-guard.yml: invalid YAML at line 2: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ])('%j → %s', (text, message) => {
    expect(error(text)).toBe(message);
  });
});
