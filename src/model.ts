// The shapes every parser produces and the requirement engine consumes. Pure data, no I/O.

/** A value that cannot be known before apply: Terraform's `after_unknown`, an unresolvable CloudFormation intrinsic. */
export class Unknown {
  constructor(readonly reason: string) {}
}

/**
 * A pointer to another resource of the same input: a Terraform address (`module.a.aws_subnet.x[0]`) or a
 * CloudFormation logical id. Parsers put it where a value is an unresolved reference, so that an extractor can
 * follow an Auto Scaling group to its launch template or a NAT gateway to its subnet.
 */
export class Ref {
  constructor(
    readonly target: string,
    readonly attribute?: string,
  ) {}
}

export type PathKey = string | number;

/** Read access to a resource's attributes. `get` returns a plain JSON value, an `Unknown`, a `Ref` or `undefined`. */
export interface Attributes {
  get(...path: PathKey[]): unknown;
}

/** Attributes over a plain object whose leaves may already be `Unknown` or `Ref` values. */
export function plainAttributes(value: unknown): Attributes {
  return {
    get(...path: PathKey[]): unknown {
      let cur: unknown = value;
      for (const key of path) {
        if (cur instanceof Unknown || cur instanceof Ref) return cur;
        if (cur === null || typeof cur !== 'object') return undefined;
        cur = (cur as Record<PathKey, unknown>)[key];
      }
      return cur;
    },
  };
}

/**
 * What a change does to one resource.
 * - `replace-create-first`: Terraform `["create","delete"]`, CloudFormation `Replacement: True|Conditional`;
 *   old and new exist at once.
 * - `replace-delete-first`: Terraform `["delete","create"]`.
 * - `none`: no-op, read, forget, import.
 */
export type Action = 'create' | 'update' | 'delete' | 'replace-create-first' | 'replace-delete-first' | 'none';

export type InputFormat = 'terraform' | 'cloudformation' | 'changeset' | 'config';

/** One resource touched by the change, normalised across input formats. */
export interface ResourceChange {
  format: InputFormat;
  file: string;
  /** Terraform address, CloudFormation logical id, or a deploy-config path such as `ec2.auto_scaling_groups[0]`. */
  address: string;
  /** 1-based line of the resource in `file`, when known. */
  line?: number;
  /** Terraform type (`aws_instance`), CloudFormation type (`AWS::EC2::Instance`), or a deploy-config kind. */
  type: string;
  action: Action;
  before: Attributes | null;
  after: Attributes | null;
  /** Region the resource lives in; `Unknown` when no provider, flag or environment names one. */
  region: string | Unknown;
  /** Account id, or null for "the account of the credentials in use". */
  account: string | null;
  /** CloudFormation condition the resource depends on; the resource is counted but flagged. */
  condition?: string;
}

/** A parsed input: the resource changes plus every resource it names, for reference lookups. */
export interface ParsedInput {
  file: string;
  format: InputFormat;
  changes: ResourceChange[];
  /** Extra explicit requirements (deploy config `requirements:` entries). */
  explicit?: ExplicitRequirement[];
  /** Per-quota-code buffer overrides, as fractions (0.2 = 20 %). */
  buffers?: Record<string, number>;
  /** Default buffer the input asks for, as a fraction. */
  defaultBuffer?: number;
  /** Terraform: account → the `assume_role` role ARN of a provider that deploys there (read with `use-plan-roles`). */
  providerRoles?: Record<string, string>;
  /** Terraform: module path (`module.a.module.b`) → the `source` its caller gives, to find `.tf` lines. */
  moduleSources?: Record<string, string>;
}

export interface ExplicitRequirement {
  file: string;
  address: string;
  line?: number;
  serviceCode: string;
  quotaCode: string;
  amount: number;
  region: string | Unknown;
  account: string | null;
}

/** Where a requirement comes from. `amount` is null when it could not be known offline. */
export interface Source {
  file: string;
  address: string;
  line?: number;
  amount: number | null;
  note?: string;
}

/**
 * The resource a per-VPC or per-resource quota is counted in (a VPC, a security group, a route table, a role…), as
 * far as the input tells: `created` when the same change creates it (its usage is 0, known), else its AWS id when
 * the input names one, so the live reader can count what it already holds.
 */
export interface Parent {
  /** Address of the parent in the input (Terraform address, CloudFormation logical id), when it is there. */
  address?: string;
  /** AWS id or ARN of an existing parent (vpc-…, sg-…, rtb-…, a role name), when known. */
  id?: string;
  created: boolean;
}

/** Scope of a quota: per region, or per Availability Zone, VPC or single resource inside a region. */
export type Scope =
  | { kind: 'region' }
  | { kind: 'az'; zone: string }
  | { kind: 'vpc'; vpc: string; parent?: Parent }
  | { kind: 'resource'; resource: string; parent?: Parent };

