import { readFileSync } from 'node:fs';
import { parseDeployConfig } from '../../src/parsers/deploy-config.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey, errorOf as errorOfCall } from '../helpers/load.js';

const example = readFileSync('infrastructure-config.example.yaml', 'utf8');

function errorOf(text: string): string {
  const err = errorOfCall(() => parseDeployConfig(text, 'deploy.yaml'));
  return `${err.file}: ${err.message}`;
}

describe('deploy config', () => {
  test('the documented example yields requirements with lines, defaults, per-entry regions and buffers', () => {
    const input = parseDeployConfig(example, 'infrastructure-config.example.yaml');
    expect(input.defaultBuffer).toBe(0.2);
    expect(input.buffers).toEqual({ 'L-1216C47A': 0.1 });
    const { requirements } = buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() });
    const r = byKey(requirements);
    expect(r['eu-west-1 L-1216C47A region'].required).toBe(2 + 6 * 2); // bastion t3.micro + web 6 × m5.large
    expect(r['eu-west-1 L-1216C47A region'].account).toBeNull();
    expect(r['eu-central-1 L-34B43A08 region'].required).toBe(4 * 4); // spot batch group in its own region
    expect(r['eu-west-1 L-B99A9384 region'].required).toBe(100 + 20 + 100);
    expect(r['eu-west-1 L-7B6409FD region'].required).toBe(2);
    expect(r['eu-west-1 L-7ADDB58A region'].required).toBe(1000);
    expect(r['eu-west-1 L-FE5A380F region'].sources[0]).toMatchObject({ address: 'requirements[0] (NAT gateways for the new zone)', amount: 1 });
    const web = r['eu-west-1 L-1216C47A region'].sources.find((s) => s.address.includes('(web)'));
    expect(web?.line).toBe(example.split('\n').findIndex((l) => l.includes('name: web')) + 1);
  });

  test('accounts: the default, and an entry of its own', () => {
    const input = parseDeployConfig('defaults:\n  account: "012345678901"\n  region: eu-west-1\nrequirements:\n  - { service: vpc, quota: L-F678F1CE, amount: 1 }\n  - { service: vpc, quota: L-F678F1CE, amount: 2, account: "111122223333" }\n', 'c.yaml');
    expect(input.explicit?.map((e) => [e.account, e.amount])).toEqual([
      ['012345678901', 1],
      ['111122223333', 2],
    ]);
  });

  test('desired capacity mode', () => {
    const { requirements } = buildRequirements([parseDeployConfig(example, 'c.yaml')], { capacity: 'desired', vcpus: vcpuLookup() });
    expect(byKey(requirements)['eu-west-1 L-1216C47A region'].required).toBe(2 + 3 * 2);
  });

  test('bad values are named with their path and line', () => {
    expect(errorOf('ec2:\n  auto_scaling_groups:\n    - instance_type: m5.large\n      max_size: ten\n')).toBe(
      'deploy.yaml: ec2.auto_scaling_groups[0].max_size (line 3): expected a whole number of 0 or more, got "ten"',
    );
    expect(errorOf('ec2:\n  instance:\n    - instance_type: m5.large\n')).toMatch(/ec2.instance \(line 2\): unknown list; expected instances or auto_scaling_groups/);
    expect(errorOf('requirments: []\n')).toMatch(/requirments \(line 1\): unknown section/);
    expect(errorOf('defaults:\n  account: "12345"\n')).toMatch(/defaults.account .*12-digit/);
    expect(errorOf('defaults:\n  buffer: 120\n')).toMatch(/defaults.buffer .*percentage from 0 to 99/);
    expect(errorOf('requirements:\n  - service: ec2\n    quota: L-1216C47A\n')).toMatch(/requirements\[0\].amount/);
    expect(errorOf('ec2: [\n')).toMatch(/invalid YAML at line/);
  });

  test('an entry with no region anywhere is unknown, not guessed', () => {
    const input = parseDeployConfig('lambda:\n  functions:\n    - reserved_concurrency: 10\n', 'c.yaml');
    const { requirements } = buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() });
    expect(requirements[0].region).toBe('unknown');
    expect(requirements[0].unknowns[0]).toMatch(/no region/);
  });
});
