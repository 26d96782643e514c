// The ports of the increase flow (src/increase): the Service Quotas and AWS Support calls a run makes, and the data
// they answer. Declared in the core so that the adapters that implement them (src/aws/increases.ts,
// src/aws/support.ts) depend on the core, not on the flow that calls them.
import type { RequestStatus } from '../model.js';

/** Where a request is made: one per account, region and quota, whatever scopes share the quota. */
export interface Target {
  region: string;
  serviceCode: string;
  quotaCode: string;
}

/** A request as Service Quotas describes it (RequestedServiceQuotaChange). */
export interface RequestedChange {
  id: string;
  caseId: string | null;
  status: RequestStatus;
  desiredValue: number | null;
  /** Epoch milliseconds, when AWS says. */
  created: number | null;
}

/** An AWS error the adapter reports: its code and a one-line description (faultReason of src/aws/common.ts). */
export interface IncreaseFault {
  code: string;
  detail: string;
}

/** The Service Quotas calls a run makes. Each answers a value or the fault; it never throws for an AWS error. */
export interface IncreaseApi {
  /** Every request of the quota's history (all pages), any status. */
  history(t: Target): Promise<RequestedChange[] | IncreaseFault>;
  file(t: Target, desiredValue: number, supportCaseAllowed: boolean): Promise<RequestedChange | IncreaseFault>;
  get(region: string, requestId: string): Promise<RequestedChange | IncreaseFault>;
  openCase(region: string, requestId: string): Promise<true | IncreaseFault>;
  /** AWS Support cases (`support-case: api`); absent where no Support API is wired. */
  support?: SupportApi;
}

/** A case as DescribeCases lists it. */
export interface CaseInfo {
  caseId: string;
  displayId: string | null;
  subject: string;
  status: string | null;
  /** Epoch milliseconds of timeCreated, when AWS says. */
  created: number | null;
}

export interface SupportService {
  code: string;
  name: string;
  categories: { code: string; name: string }[];
}

/** The Support API calls a run makes; each answers a value or the fault, never throws for an AWS error. */
export interface SupportApi {
  /** DescribeServices for service-limit-increase, once per run (cached by the adapter). */
  services(): Promise<SupportService[] | IncreaseFault>;
  /** Cases created since `since` (epoch ms), open and resolved, whose subject carries `marker` (every page). */
  find(marker: string, since: number): Promise<CaseInfo[] | IncreaseFault>;
  create(c: NewCase): Promise<string | IncreaseFault>;
  /** The named cases, whatever their status. */
  get(caseIds: string[]): Promise<CaseInfo[] | IncreaseFault>;
  resolve(caseId: string): Promise<true | IncreaseFault>;
}

export interface NewCase {
  subject: string;
  body: string;
  categoryCode: string | undefined;
  severity: string;
}
