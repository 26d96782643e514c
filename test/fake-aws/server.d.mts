// Types of server.mjs, the local fake AWS endpoint used by the tests.
import type { FakeUsageRegion } from './usage.d.mts';

export interface FakeUsageMetric {
  namespace: string;
  name: string;
  dimensions?: Record<string, string>;
  /** MetricStatisticRecommendation; default Maximum. */
  stat?: 'Maximum' | 'Sum';
}

export interface FakeQuota {
  serviceCode: string;
  serviceName?: string;
  quotaCode: string;
  name?: string;
  /** Applied value. Absent: GetServiceQuota answers NoSuchResourceException and ListServiceQuotas leaves it out. */
  value?: number;
  /** AWS default (GetAWSDefaultServiceQuota). */
  default: number;
  unit?: string;
  adjustable?: boolean;
  /** Global quotas are seeded under us-east-1; other regions answer NoSuchResourceException for them. */
  global?: boolean;
  usageMetric?: FakeUsageMetric;
  errorReason?: { ErrorCode: string; ErrorMessage: string };
  /** Statuses a new increase request for this quota goes through (wins over FakeSeed.increaseScript). */
  increaseScript?: FakeRequestStatus[];
}

export type FakeRequestStatus = 'PENDING' | 'CASE_OPENED' | 'APPROVED' | 'DENIED' | 'CASE_CLOSED' | 'NOT_APPROVED' | 'INVALID_REQUEST';

/** A quota increase request the fake keeps; seed some to have requests that exist before a run. */
export interface FakeRequest {
  /** Generated for new requests (40 characters). */
  id: string;
  region: string;
  serviceCode: string;
  quotaCode: string;
  desiredValue: number;
  status: FakeRequestStatus;
  caseId?: string;
  /** Epoch seconds. */
  created?: number;
  lastUpdated?: number;
  /** SupportCaseAllowed of the request (default true). */
  supportCaseAllowed?: boolean;
  /** Statuses each GetRequestedServiceQuotaChange moves through; absent: the status stays. */
  script?: FakeRequestStatus[];
  /** Position in `script` (set by the fake). */
  step?: number;
  /** Left out of this many ListRequestedServiceQuotaChangeHistoryByQuota answers (a request just filed elsewhere). */
  hiddenFromLists?: number;
}

export interface FakeMetric {
  namespace: string;
  name: string;
  /** Must equal the query's dimensions exactly, as in CloudWatch. */
  dimensions?: Record<string, string>;
  /** Datapoints, newest first, one per period; or per statistic. */
  values: number[] | Record<string, number[]>;
}

export interface FakeChangeSet {
  stackName: string;
  changeSetName: string;
  changeSetId?: string;
  stackId?: string;
  /** uuid part of generated ARNs. */
  id?: string;
  status?: string;
  executionStatus?: string;
  creationTime?: string;
  /** `Changes` entries exactly as describe-change-set prints them (with BeforeContext / AfterContext). */
  changes: unknown[];
  /** Changes per DescribeChangeSet page (default 100). */
  pageSize?: number;
}

export interface FakeRegion extends FakeUsageRegion {
  quotas?: FakeQuota[];
  /** Page size cap for ListServiceQuotas / ListAWSDefaultServiceQuotas (default 100, the API maximum). */
  listPageSize?: number;
  metrics?: FakeMetric[];
  natGateways?: { id: string; subnetId?: string; vpcId?: string; state?: string; connectivityType?: string; availabilityMode?: string }[];
  subnets?: { id: string; zone: string; zoneId?: string; vpcId?: string }[];
  /** `cidrs` / `ipv6Cidrs`: associated CIDR blocks (default one IPv4, no IPv6). */
  vpcs?: { id: string; isDefault?: boolean; state?: string; cidrBlock?: string; cidrs?: number; ipv6Cidrs?: number }[];
  addresses?: { allocationId: string; publicIp?: string; domain?: string }[];
  /** Instance type → DefaultVCpus. */
  instanceTypes?: Record<string, number>;
  /** Page size cap for EC2 Describe* calls. */
  ec2PageSize?: number;
  /** Open increase requests allowed in the region; one more → QuotaExceededException. Absent: no limit. */
  openRequestLimit?: number;
  /** Page size cap for ListRequestedServiceQuotaChangeHistoryByQuota (default 100). */
  requestPageSize?: number;
  changeSets?: FakeChangeSet[];
  /**
   * Lambda GetAccountSettings AccountLimit / AccountUsage. Absent: ConcurrentExecutions is the region's lambda
   * L-B99A9384 value (applied, else default, else 1000) and nothing is reserved (Unreserved = ConcurrentExecutions).
   */
  lambdaAccount?: { concurrentExecutions?: number; unreservedConcurrentExecutions?: number; functionCount?: number; totalCodeSize?: number };
}

