// The org-wide scan's part of the fake AWS (hooked into server.mjs with a few lines): Organizations, STS AssumeRole,
// EC2 DescribeRegions, per-account seeds chosen by the access key of the request, and — for the scan benchmark — a
// per-call latency and the published request rates, enforced with token buckets that answer throttling errors.
//
// Wire protocols, as the installed SDK v3 clients send them:
//   Organizations  AWS JSON 1.1, POST /, X-Amz-Target: AWSOrganizationsV20161128.<Op>   ([BC organizations] metadata)
//   STS            awsQuery: form body Action=AssumeRole&Version=2011-06-15, XML <AssumeRoleResponse><AssumeRoleResult>,
//                  (GetCallerIdentity likewise: <GetCallerIdentityResponse><GetCallerIdentityResult><Account>…)
//                  errors <ErrorResponse><Error><Type/><Code/><Message/></Error>           ([BC sts]; quota-facts §3.4)
//   EC2            ec2 query (already served by server.mjs): DescribeRegions → <regionInfo><item>…
//
// Accounts: a request signed with an access key made by this fake's AssumeRole (ASIAQG<12-digit account>…) is
// served from `members[account]` (or `memberDefaults`); any other key is the scanner's own (management) account.
// Service Quotas increase requests of a member live in `members[account].requests` (seedable), not in the
// management account's `requests`.
import { randomBytes } from 'node:crypto';

const ORG_TARGET = 'AWSOrganizationsV20161128';
const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
const DEFAULT_ROLE = 'QuotaGuardReadOnly';
const ROOT = 'r-root';
const ORG_ID = 'o-exampleorg1';

/**
 * Request rates the fake enforces when `simulate.rates` is on: [tokens per second, bucket size].
 * Service Quotas 10 TPS + 10 burst for List*, 5 + 5 for Get* (Service Quotas reference_limits); CloudWatch
 * GetMetricData 50 TPS (cloudwatch_limits); EC2 non-mutating actions 20/s refill, 100 tokens (ec2-api-throttling).
 * STS and Organizations publish none: the same guesses as src/aws/token-bucket.ts, so that the benchmark measures
 * quota-guard against the rates it promises to keep.
 */
