// Broken or hostile deploy configs (issue 9): NaN buffers, unknown keys and alias bombs are one clear error line.
import { parseDeployConfig } from '../../src/parsers/deploy-config.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey, errorOf } from '../helpers/load.js';

const message = (text: string): string => errorOf(() => parseDeployConfig(text, 'deploy.yaml')).message;

describe('deploy config: hostile values', () => {
  test.each([['defaults:\n  buffer: .nan\n', 'defaults.buffer'], ['buffers:\n  L-1216C47A: .nan\n', 'buffers.L-1216C47A'], ['defaults:\n  buffer: -.inf\n', 'defaults.buffer']])('%j is refused', (text, path) => {
    expect(message(text)).toMatch(new RegExp(`^${path.replace('.', '\\.')} \\(line \\d\\): expected a percentage from 0 to 99, got null`));
  });

  test('an unknown key inside an entry names the file, the line, the accepted keys and the likely one', () => {
    const err = errorOf(() => parseDeployConfig('defaults:\n  region: eu-west-1\nec2:\n  instances:\n    - instance_type: m5.large\n      cuont: 40\n', 'deploy.yaml'));
    expect(err.file).toBe('deploy.yaml');
    expect(err.message).toBe('ec2.instances[0].cuont (line 6): unknown key (did you mean `count`?); accepted keys: name, instance_type, count, market, region, account');
    expect(message('requirements:\n  - service: vpc\n    quota: L-FE5A380F\n    amout: 2\n')).toMatch(/^requirements\[0\]\.amout \(line 4\): unknown key \(did you mean `amount`\?\)/);
    expect(message('defaults:\n  buffers: 10\n')).toMatch(/^defaults\.buffers \(line 2\): unknown key \(did you mean `buffer`\?\)/);
    expect(message('lambda:\n  functions:\n    - zzzzzzzz: 1\n')).toMatch(/^lambda\.functions\[0\]\.zzzzzzzz \(line 3\): unknown key; accepted keys/);
  });

  test('negative and fractional counts are refused', () => {
    expect(message('ec2:\n  auto_scaling_groups:\n    - instance_type: m5.large\n      max_size: -5\n')).toMatch(/max_size .*whole number of 0 or more, got -5/);
    expect(message('requirements:\n  - { service: vpc, quota: L-FE5A380F, amount: .nan }\n')).toMatch(/amount .*got null/);
  });

  test('aliases still work, and an entry given by alias is read', () => {
    const input = parseDeployConfig('defaults:\n  region: eu-west-1\nec2:\n  instances:\n    - &web { instance_type: m5.large, count: 2 }\n    - *web\n', 'c.yaml');
    expect(byKey(buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() }).requirements)['eu-west-1 L-1216C47A region'].required).toBe(8);
  });

  test('many aliases over many anchors are resolved in linear time', () => {
    const anchors = Array.from({ length: 300 }, (_, a) => `  a${a}: &a${a} ${a}`).join('\n');
    const aliases = Array.from({ length: 300 * 300 }, (_, i) => `  - *a${i % 300}`).join('\n');
    // An unknown section, so the error comes after every alias is read: the old resolution took minutes here.
    expect(message(`version: 1\nx:\n${anchors}\ny:\n${aliases}\n`)).toMatch(/^x \(line 2\): unknown section/);
  });

  test('an alias bomb is refused with the cap', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const bomb = `requirements:\n  - name: bomb\n    service: vpc\n    quota: L-FE5A380F\n    amount: 1\n    region: eu-west-1\nbombs:\n  ${levels.join('\n  ')}\n`;
    expect(message(bomb)).toMatch(/YAML aliases expand to more than 1000000 nodes \(the cap\)/);
  });
});
