// Service Quotas increase requests: the thin adapter behind `IncreaseApi` (src/ports/increase.ts). Same client
// settings and per-(region, API) limiters as the readings (./common.ts): the SDK's adaptive retries handle throttling
// and 5xx, so there is no retry loop here. An AWS error is answered as a fault (its code and a one-line description),
// never thrown, so that a refused request becomes a report line, not a crash.
//
// Shapes and errors from [BC] botocore service-quotas 2019-06-24 (copy: /shared/reference/aws-models/service-quotas.json):
//   RequestServiceQuotaIncrease {ServiceCode, QuotaCode, DesiredValue, SupportCaseAllowed} → {RequestedQuota}
//     errors DependencyAccessDenied, QuotaExceeded, ResourceAlreadyExists, AccessDenied, NoSuchResource,
//     IllegalArgument, InvalidResourceState, Service, TooManyRequests
//   GetRequestedServiceQuotaChange {RequestId} → {RequestedQuota}
//   ListRequestedServiceQuotaChangeHistoryByQuota {ServiceCode, QuotaCode, Status?, MaxResults 1–100, NextToken}
//     → {RequestedQuotas[], NextToken}
//   CreateSupportCase {RequestId} → {} (only while the request is PENDING)
import {
  CreateSupportCaseCommand,
  GetRequestedServiceQuotaChangeCommand,
  ListRequestedServiceQuotaChangeHistoryByQuotaCommand,
  RequestServiceQuotaIncreaseCommand,
  ServiceQuotasClient,
} from '@aws-sdk/client-service-quotas';
import type { RequestedServiceQuotaChange } from '@aws-sdk/client-service-quotas';
import type { RequestStatus } from '../model.js';
import type { IncreaseApi, IncreaseFault, RequestedChange, Target } from '../ports/increase.js';
import { clientConfig, errorCode, faultReason, Limiters, type AwsCallOptions } from './common.js';
import { pages } from './paging.js';
import { awsSupport } from './support.js';

/** IAM actions the increase requests use, beyond the read-only ones of IAM_ACTIONS. */
export const INCREASE_IAM_ACTIONS = [
  'servicequotas:RequestServiceQuotaIncrease',
  'servicequotas:GetRequestedServiceQuotaChange',
  'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota',
  'servicequotas:CreateSupportCase',
] as const;

/** History pages: the API maximum. */
const PAGE = 100;

export interface AwsIncreases extends IncreaseApi {
  destroy(): void;
}

export interface AwsIncreasesOptions extends AwsCallOptions {
  /**
   * Credentials (or an SDK credential provider) every client signs with — e.g. a member account's assumed role for DR
   * prewarm (src/scan/prewarm.ts). Absent: the SDK's default chain, the account the check runs in.
   */
  credentials?: unknown;
}

export function awsIncreases(options: AwsIncreasesOptions = {}): AwsIncreases {
  const limiters = new Limiters();
  const clients = new Map<string, ServiceQuotasClient>();
  const log = options.log ?? (() => {});
  const client = (region: string): ServiceQuotasClient => {
    let c = clients.get(region);
    if (!c) clients.set(region, (c = new ServiceQuotasClient(clientConfig(region, options, options.credentials))));
    return c;
  };
  const fault = (e: unknown, api: string, region: string): IncreaseFault => {
    const f = { code: errorCode(e), detail: faultReason(e, `servicequotas:${api}`, region) };
    log(`quota-guard: ${f.detail}`);
    return f;
  };

  // Support cases (`support-case: api`) are signed like the requests: the same account's credentials.
  const support = awsSupport(options);

  return {
    support,

    async history(t: Target) {
      const out: RequestedChange[] = [];
      try {
        const send = (NextToken: string | undefined) =>
          limiters.schedule(t.region, 'ListRequestedServiceQuotaChangeHistoryByQuota', () =>
            client(t.region).send(new ListRequestedServiceQuotaChangeHistoryByQuotaCommand({ ServiceCode: t.serviceCode, QuotaCode: t.quotaCode, MaxResults: PAGE, NextToken })),
          );
        for await (const page of pages(send, (p) => p.NextToken, { operation: 'ListRequestedServiceQuotaChangeHistoryByQuota' })) {
          for (const r of page.RequestedQuotas ?? []) {
            const c = fromShape(r);
            if (c) out.push(c);
          }
        }
        return out;
      } catch (e) {
        return fault(e, 'ListRequestedServiceQuotaChangeHistoryByQuota', t.region);
      }
    },

    async file(t: Target, desiredValue: number, supportCaseAllowed: boolean) {
      try {
        const r = await limiters.schedule(t.region, 'RequestServiceQuotaIncrease', () =>
          client(t.region).send(
            new RequestServiceQuotaIncreaseCommand({ ServiceCode: t.serviceCode, QuotaCode: t.quotaCode, DesiredValue: desiredValue, SupportCaseAllowed: supportCaseAllowed }),
          ),
        );
        return fromShape(r.RequestedQuota) ?? { code: 'EmptyResponse', detail: `RequestServiceQuotaIncrease returned no request for ${t.serviceCode} ${t.quotaCode} in ${t.region}` };
      } catch (e) {
        return fault(e, 'RequestServiceQuotaIncrease', t.region);
      }
    },

    async get(region: string, requestId: string) {
      try {
        const r = await limiters.schedule(region, 'GetRequestedServiceQuotaChange', () => client(region).send(new GetRequestedServiceQuotaChangeCommand({ RequestId: requestId })));
        return fromShape(r.RequestedQuota) ?? { code: 'EmptyResponse', detail: `GetRequestedServiceQuotaChange returned nothing for ${requestId} in ${region}` };
      } catch (e) {
        return fault(e, 'GetRequestedServiceQuotaChange', region);
      }
    },

    async openCase(region: string, requestId: string) {
      try {
        await limiters.schedule(region, 'CreateSupportCase', () => client(region).send(new CreateSupportCaseCommand({ RequestId: requestId })));
        return true as const;
      } catch (e) {
        return fault(e, 'CreateSupportCase', region);
      }
    },

    destroy() {
      for (const c of clients.values()) c.destroy();
      support.destroy();
    },
  };
}

function fromShape(r: RequestedServiceQuotaChange | undefined): RequestedChange | undefined {
  if (!r?.Id || !r.Status) return undefined;
  return {
    id: r.Id,
    caseId: r.CaseId || null,
    status: r.Status as RequestStatus,
    desiredValue: typeof r.DesiredValue === 'number' && Number.isFinite(r.DesiredValue) ? r.DesiredValue : null,
    created: r.Created instanceof Date ? r.Created.getTime() : null,
  };
}
