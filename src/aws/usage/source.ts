// What a usage source is: one small module per AWS service says which quotas (and scopes) it counts, which API calls
// it makes (with their AWS API reference) and which IAM actions those need, and reads the usage of every requirement
// of one account and region handed to it with as few calls as the API allows (one call or walk per kind, grouped by
// parent). The live reader (src/aws/readings.ts) plans its calls from the registry of these (./index.ts).
import type { Parent } from '../../model.js';
import type { ScopeKind } from '../../quotas/catalog.js';
import { PagingError, pages } from '../paging.js';

/** The usage of one requirement, or why it is not known. */
export type Usage =
  | {
      value: number;
      /**
       * The count stopped at a page cap: at least `value` are in use. A lower bound can prove a shortfall, never a
       * pass (QuotaReading.usageLowerBound).
       */
      lowerBound?: boolean;
      /** What the reader of the report should know about the number (where it comes from, what it leaves out). */
      note?: string;
      /**
       * The limit the same answer gave (GetAccountSummary's RolesQuota, DescribeAccountLimits' Max…): the quota value
       * when Service Quotas could not be read. `cap`: the limit in force even when Service Quotas says more (Lambda's
       * AccountLimit.ConcurrentExecutions, lowered on new accounts).
       */
      limit?: { value: number; from: string; cap?: boolean };
    }
  | { value: null; reason: string; setupError?: string };

/** One requirement as a source sees it. `key` is the reading key the answer goes back under. */
export interface UsageItem {
  key: string;
  quotaCode: string;
  scope: { kind: ScopeKind; id: string };
  /** Only for `vpc` / `resource` scopes, and then always with an id: the planner answers created or id-less parents. */
  parent?: Parent & { id: string };
}

/** One AWS API a source calls: the IAM action it needs and the API reference it is written against. */
export interface ApiCall {
  api: string;
  action: string;
  doc: string;
}

/** A CloudWatch usage metric to read when Service Quotas names none for the quota (its read failed or is older). */
export interface StaticMetric {
  namespace: string;
  name: string;
  dimensions: Record<string, string>;
  /** Where the metric and its dimensions are documented. */
  source: string;
}

export interface UsageSource {
  /** Stable name (`service.kind`): the planner calls `read` at most once per account, region and source. */
  name: string;
  /** Quota code → the scope kinds this source counts it in. */
  counts: Readonly<Record<string, readonly ScopeKind[]>>;
  calls: readonly ApiCall[];
  /**
   * Global sources (IAM, S3, Route 53) count account-wide: their quotas are read, and they are asked, once through
   * us-east-1, whatever region a requirement names (as the catalog's `global` quotas).
   */
  global?: boolean;
  /**
   * Whether the quota's CloudWatch usage metric (Service Quotas UsageMetric, else `metrics`) is used instead of this
   * source when there is one. False where the metric measures something else (Lambda executions running, not
   * concurrency reserved).
   */
  metricFirst?: boolean;
  /**
   * What a parent the change creates already holds when it is made (a new VPC's main route table), per quota;
   * absent: nothing (usage 0).
   */
  createdParent?: Readonly<Record<string, { value: number; why: string }>>;
  /** Usage metrics AWS documents for these quotas, read when Service Quotas did not name one. */
  metrics?: Readonly<Record<string, StaticMetric>>;
  read(ctx: UsageContext, items: UsageItem[]): Promise<Map<string, Usage>>;
}

/** What the live reader gives a source for one account and region. */
export interface UsageContext {
  region: string;
  /** "in eu-west-1" or "in eu-west-1 of account 111122223333", for reasons. */
  where: string;
  /**
   * A client of `Client` for this account and region, from the run's one client cache. `http1`: send over HTTP/1.1
   * where the SDK defaults to HTTP/2 (Kinesis, for SubscribeToShard), which plain-HTTP endpoints and proxies refuse.
   */
  client<C extends { destroy(): void }>(Client: new (config: never) => C, options?: { http1?: boolean }): C;
  /** Runs one API call under its rate limit and counts it. */
  call<T>(api: string, fn: () => Promise<T>): Promise<T>;
  /** A failed call as a usage: the reason and, when it is the setup's fault, `setupError` (setupFault in common.ts). */
  failed(e: unknown, action: string): Usage & { value: null };
  /** One promise per key and account-region: two sources that need the same walk share it. */
  once<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

/** Pages a walk that counts may take before it says "at least N" (see countPages). */
export const COUNT_PAGE_CAP = 50;

export interface Counted<I> {
  items: I[];
  /** False when the walk stopped at the page cap: `items` is a prefix, its length a lower bound. */
  complete: boolean;
}

/**
 * Every page of a walk (pages in src/aws/paging.ts: cap and repeated-token detection), each call under `ctx.call`.
 * At the page cap the items so far are returned with `complete: false`, a lower bound; a repeated token or any error
 * is thrown (a listing that repeats itself proves nothing).
 */
export async function countPages<P, I>(
  ctx: UsageContext,
  api: string,
  send: (token: string | undefined) => Promise<P>,
  next: (page: P) => string | null | undefined,
  items: (page: P) => I[] | undefined,
  maxPages = COUNT_PAGE_CAP,
): Promise<Counted<I>> {
  const out: I[] = [];
  try {
    for await (const page of pages((token) => ctx.call(api, () => send(token)), next, { operation: api, maxPages })) for (const i of items(page) ?? []) out.push(i);
  } catch (e) {
    if (e instanceof PagingError && e.kind === 'page-cap') return { items: out, complete: false };
    throw e;
  }
  return { items: out, complete: true };
}

/** A count as a usage: a lower bound with the reason when the walk was cut. */
export function counted(n: number, complete: boolean, what: string, note?: string): Usage {
  if (!Number.isFinite(n) || n < 0) return { value: null, reason: `AWS returned an invalid count of ${what} (${n})` };
  if (complete) return note ? { value: n, note } : { value: n };
  return { value: n, lowerBound: true, note: `at least ${n} ${what}: the listing was stopped after ${COUNT_PAGE_CAP} pages${note ? `; ${note}` : ''}` };
}

/** The same usage for every item: one regional count serves all requirements of its quota. */
export function forAll(items: UsageItem[], usage: Usage | ((item: UsageItem) => Usage)): Map<string, Usage> {
  return new Map(items.map((i) => [i.key, typeof usage === 'function' ? usage(i) : usage]));
}

/** Runs `read`, and on a thrown error gives every item the failure (denied, throttled, endless paging…). */
export async function guarded(ctx: UsageContext, items: UsageItem[], action: string, read: () => Promise<Map<string, Usage>>): Promise<Map<string, Usage>> {
  try {
    return await read();
  } catch (e) {
    return forAll(items, ctx.failed(e, action));
  }
}

/** A number from an AWS answer: finite and >= 0, else undefined (never a number made up from garbage). */
export function nonNegative(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Distinct parent ids of the items, in order. */
export function parentIds(items: UsageItem[]): string[] {
  return [...new Set(items.map((i) => i.parent?.id).filter((id): id is string => !!id))];
}

/** Splits a list in chunks (filter values, ids per call). */
export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
