// The scan's Service Quotas protocol (src/aws/plain-json.ts): its list answers must read exactly as the SDK's own
// reader reads them, and anything it does not take on (errors, garbled bodies, other operations) must be the SDK's.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GetRequestedServiceQuotaChange$,
  GetRequestedServiceQuotaChangeCommand,
  ListAWSDefaultServiceQuotas$,
  ListServiceQuotas$,
  ListServiceQuotasCommand,
  ServiceQuotasClient,
} from '@aws-sdk/client-service-quotas';
import { NormalizedSchema } from '@smithy/core/schema';
import { SERVICE_QUOTAS_LISTS, ServiceQuotasListsProtocol } from '../../src/aws/plain-json.js';
import { setupFault } from '../../src/aws/common.js';

/** Members of `schema` (recursively) that JSON.parse would not give as the SDK reads them; [] when none. */
function notPlain(schema: NormalizedSchema, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema.getSchema())) return [];
  const traits = schema.getMergedTraits() as Record<string, unknown>;
  const out: string[] = traits.jsonName ? [`${path} (jsonName)`] : traits.mediaType ? [`${path} (mediaType)`] : [];
  if (schema.isTimestampSchema() || schema.isBlobSchema() || schema.isDocumentSchema() || schema.isBigIntegerSchema() || schema.isBigDecimalSchema() || schema.isUnionSchema()) return [...out, path];
  if (schema.isStructSchema()) {
    seen.add(schema.getSchema());
    for (const [name, member] of schema.structIterator()) out.push(...notPlain(member, `${path}.${name}`, seen));
  } else if (schema.isListSchema() || schema.isMapSchema()) {
    out.push(...notPlain(schema.getValueSchema(), `${path}[]`, seen));
  } else if (!(schema.isStringSchema() || schema.isNumericSchema() || schema.isBooleanSchema())) {
    out.push(`${path} (unknown kind)`);
  }
  return out;
}

const outputOf = (operation: unknown): NormalizedSchema => NormalizedSchema.of((operation as unknown[])[5] as never);

describe('which operations are read with JSON.parse', () => {
  it('only outputs of strings, numbers, booleans, lists, maps and structures, keyed by member name', () => {
    expect(SERVICE_QUOTAS_LISTS).toEqual(['ListServiceQuotas', 'ListAWSDefaultServiceQuotas']);
    expect(notPlain(outputOf(ListServiceQuotas$), 'ListServiceQuotas')).toEqual([]);
    expect(notPlain(outputOf(ListAWSDefaultServiceQuotas$), 'ListAWSDefaultServiceQuotas')).toEqual([]);
  });

  it('the check finds a member that needs converting (the request history has timestamps)', () => {
    expect(notPlain(outputOf(GetRequestedServiceQuotaChange$), 'GetRequestedServiceQuotaChange')).toEqual(
      expect.arrayContaining(['GetRequestedServiceQuotaChange.RequestedQuota.Created', 'GetRequestedServiceQuotaChange.RequestedQuota.LastUpdated']),
    );
  });
});

