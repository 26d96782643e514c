import { readFileSync } from 'node:fs';
import { Ref, Unknown } from '../../src/model.js';
import { byAddress, errorOf } from '../helpers/load.js';
import { parseCloudFormationTemplate } from '../../src/parsers/cloudformation-template.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/cloudformation/${name}`, import.meta.url), 'utf8');

function parse(name: string, region: string | Unknown = 'us-east-1', parameters?: Record<string, string | null>) {
  return parseCloudFormationTemplate(fixture(name), name, parameters ? { region, parameters } : { region });
}


describe('parseCloudFormationTemplate: YAML with short tags', () => {
  const parsed = parse('short-tags.yaml');
  const instance = byAddress(parsed.changes, 'Instance');
  const get = (...path: (string | number)[]) => instance.after!.get(...path);

  it('yields one create per resource with type, line, region and no account', () => {
    expect(parsed.format).toBe('cloudformation');
    expect(parsed.file).toBe('short-tags.yaml');
    expect(parsed.changes.map((c) => [c.address, c.type, c.line])).toEqual([
      ['Vpc', 'AWS::EC2::VPC', 39],
      ['Subnet', 'AWS::EC2::Subnet', 44],
      ['Instance', 'AWS::EC2::Instance', 52],
      ['Alarm', 'AWS::CloudWatch::Alarm', 87],
    ]);
    for (const c of parsed.changes) {
      expect(c).toMatchObject({ format: 'cloudformation', file: 'short-tags.yaml', action: 'create', before: null, region: 'us-east-1', account: null });
    }
  });

  it('evaluates resource conditions with the parameter values: true counts, false drops, unresolvable flags', () => {
    expect(instance.condition).toBeUndefined(); // IsProdOrDev holds with the default Env (prod)
    expect(parse('short-tags.yaml', 'us-east-1', { Env: 'test' }).changes.map((c) => c.address)).toEqual(['Vpc', 'Subnet', 'Alarm']);
    const unresolved = parseCloudFormationTemplate('Parameters:\n  Owner: { Type: String }\nConditions:\n  HasOwner: !Not [!Equals [!Ref Owner, ""]]\nResources:\n  Eip:\n    Type: AWS::EC2::EIP\n    Condition: HasOwner\n', 't.yaml', { region: 'us-east-1' });
    expect(unresolved.changes[0]).toMatchObject({ address: 'Eip', condition: 'HasOwner' });
    expect(parseCloudFormationTemplate('Parameters:\n  Owner: { Type: String }\nConditions:\n  HasOwner: !Not [!Equals [!Ref Owner, ""]]\nResources:\n  Eip:\n    Type: AWS::EC2::EIP\n    Condition: HasOwner\n', 't.yaml', { region: 'us-east-1', parameters: { Owner: '' } }).changes).toEqual([]);
    expect(errorOf(() => parseCloudFormationTemplate('Resources:\n  Eip:\n    Type: AWS::EC2::EIP\n    Condition: [a]\n', 't.yaml', { region: 'us-east-1' })).message).toMatch(/^resource Eip \(line 2\): Condition must name a condition, not a list/);
  });

  it("a parameter that keeps the stack's previous value is unknown", () => {
    const kept = parseCloudFormationTemplate(fixture('short-tags.yaml'), 't.yaml', { region: 'us-east-1', parameters: { DesiredSize: null } });
    expect(byAddress(kept.changes, 'Instance').after!.get('Count')).toStrictEqual(new Unknown("parameter DesiredSize keeps the stack's previous value (UsePreviousValue), which is known only live"));
  });

  it('resolves parameters: defaults as strings, lists split, missing defaults and SSM values unknown', () => {
    expect(get('Count')).toBe('3');
    expect(get('Zones')).toEqual(['a', 'b', 'c']);
    expect(get('Owner')).toStrictEqual(new Unknown('parameter Owner has no default'));
    const ami = get('ImageId');
    expect(ami).toBeInstanceOf(Unknown);
    expect((ami as Unknown).reason).toContain('SSM parameter /aws/service/ami-amazon-linux-latest');
  });

  it('turns Ref and GetAtt to resources into Ref values', () => {
    expect(get('SubnetId')).toStrictEqual(new Ref('Subnet'));
    expect(get('VpcCidr')).toStrictEqual(new Ref('Vpc', 'CidrBlock'));
    expect(byAddress(parsed.changes, 'Subnet').after!.get('VpcId')).toStrictEqual(new Ref('Vpc'));
  });

  it('resolves FindInMap, with and without DefaultValue', () => {
    expect(get('InstanceType')).toBe('m5.xlarge');
    expect(get('FallbackType')).toBe('t3.micro');
  });

  it('evaluates conditions for Fn::If and drops AWS::NoValue keys', () => {
    expect(get('Monitoring')).toBe(true);
    expect(get('Flags')).toEqual(['both', 'not-dev', 'big']);
    expect(get('KeyName')).toBeUndefined();
    const alarm = byAddress(parsed.changes, 'Alarm').after!;
    expect(alarm.get('Threshold')).toBe(90);
  });

  it('makes Fn::If unknown, naming the condition, when the condition cannot be evaluated', () => {
    const owner = get('EbsOptimized') as Unknown;
    expect(owner).toBeInstanceOf(Unknown);
    expect(owner.reason).toBe('Fn::If in resource Instance: condition HasOwner cannot be evaluated offline (parameter Owner has no default)');
    const missing = byAddress(parsed.changes, 'Alarm').after!.get('MissingCondition') as Unknown;
    expect(missing.reason).toBe('Fn::If in resource Alarm: condition NoSuchCondition cannot be evaluated offline (condition NoSuchCondition is not defined)');
  });

  it('resolves Fn::Sub in both forms, with pseudo parameters and ${!Literal}', () => {
    expect(get('Name')).toBe('prod-web-us-east-1');
    expect(get('Arn')).toBe('arn:aws:s3:::prod.amazonaws.com/${Literal}');
    expect(get('Described')).toBe('prod-4');
  });

  it('keeps Fn::Sub unknown when a variable is only known at deploy time', () => {
    expect(get('AccountTag')).toStrictEqual(new Unknown('Fn::Sub in resource Instance: ${AWS::AccountId}: AWS::AccountId is known only at deploy time'));
    expect(get('BucketTag')).toStrictEqual(new Unknown('Fn::Sub in resource Instance: ${Vpc}: the id of resource Vpc is known only after deploy'));
  });

  it('resolves Join, Split, Base64, Length and ToJsonString', () => {
    expect(get('JoinedZones')).toBe('a|b|c');
    expect(get('SplitPath')).toEqual(['a', 'b', 'c']);
    expect(get('UserData')).toBe(Buffer.from('echo hello').toString('base64'));
    expect(get('ZoneCount')).toBe(3);
    expect(get('Json')).toBe('{"a":1,"b":["x"]}');
  });

  it('names symbolic zones by index for GetAZs + Select', () => {
    const subnet = byAddress(parsed.changes, 'Subnet').after!;
    expect(subnet.get('AvailabilityZone')).toBe('us-east-1-az2');
    expect(subnet.get('SecondZone')).toBe('us-east-1-az3');
  });

  it('leaves ImportValue, Cidr and Transform unknown with the intrinsic and logical id in the reason', () => {
    expect(get('Imported')).toStrictEqual(new Unknown('Fn::ImportValue in resource Instance: export SharedSubnet of another stack is known only live'));
    expect(get('Macro')).toStrictEqual(new Unknown('Fn::Transform in resource Instance: macro AWS::Include runs only at deploy time'));
    expect(byAddress(parsed.changes, 'Subnet').after!.get('CidrBlock')).toEqual(
      new Unknown('Fn::Cidr in resource Subnet: CIDR blocks are not computed offline'),
    );
  });

  it('uses supplied parameters over defaults', () => {
    const dev = parse('short-tags.yaml', 'eu-west-1', { Env: 'dev', Owner: 'ops', DesiredSize: '5' });
    const a = byAddress(dev.changes, 'Instance').after!;
    expect(a.get('InstanceType')).toBe('t3.small');
    expect(a.get('Count')).toBe('5');
    expect(a.get('Owner')).toBe('ops');
    expect(a.get('EbsOptimized')).toBe(true);
    expect(a.get('Monitoring')).toBe(false);
    expect(a.get('KeyName')).toBe('my-key');
    expect(a.get('Flags')).toEqual(['both', 'dev', 'small']);
    expect(a.get('Name')).toBe('dev-web-eu-west-1');
    expect(byAddress(dev.changes, 'Subnet').after!.get('AvailabilityZone')).toBe('eu-west-1-az2');
    expect(byAddress(dev.changes, 'Alarm').after!.get('Threshold')).toBe(70);
  });

  it('keeps region-dependent values unknown when the region is unknown, never defaulting them', () => {
    const region = new Unknown('no region given');
    const r = parse('short-tags.yaml', region);
    const a = byAddress(r.changes, 'Instance');
    expect(a.region).toBe(region);
    expect(a.after!.get('Name')).toStrictEqual(new Unknown('Fn::Sub in resource Instance: ${AWS::Region}: AWS::Region is unknown: no region given'));
    const az = byAddress(r.changes, 'Subnet').after!.get('AvailabilityZone') as Unknown;
    expect(az.reason).toBe('Fn::GetAZs in resource Subnet: the region is unknown (no region given)');
  });
});

