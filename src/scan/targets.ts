// Which accounts a scan covers: the include/exclude lists, the environment each account belongs to, and the stable
// shard an account falls in. Pure.
import { createHash } from 'node:crypto';
import type { EnvironmentPolicy, ScanPolicy, Shard } from './model.js';

/** An account as Organizations lists it (or as an explicit list gives it: id only). */
export interface AccountInfo {
  id: string;
  name?: string;
  /** Tags from Organizations ListTagsForResource; undefined when not read. */
  tags?: Record<string, string>;
}

/** `3/10` → { index: 3, count: 10 }; index is 1-based, as a GitHub Actions matrix gives it. */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 256 || index < 1 || index > count) throw new Error(`shard "${text}" is not K/N with 1 <= K <= N <= 256 (for example 3/10)`);
  return { index, count };
}

/**
 * The shard (1-based) an account belongs to. Stable: a hash of the account id alone, so adding or closing accounts
 * never moves the others between shards, and each account is assumed by exactly one shard (one AssumeRole per
 * account, all its regions in the same job — which also keeps each DR pair's two regions together).
 */
export function shardOf(account: string, count: number): number {
  const h = createHash('sha256').update(account).digest();
  return (h.readUInt32BE(0) % count) + 1;
}

function inShard(account: string, shard: Shard | undefined): boolean {
  return !shard || shard.count === 1 || shardOf(account, shard.count) === shard.index;
}

/**
 * Include / exclude lists of the policy and this run's shard, one account at a time as accounts stream in from
 * Organizations: include (when non-empty) keeps only those ids, exclude always drops, duplicates are dropped.
 */
export function accountFilter(scan: Pick<ScanPolicy['scan'], 'include' | 'exclude'>, shard?: Shard): (id: string) => boolean {
  const include = new Set(scan.include);
  const exclude = new Set(scan.exclude);
  const seen = new Set<string>();
  return (id) => {
    if (seen.has(id)) return false;
    seen.add(id);
    return (!include.size || include.has(id)) && !exclude.has(id) && inShard(id, shard);
  };
}

/** Glob (`*` any run, `?` one character), whole name, case-insensitive: account names are free text. */
export function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'is');
  return re.test(text);
}

/** Whether the environment mapping needs account tags (so that ListTagsForResource is called only then). */
export function needsTags(policy: Pick<ScanPolicy, 'environments'>): boolean {
  return policy.environments.some((e) => Object.keys(e.match.tags).length > 0);
}

function tagsMatch(env: EnvironmentPolicy, tags: Record<string, string> | undefined): boolean {
  const wanted = Object.entries(env.match.tags);
  if (!wanted.length || !tags) return false;
  // Every listed key must be present with one of its values; keys compare exactly, values case-insensitively.
  return wanted.every(([k, values]) => k in tags && values.some((v) => v.toLowerCase() === tags[k].toLowerCase()));
}

/**
 * The environment of an account. An explicit account id wins over everything; otherwise the first environment in
 * file order whose tags or name patterns match. undefined = no environment (no baselines, no drift).
 */
export function environmentOf(account: AccountInfo, environments: readonly EnvironmentPolicy[]): string | undefined {
  const explicit = environments.find((e) => e.match.accounts.includes(account.id));
  if (explicit) return explicit.name;
  return environments.find((e) => tagsMatch(e, account.tags) || (account.name !== undefined && e.match.names.some((p) => globMatch(p, account.name!))))?.name;
}