export type FakeFaultKind =
  | 'throttle'
  | 'internal'
  | 'accessDenied'
  // Service Quotas only: the increase-request errors of the model.
  | 'quotaExceeded'
  | 'resourceAlreadyExists'
  | 'illegalArgument'
  | 'dependencyAccessDenied'
  | 'invalidResourceState'
  // Any service: a 503 text/html page, as a proxy in front of AWS answers.
  | 'html503';

export interface FakeFault {
  /** Operation name (GetServiceQuota, GetMetricData, DescribeNatGateways …) or `*`. */
  operation: string;
  /** Service (the signing name: servicequotas, cloudwatch, ec2, iam, rds, elasticloadbalancing, eks, s3, support …). */
  service?: string;
  region?: string;
  /** Only calls whose body has these values (dotted paths, e.g. `{ "QuotaCode": "L-1216C47A" }`). */
  match?: Record<string, unknown>;
  kind: FakeFaultKind;
  /** Fail this many matching calls, then answer normally; absent = always. */
  times?: number;
  /** Set by the fake: how many calls it has failed. */
  used?: number;
}

export interface FakeSeed {
  /** Account of the credentials (appears in applied quota ARNs); default 123456789012. */
  account?: string;
  regions: Record<string, FakeRegion>;
  /** Instance types known in every region (a region's own `instanceTypes` wins). */
  instanceTypes?: Record<string, number>;
  faults?: FakeFault[];
  /** Increase requests, seeded and filed (the fake appends to this list). */
  requests?: FakeRequest[];
  /** Statuses a new increase request goes through, one step per GetRequestedServiceQuotaChange; default ['PENDING']. */
  increaseScript?: FakeRequestStatus[];
  /** The AWS Support API (support.mjs). */
  support?: FakeSupport;
}

/** A support case the fake keeps (CaseDetails); seed some to have cases that exist before a run. */
export interface FakeCase {
  caseId: string;
  displayId?: string;
  subject: string;
  body?: string;
  /** opened | pending-customer-action | customer-action-completed | reopened | unassigned | work-in-progress | resolved. */
  status: string;
  serviceCode?: string;
  categoryCode?: string;
  severityCode?: string;
  /** ISO 8601. */
  timeCreated: string;
  /** Account the case belongs to; default 123456789012. */
  account?: string;
  /** Statuses each DescribeCases naming the case (caseIdList) moves through. */
  script?: string[];
  step?: number;
}

export interface FakeSupport {
  /** `basic`: no Support API (SubscriptionRequiredException on every call). Default: a plan with the API. */
  plan?: 'basic' | 'business';
  /** Seeded and created cases (the fake appends). */
  cases?: FakeCase[];
  /** DescribeServices answer; default a service-limit-increase service with a few categories. */
  services?: { code: string; name: string; categories: { code: string; name: string }[] }[];
  /** Statuses a new case goes through, one step per DescribeCases that names it. */
  caseScript?: string[];
  /** Open cases allowed; one more → CaseCreationLimitExceeded. */
  openCaseLimit?: number;
  /** DescribeCases page size cap. */
  pageSize?: number;
  /** The first `count` calls of `operation` are answered together, once all have arrived (concurrent runs). */
  barrier?: { operation: string; count: number };
}

export interface FakeCall {
  service: string;
  operation: string;
  region: string;
  protocol: 'json1.1' | 'json1.0' | 'cbor' | 'ec2' | 'query' | 'rest-json' | 'usage-query' | 'usage-rest-xml';
  body: unknown;
}

export interface FakeAws {
  /** Base URL, e.g. http://127.0.0.1:43210: set AWS_ENDPOINT_URL to it. */
  url: string;
  calls: FakeCall[];
  seed: FakeSeed;
  close(): Promise<void>;
}

export function startFakeAws(seed: FakeSeed, options?: { port?: number }): Promise<FakeAws>;

/** Calls per operation name. */
export function countCalls(calls: FakeCall[]): Record<string, number>;