describe('parseCloudFormationTemplate: JSON (CDK)', () => {
  const parsed = parse('cdk-stack.template.json', 'us-east-1');

  it('reads resources, lines and conditions from JSON', () => {
    expect(parsed.changes.map((c) => [c.address, c.type, c.line, c.condition])).toEqual([
      ['WorkersLaunchTemplate3A1F2C9B', 'AWS::EC2::LaunchTemplate', 10, undefined],
      ['WorkersASG8E9F0A1B', 'AWS::AutoScaling::AutoScalingGroup', 21, undefined],
      ['WorkersProfile12AB34CD', 'AWS::IAM::InstanceProfile', 37, undefined],
      ['CDKMetadata', 'AWS::CDK::Metadata', 46, undefined], // CDKMetadataAvailable holds in us-east-1
    ]);
    expect(parse('cdk-stack.template.json', 'ap-south-1').changes.map((c) => c.address)).not.toContain('CDKMetadata');
    expect(byAddress(parse('cdk-stack.template.json', new Unknown('no region given')).changes, 'CDKMetadata').condition).toBe('CDKMetadataAvailable');
  });

  it('resolves the long forms', () => {
    const asg = byAddress(parsed.changes, 'WorkersASG8E9F0A1B').after!;
    expect(asg.get('MinSize')).toBe('2');
    expect(asg.get('MaxSize')).toBe('10');
    expect(asg.get('LaunchTemplate', 'LaunchTemplateId')).toStrictEqual(new Ref('WorkersLaunchTemplate3A1F2C9B'));
    expect(asg.get('LaunchTemplate', 'Version')).toStrictEqual(new Ref('WorkersLaunchTemplate3A1F2C9B', 'LatestVersionNumber'));
    expect((asg.get('VPCZoneIdentifier', 0) as Unknown).reason).toContain('Fn::ImportValue in resource WorkersASG8E9F0A1B');
    const lt = byAddress(parsed.changes, 'WorkersLaunchTemplate3A1F2C9B').after!;
    expect(lt.get('LaunchTemplateData', 'InstanceType')).toBe('c6i.2xlarge');
    expect(lt.get('LaunchTemplateData', 'IamInstanceProfile', 'Arn')).toStrictEqual(new Ref('WorkersProfile12AB34CD', 'Arn'));
    const profile = byAddress(parsed.changes, 'WorkersProfile12AB34CD').after!;
    expect(profile.get('Path')).toBe('/aws/us-east-1/');
    expect(profile.get('Roles', 0)).toStrictEqual(new Unknown('Ref to WorkersRole00AA11BB in resource WorkersProfile12AB34CD: no parameter or resource of this template has that name'));
  });

  it('uses the partition of the region', () => {
    const cn = parse('cdk-stack.template.json', 'cn-north-1');
    expect(byAddress(cn.changes, 'WorkersProfile12AB34CD').after!.get('Path')).toBe('/aws-cn/cn-north-1/');
  });
});

