// describeChangeSet against the local fake AWS: every page, property values, and a result parseChangeSet reads.
import { jest } from '@jest/globals';
import { describeChangeSet } from '../../src/aws/changeset.js';
import { isChangeSetRef } from '../../src/model.js';
import { InputError } from '../../src/model.js';
import { parseChangeSet } from '../../src/parsers/cloudformation-changeset.js';
import { callCounts, useFakeAws, type FakeEnv } from '../fake-aws/env.js';
import type { FakeSeed } from '../fake-aws/server.mjs';

jest.setTimeout(30_000);

const change = (id: string, type: string, properties: Record<string, unknown>) => ({
  Type: 'Resource',
  ResourceChange: {
    Action: 'Add',
    LogicalResourceId: id,
    ResourceType: type,
    Scope: [],
    Details: [],
    AfterContext: JSON.stringify({ Properties: properties }),
  },
});

const ARN = 'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/deploy-42/0f3d2b1a-1111-4222-8333-444455556666';

const seed = (): FakeSeed => ({
  regions: {
    'eu-west-1': {
      changeSets: [
        {
          stackName: 'web',
          changeSetName: 'deploy-42',
          pageSize: 2,
          changes: [
            change('Nat', 'AWS::EC2::NatGateway', { SubnetId: 'subnet-1', AllocationId: 'eipalloc-1' }),
            change('Ip', 'AWS::EC2::EIP', { Domain: 'vpc' }),
            change('Workers', 'AWS::AutoScaling::AutoScalingGroup', { MinSize: '1', MaxSize: '4', LaunchTemplate: { LaunchTemplateId: 'lt-1', Version: '1' } }),
          ],
        },
      ],
    },
  },
});

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

describe('describeChangeSet', () => {
  it('reads every page with property values and returns describe-change-set JSON that parseChangeSet reads', async () => {
    env = await useFakeAws(seed());
    const text = await describeChangeSet('web/deploy-42', 'eu-west-1');
    expect(callCounts(env.fake)).toEqual({ DescribeChangeSet: 2 });
    const bodies = env.fake.calls.map((c) => c.body as Record<string, string>);
    expect(bodies.every((b) => b.IncludePropertyValues === 'true' && b.StackName === 'web' && b.ChangeSetName === 'deploy-42')).toBe(true);
    expect(bodies[1].NextToken).toBeTruthy();

    const doc = JSON.parse(text);
    expect(doc).toMatchObject({ StackName: 'web', ChangeSetName: 'deploy-42', Status: 'CREATE_COMPLETE', ChangeSetId: ARN });
    expect(doc.StackId).toMatch(/^arn:aws:cloudformation:eu-west-1:123456789012:stack\/web\//);
    expect(doc.NextToken).toBeUndefined();
    expect(doc.$metadata).toBeUndefined();
    expect(doc.Changes).toHaveLength(3);

    const parsed = parseChangeSet(text, 'web/deploy-42', { region: 'us-east-1' });
    expect(parsed.changes.map((c) => [c.address, c.type, c.action, c.region, c.account])).toEqual([
      ['Nat', 'AWS::EC2::NatGateway', 'create', 'eu-west-1', '123456789012'],
      ['Ip', 'AWS::EC2::EIP', 'create', 'eu-west-1', '123456789012'],
      ['Workers', 'AWS::AutoScaling::AutoScalingGroup', 'create', 'eu-west-1', '123456789012'],
    ]);
    expect(parsed.changes[2].after?.get('MaxSize')).toBe('4');
  });

  it('takes the region from a change set ARN', async () => {
    env = await useFakeAws(seed());
    const text = await describeChangeSet(ARN, 'us-west-2');
    expect(JSON.parse(text).Changes).toHaveLength(3);
    expect(env.fake.calls.every((c) => c.region === 'eu-west-1' && (c.body as Record<string, string>).ChangeSetName === ARN)).toBe(true);
  });

  it('throws an InputError naming the reference when the change set does not exist', async () => {
    env = await useFakeAws(seed());
    await expect(describeChangeSet('web/nope', 'eu-west-1')).rejects.toThrow(InputError);
    await expect(describeChangeSet('web/nope', 'eu-west-1')).rejects.toMatchObject({ file: 'web/nope', message: expect.stringMatching(/not found in eu-west-1/) });
  });

  it('names the IAM action when access is denied', async () => {
    env = await useFakeAws({ ...seed(), faults: [{ operation: 'DescribeChangeSet', kind: 'accessDenied' }] });
    await expect(describeChangeSet('web/deploy-42', 'eu-west-1')).rejects.toMatchObject({ message: expect.stringContaining('cloudformation:DescribeChangeSet') });
  });
});

describe('isChangeSetRef', () => {
  it.each([
    ['web/deploy-42', true],
    [ARN, true],
    ['my-stack/cs1', true],
    ['plans/changeset.json', false],
    ['./web/deploy', false],
    ['web', false],
    ['a/b/c', false],
    ['1stack/cs', false],
    ['arn:aws:cloudformation:eu-west-1:123456789012:stack/web/0f3d2b1a', false],
  ])('%s → %s', (s, expected) => {
    expect(isChangeSetRef(s)).toBe(expected);
  });
});
