// The accounts of an AWS Organization, for the org-wide scan: ListAccounts (or, with an OU filter, a walk of
// ListAccountsForParent / ListOrganizationalUnitsForParent under each OU) and, when the policy maps environments by
// tag, ListTagsForResource per account. Called with the scanner's own credentials (the management account or a
// delegated administrator: "You can only call this operation from the management account or a member account that
// is a delegated administrator", [BC organizations] ListAccounts).
//
// Organizations is a global service served from us-east-1 (https://docs.aws.amazon.com/general/latest/gr/ao.html).
// Every call of a run goes through one limiter (SCAN_RATES.Organizations); AWS publishes no rate for it.
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  ListTagsForResourceCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import type { Account } from '@aws-sdk/client-organizations';
import { SCAN_RATES, describeFault, type ScanHttp } from './scan-http.js';
import { pages as pagesOf } from './paging.js';
import { Limiters } from './common.js';

/** Organizations answers only in us-east-1 (aws partition). */
const ORGANIZATIONS_REGION = 'us-east-1';
/** ListAccounts and the other List* calls take at most 20 results per page ([BC organizations] MaxResults 1–20). */
const PAGE = 20;

export interface OrgAccount {
  id: string;
  name?: string;
  /** Partition from the account ARN (arn:aws:organizations::…), for the member role's ARN. */
  partition?: string;
}

export class OrganizationsError extends Error {}

export class OrganizationsReader {
  private readonly client: OrganizationsClient;
  private readonly limiters = new Limiters(SCAN_RATES);

  constructor(
    private readonly http: ScanHttp,
    credentials?: unknown,
  ) {
    this.client = new OrganizationsClient(http.config(ORGANIZATIONS_REGION, credentials));
  }

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return this.limiters.schedule(ORGANIZATIONS_REGION, 'Organizations', () => {
      this.http.count(operation);
      return fn();
    });
  }

  /**
   * ACTIVE accounts of the organization, or of the given OUs and roots (nested OUs included). Suspended, closed and
   * pending accounts are left out: a role cannot be assumed in them. Throws OrganizationsError with the IAM action
   * to grant when the organization cannot be listed — without accounts there is nothing to scan.
   */
  async listAccounts(parents: readonly string[] = [], onAccount?: (account: OrgAccount) => void): Promise<OrgAccount[]> {
    const found = new Map<string, Account>();
    const out: OrgAccount[] = [];
    // Each ACTIVE account is handed on as soon as its page arrives, so a scan starts while the listing goes on.
    const take = (list: Account[]): void => {
      for (const a of list) {
        if (!a.Id || found.has(a.Id)) continue;
        found.set(a.Id, a);
        if (!isActive(a)) continue;
        const account: OrgAccount = { id: a.Id, ...(a.Name ? { name: a.Name } : {}), ...partitionOf(a.Arn) };
        out.push(account);
        onAccount?.(account);
      }
    };
    if (!parents.length) {
      await this.pages('ListAccounts', 'organizations:ListAccounts', (NextToken) => this.client.send(new ListAccountsCommand({ MaxResults: PAGE, NextToken })), (r) => r.Accounts, take);
    } else {
      const queue = [...parents];
      const visited = new Set<string>();
      while (queue.length) {
        const parent = queue.shift()!;
        if (visited.has(parent)) continue;
        visited.add(parent);
        const [, ous] = await Promise.all([
          this.pages('ListAccountsForParent', 'organizations:ListAccountsForParent', (NextToken) => this.client.send(new ListAccountsForParentCommand({ ParentId: parent, MaxResults: PAGE, NextToken })), (r) => r.Accounts, take),
          this.pages(
            'ListOrganizationalUnitsForParent',
            'organizations:ListOrganizationalUnitsForParent',
            (NextToken) => this.client.send(new ListOrganizationalUnitsForParentCommand({ ParentId: parent, MaxResults: PAGE, NextToken })),
            (r) => r.OrganizationalUnits,
          ),
        ]);
        for (const ou of ous) if (ou.Id) queue.push(ou.Id);
      }
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Tags of one account; a failure is returned as a reason (the account is still scanned, just without a tag match). */
  async tags(account: string): Promise<{ tags: Record<string, string> } | { reason: string }> {
    try {
      const list = await this.pages('ListTagsForResource', 'organizations:ListTagsForResource', (NextToken) => this.client.send(new ListTagsForResourceCommand({ ResourceId: account, NextToken })), (r) => r.Tags);
      return { tags: Object.fromEntries(list.filter((t) => t.Key !== undefined).map((t) => [t.Key!, t.Value ?? ''])) };
    } catch (e) {
      return { reason: (e as Error).message };
    }
  }

  /**
   * Every page of a List* call. Organizations "can occasionally return an empty set of results even when more
   * results are available", so the loop follows NextToken until it is null ([BC organizations] ListAccounts).
   */
  private async pages<R extends { NextToken?: string }, I>(operation: string, action: string, send: (token: string | undefined) => Promise<R>, items: (r: R) => I[] | undefined, onPage?: (items: I[]) => void): Promise<I[]> {
    const out: I[] = [];
    try {
      // Empty pages with a token are allowed (see above), so the cap is generous: 1,000 pages of 20 accounts.
      for await (const page of pagesOf((token) => this.call(operation, () => send(token)), (p) => p.NextToken, { operation, maxPages: 1000 })) {
        const got = items(page) ?? [];
        out.push(...got);
        onPage?.(got);
      }
    } catch (e) {
      if ((e as { name?: string }).name === 'AWSOrganizationsNotInUseException') {
        throw new OrganizationsError(`${action}: the credentials' account is not in an organization (AWSOrganizationsNotInUseException); list the accounts to scan explicitly instead`);
      }
      throw new OrganizationsError(describeFault(e, action, 'the organization').message);
    }
    return out;
  }
}

/** `State` replaces `Status`, which Organizations retires on 2026-09-09 ([BC organizations] Account); read both. */
function isActive(a: Account): boolean {
  const state = (a as { State?: string }).State ?? a.Status;
  return state === 'ACTIVE';
}

function partitionOf(arn: string | undefined): { partition?: string } {
  const p = /^arn:([^:]+):/.exec(arn ?? '')?.[1];
  return p ? { partition: p } : {};
}
