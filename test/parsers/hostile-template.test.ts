// Broken or hostile CloudFormation templates, change sets and nesting (issue 9): expansion bombs are refused with
// the cap named, alias resolution is linear, and negative amounts are never counted.
import { parseCloudFormationTemplate, MAX_RESOURCES } from '../../src/parsers/cloudformation-template.js';
import { MAX_ALIAS_EXPANSION } from '../../src/parsers/yaml-tree.js';
import { parseChangeSet } from '../../src/parsers/cloudformation-changeset.js';
import { parseDeployConfig } from '../../src/parsers/deploy-config.js';
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey, errorOf } from '../helpers/load.js';

const template = (text: string) => parseCloudFormationTemplate(text, 't.yaml', { region: 'eu-west-1' });

describe('expansion bombs', () => {
  test('three nested Fn::ForEach over 300 items stop at the resource cap', () => {
    const items = `[${Array.from({ length: 300 }, (_, i) => `i${i}`).join(', ')}]`;
    const text = `Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::A:\n    - a\n    - ${items}\n    - Fn::ForEach::B:\n        - b\n        - ${items}\n        - Fn::ForEach::C:\n            - c\n            - ${items}\n            - "Nat\${a}\${b}\${c}":\n                Type: AWS::EC2::NatGateway\n`;
    expect(errorOf(() => template(text)).message).toMatch(new RegExp(`^the template expands to more than ${MAX_RESOURCES} resources \\(the cap; CloudFormation accepts 500 per template\\)`));
  });

  test('loops that add nothing are bounded too', () => {
    const items = `[${Array.from({ length: 300 }, (_, i) => `i${i}`).join(', ')}]`;
    const text = `Resources:\n  Fn::ForEach::A:\n    - a\n    - ${items}\n    - Fn::ForEach::B:\n        - b\n        - ${items}\n        - {}\n`;
    expect(errorOf(() => template(text)).message).toMatch(/Fn::ForEach loops run more than 50000 times \(the cap\)/);
  });

  test('one large anchor aliased many times is refused by expanded size', () => {
    const anchor = Array.from({ length: 2000 }, (_, i) => `      k${i}: v${i}`).join('\n');
    const aliases = Array.from({ length: 600 }, (_, i) => `  T${i}:\n    Type: AWS::SNS::Topic\n    Metadata: *big\n`).join('');
    const text = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Metadata: &big\n${anchor}\n${aliases}`;
    expect(errorOf(() => template(text)).message).toMatch(new RegExp(`^line \\d+: YAML aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes \\(the cap\\)`));
  });

  test('layered aliases (a billion laughs) are refused', () => {
    const layers = ['    l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) layers.push(`    l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`);
    const text = `Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Metadata:\n${layers.join('\n')}\n`;
    expect(errorOf(() => template(text)).message).toMatch(/YAML aliases expand to more than/);
  });

  test('many aliases of a small anchor are read, each alias resolved without walking the document', () => {
    const aliases = Array.from({ length: 20_000 }, () => '      - *p').join('\n');
    const text = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: &p\n      DelaySeconds: 1\n  M:\n    Type: AWS::SQS::Queue\n    Metadata:\n${aliases}\n`;
    expect(template(text).changes).toHaveLength(2);
  });

  test('an alias to no anchor is an error', () => {
    expect(errorOf(() => template('Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: *nothing\n')).message).toMatch(/nothing/);
  });

  test.each([
    ['template (JSON)', () => template(`{"Resources":{"A":{"Type":"AWS::SNS::Topic","Properties":${'['.repeat(50_000)}${']'.repeat(50_000)}}}}`)],
    ['template (YAML blocks)', () => template(`Resources:\n${Array.from({ length: 400 }, (_, i) => `${' '.repeat(i + 2)}k${i}:`).join('\n')}\n`)],
    ['template (YAML compact sequences)', () => template(`Resources:\n  A:\n    ${'- '.repeat(400)}x\n`)],
    ['change set', () => parseChangeSet(`{"Changes":[],"X":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`, 'c.json', { region: 'eu-west-1' })],
    ['deploy config', () => parseDeployConfig(`requirements: ${'['.repeat(50_000)}\n`, 'd.yaml')],
    ['plan', () => parseTerraformPlan(`{"format_version":"1.2","resource_changes":[],"variables":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`, 'p.json')],
  ])('deep nesting in a %s is one clean error', (_, parse) => {
    expect(errorOf(parse).message).toMatch(/nests deeper than 256 levels/);
  });

  test('quoted brackets and comments do not count as nesting', () => {
    const text = `Resources:\n  A:\n    Type: AWS::SNS::Topic # [[[[\n    Properties:\n      TopicName: "${'['.repeat(1000)}"\n      DisplayName: '${'{'.repeat(1000)}'\n`;
    expect(template(text).changes).toHaveLength(1);
  });
});

describe('negative amounts in templates', () => {
  test('MaxSize "-5" is unknown with the reason, not subtracted from another group', () => {
    const text = `Resources:
  LT:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData: { InstanceType: m5.large }
  Good:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: "0", MaxSize: "4", LaunchTemplate: { LaunchTemplateId: !Ref LT, Version: "1" } }
  Bad:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties: { MinSize: "0", MaxSize: "-5", LaunchTemplate: { LaunchTemplateId: !Ref LT, Version: "1" } }
`;
    const r = buildRequirements([template(text)], { capacity: 'max', vcpus: vcpuLookup() });
    const vcpus = byKey(r.requirements)['eu-west-1 L-1216C47A region'];
    expect(vcpus.required).toBe(8);
    expect(vcpus.unknowns).toEqual([expect.stringMatching(/^Bad: maximum size is negative \(-5\)/)]);
  });
});