export function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'region':
      return 'region';
    case 'az':
      return `az:${scope.zone}`;
    case 'vpc':
      return `vpc:${scope.vpc}`;
    case 'resource':
      return `resource:${scope.resource}`;
  }
}

/** The peak additional amount of one quota that the change needs, with everything that adds to it. */
export interface Requirement {
  account: string | null;
  region: string;
  serviceCode: string;
  quotaCode: string;
  quotaName: string;
  scope: string;
  /** For `vpc` and `resource` scopes: the parent the quota is counted in, when the input tells. */
  parent?: Parent;
  /** Sum of the amounts that are known. */
  required: number;
  /** Why part of the amount is not known; non-empty makes the requirement unknown unless already short. */
  unknowns: string[];
  sources: Source[];
}

export type Status = 'ok' | 'shortfall' | 'unknown';

/** The quota value and usage read for one requirement (live or offline). null = could not be read. */
export interface QuotaReading {
  quota: number | null;
  usage: number | null;
  /** Why quota or usage is null, e.g. the IAM action that was denied. */
  reason?: string;
  adjustable?: boolean;
  /**
   * Set when the quota value or the usage could not be read because of the setup (credentials, an access denial,
   * persistent throttling or 5xx, an unreachable endpoint, a garbled answer, endless paging): the one line that names
   * the root cause and the fix (`setupFault` in src/aws/common.ts). Such a run fails as a setup error by default,
   * never as a pass.
   */
  setupError?: string;
  /**
   * The usage count stopped at a page cap: at least `usage` are in use. A lower bound can prove a shortfall, never a
   * pass (evaluate turns a fit into unknown).
   */
  usageLowerBound?: boolean;
  /** What a reader of the report should know about the numbers (where a value comes from, a lower limit in force). */
  note?: string;
}

/**
 * Where an unknown comes from: `plan` — the change itself does not say (a count known only after apply, an
 * unresolvable region or condition); `reading` — AWS could not be read or has no source for the number.
 */
export type UnknownFrom = 'plan' | 'reading';

export interface Result extends Requirement {
  usage: number | null;
  quota: number | null;
  buffer: number;
  /** Whether AWS accepts increase requests for the quota (Service Quotas `Adjustable`); absent when not known. */
  adjustable?: boolean;
  status: Status;
  reason: string | null;
  /** For `unknown` results: whether the plan or the reading left it unknown. */
  unknownFrom?: UnknownFrom;
  /** Copied from the reading: the setup's root cause when a read failed because of it. */
  setupError?: string;
  /**
   * Next step of a shortfall: the quota value to request — usage + required over (1 − buffer), rounded up to the
   * quota's step — or null when usage is not known.
   */
  suggestedValue?: number | null;
  /** Where to request it: the Service Quotas console page of this quota in its region (or the request/case filed). */
  requestUrl?: string;
  /** A checked-in waiver that matches this finding: shown, and not gating unless expired. */
  waiver?: Waiver;
}

/** A waiver of a known finding (`check.waivers` of quota-guard.yml), as matched to a result. */
export interface Waiver {
  reason: string;
  /** ISO date (YYYY-MM-DD) after which the waiver no longer applies. */
  expires: string;
  expired: boolean;
  file: string;
  line?: number;
}

export interface Coverage {
  resources: number;
  mapped: number;
  unsupported: { type: string; count: number }[];
}

export interface Report {
  version: 1;
  mode: 'offline' | 'live';
  passed: boolean;
  failOn: FailOn;
  summary: { ok: number; shortfall: number; unknown: number };
  coverage: Coverage;
  inputs: string[];
  results: Result[];
  /**
   * Distinct root causes of reads that failed because of the setup (credentials, denied, throttled, unreachable):
   * one line each. Non-empty fails the run as a setup error unless the user downgraded it to a warning.
   */
  setupErrors?: string[];
  /** Quota increase requests filed, reused or waited for; present only when requesting was turned on. */
  requests?: IncreaseRecord[];
}

/**
 * Status of a Service Quotas increase request ([BC] service-quotas RequestStatus). PENDING and CASE_OPENED are
 * open; the others are terminal.
 */
export type RequestStatus = 'PENDING' | 'CASE_OPENED' | 'APPROVED' | 'DENIED' | 'CASE_CLOSED' | 'NOT_APPROVED' | 'INVALID_REQUEST';

/**
 * What happened to the increase one shortfall needs:
 * - `filed`: this run filed the request; `reused`: an open request for the quota already existed (never a second);
 *   `tracked`: a request named by an earlier step (`track-requests`); `previous`: no open request, the latest one
 *   of the quota's history, shown because it explains the shortfall (denied, closed, …); `planned`: a dry run
 *   (`request-increases: plan`) would file it — what an approver is shown before the request job runs.
 * - Not filed: `no-request` (waiting only, and none is open), `not-adjustable` (needs a design change),
 *   `over-cap` (beyond max-increase-factor / max-increase: request it by hand), `max-requests`,
 *   `usage-unknown` (the value to ask for is not known), `error` (AWS refused or failed; see `note`).
 */