describe('parseCloudFormationTemplate: SAM', () => {
  const parsed = parse('sam.yaml');

  it('keeps SAM resource types, without expanding them', () => {
    expect(parsed.changes.map((c) => [c.address, c.type, c.line])).toEqual([
      ['ApiFunction', 'AWS::Serverless::Function', 18],
      ['ItemsTable', 'AWS::Serverless::SimpleTable', 36],
      ['Permission', 'AWS::Lambda::Permission', 43],
    ]);
    expect(byAddress(parsed.changes, 'Permission').after!.get('FunctionName')).toStrictEqual(new Ref('ApiFunction', 'Arn'));
  });

  it('applies Globals to serverless functions: resource values win, maps merge, lists append', () => {
    const fn = byAddress(parsed.changes, 'ApiFunction').after!;
    expect(fn.get('Runtime')).toBe('python3.12');
    expect(fn.get('MemorySize')).toBe(1024);
    expect(fn.get('ReservedConcurrentExecutions')).toBe(20);
    expect(fn.get('Environment', 'Variables')).toEqual({ STAGE: 'prod', LOG_LEVEL: 'debug' });
    expect(fn.get('Layers')).toEqual([
      'arn:aws:lambda:us-east-1:123456789012:layer:common:1',
      'arn:aws:lambda:us-east-1:123456789012:layer:api:3',
    ]);
    expect(byAddress(parsed.changes, 'ItemsTable').after!.get('Runtime')).toBeUndefined();
  });
});