export const PUBLISHED_RATES = {
  'servicequotas:ListServiceQuotas': [10, 20],
  'servicequotas:ListAWSDefaultServiceQuotas': [10, 20],
  'servicequotas:GetServiceQuota': [5, 10],
  'servicequotas:GetAWSDefaultServiceQuota': [5, 10],
  'cloudwatch:GetMetricData': [50, 50],
  'ec2:*': [20, 100],
  'sts:AssumeRole': [20, 20],
  'organizations:*': [5, 5],
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The extension, bound to server.mjs's error class and fault table. */
export function scanExtensions({ AwsError, FAULTS }) {
  FAULTS.organizations = {
    throttle: () => new AwsError(400, 'TooManyRequestsException', 'AWS Organizations can\'t complete your request because another request is already in progress. Try again later.'),
    internal: () => new AwsError(500, 'ServiceException', 'AWS Organizations can\'t complete your request because of an internal service error. Try again later.'),
    accessDenied: (op) => new AwsError(400, 'AccessDeniedException', `You don't have permissions to access this resource (organizations:${op}).`),
  };
  FAULTS.sts = {
    throttle: () => new AwsError(400, 'Throttling', 'Rate exceeded'),
    internal: () => new AwsError(500, 'InternalFailure', 'An internal error occurred.'),
    accessDenied: (op) => new AwsError(403, 'AccessDenied', `User is not authorized to perform: sts:${op ?? 'AssumeRole'}`),
  };

  const managementAccount = (seed) => seed.account ?? '123456789012';

  function member(seed, account) {
    if (seed.members?.[account]) return seed.members[account];
    const inOrg = (seed.organization?.accounts ?? []).some((a) => a.id === account);
    return seed.memberDefaults && (inOrg || seed.memberDefaults.anyAccount) ? seed.memberDefaults : undefined;
  }

  // ---- Organizations ---------------------------------------------------------------------------------------

  function orgPage(items, body, seed, token) {
    const max = body.MaxResults ?? 20;
    if (!Number.isInteger(max) || max < 1 || max > 20) throw new AwsError(400, 'InvalidInputException', 'MaxResults must be between 1 and 20');
    const size = Math.min(max, seed.organization?.pageSize ?? 20);
    let start = 0;
    if (token) {
      const m = /^p(\d+)(e?)$/.exec(token);
      if (!m) throw new AwsError(400, 'InvalidInputException', 'The NextToken is not valid.');
      start = Number(m[1]);
      if (m[2]) return { items: [], next: `p${start}` }; // served the "occasional empty page"; now the real one
    }
    // Organizations "can occasionally return an empty set of results even when more results are available":
    // with emptyPages, every first request of a list gets an empty page and a token.
    if (!token && seed.organization?.emptyPages) return { items: [], next: `p0e` };
    const end = Math.min(items.length, start + size);
    return { items: items.slice(start, end), next: end < items.length ? `p${end}` : undefined };
  }

  function accountShape(seed, a) {
    const state = a.state ?? 'ACTIVE';
    return {
      Id: a.id,
      Arn: `arn:${a.partition ?? 'aws'}:organizations::${managementAccount(seed)}:account/${ORG_ID}/${a.id}`,
      Email: a.email ?? `aws+${a.id}@example.com`,
      Name: a.name ?? `account-${a.id}`,
      // Status is retired on 2026-09-09 in favour of State ([BC organizations]); both are sent, as today.
      Status: state === 'CLOSED' || state === 'PENDING_ACTIVATION' ? 'SUSPENDED' : state,
      State: state,
      JoinedMethod: 'CREATED',
      JoinedTimestamp: 1700000000,
    };
  }

  function organizations(seed, call) {
    const org = seed.organization;
    if (!org) throw new AwsError(400, 'AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
    if (call.account && call.account !== managementAccount(seed)) {
      throw new AwsError(400, 'AccessDeniedException', 'You don\'t have permissions to access this resource. Only the management account or a delegated administrator can call this operation.');
    }
    const body = call.body;
    const accounts = org.accounts ?? [];
    const ous = org.ous ?? [];
    const knownParent = (id) => id === (org.rootId ?? ROOT) || ous.some((o) => o.id === id);
    switch (call.operation) {
      case 'ListAccounts': {
        const p = orgPage(accounts, body, seed, body.NextToken);
        return { Accounts: p.items.map((a) => accountShape(seed, a)), ...(p.next ? { NextToken: p.next } : {}) };
      }
      case 'ListAccountsForParent': {
        if (!knownParent(body.ParentId)) throw new AwsError(400, 'ParentNotFoundException', `We can't find a root or OU with the ParentId that you specified.`);
        const items = accounts.filter((a) => (a.parent ?? org.rootId ?? ROOT) === body.ParentId);
        const p = orgPage(items, body, seed, body.NextToken);
        return { Accounts: p.items.map((a) => accountShape(seed, a)), ...(p.next ? { NextToken: p.next } : {}) };
      }
      case 'ListOrganizationalUnitsForParent': {
        if (!knownParent(body.ParentId)) throw new AwsError(400, 'ParentNotFoundException', `We can't find a root or OU with the ParentId that you specified.`);
        const items = ous.filter((o) => (o.parent ?? org.rootId ?? ROOT) === body.ParentId);
        const p = orgPage(items, body, seed, body.NextToken);
        return { OrganizationalUnits: p.items.map((o) => ({ Id: o.id, Name: o.name ?? o.id, Arn: `arn:aws:organizations::${managementAccount(seed)}:ou/${ORG_ID}/${o.id}` })), ...(p.next ? { NextToken: p.next } : {}) };
      }
      case 'ListTagsForResource': {
        const a = accounts.find((x) => x.id === body.ResourceId);
        if (!a) throw new AwsError(400, 'TargetNotFoundException', `We can't find a resource with the ResourceId that you specified.`);
        const tags = Object.entries(a.tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
        return { Tags: tags };
      }
      default:
        throw new AwsError(400, 'UnknownOperationException', `The fake does not implement ${call.operation}`);
    }
  }

  // ---- STS --------------------------------------------------------------------------------------------------

  function assumeRole(seed, call) {
    const b = call.body;
    const caller = call.account ?? managementAccount(seed);
    const validation = (m) => new AwsError(400, 'ValidationError', m);
    if (!b.RoleArn) throw validation("1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
    const session = String(b.RoleSessionName ?? '');
    if (session.length < 2 || session.length > 64 || !/^[\w+=,.@-]*$/.test(session)) throw validation(`1 validation error detected: Value '${session}' at 'roleSessionName' failed to satisfy constraint`);
    const duration = b.DurationSeconds === undefined ? 3600 : Number(b.DurationSeconds);
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200) throw validation(`1 validation error detected: Value '${b.DurationSeconds}' at 'durationSeconds' failed to satisfy constraint`);
    const m = /^arn:[^:]+:iam::(\d{12}):role\/(.+)$/.exec(String(b.RoleArn));
    const denied = () =>
      new AwsError(403, 'AccessDenied', `User: arn:aws:sts::${caller}:assumed-role/scanner/session is not authorized to perform: sts:AssumeRole on resource: ${b.RoleArn}`);
    if (!m) throw validation(`${b.RoleArn} is not a valid role ARN`);
    const [, account, name] = m;
    const mem = member(seed, account);
    if (!mem || mem.denyAssume) throw denied();
    if (name !== (mem.roleName ?? DEFAULT_ROLE)) throw denied();
    if (mem.externalId !== undefined && b.ExternalId !== mem.externalId) throw denied();
    const expiration = new Date(Date.now() + duration * 1000);
    return {
      Credentials: {
        AccessKeyId: `ASIAQG${account}${randomBytes(1).toString('hex').toUpperCase()}`,
        SecretAccessKey: randomBytes(20).toString('base64'),
        SessionToken: randomBytes(48).toString('base64'),
        Expiration: expiration,
      },
      AssumedRoleUser: { AssumedRoleId: `AROAFAKE${account}:${session}`, Arn: `arn:aws:sts::${account}:assumed-role/${name}/${session}` },
      PackedPolicySize: 0,
    };
  }

  // ---- EC2 DescribeRegions ----------------------------------------------------------------------------------

  function describeRegions(seed, call) {
    const all = call.body.AllRegions === true || call.body.AllRegions === 'true';
    const enabled = seed.enabledRegions ?? Object.keys(seed.regions ?? {});
    const disabled = all ? (seed.disabledRegions ?? []) : [];
    const item = (r, status) => ({ regionName: r, regionEndpoint: `ec2.${r}.amazonaws.com`, optInStatus: status });
    return { regionInfo: [...enabled.map((r) => item(r, 'opt-in-not-required')), ...disabled.map((r) => item(r, 'not-opted-in'))] };
  }

  // ---- Simulated latency and rates --------------------------------------------------------------------------

  function bucketFor(call) {
    const rates = PUBLISHED_RATES;
    if (call.service === 'organizations') return { key: `${call.account ?? 'mgmt'}|organizations`, rate: rates['organizations:*'] };
    if (call.service === 'sts') return { key: `${call.account ?? 'mgmt'}|${call.region}|sts:${call.operation}`, rate: rates['sts:AssumeRole'] };
    const rate = rates[`${call.service}:${call.operation}`] ?? rates[`${call.service}:*`];
    return rate ? { key: `${call.account ?? 'mgmt'}|${call.region}|${call.service}:${call.operation}`, rate } : undefined;
  }

  return {
    /** Organizations requests, which server.mjs's classify does not know. */
    classify(req, raw, region) {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (!target.startsWith(`${ORG_TARGET}.`)) return undefined;
      const text = raw.toString('utf8');
      let body = {};
      try {
        body = text.trim() ? JSON.parse(text) : {};
      } catch {
        throw new AwsError(400, 'SerializationException', 'Malformed JSON body');
      }
      return { service: 'organizations', operation: target.slice(ORG_TARGET.length + 1), protocol: 'json1.1', region, body };
    },

    /** The account whose credentials signed the request: ASIAQG<account>… keys come from this fake's AssumeRole. */
    account(req) {
      const auth = String(req.headers['authorization'] ?? '');
      return /Credential=ASIAQG(\d{12})/.exec(auth)?.[1];
    },

    /** The seed a call is served from: the member's regions and faults for an assumed role, else the seed itself. */
    seedFor(seed, call) {
      if (!call.account || call.service === 'sts' || call.service === 'organizations') return seed;
      const mem = member(seed, call.account);
      // Increase requests are the member's own: `members[id].requests`, or per account under `memberRequests` for
      // accounts served by `memberDefaults` (the served seed is a copy, so the list must live in the shared seed).
      const own = mem && seed.members?.[call.account] === mem;
      const requests = own ? (mem.requests ??= []) : ((seed.memberRequests ??= {})[call.account] ??= []);
      if (!mem) return { ...seed, account: call.account, regions: {}, requests, faults: seed.faults };
      return {
        ...seed,
        account: call.account,
        regions: mem.regions ?? {},
        enabledRegions: mem.enabledRegions,
        disabledRegions: mem.disabledRegions,
        requests,
        increaseScript: mem.increaseScript ?? seed.increaseScript,
        faults: [...(mem.faults ?? []), ...(seed.faults ?? [])],
      };
    },

    /** Latency and rate limits (seed.simulate): a call over its bucket is answered with the service's throttling error. */
    async before(seed, call) {
      const sim = seed.simulate;
      if (!sim) return;
      sim.stats ??= { calls: 0, throttled: 0, buckets: {} };
      sim.stats.calls++;
      let throttled = false;
      if (sim.rates) {
        const b = bucketFor(call);
        if (b) {
          const [rate, capacity] = b.rate;
          const now = Date.now();
          const s = (sim.stats.buckets[b.key] ??= { tokens: capacity, last: now, rate, capacity, calls: 0, throttled: 0 });
          s.tokens = Math.min(capacity, s.tokens + ((now - s.last) / 1000) * rate);
          s.last = now;
          if (s.tokens >= 1) {
            s.tokens -= 1;
            s.calls++;
          } else {
            s.throttled++;
            sim.stats.throttled++;
            throttled = true;
          }
        }
      }
      if (sim.latencyMs) await sleep(sim.latencyMs);
      if (throttled) throw FAULTS[call.service]?.throttle?.(call.operation) ?? new AwsError(400, 'Throttling', 'Rate exceeded');
    },

    /** The calls this module serves; undefined for the rest. */
    handle(seed, call) {
      if (call.service === 'organizations') return organizations(seed, call);
      if (call.service === 'sts') {
        if (call.operation === 'AssumeRole') return assumeRole(seed, call);
        if (call.operation === 'GetCallerIdentity') {
          const account = call.account ?? managementAccount(seed);
          return { UserId: 'AIDAFAKE', Account: account, Arn: `arn:aws:iam::${account}:user/scanner` };
        }
        throw new AwsError(400, 'InvalidAction', `The fake does not implement ${call.operation}`);
      }
      if (call.service === 'ec2' && call.operation === 'DescribeRegions') return describeRegions(seed, call);
      return undefined;
    },

    /** XML namespace of awsQuery responses for the services added here. */
    namespace(service) {
      return service === 'sts' ? STS_NS : undefined;
    },
  };
}
