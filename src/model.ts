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

/** Scope of a quota: per region, or per Availability Zone, VPC or single resource inside a region. */
export type Scope =
  | { kind: 'region' }
  | { kind: 'az'; zone: string }
  | { kind: 'vpc'; vpc: string }
  | { kind: 'resource'; resource: string };

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
}

export interface Result extends Requirement {
  usage: number | null;
  quota: number | null;
  buffer: number;
  status: Status;
  reason: string | null;
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
}

export type FailOn = 'shortfall' | 'unknown' | 'never';

/** A problem with an input file: reported as `quota-guard: <file>: <message>`, never a stack trace. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