describe('parseCloudFormationTemplate: Fn::ForEach', () => {
  const parsed = parse('foreach.yaml');

  it('expands a literal list, a list parameter default and nested loops; substitutes ${Id}, &{Id} and Ref Id', () => {
    expect(parsed.changes.map((c) => [c.address, c.type, c.line])).toEqual([
      ['TablePoints', 'AWS::DynamoDB::Table', 16],
      ['TableScore', 'AWS::DynamoDB::Table', 16],
      ['ordersQueue', 'AWS::SQS::Queue', 28],
      ['invoicesQueue', 'AWS::SQS::Queue', 28],
      ['Cachedevsmall', 'AWS::ElastiCache::CacheCluster', 39],
      ['Cachedevlarge', 'AWS::ElastiCache::CacheCluster', 39],
      ['Cacheprodsmall', 'AWS::ElastiCache::CacheCluster', 39],
      ['Cacheprodlarge', 'AWS::ElastiCache::CacheCluster', 39],
      ['Topic${Topic}', 'AWS::SNS::Topic', 50],
      ['Sub${Topic}', 'AWS::SNS::Subscription', 54],
      ['Plain', 'AWS::S3::Bucket', 60],
    ]);
    const score = byAddress(parsed.changes, 'TableScore').after!;
    expect(score.get('TableName')).toBe('Score');
    expect(score.get('Label')).toBe('Score-us-east-1');
    expect(score.get('ProvisionedThroughput', 'ReadCapacityUnits')).toBe('5');
    expect(byAddress(parsed.changes, 'invoicesQueue').after!.get('QueueName')).toBe('app-invoices');
    const cache = byAddress(parsed.changes, 'Cacheprodlarge').after!;
    expect(cache.get('CacheNodeType')).toBe('cache.large');
    expect(cache.get('Tags', 0, 'Value')).toBe('prod');
  });

  it('keeps a ForEach over an unresolvable collection as unknown resources, never dropping them', () => {
    const reason = new Unknown(
      'Fn::ForEach::Topics: its collection cannot be resolved offline (parameter TopicNames has no default), so how many resources it creates is unknown',
    );
    const topic = byAddress(parsed.changes, 'Topic${Topic}');
    expect(topic.after!.get('TopicName')).toStrictEqual(reason);
    expect(topic.after!.get('anything', 0)).toStrictEqual(reason);
    expect(byAddress(parsed.changes, 'Sub${Topic}').condition).toBe('HasTopics');
  });

  it('expands the unresolvable loop once its collection is supplied', () => {
    const r = parse('foreach.yaml', 'us-east-1', { TopicNames: 'alerts, billing' });
    const addresses = r.changes.map((c) => c.address);
    expect(addresses).toEqual(expect.arrayContaining(['Topicalerts', 'Subalerts', 'Topicbilling', 'Subbilling']));
    expect(byAddress(r.changes, 'Topicbilling').after!.get('TopicName')).toBe('billing');
  });
});

