// The AWS Support API part of the fake AWS (hooked into server.mjs with one line, wrapping the org-sts extension):
// CreateCase, DescribeCases, ResolveCase, DescribeServices — what quota-guard's support-case path calls.
//
// Wire protocol, as @aws-sdk/client-support sends it ([BC support] metadata, /shared/reference/aws-models/support.json):
//   AWS JSON 1.1, POST /, X-Amz-Target: AWSSupport_20130415.<Op>; errors {"__type", "message"} with HTTP 400.
// The Support API has one endpoint per partition (us-east-1 for aws), so cases are not kept per region.
//
// Seed: `support` (see server.d.mts FakeSupport). `plan: 'basic'` answers every call with
// SubscriptionRequiredException, as AWS does for accounts without Business, Enterprise On-Ramp or Enterprise Support
// (https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.html). Cases belong to the account that
// signed the request (an assumed member role, else the seed's account).

const TARGET = 'AWSSupport_20130415';
/** Statuses of CaseDetails.status ([BC support] CaseDetails.status documentation). */
const RESOLVED = 'resolved';

/** Service-limit-increase categories the fake answers DescribeServices with when the seed names none. */
const DEFAULT_SERVICES = [
  {
    code: 'service-limit-increase',
    name: 'Service Limit Increase',
    categories: [
      { code: 'ec2-instances', name: 'EC2 Instances' },
      { code: 'elastic-ips', name: 'Elastic IPs' },
      { code: 'vpc', name: 'VPC' },
      { code: 'lambda', name: 'Lambda' },
      { code: 'general', name: 'General' },
    ],
  },
  { code: 'general-info', name: 'General Info and Getting Started', categories: [{ code: 'using-aws', name: 'Using AWS & Services' }] },
];

/**
 * Wraps the scan extension of server.mjs (`scanExtensions`): Support calls are classified and served here, every
 * other call goes on to the wrapped extension unchanged.
 */
