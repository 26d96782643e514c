// Types of org-sts.mjs: the seed fields the org-wide scan's part of the fake reads.
import type { FakeAws, FakeCall, FakeFault, FakeRegion, FakeRequest, FakeRequestStatus, FakeSeed } from './server.mjs';

export interface FakeOrgAccount {
  id: string;
  name?: string;
  email?: string;
  /** Organizations State; default ACTIVE. */
  state?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED' | 'PENDING_ACTIVATION';
  /** OU or root id; default the root (r-root). */
  parent?: string;
  tags?: Record<string, string>;
  partition?: string;
}

export interface FakeOrganization {
  accounts: FakeOrgAccount[];
  ous?: { id: string; name?: string; parent?: string }[];
  rootId?: string;
  /** Page size cap (the API allows at most 20). */
  pageSize?: number;
  /** Answer the first request of every list with an empty page and a token, as Organizations occasionally does. */
  emptyPages?: boolean;
}

/** One member account, as seen with its assumed role's credentials. */
export interface FakeMember {
  regions?: Record<string, FakeRegion>;
  /** Regions DescribeRegions reports enabled; default the keys of `regions`. */
  enabledRegions?: string[];
  /** Regions DescribeRegions (AllRegions) reports not-opted-in. */
  disabledRegions?: string[];
  /** Role that may be assumed; default QuotaGuardReadOnly. */
  roleName?: string;
  /** When set, AssumeRole must pass this ExternalId. */
  externalId?: string;
  /** AssumeRole is denied (the role is missing or does not trust the scanner). */
  denyAssume?: boolean;
  faults?: FakeFault[];
  /** The member's Service Quotas increase requests (seeded, and those filed with its credentials). */
  requests?: FakeRequest[];
  /** Statuses a new increase request of this member goes through (wins over FakeSeed.increaseScript). */
  increaseScript?: FakeRequestStatus[];
  /** memberDefaults only: serve accounts that are not in the organization's list too. */
  anyAccount?: boolean;
}

export interface FakeSimulation {
  /** Added to every call. */
  latencyMs?: number;
  /** Enforce PUBLISHED_RATES per account, region and API; over-rate calls get the service's throttling error. */
  rates?: boolean;
  /** Filled in by the fake. */
  stats?: { calls: number; throttled: number; buckets: Record<string, { rate: number; capacity: number; calls: number; throttled: number }> };
}

export interface ScanFakeSeed extends FakeSeed {
  organization?: FakeOrganization;
  members?: Record<string, FakeMember>;
  /** Every organization account without its own `members` entry. */
  memberDefaults?: FakeMember;
  /** Filled in by the fake: increase requests of accounts served by memberDefaults, per account. */
  memberRequests?: Record<string, FakeRequest[]>;
  simulate?: FakeSimulation;
}

export type ScanFakeCall = FakeCall & { account?: string };

export const PUBLISHED_RATES: Record<string, [number, number]>;

export function scanExtensions(deps: { AwsError: unknown; FAULTS: Record<string, unknown> }): unknown;

export type { FakeAws };
