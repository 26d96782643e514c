// AWS Support API cases: the thin adapter behind `SupportApi` (src/ports/increase.ts). Same client settings and
// limiters as the other adapters (./common.ts); an AWS error is answered as a fault, never thrown.
//
// The Support API has one endpoint per partition — us-east-1 for the commercial partition, us-gov-west-1 for
// GovCloud, cn-north-1 for China (https://docs.aws.amazon.com/general/latest/gr/awssupport.html) — so every call
// goes there whatever the region of the quota. Shapes from [BC support] 2013-04-15 (copy:
// /shared/reference/aws-models/support.json): CreateCase, DescribeCases (maxResults 10–100, nextToken),
// ResolveCase, DescribeServices. No published request rate: the limiters' default of 5 per second.
import { CreateCaseCommand, DescribeCasesCommand, DescribeServicesCommand, ResolveCaseCommand, SupportClient } from '@aws-sdk/client-support';
import type { CaseDetails } from '@aws-sdk/client-support';
import type { CaseInfo, IncreaseFault, SupportApi, SupportService } from '../ports/increase.js';
import { LIMIT_INCREASE_SERVICE, partitionOf } from '../model.js';
import { clientConfig, errorCode, faultReason, Limiters, type AwsCallOptions } from './common.js';
import { collect } from './paging.js';

/** IAM actions of the support-case path (`support-case: api`): the opt-in statement of the README. */
export const SUPPORT_IAM_ACTIONS = ['support:CreateCase', 'support:DescribeCases', 'support:DescribeServices', 'support:ResolveCase'] as const;

/** DescribeCases maximum page, and the most case ids one call may name. */
const PAGE = 100;

const ENDPOINT_REGION: Record<string, string> = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1' };

/** The region Support API calls are signed for, for cases about quotas in `region`. */
export function supportRegion(region: string): string {
  return ENDPOINT_REGION[partitionOf(region)];
}

export interface AwsSupport extends SupportApi {
  destroy(): void;
}

export function awsSupport(options: AwsCallOptions & { credentials?: unknown; region?: string } = {}): AwsSupport {
  const region = supportRegion(options.region ?? 'us-east-1');
  const limiters = new Limiters();
  const log = options.log ?? (() => {});
  let client: SupportClient | undefined;
  const send = <T>(api: string, fn: (c: SupportClient) => Promise<T>): Promise<T> => {
    client ??= new SupportClient(clientConfig(region, options, options.credentials));
    return limiters.schedule(region, api, () => fn(client!));
  };
  const fault = (e: unknown, api: string): IncreaseFault => {
    const f = { code: errorCode(e), detail: faultReason(e, `support:${api}`, region) };
    log(`quota-guard: ${f.detail}`);
    return f;
  };
  let services: Promise<SupportService[] | IncreaseFault> | undefined;
  const describeCases = async (input: { caseIdList?: string[]; afterTime?: string; includeResolvedCases: boolean }): Promise<CaseInfo[]> => {
    const list = await collect(
      (nextToken) => send('DescribeCases', (c) => c.send(new DescribeCasesCommand({ ...input, includeCommunications: false, maxResults: PAGE, nextToken }))),
      (p) => p.nextToken,
      (p) => p.cases,
      { operation: 'DescribeCases' },
    );
    return list.map(fromShape).filter((c): c is CaseInfo => c !== undefined);
  };

  return {
    services() {
      // Once per run: the categories do not change while it runs. A failure is not cached.
      services ??= send('DescribeServices', (c) => c.send(new DescribeServicesCommand({ serviceCodeList: [LIMIT_INCREASE_SERVICE], language: 'en' }))).then(
        (r) =>
          (r.services ?? []).map((s) => ({
            code: s.code ?? '',
            name: s.name ?? '',
            categories: (s.categories ?? []).filter((x) => x.code).map((x) => ({ code: x.code!, name: x.name ?? x.code! })),
          })),
        (e) => {
          services = undefined;
          return fault(e, 'DescribeServices');
        },
      );
      return services;
    },

    async find(marker, since) {
      try {
        const all = await describeCases({ afterTime: new Date(since).toISOString(), includeResolvedCases: true });
        return all.filter((c) => c.subject.includes(marker));
      } catch (e) {
        return fault(e, 'DescribeCases');
      }
    },

    async create(n) {
      try {
        const r = await send('CreateCase', (c) =>
          c.send(new CreateCaseCommand({ subject: n.subject, communicationBody: n.body, serviceCode: LIMIT_INCREASE_SERVICE, categoryCode: n.categoryCode, severityCode: n.severity, language: 'en' })),
        );
        return r.caseId ?? { code: 'EmptyResponse', detail: 'CreateCase returned no case id' };
      } catch (e) {
        return fault(e, 'CreateCase');
      }
    },

    async get(ids) {
      const out: CaseInfo[] = [];
      try {
        for (let i = 0; i < ids.length; i += PAGE) out.push(...(await describeCases({ caseIdList: ids.slice(i, i + PAGE), includeResolvedCases: true })));
        return out;
      } catch (e) {
        return fault(e, 'DescribeCases');
      }
    },

    async resolve(caseId) {
      try {
        await send('ResolveCase', (c) => c.send(new ResolveCaseCommand({ caseId })));
        return true as const;
      } catch (e) {
        return fault(e, 'ResolveCase');
      }
    },

    destroy() {
      client?.destroy();
    },
  };
}

function fromShape(c: CaseDetails): CaseInfo | undefined {
  if (!c.caseId) return undefined;
  const t = c.timeCreated ? Date.parse(c.timeCreated) : NaN;
  return { caseId: c.caseId, displayId: c.displayId ?? null, subject: c.subject ?? '', status: c.status ?? null, created: Number.isFinite(t) ? t : null };
}