export function supportExtension(inner, { AwsError, FAULTS }) {
  FAULTS.support = {
    throttle: () => new AwsError(400, 'ThrottlingException', 'Rate exceeded'),
    internal: () => new AwsError(500, 'InternalServerError', 'An internal error occurred.'),
    accessDenied: (op) => new AwsError(400, 'AccessDeniedException', `User is not authorized to perform: support:${op}`),
  };

  let counter = 0;

  function state(seed) {
    const s = (seed.support ??= {});
    s.cases ??= [];
    return s;
  }

  function shape(c) {
    return {
      caseId: c.caseId,
      displayId: c.displayId,
      subject: c.subject,
      status: c.status,
      serviceCode: c.serviceCode,
      categoryCode: c.categoryCode,
      severityCode: c.severityCode,
      submittedBy: 'quota-guard (Role)',
      timeCreated: c.timeCreated,
      language: c.language ?? 'en',
      recentCommunications: { communications: [{ caseId: c.caseId, body: c.body ?? '', submittedBy: 'quota-guard (Role)', timeCreated: c.timeCreated }] },
    };
  }

  /** One step of a case's script per DescribeCases that names it (a case AWS works on while it is polled). */
  function advance(c) {
    if (!c.script?.length) return;
    c.step = Math.min((c.step ?? -1) + 1, c.script.length - 1);
    c.status = c.script[c.step];
  }

  /**
   * `support.barrier`: the first `count` calls of `operation` are answered only once all `count` have arrived, so that
   * concurrent runs deterministically see the same state (e.g. both look for a case before either creates one).
   */
  function handleSupport(seed, call) {
    const b = state(seed).barrier;
    if (b && call.operation === b.operation && (b.arrived ?? 0) < b.count) {
      b.arrived = (b.arrived ?? 0) + 1;
      const waiting = (b.waiting ??= []);
      const gate = new Promise((resolve) => waiting.push(resolve));
      if (b.arrived === b.count) for (const release of waiting) release();
      return gate.then(() => answerSupport(seed, call));
    }
    return answerSupport(seed, call);
  }

  function answerSupport(seed, call) {
    const s = state(seed);
    if (s.plan === 'basic') {
      throw new AwsError(400, 'SubscriptionRequiredException', 'AWS Premium Support Subscription is required to use this service.');
    }
    const account = call.account ?? seed.account ?? '123456789012';
    const body = call.body ?? {};
    const mine = s.cases.filter((c) => (c.account ?? '123456789012') === account);
    switch (call.operation) {
      case 'DescribeServices': {
        const all = s.services ?? DEFAULT_SERVICES;
        const wanted = body.serviceCodeList;
        return { services: Array.isArray(wanted) && wanted.length ? all.filter((x) => wanted.includes(x.code)) : all };
      }
      case 'CreateCase': {
        if (typeof body.subject !== 'string' || !body.subject) throw new AwsError(400, 'ValidationException', 'subject is required');
        if (typeof body.communicationBody !== 'string' || body.communicationBody.length < 1 || body.communicationBody.length > 8000) {
          throw new AwsError(400, 'ValidationException', 'communicationBody must be 1 to 8000 characters');
        }
        const open = mine.filter((c) => c.status !== RESOLVED).length;
        if (s.openCaseLimit !== undefined && open >= s.openCaseLimit) throw new AwsError(400, 'CaseCreationLimitExceeded', 'You have exceeded the number of cases you can have open.');
        counter++;
        const now = new Date(Date.now() + counter); // strictly increasing, so creation order is observable
        const year = now.getUTCFullYear();
        const c = {
          caseId: `case-${account}-${year}-${String(counter).padStart(4, '0')}${Math.random().toString(16).slice(2, 14).padEnd(12, '0')}`,
          displayId: String(1_000_000_000 + s.cases.length + 1),
          subject: body.subject,
          body: body.communicationBody,
          serviceCode: body.serviceCode,
          categoryCode: body.categoryCode,
          severityCode: body.severityCode ?? 'low',
          language: body.language,
          issueType: body.issueType,
          status: 'opened',
          timeCreated: now.toISOString(),
          account,
          ...(s.caseScript ? { script: [...s.caseScript] } : {}),
        };
        s.cases.push(c);
        return { caseId: c.caseId };
      }
      case 'DescribeCases': {
        const max = body.maxResults ?? 100;
        if (!Number.isInteger(max) || max < 10 || max > 100) throw new AwsError(400, 'ValidationException', 'maxResults must be between 10 and 100');
        let list = mine;
        if (Array.isArray(body.caseIdList) && body.caseIdList.length) {
          for (const id of body.caseIdList) if (!mine.some((c) => c.caseId === id)) throw new AwsError(400, 'CaseIdNotFound', `Case ${id} not found`);
          list = mine.filter((c) => body.caseIdList.includes(c.caseId));
          for (const c of list) advance(c);
          // Named cases are returned whatever their status, as AWS does for caseIdList.
        } else if (!body.includeResolvedCases) {
          list = list.filter((c) => c.status !== RESOLVED);
        }
        if (body.afterTime) list = list.filter((c) => c.timeCreated >= body.afterTime);
        const size = Math.min(max, s.pageSize ?? 100);
        const start = body.nextToken ? Number(/^c(\d+)$/.exec(body.nextToken)?.[1] ?? NaN) : 0;
        if (!Number.isInteger(start)) throw new AwsError(400, 'ValidationException', 'Invalid nextToken');
        const page = list.slice(start, start + size);
        const next = start + size < list.length ? `c${start + size}` : undefined;
        return { cases: page.map(shape), ...(next ? { nextToken: next } : {}) };
      }
      case 'ResolveCase': {
        const c = mine.find((x) => x.caseId === body.caseId);
        if (!c) throw new AwsError(400, 'CaseIdNotFound', `Case ${body.caseId} not found`);
        const initial = c.status;
        c.status = RESOLVED;
        c.resolvedBy = 'customer';
        return { initialCaseStatus: initial, finalCaseStatus: RESOLVED };
      }
      default:
        throw new AwsError(400, 'UnknownOperationException', `The fake does not implement ${call.operation}`);
    }
  }

  return {
    ...inner,
    classify(req, raw, region) {
      const target = String(req.headers['x-amz-target'] ?? '');
      if (!target.startsWith(`${TARGET}.`)) return inner.classify(req, raw, region);
      const text = raw.toString('utf8');
      let body = {};
      try {
        body = text.trim() ? JSON.parse(text) : {};
      } catch {
        throw new AwsError(400, 'SerializationException', 'Malformed JSON body');
      }
      return { service: 'support', operation: target.slice(TARGET.length + 1), protocol: 'json1.1', region, body };
    },
    handle(seed, call) {
      if (call.service === 'support') return handleSupport(seed, call);
      return inner.handle(seed, call);
    },
  };
}
