import { parseCloudFormationTemplate } from '../../src/parsers/cloudformation-template.js';
import { parseChangeSet } from '../../src/parsers/cloudformation-changeset.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey, fixture } from '../helpers/load.js';

const options = { capacity: 'max' as const, vcpus: vcpuLookup() };

describe('CloudFormation → requirements', () => {
  const input = parseCloudFormationTemplate(fixture('cloudformation/web-stack.yaml'), 'web-stack.yaml', { region: 'us-west-2' });
  const { requirements, coverage } = buildRequirements([input], options);
  const r = byKey(requirements);

  test('groups count max size × vCPUs of their launch template', () => {
    const standard = r['us-west-2 L-1216C47A region'];
    expect(standard.sources.find((s) => s.address === 'Web')?.amount).toBe(6 * 4); // MaxSize default "6" × c6i.xlarge
    // Batch's MaxSize parameter has no default: unknown, never 0.
    expect(standard.required).toBe(24);
    expect(standard.unknowns).toEqual([expect.stringMatching(/BatchMax has no default/)]);
    expect(r['us-west-2 L-34B43A08 region'].unknowns).toHaveLength(1);
    expect(r['us-west-2 L-CDE20ADC region'].required).toBe(2);
  });

  test('resources whose condition is false with the parameter defaults are not counted (issue 8)', () => {
    // Env defaults to staging: IsProd is false, so EipB and NatB are not created.
    expect(r['us-west-2 L-0263D0A3 region'].sources.map((s) => s.address)).toEqual(['EipA']);
    expect(r['us-west-2 L-FE5A380F az:us-west-2-az2']).toBeUndefined();
  });

  test('with Env=prod supplied they count, not flagged: the condition is resolved', () => {
    const prod = byKey(buildRequirements([parseCloudFormationTemplate(fixture('cloudformation/web-stack.yaml'), 'web-stack.yaml', { region: 'us-west-2', parameters: { Env: 'prod' } })], options).requirements);
    expect(prod['us-west-2 L-0263D0A3 region'].required).toBe(2);
    const eipB = prod['us-west-2 L-0263D0A3 region'].sources.find((s) => s.address === 'EipB');
    expect(eipB?.note).toBeUndefined();
    expect(eipB?.line).toBe(38); // the line of `EipB:`
    expect(prod['us-west-2 L-FE5A380F az:us-west-2-az2'].required).toBe(1);
  });

  test('NAT gateways per zone follow their subnet; subnets per VPC', () => {
    expect(r['us-west-2 L-FE5A380F az:us-west-2-az1'].required).toBe(1);
    expect(r['us-west-2 L-407747CB vpc:Vpc'].required).toBe(2);
  });

  test('load balancers by type, Lambda reservations, DynamoDB throughput, IAM and S3 globally', () => {
    expect(r['us-west-2 L-53DA6B97 region'].required).toBe(1);
    expect(r['us-west-2 L-69A177A2 region'].required).toBe(1);
    expect(r['us-west-2 L-B99A9384 region'].required).toBe(125);
    expect(r['us-west-2 L-34F6A552 region'].required).toBe(120);
    expect(r['us-west-2 L-34F8CCC8 region'].required).toBe(60);
    expect(r['us-east-1 L-FE177D64 region'].required).toBe(1);
    expect(r['us-east-1 L-0DA4ABF3 resource:ApiRole'].required).toBe(2);
    expect(r['us-east-1 L-DC2B2D3D region'].required).toBe(1);
  });

  test('coverage names what is not mapped and counts no-quota types as covered', () => {
    expect(coverage).toEqual({ resources: 16, mapped: 15, unsupported: [{ type: 'AWS::CodePipeline::Pipeline', count: 1 }] }); // EipB and NatB are not created
  });
});

describe('CloudFormation change set → requirements', () => {
  const input = parseChangeSet(fixture('cloudformation/changeset-with-values.json'), 'changeset.json', { region: 'us-east-1' });
  const { requirements, coverage } = buildRequirements([input], options);
  const r = byKey(requirements);

  test('replacement counts the full new amount; updates only the increase; removes nothing', () => {
    expect(r['eu-west-1 L-1216C47A region'].required).toBe(2); // Bastion replaced (True): m5.large exists beside the old one
    expect(r['eu-west-1 L-1216C47A region'].account).toBe('111122223333');
    expect(r['eu-west-1 L-7B6409FD region'].required).toBe(1); // Database replaced (Conditional)
    expect(r['eu-west-1 L-CDE20ADC region'].required).toBe(1); // WorkerGroup added; Workers updated is no new group
    expect(r['eu-west-1 L-61103206 region'].required).toBe(1);
    expect(r['eu-west-1 L-FE5A380F az:(zone known after apply)']).toBeUndefined(); // OldNat removed
    // Launch template lt-0abc is not in the change set, and Workers names no template: unknown vCPUs.
    expect(r['eu-west-1 unknown-on-demand region'].unknowns).toHaveLength(2);
    expect(coverage).toEqual({ resources: 7, mapped: 6, unsupported: [{ type: 'Custom::Thing', count: 1 }] });
  });
});