describe('parseCloudFormationTemplate: errors', () => {
  const parseText = (text: string, file = 'template.yaml') => parseCloudFormationTemplate(text, file, { region: 'us-east-1' });

  it('reports invalid YAML with its line', () => {
    const e = errorOf(() => parseText('Resources:\n  A:\n    Type: AWS::S3::Bucket\n  B: [\n'));
    expect(e.file).toBe('template.yaml');
    expect(e.message).toMatch(/^invalid YAML at line 5, column 1: /);
    expect(e.message).not.toContain('\n');
  });

  it('reports invalid JSON with its line', () => {
    const e = errorOf(() => parseText('{\n  "Resources": {\n    "A": {"Type": "AWS::S3::Bucket"}\n  }\n  "Outputs": {}\n}', 't.json'));
    expect(e.message).toMatch(/^invalid JSON at line 5, column 3: /);
  });

  it('rejects a file without Resources', () => {
    expect(errorOf(() => parseText('AWSTemplateFormatVersion: "2010-09-09"\nDescription: x\n')).message).toBe(
      'no top-level Resources mapping; is this a CloudFormation template?',
    );
    expect(errorOf(() => parseText('')).message).toBe('no top-level Resources mapping; is this a CloudFormation template?');
    expect(errorOf(() => parseText('Resources:\n  - a\n')).message).toBe('Resources must be a mapping of logical ids to resources, not a list');
  });

  it('rejects a resource without Type, naming it and its line', () => {
    expect(errorOf(() => parseText('Resources:\n  Good:\n    Type: AWS::S3::Bucket\n  Bad:\n    Properties: {}\n')).message).toBe(
      'resource Bad (line 4) has no Type',
    );
  });

  it('recognises a Terraform plan, also behind a wrapper line', () => {
    const plan = '{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{},"resource_changes":[]}';
    expect(errorOf(() => parseText(plan, 'plan.json')).message).toBe('this looks like a Terraform plan; pass it with --plan');
    expect(errorOf(() => parseText(`[command]/usr/bin/terraform show -json tfplan\n${plan}`, 'plan.json')).message).toBe(
      'this looks like a Terraform plan; pass it with --plan',
    );
    const state = '{"format_version":"1.0","terraform_version":"1.5.0","values":{"root_module":{}}}';
    expect(errorOf(() => parseText(state, 'state.json')).message).toMatch(/^this looks like a Terraform state.*--plan$/);
  });

  it('recognises a change set', () => {
    const cs = '{"Changes":[{"Type":"Resource","ResourceChange":{"Action":"Add","LogicalResourceId":"A","ResourceType":"AWS::S3::Bucket"}}]}';
    expect(errorOf(() => parseText(cs, 'cs.json')).message).toBe(
      'this looks like a change set (describe-change-set output), not a template; pass it with --changeset',
    );
  });

  it('rejects a malformed Fn::ForEach', () => {
    expect(errorOf(() => parseText('Resources:\n  Fn::ForEach::X:\n    - Id\n    - [a]\n')).message).toBe(
      'Fn::ForEach::X (line 2) must be a list of [identifier, collection, template mapping]',
    );
  });
});
