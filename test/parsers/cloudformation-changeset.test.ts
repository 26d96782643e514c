import { readFileSync } from 'node:fs';
import { Unknown } from '../../src/model.js';
import { byAddress, errorOf } from '../helpers/load.js';
import { parseChangeSet } from '../../src/parsers/cloudformation-changeset.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/cloudformation/${name}`, import.meta.url), 'utf8');

const NOT_INCLUDED = new Unknown('property values not included; run describe-change-set with --include-property-values');


describe('parseChangeSet with property values', () => {
  const parsed = parseChangeSet(fixture('changeset-with-values.json'), 'cs.json', { region: 'us-east-1' });

  it('maps every action, with lines, types, and region and account from the StackId', () => {
    expect(parsed.format).toBe('changeset');
    expect(parsed.file).toBe('cs.json');
    expect(parsed.changes.map((c) => [c.address, c.type, c.action, c.line])).toEqual([
      ['WorkerGroup', 'AWS::AutoScaling::AutoScalingGroup', 'create', 8],
      ['Bastion', 'AWS::EC2::Instance', 'replace-create-first', 19],
      ['Database', 'AWS::RDS::DBInstance', 'replace-create-first', 49],
      ['Workers', 'AWS::AutoScaling::AutoScalingGroup', 'update', 75],
      ['OldNat', 'AWS::EC2::NatGateway', 'delete', 105],
      ['LegacyBucket', 'AWS::S3::Bucket', 'none', 118],
      ['Custom', 'Custom::Thing', 'update', 130],
      ['Topic', 'AWS::SNS::Topic', 'create', 140],
    ]);
    for (const c of parsed.changes) expect(c).toMatchObject({ format: 'changeset', file: 'cs.json', region: 'eu-west-1', account: '111122223333' });
  });

  it('reads before and after from the Properties of BeforeContext / AfterContext', () => {
    const add = byAddress(parsed.changes, 'WorkerGroup');
    expect(add.before).toBeNull();
    expect(add.after!.get('DesiredCapacity')).toBe('4');
    expect(add.after!.get('LaunchTemplate', 'LaunchTemplateId')).toBe('lt-0abc');

    const replaced = byAddress(parsed.changes, 'Bastion');
    expect(replaced.before!.get('InstanceType')).toBe('t3.micro');
    expect(replaced.after!.get('InstanceType')).toBe('m5.large');

    const conditional = byAddress(parsed.changes, 'Database');
    expect(conditional.before!.get('DBInstanceClass')).toBe('db.t3.medium');
    expect(conditional.after!.get('DBInstanceClass')).toBe('db.r6g.large');

    const updated = byAddress(parsed.changes, 'Workers');
    expect(updated.before!.get('MaxSize')).toBe('4');
    expect(updated.after!.get('MaxSize')).toBe('8');

    const removed = byAddress(parsed.changes, 'OldNat');
    expect(removed.before!.get('SubnetId')).toBe('subnet-1');
    expect(removed.before!.get('DeletionPolicy')).toBeUndefined();
    expect(removed.after).toBeNull();

    const imported = byAddress(parsed.changes, 'LegacyBucket');
    expect(imported.after!.get('BucketName')).toBe('legacy-bucket');
    expect(imported.before!.get('BucketName')).toBe('legacy-bucket');

    const empty = byAddress(parsed.changes, 'Topic');
    expect(empty.after!.get('TopicName')).toBeUndefined();
  });

  it('makes a Dynamic change an update whose attributes are all unknown', () => {
    const dynamic = byAddress(parsed.changes, 'Custom');
    const u = dynamic.after!.get('Anything') as Unknown;
    expect(u).toBeInstanceOf(Unknown);
    expect(u.reason).toBe('CloudFormation cannot tell yet what the change to Custom does (Action Dynamic); it is decided when the change set runs');
    // Before and after are different unknowns, so the change is checked rather than taken as no change.
    const b = dynamic.before!.get('Anything') as Unknown;
    expect(b.reason).toBe(u.reason);
    expect(b).not.toBe(u);
  });
});

describe('parseChangeSet without property values', () => {
  const region = new Unknown('no region given');
  const parsed = parseChangeSet(fixture('changeset-no-values.json'), 'plain.json', { region });

  it('uses the given region and no account when there is no StackId', () => {
    expect(parsed.changes.map((c) => [c.address, c.action, c.line])).toEqual([
      ['WorkerGroup', 'create', 8],
      ['Bastion', 'replace-create-first', 18],
      ['Database', 'replace-create-first', 42],
      ['Workers', 'update', 66],
      ['OldNat', 'delete', 90],
    ]);
    for (const c of parsed.changes) {
      expect(c.region).toBe(region);
      expect(c.account).toBeNull();
    }
  });

  it('answers every attribute with an Unknown that says how to include the values', () => {
    const add = byAddress(parsed.changes, 'WorkerGroup');
    expect(add.before).toBeNull();
    expect(add.after!.get('MaxSize')).toStrictEqual(NOT_INCLUDED);
    const modify = byAddress(parsed.changes, 'Workers');
    expect((modify.before!.get('MaxSize') as Unknown).reason).toBe(`Workers: ${NOT_INCLUDED.reason}`);
    expect((modify.after!.get('LaunchTemplate', 'Version') as Unknown).reason).toBe(`Workers: ${NOT_INCLUDED.reason}`);
    const remove = byAddress(parsed.changes, 'OldNat');
    expect(remove.before!.get('SubnetId')).toStrictEqual(NOT_INCLUDED);
    expect(remove.after).toBeNull();
  });

  it('an in-place change reads a property its Details do not name as the same unknown before and after', () => {
    const modify = byAddress(parsed.changes, 'Workers');
    expect(modify.after!.get('LaunchTemplate')).toBe(modify.before!.get('LaunchTemplate'));
    expect(modify.after!.get('MaxSize')).not.toBe(modify.before!.get('MaxSize'));
  });
});