describe('ServiceQuotasListsProtocol over HTTP', () => {
  let server: http.Server;
  let endpoint: string;
  /** The next answer, by X-Amz-Target operation. */
  let answers: Record<string, { status: number; body: string; headers?: Record<string, string> }>;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const op = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
        const a = answers[op] ?? { status: 400, body: JSON.stringify({ __type: 'UnknownOperationException', message: op }) };
        res.writeHead(a.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'req-1', ...a.headers });
        res.end(a.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const client = (plain: boolean) =>
    new ServiceQuotasClient({
      region: 'eu-west-1',
      endpoint,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
      ...(plain ? { protocol: ServiceQuotasListsProtocol } : {}),
    });

  const page = {
    NextToken: 'page-2',
    Quotas: [
      {
        ServiceCode: 'ec2',
        ServiceName: 'Amazon Elastic Compute Cloud (Amazon EC2)',
        QuotaArn: 'arn:aws:servicequotas:eu-west-1:123456789012:ec2/L-1216C47A',
        QuotaCode: 'L-1216C47A',
        QuotaName: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
        Value: 1152,
        Unit: 'None',
        Adjustable: true,
        GlobalQuota: false,
        UsageMetric: { MetricNamespace: 'AWS/Usage', MetricName: 'ResourceCount', MetricDimensions: { Class: 'Standard/OnDemand', Resource: 'vCPU', Service: 'EC2', Type: 'Resource' }, MetricStatisticRecommendation: 'Maximum' },
        QuotaAppliedAtLevel: 'ACCOUNT',
        QuotaContext: { ContextScope: 'RESOURCE', ContextScopeType: 'AWS::EC2::Instance', ContextId: '*' },
        Description: 'Maximum number of vCPUs',
      },
      { ServiceCode: 'ec2', QuotaCode: 'L-0263D0A3', QuotaName: 'EC2-VPC Elastic IPs', Value: 5, Period: { PeriodValue: 1, PeriodUnit: 'SECOND' }, ErrorReason: { ErrorCode: 'DEPENDENCY_THROTTLING_ERROR', ErrorMessage: 'slow down' } },
      { ServiceCode: 'ec2', QuotaCode: 'L-NOVALUE', QuotaName: 'No value', Adjustable: false },
    ],
  };

  it('reads a list page exactly as the SDK does', async () => {
    answers = { ListServiceQuotas: { status: 200, body: JSON.stringify(page) } };
    const sdk = await client(false).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }));
    const plain = await client(true).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }));
    expect(plain).toEqual(sdk);
    expect(plain.Quotas?.[0].UsageMetric?.MetricDimensions?.Resource).toBe('vCPU');
    expect(plain.$metadata.requestId).toBe('req-1');
    expect(plain.$metadata.httpStatusCode).toBe(200);
  });

  it('an empty body is an empty page, as with the SDK', async () => {
    answers = { ListServiceQuotas: { status: 200, body: '' } };
    const sdk = await client(false).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }));
    const plain = await client(true).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }));
    expect(plain).toEqual(sdk);
    expect(plain.Quotas).toBeUndefined();
  });

  it.each([
    ['an HTML page from a proxy', '<html><body>Bad gateway</body></html>'],
    ['a truncated answer', JSON.stringify(page).slice(0, 200)],
  ])('a 200 with %s fails as it does with the SDK', async (_, body) => {
    answers = { ListServiceQuotas: { status: 200, body } };
    const sdk = await client(false).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' })).catch((e: Error) => e);
    const plain = await client(true).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' })).catch((e: Error) => e);
    expect(sdk).toBeInstanceOf(Error);
    expect(plain).toBeInstanceOf(Error);
    expect((plain as Error).name).toBe((sdk as Error).name);
    expect((plain as Error).message).toBe((sdk as Error).message);
  });

  it('non-finite numbers (Smithy JSON writes them as strings) read as the SDK reads them', async () => {
    const special = { Quotas: [{ ...page.Quotas[1], Value: 'Infinity', Period: { PeriodValue: 'NaN', PeriodUnit: 'SECOND' } }, { ...page.Quotas[2], Value: '-Infinity' }] };
    answers = { ListServiceQuotas: { status: 200, body: JSON.stringify(special) } };
    const sdk = await client(false).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }));
    const plain = await client(true).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' }));
    expect(plain).toEqual(sdk);
    expect(plain.Quotas?.[0].Value).toBe(Infinity);
    expect(plain.Quotas?.[1].Value).toBe(-Infinity);
  });

  it.each(['null', '[]', '42', '"quotas"'])('a 200 whose JSON is not an object (%s) is a deserialization error, not an empty page', async (body) => {
    answers = { ListServiceQuotas: { status: 200, body } };
    const e = await client(true).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' })).catch((x: Error) => x);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/^the answer to ListServiceQuotas is JSON but not an object\s+Deserialization error: to see the raw response/);
    expect(setupFault(e, 'servicequotas:ListServiceQuotas')).toBe('the answer to servicequotas:ListServiceQuotas could not be read (HTTP 200, Error): check any proxy between the runner and AWS');
  });

  it('an error answer is the SDK’s modelled error', async () => {
    answers = { ListServiceQuotas: { status: 400, body: JSON.stringify({ __type: 'NoSuchResourceException', message: 'This service is not available in the current Region.' }) } };
    const e = (await client(true).send(new ListServiceQuotasCommand({ ServiceCode: 'ec2' })).catch((x: Error) => x)) as Error & { $metadata?: { httpStatusCode?: number } };
    expect(e.name).toBe('NoSuchResourceException');
    expect(e.message).toBe('This service is not available in the current Region.');
    expect(e.$metadata?.httpStatusCode).toBe(400);
  });

  it('other operations go through the SDK’s reader (timestamps become dates)', async () => {
    answers = {
      GetRequestedServiceQuotaChange: {
        status: 200,
        body: JSON.stringify({ RequestedQuota: { Id: 'r-1', ServiceCode: 'ec2', QuotaCode: 'L-1216C47A', DesiredValue: 2000, Status: 'PENDING', Created: 1767225600 } }),
      },
    };
    const out = await client(true).send(new GetRequestedServiceQuotaChangeCommand({ RequestId: 'r-1' }));
    expect(out.RequestedQuota?.Created).toEqual(new Date('2026-01-01T00:00:00Z'));
  });
});
