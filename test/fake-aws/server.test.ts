// The fake itself: the three CloudWatch protocols, Lambda REST-JSON, STS GetCallerIdentity, error shapes, and the
// standalone process.
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetAccountSettingsCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetServiceQuotaCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { AwsQueryProtocol, AwsSmithyRpcV2CborProtocol } from '@aws-sdk/core/protocols';
import { useFakeAws, type FakeEnv } from './env.js';
import type { FakeSeed } from './server.mjs';

jest.setTimeout(30_000);

const DIMS = [
  { Name: 'Class', Value: 'Standard/OnDemand' },
  { Name: 'Resource', Value: 'vCPU' },
  { Name: 'Service', Value: 'EC2' },
  { Name: 'Type', Value: 'Resource' },
];
const SEED: FakeSeed = {
  regions: {
    'eu-west-1': {
      quotas: [{ serviceCode: 'ec2', quotaCode: 'L-1216C47A', value: 64, default: 5 }],
      metrics: [{ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/OnDemand' }, values: [3, 9] }],
    },
  },
};
const QUERY = {
  StartTime: new Date(Date.now() - 3_600_000),
  EndTime: new Date(),
  MetricDataQueries: [{ Id: 'q0', MetricStat: { Metric: { Namespace: 'AWS/Usage', MetricName: 'ResourceCount', Dimensions: DIMS }, Period: 300, Stat: 'Maximum' } }],
};
// The settings @aws-sdk/client-cloudwatch uses with its default AwsJson1_0Protocol.
const SETTINGS = {
  defaultNamespace: 'com.amazonaws.cloudwatch',
  xmlNamespace: 'http://monitoring.amazonaws.com/doc/2010-08-01/',
  version: '2010-08-01',
  serviceTarget: 'GraniteServiceVersion20100801',
  awsQueryCompatible: true,
};

let env: FakeEnv | undefined;
afterEach(async () => {
  await env?.restore();
  env = undefined;
});

describe('CloudWatch protocols', () => {
  it.each([
    ['json1.0', undefined],
    ['cbor', AwsSmithyRpcV2CborProtocol],
    ['query', AwsQueryProtocol],
  ] as const)('answers GetMetricData over %s', async (protocol, cls) => {
    env = await useFakeAws(SEED);
    const client = new CloudWatchClient({ region: 'eu-west-1', maxAttempts: 1, ...(cls ? { protocol: cls as never, protocolSettings: SETTINGS } : {}) });
    try {
      const out = await client.send(new GetMetricDataCommand(QUERY));
      expect(out.MetricDataResults?.[0]).toMatchObject({ Id: 'q0', Values: [3, 9], StatusCode: 'Complete' });
      expect(out.MetricDataResults?.[0].Timestamps?.[0]).toBeInstanceOf(Date);
      expect(env.fake.calls.map((c) => [c.service, c.operation, c.protocol, c.region])).toEqual([['cloudwatch', 'GetMetricData', protocol, 'eu-west-1']]);

      // Query-compatible errors: the SDK sees the awsQuery code.
      await expect(client.send(new GetMetricDataCommand({ ...QUERY, MetricDataQueries: [{ Id: 'Bad' }] }))).rejects.toMatchObject({
        $metadata: { httpStatusCode: 400 },
      });
    } finally {
      client.destroy();
    }
  });
});

describe('Service Quotas errors', () => {
  it('answers NoSuchResourceException for a global quota outside us-east-1', async () => {
    env = await useFakeAws({ regions: { 'us-east-1': { quotas: [{ serviceCode: 'iam', quotaCode: 'L-FE177D64', value: 1000, default: 1000, global: true }] } } });
    const client = new ServiceQuotasClient({ region: 'eu-west-1', maxAttempts: 1 });
    try {
      await expect(client.send(new GetServiceQuotaCommand({ ServiceCode: 'iam', QuotaCode: 'L-FE177D64' }))).rejects.toMatchObject({
        name: 'NoSuchResourceException',
        message: 'The request failed because the specified service does not exist.',
      });
    } finally {
      client.destroy();
    }
  });
});

describe('Lambda GetAccountSettings (REST-JSON) and STS GetCallerIdentity', () => {
  it('serves the seeded AccountLimit per region, and the Lambda quota with nothing reserved when unseeded', async () => {
    env = await useFakeAws({
      account: '111122223333',
      regions: {
        'eu-west-1': { lambdaAccount: { concurrentExecutions: 1000, unreservedConcurrentExecutions: 150 } },
        'us-west-2': { quotas: [{ serviceCode: 'lambda', quotaCode: 'L-B99A9384', value: 3000, default: 1000 }] },
      },
    });
    const eu = new LambdaClient({ region: 'eu-west-1', maxAttempts: 1 });
    const us = new LambdaClient({ region: 'us-west-2', maxAttempts: 1 });
    const sts = new STSClient({ region: 'eu-west-1', maxAttempts: 1 });
    try {
      expect((await eu.send(new GetAccountSettingsCommand({}))).AccountLimit).toMatchObject({ ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 150 });
      expect((await us.send(new GetAccountSettingsCommand({}))).AccountLimit).toMatchObject({ ConcurrentExecutions: 3000, UnreservedConcurrentExecutions: 3000 });
      // The API reference's path, with its trailing slash, is served too.
      const res = await fetch(`${env.fake.url}/2016-08-19/account-settings/`, {
        headers: { authorization: 'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260301/eu-west-1/lambda/aws4_request, SignedHeaders=host, Signature=x' },
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { AccountLimit: { ConcurrentExecutions: number } }).AccountLimit.ConcurrentExecutions).toBe(1000);
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe('111122223333');
      expect(env.fake.calls.map((c) => [c.service, c.operation, c.protocol, c.region])).toEqual([
        ['lambda', 'GetAccountSettings', 'rest-json', 'eu-west-1'],
        ['lambda', 'GetAccountSettings', 'rest-json', 'us-west-2'],
        ['lambda', 'GetAccountSettings', 'rest-json', 'eu-west-1'],
        ['sts', 'GetCallerIdentity', 'query', 'eu-west-1'],
      ]);
    } finally {
      for (const c of [eu, us, sts]) c.destroy();
    }
  });

  it('answers Lambda errors with x-amzn-errortype, as the SDK parses them', async () => {
    env = await useFakeAws({ regions: {}, faults: [{ operation: 'GetAccountSettings', kind: 'accessDenied' }] });
    const client = new LambdaClient({ region: 'eu-west-1', maxAttempts: 1 });
    try {
      await expect(client.send(new GetAccountSettingsCommand({}))).rejects.toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    } finally {
      client.destroy();
    }
  });
});

describe('standalone process', () => {
  it('prints its URL first, serves the seed, and exits on SIGTERM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fake-aws-'));
    const seedFile = path.join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify(SEED));
    const server = fileURLToPath(new URL('./server.mjs', import.meta.url));
    const child = spawn(process.execPath, [server, seedFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      child.on('exit', () => reject(new Error('fake exited before printing its URL')));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new ServiceQuotasClient({
      region: 'eu-west-1',
      endpoint: url,
      maxAttempts: 1,
      credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
    });
    try {
      const out = await client.send(new GetServiceQuotaCommand({ ServiceCode: 'ec2', QuotaCode: 'L-1216C47A' }));
      expect(out.Quota?.Value).toBe(64);
      const calls = (await (await fetch(`${url}/__fake/calls`)).json()) as { operation: string }[];
      expect(calls.map((c) => c.operation)).toEqual(['GetServiceQuota']);
    } finally {
      client.destroy();
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