export type IncreaseOutcome = 'filed' | 'reused' | 'tracked' | 'previous' | 'planned' | 'no-request' | 'not-adjustable' | 'over-cap' | 'max-requests' | 'usage-unknown' | 'error';

/** One line of the increase audit trail (JSON report `requests`, the action's `requests` output). */
export interface IncreaseRecord {
  account: string | null;
  /** Region the request is filed in (us-east-1 for global quotas). */
  region: string;
  serviceCode: string;
  quotaCode: string;
  quotaName: string;
  /** Quota value when the need was read. */
  currentValue: number | null;
  /** The value this change needs, rounded up to a step; null when it cannot be worked out. */
  desiredValue: number | null;
  /** DesiredValue of the AWS request (a reused request may ask for a different value). */
  requestedValue: number | null;
  requestId: string | null;
  caseId: string | null;
  status: RequestStatus | null;
  outcome: IncreaseOutcome;
  /** Why it was not filed, what went wrong, or what to do next. */
  note: string | null;
  /** Built from the change: which resources need how much, and which pull request or commit. */
  justification: string | null;
  /** Service Quotas console page of the quota in its region, to request or follow up by hand. */
  consoleUrl: string;
  /**
   * The AWS Support case (Service limit increase) for a quota Service Quotas cannot raise, with `support-case: api`
   * (src/increase/cases.ts). Absent when no case was looked for.
   */
  supportCase?: SupportCaseRecord;
  /** For increases the org-wide scan's automation rules asked for: what fired (src/scan/automation.ts). */
  trigger?: Trigger;
}

/**
 * What happened to the support case of one quota: `opened` by this run; `reused` (an open case with the quota's
 * marker already existed); `resolved` (AWS resolved the case: the quota is re-checked); `planned` (a dry run would
 * open it); `no-plan` (the account's support plan has no Support API: open it in the console); `error`.
 */
export interface SupportCaseRecord {
  outcome: 'opened' | 'reused' | 'resolved' | 'planned' | 'no-plan' | 'error';
  caseId: string | null;
  /** The number the Support Center shows. */
  displayId: string | null;
  /** CaseDetails status (opened, pending-customer-action, …, resolved). */
  status: string | null;
  severity: string;
  /** Console page of the case, or the pre-filled Create case page when there is none. */
  url: string;
  note: string | null;
}

export type FailOn = 'shortfall' | 'unknown' | 'never';

/** A problem with an input file: reported as `quota-guard: <file>: <message>`, never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}

// Identifier patterns, from the Service Quotas and STS API models (botocore service-2.json) and AWS region names.
export const QUOTA_CODE_RE = /^[a-zA-Z][a-zA-Z0-9-]{1,128}$/;
export const SERVICE_CODE_RE = /^[a-zA-Z][a-zA-Z0-9-]{1,63}$/;
export const REQUEST_ID_RE = /^[0-9a-zA-Z][a-zA-Z0-9-]{1,128}$/;
export const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;
export const ACCOUNT_RE = /^\d{12}$/;

// Change set ARN: arn:aws:cloudformation:REGION:ACCOUNT:changeSet/NAME/UUID. Stack and change set names:
// [a-zA-Z][-a-zA-Z0-9]*, at most 128 characters ([BC cloudformation] StackName / ChangeSetName constraints).
export const CHANGE_SET_ARN = /^arn:aws[a-z-]*:cloudformation:([a-z0-9-]+):\d{12}:changeSet\/[A-Za-z][-A-Za-z0-9]*\/[-A-Za-z0-9]+$/;
export const STACK_AND_NAME = /^([A-Za-z][-A-Za-z0-9]{0,127})\/([A-Za-z][-A-Za-z0-9]{0,127})$/;

/** Whether `s` is written as a change set reference: an ARN, or `STACK/CHANGE_SET`. The caller checks for a file of that name. */
export function isChangeSetRef(s: string): boolean {
  return CHANGE_SET_ARN.test(s) || STACK_AND_NAME.test(s);
}

/** The AWS Support API's service code for service quota (limit) increase cases (DescribeServices lists it). */
export const LIMIT_INCREASE_SERVICE = 'service-limit-increase';

/** The AWS partition of a region (ARNs and endpoints differ in China and GovCloud). */
export function partitionOf(region: string | Unknown): string {
  if (typeof region !== 'string') return 'aws';
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** What makes a scan's `request` / `auto` quota ask for more (src/scan/automation.ts). */
export const TRIGGERS = ['utilisation', 'forecast', 'baseline', 'dr-parity'] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** Whether a record read from JSON names a region, a service code and a quota code of the right form. */
export function isQuotaTarget(r: Record<string, unknown>): boolean {
  return typeof r.region === 'string' && REGION_RE.test(r.region) && typeof r.serviceCode === 'string' && SERVICE_CODE_RE.test(r.serviceCode) && typeof r.quotaCode === 'string' && QUOTA_CODE_RE.test(r.quotaCode);
}