describe('parseChangeSet input shapes', () => {
  it('accepts an array of describe-change-set pages', () => {
    const parsed = parseChangeSet(fixture('changeset-pages.json'), 'pages.json', { region: 'us-east-1' });
    expect(parsed.changes.map((c) => [c.address, c.action, c.line, c.region, c.account])).toEqual([
      ['WorkerGroup', 'create', 9, 'ap-southeast-2', '444455556666'],
      ['Bastion', 'replace-create-first', 19, 'ap-southeast-2', '444455556666'],
      ['Database', 'replace-create-first', 50, 'ap-southeast-2', '444455556666'],
    ]);
  });

  it('accepts { "Changes": [...] } and a bare list of changes', () => {
    const one = '{"Changes": [\n  {"Type": "Resource", "ResourceChange": {"Action": "Import", "LogicalResourceId": "Vpc", "ResourceType": "AWS::EC2::VPC"}},\n  {"Type": "Resource", "ResourceChange": {"Action": "SyncWithActual", "LogicalResourceId": "Sg", "ResourceType": "AWS::EC2::SecurityGroup"}}\n]}';
    const a = parseChangeSet(one, 'a.json', { region: 'us-west-2' });
    expect(a.changes.map((c) => [c.address, c.action, c.line, c.region])).toEqual([
      ['Vpc', 'none', 2, 'us-west-2'],
      ['Sg', 'none', 3, 'us-west-2'],
    ]);
    const bare = '[\n  {"Type": "Resource", "ResourceChange": {"Action": "Add", "LogicalResourceId": "Q", "ResourceType": "AWS::SQS::Queue"}}\n]';
    const b = parseChangeSet(bare, 'b.json', { region: 'us-west-2' });
    expect(b.changes.map((c) => [c.address, c.action, c.line])).toEqual([['Q', 'create', 2]]);
    expect(b.changes[0]!.after!.get('QueueName')).toStrictEqual(NOT_INCLUDED);
  });
});

describe('parseChangeSet errors', () => {
  const parse = (text: string) => parseChangeSet(text, 'input.json', { region: 'us-east-1' });

  it('rejects text that is not JSON, with the line', () => {
    const e = errorOf(() => parse('{\n  "Changes": [\n    {"Type": "Resource"}\n    {"Type": "Resource"}\n  ]\n}'));
    expect(e.file).toBe('input.json');
    expect(e.message).toMatch(/^invalid JSON at line 4: .*; expected the JSON output of aws cloudformation describe-change-set$/);
    expect(e.message).not.toContain('\n');
  });

  it('rejects JSON without a Changes array', () => {
    expect(errorOf(() => parse('{"StackName": "app"}')).message).toBe(
      'no Changes array; expected the JSON output of aws cloudformation describe-change-set',
    );
    expect(errorOf(() => parse('[]')).message).toBe('no Changes array; expected the JSON output of aws cloudformation describe-change-set');
  });

  it('recognises a template, in YAML or JSON', () => {
    const msg = 'this looks like a CloudFormation template, not a change set; pass it with --template';
    expect(errorOf(() => parse('Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref Name\n')).message).toBe(msg);
    expect(errorOf(() => parse('{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}')).message).toBe(msg);
  });

  it('recognises a Terraform plan', () => {
    expect(errorOf(() => parse('{"format_version":"1.2","terraform_version":"1.9.5","resource_changes":[]}')).message).toBe(
      'this looks like a Terraform plan; pass it with --plan',
    );
  });

  it('names the change that lacks a field', () => {
    expect(errorOf(() => parse('{"Changes":[{"Type":"Resource"}]}')).message).toBe('Changes[0] has no ResourceChange');
    expect(errorOf(() => parse('{"Changes":[{"Type":"Resource","ResourceChange":{"Action":"Add","LogicalResourceId":"A"}}]}')).message).toBe(
      'Changes[0].ResourceChange (A) has no ResourceType',
    );
  });

  it('refuses a change set that is still being created or only one page of several', () => {
    expect(errorOf(() => parse('{"Changes":[],"Status":"CREATE_PENDING"}')).message).toMatch(/^the change set is still being created \(Status CREATE_PENDING\)/);
    expect(errorOf(() => parse('{"Changes":[],"Status":"CREATE_COMPLETE","NextToken":"t"}')).message).toMatch(/NextToken is set/);
  });
});
