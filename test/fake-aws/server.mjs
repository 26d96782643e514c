// A small local fake of the AWS APIs quota-guard calls, for tests and for an end-to-end run of the bundled action.
// Plain JavaScript ESM so that jest (import) and a bare `node test/fake-aws/server.mjs seed.json` process both use it;
// types are in server.d.mts.
//
// It speaks the wire protocols the installed SDK v3 clients send (verified by logging their requests):
//   Service Quotas  AWS JSON 1.1, POST /, X-Amz-Target: ServiceQuotasV20190624.<Op>      (botocore service-quotas model)
//   CloudWatch      AWS JSON 1.0, POST /, X-Amz-Target: GraniteServiceVersion20100801.<Op>, x-amzn-query-mode: true
//                   (what @aws-sdk/client-cloudwatch 3.1162 sends); also RPCv2 CBOR (POST
//                   /service/GraniteServiceVersion20100801/operation/<Op>, go-v2 / Ruby) and awsQuery (form, XML),
//                   the three protocols of the 2025-12 CloudWatch model
//   EC2             ec2 query: form body Action=<Op>&Version=2016-11-15, XML <OpResponse> / <Response><Errors>
//   CloudFormation  awsQuery: form body Action=<Op>&Version=2010-05-15, XML <OpResponse><OpResult> / <ErrorResponse>
//   Lambda          REST-JSON: GetAccountSettings is `GET /2016-08-19/account-settings` (no body, no trailing slash
//                   from @aws-sdk/client-lambda 3.1162; the API reference writes `/account-settings/`, both served),
//                   JSON response; errors carry the code in `x-amzn-errortype` and {"Type","message"} in the body
// The region is the SigV4 credential scope of the Authorization header; signatures are not checked.
//
// Standalone: `node test/fake-aws/server.mjs seed.json [--port N]` prints its URL as the first stdout line and exits
// on SIGTERM / SIGINT. `GET /__fake/calls` returns the calls made so far as JSON.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scanExtensions } from './org-sts.mjs';
import { supportExtension } from './support.mjs';
import { usageExtensions, HTML_503 } from './usage.mjs';

const DEFAULT_ACCOUNT = '123456789012';
const GLOBAL_QUOTA_REGION = 'us-east-1';
const SQ_TARGET = 'ServiceQuotasV20190624';
const CW_TARGET = 'GraniteServiceVersion20100801';
const EC2_NS = 'http://ec2.amazonaws.com/doc/2016-11-15/';
const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const CW_NS = 'http://monitoring.amazonaws.com/doc/2010-08-01/';

/** @typedef {import('./server.d.mts').FakeSeed} FakeSeed */
/** @typedef {import('./server.d.mts').FakeCall} FakeCall */

class AwsError extends Error {
  /**
   * @param {number} status
   * @param {string} code  wire code (`__type`, XML Code)
   * @param {string} message
   * @param {{ queryCode?: string; sender?: boolean }} [extra]  awsQuery-compatible code for x-amzn-query-error
   */
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.queryCode = extra.queryCode ?? code;
    this.sender = extra.sender ?? status < 500;
  }
}

// ---- Faults --------------------------------------------------------------------------------------------------

// The error each service answers a fault kind with. Codes from the botocore models and real responses:
// Service Quotas TooManyRequestsException / ServiceException / AccessDeniedException; CloudWatch (query-compatible)
// Throttling / InternalServiceError / AccessDenied; EC2 RequestLimitExceeded (503) / InternalError /
// UnauthorizedOperation; CloudFormation Throttling / InternalFailure / AccessDenied.
const FAULTS = {
  servicequotas: {
    throttle: () => new AwsError(400, 'TooManyRequestsException', 'Rate exceeded'),
    internal: () => new AwsError(500, 'ServiceException', 'Something went wrong.'),
    accessDenied: (op) => new AwsError(400, 'AccessDeniedException', deniedMessage('servicequotas', op)),
    // Increase-request errors of the model ([BC] RequestServiceQuotaIncrease / CreateSupportCase), all HTTP 400.
    quotaExceeded: () => new AwsError(400, 'QuotaExceededException', 'You have exceeded your service quota. To perform the requested action, remove some of the relevant resources, or use Service Quotas to request a service quota increase.'),
    resourceAlreadyExists: () => new AwsError(400, 'ResourceAlreadyExistsException', 'The specified resource already exists.'),
    illegalArgument: () => new AwsError(400, 'IllegalArgumentException', 'Invalid input was provided.'),
    dependencyAccessDenied: () => new AwsError(400, 'DependencyAccessDeniedException', "You can't perform this action because a dependency does not have access."),
    invalidResourceState: () => new AwsError(400, 'InvalidResourceStateException', 'The resource is in an invalid state.'),
  },
  cloudwatch: {
    throttle: () => new AwsError(400, 'ThrottlingException', 'Rate exceeded', { queryCode: 'Throttling' }),
    internal: () => new AwsError(500, 'InternalServiceFault', 'Internal service error', { queryCode: 'InternalServiceError' }),
    accessDenied: (op) => new AwsError(403, 'AccessDeniedException', deniedMessage('cloudwatch', op), { queryCode: 'AccessDenied' }),
  },
  ec2: {
    throttle: () => new AwsError(503, 'RequestLimitExceeded', 'Request limit exceeded.'),
    internal: () => new AwsError(500, 'InternalError', 'An internal error has occurred'),
    accessDenied: () => new AwsError(403, 'UnauthorizedOperation', 'You are not authorized to perform this operation.'),
  },
  cloudformation: {
    throttle: () => new AwsError(400, 'Throttling', 'Rate exceeded'),
    internal: () => new AwsError(500, 'InternalFailure', 'The request processing has failed because of an unknown error.'),
    accessDenied: (op) => new AwsError(403, 'AccessDenied', deniedMessage('cloudformation', op)),
  },
  // Lambda API reference, GetAccountSettings errors: TooManyRequestsException 429, ServiceException 500;
  // AccessDeniedException 403 is a common error.
  lambda: {
    throttle: () => new AwsError(429, 'TooManyRequestsException', 'Rate exceeded'),
    internal: () => new AwsError(500, 'ServiceException', 'An internal error occurred.'),
    accessDenied: (op) => new AwsError(403, 'AccessDeniedException', deniedMessage('lambda', op)),
  },
};

// Organizations, STS, DescribeRegions, per-account seeds, simulated latency and rates: see org-sts.mjs.
const scan = supportExtension(scanExtensions({ AwsError, FAULTS }), { AwsError, FAULTS }); // + AWS Support: support.mjs
// The usage sources' services (IAM, RDS, ELB, EKS, ECS, S3, …): see usage.mjs.
const usage = usageExtensions({ AwsError, FAULTS, regionSeed, parseForm, list, xmlEscape });

function deniedMessage(prefix, op) {
  return `User: arn:aws:sts::${DEFAULT_ACCOUNT}:assumed-role/ci/session is not authorized to perform: ${prefix}:${op} because no identity-based policy allows the ${prefix}:${op} action`;
}

/** The first armed fault matching this call, consumed (times) when found. */
function takeFault(faults, call) {
  for (const f of faults ?? []) {
    if (f.operation !== call.operation && f.operation !== '*') continue;
    if (f.service && f.service !== call.service) continue;
    if (f.region && f.region !== call.region) continue;
    if (f.match && !Object.entries(f.match).every(([k, v]) => deepEqual(getPath(call.body, k), v))) continue;
    if (f.times !== undefined) {
      f.used = f.used ?? 0;
      if (f.used >= f.times) continue;
      f.used++;
    }
    return f;
  }
  return undefined;
}

// ---- Helpers ------------------------------------------------------------------------------------------------

function getPath(obj, path) {
  return String(path)
    .split('.')
    .reduce((cur, k) => (cur !== null && typeof cur === 'object' ? cur[k] : undefined), obj);
}

function deepEqual(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function xmlEscape(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Serialises a JSON value as XML children; lists as `<item>` (EC2) or `<member>` (awsQuery) entries. */
function toXml(value, listItem) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => `<${listItem}>${toXml(v, listItem)}</${listItem}>`).join('');
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    return Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<${k}>${toXml(v, listItem)}</${k}>`)
      .join('');
  }
  return xmlEscape(value);
}

/**
 * Form body (`A.1.B=x&A.1.C.member.2=y`) → nested object. Numeric segments are 1-based list indices; `member`
 * segments (awsQuery lists) are transparent. `entry`/`key`/`value` maps are not needed by the operations served.
 */
function parseForm(text) {
  const out = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.split('.').filter((p) => p !== 'member');
    let cur = out;
    parts.forEach((p, i) => {
      const last = i === parts.length - 1;
      const next = parts[i + 1];
      const k = /^\d+$/.test(p) ? Number(p) - 1 : p;
      if (last) cur[k] = value;
      else {
        if (cur[k] === undefined) cur[k] = next !== undefined && /^\d+$/.test(next) ? [] : {};
        cur = cur[k];
      }
    });
  }
  return out;
}

/** A list parameter that EC2 flattens as `Name.N` (InstanceType.1, SubnetId.1 …). */
function list(v) {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.filter((x) => x !== undefined) : [v];
}

/** EC2 `Filter.N.Name` / `Filter.N.Value.M` → predicate over a seeded item, given a name → field accessor map. */
function ec2Filter(filters, fields) {
  const fs = list(filters).map((f) => ({ name: f.Name, values: list(f.Value) }));
  for (const f of fs) {
    if (!(f.name in fields)) throw new AwsError(400, 'InvalidParameterValue', `The filter '${f.name}' is invalid`);
  }
  return (item) => fs.every((f) => f.values.includes(String(fields[f.name](item))));
}

function toEpochSeconds(v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return /^\d+(\.\d+)?$/.test(v) ? Number(v) : Date.parse(v) / 1000;
  if (v instanceof Date) return v.getTime() / 1000;
  if (v && typeof v === 'object' && 'value' in v) return toEpochSeconds(v.value);
  return NaN;
}

function encodeToken(n) {
  return Buffer.from(`offset:${n}`).toString('base64');
}

function decodeToken(token, error) {
  if (token === undefined || token === null || token === '') return 0;
  const m = /^offset:(\d+)$/.exec(Buffer.from(String(token), 'base64').toString('utf8'));
  if (!m) throw error();
  return Number(m[1]);
}

/** One page of `items`: `size` entries from the token's offset, and the next token when more remain. */
function page(items, size, token, error) {
  const start = decodeToken(token, error);
  if (start > items.length) throw error();
  const end = Math.min(items.length, start + size);
  return { items: items.slice(start, end), next: end < items.length ? encodeToken(end) : undefined };
}

function regionSeed(seed, region) {
  return seed.regions?.[region] ?? {};
}

// ---- Service Quotas -----------------------------------------------------------------------------------------

function quotaShape(q, region, account, applied) {
  const arnRegion = q.global ? '' : region;
  const shape = {
    ServiceCode: q.serviceCode,
    ServiceName: q.serviceName ?? q.serviceCode,
    // Applied ARNs carry the account, default ones do not ([CLI] get-aws-default-service-quota example).
    QuotaArn: `arn:aws:servicequotas:${arnRegion}:${applied ? account : ''}:${q.serviceCode}/${q.quotaCode}`,
    QuotaCode: q.quotaCode,
    QuotaName: q.name ?? q.quotaCode,
    Value: applied ? q.value : q.default,
    Unit: q.unit ?? 'None',
    Adjustable: q.adjustable ?? true,
    GlobalQuota: q.global ?? false,
  };
  if (q.usageMetric) {
    shape.UsageMetric = {
      MetricNamespace: q.usageMetric.namespace,
      MetricName: q.usageMetric.name,
      MetricDimensions: q.usageMetric.dimensions ?? {},
      MetricStatisticRecommendation: q.usageMetric.stat ?? 'Maximum',
    };
  }
  if (q.errorReason) shape.ErrorReason = q.errorReason;
  return shape;
}

function serviceQuotas(seed, region, op, body) {
  const account = seed.account ?? DEFAULT_ACCOUNT;
  const quotas = regionSeed(seed, region).quotas ?? [];
  const svc = body.ServiceCode;
  const illegal = (m) => new AwsError(400, 'IllegalArgumentException', m);
  const serviceMissing = () =>
    new AwsError(400, 'NoSuchResourceException', 'This service is not available in the current Region. Choose a different Region or a different service.');
  if (['GetServiceQuota', 'GetAWSDefaultServiceQuota', 'ListServiceQuotas', 'ListAWSDefaultServiceQuotas'].includes(op)) {
    if (typeof svc !== 'string' || !/^[a-zA-Z][a-zA-Z0-9-]{1,63}$/.test(svc)) throw illegal('Invalid ServiceCode');
  }
  // Global quotas answer only through us-east-1 ([TFSQ]: elsewhere "the specified service does not exist").
  const globalElsewhere = (code) =>
    region !== GLOBAL_QUOTA_REGION &&
    (regionSeed(seed, GLOBAL_QUOTA_REGION).quotas ?? []).some((q) => q.global && q.serviceCode === svc && (code === undefined || q.quotaCode === code));
  const ofService = quotas.filter((q) => q.serviceCode === svc);
  switch (op) {
    case 'GetServiceQuota':
    case 'GetAWSDefaultServiceQuota': {
      const code = body.QuotaCode;
      if (typeof code !== 'string' || !/^[a-zA-Z][a-zA-Z0-9-]{1,128}$/.test(code)) throw illegal('Invalid QuotaCode');
      if (globalElsewhere(code)) throw new AwsError(400, 'NoSuchResourceException', 'The request failed because the specified service does not exist.');
      if (ofService.length === 0) throw serviceMissing();
      const q = ofService.find((x) => x.quotaCode === code);
      if (!q) throw new AwsError(400, 'NoSuchResourceException', `The request failed because the specified quota ${code} does not exist.`);
      if (op === 'GetServiceQuota') {
        // A quota never changed may have no applied value ([TFSQGO] reads the default first for this reason).
        if (q.value === undefined || q.value === null) {
          throw new AwsError(400, 'NoSuchResourceException', `The request failed because the specified quota ${code} does not exist.`);
        }
        return { Quota: quotaShape(q, region, account, true) };
      }
      return { Quota: quotaShape(q, region, account, false) };
    }
    case 'ListServiceQuotas':
    case 'ListAWSDefaultServiceQuotas': {
      if (globalElsewhere(undefined)) throw new AwsError(400, 'NoSuchResourceException', 'The request failed because the specified service does not exist.');
      if (ofService.length === 0) throw serviceMissing();
      const max = body.MaxResults ?? 100;
      if (!Number.isInteger(max) || max < 1 || max > 100) throw illegal('MaxResults must be between 1 and 100');
      const size = Math.min(max, regionSeed(seed, region).listPageSize ?? 100);
      const applied = op === 'ListServiceQuotas';
      // ListServiceQuotas leaves out quotas that have only a default value ([BC] "the quota is not retrieved").
      const items = applied ? ofService.filter((q) => q.value !== undefined && q.value !== null) : ofService;
      const p = page(items, size, body.NextToken, () => new AwsError(400, 'InvalidPaginationTokenException', 'Invalid pagination token'));
      const out = { Quotas: p.items.map((q) => quotaShape(q, region, account, applied)) };
      if (p.next) out.NextToken = p.next;
      return out;
    }
    case 'RequestServiceQuotaIncrease':
    case 'GetRequestedServiceQuotaChange':
    case 'ListRequestedServiceQuotaChangeHistoryByQuota':
    case 'CreateSupportCase':
      return quotaRequests(seed, region, op, body);
    default:
      throw new AwsError(400, 'UnknownOperationException', `The fake does not implement ${op}`);
  }
}

// ---- Service Quotas increase requests -----------------------------------------------------------------------

// Requests live in `seed.requests` (seedable: requests that exist before a run, open or decided). A new request
// follows the status script of its quota (`increaseScript`), else `seed.increaseScript`, else ['PENDING']: it
// starts at the first status and each GetRequestedServiceQuotaChange moves it one step on (it stays at the last).
// A request that reaches APPROVED becomes the quota's applied value in its region, as an approval does in AWS.
// Behaviours ([BC] model docs; [TFSQ]; ~[FAKECLOUD]):
//   one open (PENDING, CASE_OPENED) request per quota → ResourceAlreadyExistsException;
//   `openRequestLimit` open requests in the region reached → QuotaExceededException;
//   a non-adjustable quota, or a DesiredValue not above the current value → IllegalArgumentException;
//   SupportCaseAllowed=false and the script reaching CASE_OPENED → NOT_APPROVED;
//   a request with `hiddenFromLists: n` is left out of the next n lists (a just-filed request not listed yet);
//   CreateSupportCase: PENDING → CASE_OPENED with a case id; a case already open → ResourceAlreadyExistsException;
//   any other status → InvalidResourceStateException.
const OPEN_REQUEST_STATUSES = ['PENDING', 'CASE_OPENED'];
const REQUEST_STATUSES = [...OPEN_REQUEST_STATUSES, 'APPROVED', 'DENIED', 'CASE_CLOSED', 'NOT_APPROVED', 'INVALID_REQUEST'];
let requestSerial = 0;

/** 40 characters like the real ids ([CLI] d187537d15254312a9609aa51bbf7624u7W49tPO). */
function newRequestId() {
  return `${randomUUID().replace(/-/g, '')}${String(++requestSerial).padStart(8, '0')}`;
}

function findQuota(seed, region, service, code) {
  return (regionSeed(seed, region).quotas ?? []).find((q) => q.serviceCode === service && q.quotaCode === code);
}

/** Moves a request to `status`, with what comes with it: a case id, NOT_APPROVED, the applied value. */
function setRequestStatus(seed, r, status) {
  const next = status === 'CASE_OPENED' && r.supportCaseAllowed === false ? 'NOT_APPROVED' : status;
  r.status = next;
  r.lastUpdated = Date.now() / 1000;
  if (next === 'CASE_OPENED' && !r.caseId) r.caseId = String(6780195351 + requestSerial++);
  if (next === 'APPROVED') {
    const q = findQuota(seed, r.region, r.serviceCode, r.quotaCode);
    if (q) q.value = r.desiredValue;
  }
}

function requestShape(seed, r) {
  const account = seed.account ?? DEFAULT_ACCOUNT;
  const q = findQuota(seed, r.region, r.serviceCode, r.quotaCode) ?? {};
  const shape = {
    Id: r.id,
    ServiceCode: r.serviceCode,
    ServiceName: q.serviceName ?? r.serviceCode,
    QuotaCode: r.quotaCode,
    QuotaName: q.name ?? r.quotaCode,
    DesiredValue: r.desiredValue,
    Status: r.status,
    Created: r.created ?? 1767225600,
    LastUpdated: r.lastUpdated ?? r.created ?? 1767225600,
    // A JSON-encoded string, as AWS sends it ([CLI] list-requested-service-quota-change-history-by-quota).
    Requester: JSON.stringify({ accountId: account, callerArn: `arn:aws:iam::${account}:role/ci` }),
    QuotaArn: `arn:aws:servicequotas:${q.global ? '' : r.region}:${account}:${r.serviceCode}/${r.quotaCode}`,
    GlobalQuota: q.global ?? false,
    Unit: q.unit ?? 'None',
    QuotaRequestedAtLevel: 'ACCOUNT',
  };
  if (r.caseId) shape.CaseId = r.caseId;
  return shape;
}

function quotaRequests(seed, region, op, body) {
  seed.requests ??= [];
  const illegal = (m) => new AwsError(400, 'IllegalArgumentException', m);
  const inRegion = seed.requests.filter((r) => r.region === region);
  if (op === 'GetRequestedServiceQuotaChange' || op === 'CreateSupportCase') {
    if (typeof body.RequestId !== 'string' || !/^[0-9a-zA-Z][a-zA-Z0-9-]{1,128}$/.test(body.RequestId)) throw illegal('Invalid RequestId');
    const r = inRegion.find((x) => x.id === body.RequestId);
    if (!r) throw new AwsError(400, 'NoSuchResourceException', `The request failed because the specified request ${body.RequestId} does not exist.`);
    if (op === 'CreateSupportCase') {
      if (r.status === 'CASE_OPENED') throw new AwsError(400, 'ResourceAlreadyExistsException', `A support case already exists for request ${r.id}.`);
      if (r.status !== 'PENDING') throw new AwsError(400, 'InvalidResourceStateException', `The request ${r.id} is ${r.status}; a support case can be opened only for a pending request.`);
      // Asking for a case explicitly overrides SupportCaseAllowed=false; the script goes on from its CASE_OPENED step.
      r.supportCaseAllowed = true;
      setRequestStatus(seed, r, 'CASE_OPENED');
      const at = (r.script ?? []).indexOf('CASE_OPENED');
      if (at >= 0) r.step = at;
      return {};
    }
    // A seeded request without `step` is at the first script entry with its status.
    const script = r.script ?? [r.status];
    r.step ??= Math.max(0, script.indexOf(r.status));
    if (OPEN_REQUEST_STATUSES.includes(r.status) && r.step < script.length - 1) setRequestStatus(seed, r, script[++r.step]);
    return { RequestedQuota: requestShape(seed, r) };
  }
  const svc = body.ServiceCode;
  const code = body.QuotaCode;
  if (typeof svc !== 'string' || !/^[a-zA-Z][a-zA-Z0-9-]{1,63}$/.test(svc)) throw illegal('Invalid ServiceCode');
  if (typeof code !== 'string' || !/^[a-zA-Z][a-zA-Z0-9-]{1,128}$/.test(code)) throw illegal('Invalid QuotaCode');
  const q = findQuota(seed, region, svc, code);
  if (!q) throw new AwsError(400, 'NoSuchResourceException', `The request failed because the specified quota ${code} does not exist.`);
  const ofQuota = inRegion.filter((r) => r.serviceCode === svc && r.quotaCode === code);
  if (op === 'ListRequestedServiceQuotaChangeHistoryByQuota') {
    if (body.Status !== undefined && !REQUEST_STATUSES.includes(body.Status)) throw illegal(`Invalid Status ${body.Status}`);
    const max = body.MaxResults ?? 100;
    if (!Number.isInteger(max) || max < 1 || max > 100) throw illegal('MaxResults must be between 1 and 100');
    // A request another run has just filed may not be listed yet: `hiddenFromLists` leaves it out of that many lists.
    const items = ofQuota.filter((r) => {
      if (r.hiddenFromLists > 0) return void r.hiddenFromLists--, false;
      return body.Status === undefined || r.status === body.Status;
    });
    const p = page(items, Math.min(max, regionSeed(seed, region).requestPageSize ?? 100), body.NextToken, () => new AwsError(400, 'InvalidPaginationTokenException', 'Invalid pagination token'));
    const out = { RequestedQuotas: p.items.map((r) => requestShape(seed, r)) };
    if (p.next) out.NextToken = p.next;
    return out;
  }
  // RequestServiceQuotaIncrease
  const desired = body.DesiredValue;
  if (typeof desired !== 'number' || !Number.isFinite(desired) || desired < 0 || desired > 1e10) throw illegal('DesiredValue must be a number from 0 to 10000000000');
  if (ofQuota.some((r) => OPEN_REQUEST_STATUSES.includes(r.status))) {
    throw new AwsError(400, 'ResourceAlreadyExistsException', `A request for ${svc} ${code} is already open.`);
  }
  const limit = regionSeed(seed, region).openRequestLimit;
  if (limit !== undefined && inRegion.filter((r) => OPEN_REQUEST_STATUSES.includes(r.status)).length >= limit) {
    throw new AwsError(400, 'QuotaExceededException', `You have reached the maximum number of open quota increase requests (${limit}) in ${region}.`);
  }
  if (q.adjustable === false) throw illegal(`The quota ${code} is not adjustable.`);
  const current = q.value ?? q.default;
  if (desired <= current) throw illegal(`The desired value ${desired} must be greater than the current value ${current}.`);
  const script = q.increaseScript ?? seed.increaseScript ?? ['PENDING'];
  const r = {
    id: newRequestId(),
    region,
    serviceCode: svc,
    quotaCode: code,
    desiredValue: desired,
    supportCaseAllowed: body.SupportCaseAllowed !== false,
    script,
    step: 0,
    created: Date.now() / 1000,
    status: 'PENDING',
  };
  seed.requests.push(r);
  setRequestStatus(seed, r, script[0]);
  return { RequestedQuota: requestShape(seed, r) };
}

// ---- CloudWatch ---------------------------------------------------------------------------------------------

/** A metric's identity: namespace, name and dimensions in name order (as a list or a name → value map). */
function metricKey(namespace, name, dimensions) {
  const dims = (Array.isArray(dimensions) ? dimensions.map((x) => [x.Name, x.Value]) : Object.entries(dimensions ?? {})).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return JSON.stringify([namespace, name, dims]);
}

/** The seeded metrics of a region by identity (built once per metrics list: the scan benchmark asks ~10⁵ times). */
const metricIndexes = new WeakMap();
function findMetric(metrics, m) {
  let cached = metricIndexes.get(metrics);
  // A test may add metrics to a running fake's seed: a list that grew is indexed again.
  if (!cached || cached.length !== metrics.length) {
    const index = new Map();
    for (const x of metrics) {
      const key = metricKey(x.namespace, x.name, x.dimensions);
      if (!index.has(key)) index.set(key, x);
    }
    cached = { length: metrics.length, index };
    metricIndexes.set(metrics, cached);
  }
  return cached.index.get(metricKey(m.Namespace, m.MetricName, m.Dimensions));
}

function getMetricData(seed, region, body) {
  const queries = list(body.MetricDataQueries);
  if (queries.length === 0) throw new AwsError(400, 'MissingRequiredParameterException', 'The parameter MetricDataQueries is required.', { queryCode: 'MissingParameter' });
  // ≤ 500 queries per call ([BC cloudwatch] GetMetricData docs; repost.aws knowledge center).
  if (queries.length > 500) {
    throw new AwsError(400, 'InvalidParameterValueException', 'The collection MetricDataQueries must not have a size greater than 500.', { queryCode: 'InvalidParameterValue' });
  }
  const start = toEpochSeconds(body.StartTime);
  const end = toEpochSeconds(body.EndTime);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    throw new AwsError(400, 'InvalidParameterValueException', 'The parameter StartTime must be less than the parameter EndTime.', { queryCode: 'InvalidParameterValue' });
  }
  const metrics = regionSeed(seed, region).metrics ?? [];
  const results = queries.map((q) => {
    if (typeof q.Id !== 'string' || !/^[a-z][a-zA-Z0-9_]*$/.test(q.Id)) {
      throw new AwsError(400, 'InvalidParameterValueException', `The value ${q.Id} for parameter MetricDataQueries.member.Id is not valid.`, { queryCode: 'InvalidParameterValue' });
    }
    const ms = q.MetricStat;
    if (!ms) return { Id: q.Id, Label: q.Label ?? q.Id, Timestamps: [], Values: [], StatusCode: 'Complete' };
    const period = Number(ms.Period);
    if (!Number.isInteger(period) || period <= 0 || period % 60 !== 0) {
      throw new AwsError(400, 'InvalidParameterValueException', 'The parameter Period must be a multiple of 60.', { queryCode: 'InvalidParameterValue' });
    }
    const m = ms.Metric ?? {};
    const found = findMetric(metrics, m);
    let values = [];
    if (found) values = Array.isArray(found.values) ? found.values : (found.values?.[ms.Stat] ?? []);
    // Newest first, one datapoint per period, no more than fit in [start, end).
    const fit = Math.max(0, Math.floor((end - start) / period));
    values = values.slice(0, fit);
    // Buckets are counted from StartTime; a datapoint's timestamp is the start of its period (CloudWatch
    // GetMetricStatistics: "The time stamp of each datapoint corresponds to the beginning of the period").
    const base = start + fit * period;
    return {
      Id: q.Id,
      Label: q.Label ?? m.MetricName,
      Timestamps: values.map((_, i) => base - (i + 1) * period),
      Values: values,
      StatusCode: 'Complete',
    };
  });
  return { MetricDataResults: results.filter((_, i) => queries[i].ReturnData !== false && queries[i].ReturnData !== 'false'), Messages: [] };
}

// ---- EC2 ----------------------------------------------------------------------------------------------------

function ec2(seed, region, op, body) {
  const rs = regionSeed(seed, region);
  const badToken = () => new AwsError(400, 'InvalidPaginationToken', 'The pagination token is not valid.');
  const maxResults = (lo, hi) => {
    if (body.MaxResults === undefined) return rs.ec2PageSize ?? 1000;
    const n = Number(body.MaxResults);
    if (!Number.isInteger(n) || n < lo || n > hi) throw new AwsError(400, 'InvalidParameterValue', `Value ( ${body.MaxResults} ) for parameter maxResults is invalid. Expecting a value between ${lo} and ${hi}.`);
    return Math.min(n, rs.ec2PageSize ?? n);
  };
  switch (op) {
    case 'DescribeNatGateways': {
      const match = ec2Filter(body.Filter, {
        state: (n) => n.state ?? 'available',
        'nat-gateway-id': (n) => n.id,
        'subnet-id': (n) => n.subnetId,
        'vpc-id': (n) => n.vpcId,
      });
      const ids = list(body.NatGatewayId);
      const items = (rs.natGateways ?? []).filter((n) => match(n) && (ids.length === 0 || ids.includes(n.id)));
      const p = page(items, maxResults(5, 1000), body.NextToken, badToken);
      return {
        natGatewaySet: p.items.map((n) => ({
          natGatewayId: n.id,
          subnetId: n.subnetId,
          vpcId: n.vpcId,
          state: n.state ?? 'available',
          connectivityType: n.connectivityType ?? 'public',
          availabilityMode: n.availabilityMode,
        })),
        nextToken: p.next,
      };
    }
    case 'DescribeSubnets': {
      const match = ec2Filter(body.Filter, {
        'subnet-id': (s) => s.id,
        'vpc-id': (s) => s.vpcId,
        'availability-zone': (s) => s.zone,
        'availability-zone-id': (s) => s.zoneId,
      });
      const ids = list(body.SubnetId);
      const all = rs.subnets ?? [];
      const missing = ids.filter((id) => !all.some((s) => s.id === id));
      if (missing.length) throw new AwsError(400, 'InvalidSubnetID.NotFound', `The subnet ID '${missing.join(', ')}' does not exist`);
      const items = all.filter((s) => match(s) && (ids.length === 0 || ids.includes(s.id)));
      const p = page(items, maxResults(5, 1000), body.NextToken, badToken);
      return {
        subnetSet: p.items.map((s) => ({ subnetId: s.id, vpcId: s.vpcId, availabilityZone: s.zone, availabilityZoneId: s.zoneId, state: 'available' })),
        nextToken: p.next,
      };
    }
    case 'DescribeVpcs': {
      const match = ec2Filter(body.Filter, { 'vpc-id': (v) => v.id, 'is-default': (v) => Boolean(v.isDefault), state: (v) => v.state ?? 'available' });
      const ids = list(body.VpcId);
      const items = (rs.vpcs ?? []).filter((v) => match(v) && (ids.length === 0 || ids.includes(v.id)));
      const p = page(items, maxResults(5, 1000), body.NextToken, badToken);
      return {
        vpcSet: p.items.map((v) => ({
          vpcId: v.id,
          state: v.state ?? 'available',
          isDefault: Boolean(v.isDefault),
          cidrBlock: v.cidrBlock ?? '10.0.0.0/16',
          cidrBlockAssociationSet: Array.from({ length: v.cidrs ?? 1 }, (_, i) => ({ associationId: `vpc-cidr-assoc-${i}`, cidrBlock: `10.${i}.0.0/16`, cidrBlockState: { state: 'associated' } })),
          ipv6CidrBlockAssociationSet: Array.from({ length: v.ipv6Cidrs ?? 0 }, (_, i) => ({ associationId: `vpc-cidr-assoc-6${i}`, ipv6CidrBlock: `2600:1f18:${i}::/56`, ipv6CidrBlockState: { state: 'associated' } })),
        })),
        nextToken: p.next,
      };
    }
    case 'DescribeAddresses': {
      // Not paginated: every address in one response.
      const match = ec2Filter(body.Filter, { domain: (a) => a.domain ?? 'vpc', 'allocation-id': (a) => a.allocationId });
      const ids = list(body.AllocationId);
      const items = (rs.addresses ?? []).filter((a) => match(a) && (ids.length === 0 || ids.includes(a.allocationId)));
      return { addressesSet: items.map((a) => ({ publicIp: a.publicIp ?? '198.51.100.1', allocationId: a.allocationId, domain: a.domain ?? 'vpc' })) };
    }
    case 'DescribeInstanceTypes': {
      const types = list(body.InstanceType);
      if (types.length > 100) throw new AwsError(400, 'InvalidParameterValue', 'The maximum number of instance types that can be specified is 100.');
      const known = rs.instanceTypes ?? seed.instanceTypes ?? {};
      // Real message: "The following supplied instance types do not exist: [i8ge.xlarge]".
      const unknown = types.filter((t) => !(t in known));
      if (unknown.length) throw new AwsError(400, 'InvalidInstanceType', `The following supplied instance types do not exist: [${unknown.join(', ')}]`);
      const items = (types.length ? types : Object.keys(known)).map((t) => ({ instanceType: t, vCpuInfo: { defaultVCpus: known[t] } }));
      const p = page(items, maxResults(5, 100), body.NextToken, badToken);
      return { instanceTypeSet: p.items, nextToken: p.next };
    }
    default:
      throw new AwsError(400, 'InvalidAction', `The action ${op} is not valid for this web service.`);
  }
}

// ---- CloudFormation -----------------------------------------------------------------------------------------

function changeSetIds(cs, region, account) {
  const id = cs.id ?? '0f3d2b1a-1111-4222-8333-444455556666';
  return {
    changeSetId: cs.changeSetId ?? `arn:aws:cloudformation:${region}:${account}:changeSet/${cs.changeSetName}/${id}`,
    stackId: cs.stackId ?? `arn:aws:cloudformation:${region}:${account}:stack/${cs.stackName}/${id}`,
  };
}

function describeChangeSet(seed, region, body) {
  const account = seed.account ?? DEFAULT_ACCOUNT;
  const name = body.ChangeSetName;
  if (!name) throw new AwsError(400, 'ValidationError', "1 validation error detected: Value null at 'changeSetName' failed to satisfy constraint: Member must not be null");
  const sets = regionSeed(seed, region).changeSets ?? [];
  const cs = sets.find((c) => {
    const ids = changeSetIds(c, region, account);
    if (name.startsWith('arn:')) return ids.changeSetId === name;
    if (c.changeSetName !== name) return false;
    return !body.StackName || body.StackName === c.stackName || body.StackName === ids.stackId;
  });
  if (!cs) throw new AwsError(404, 'ChangeSetNotFound', `ChangeSet [${name}] does not exist`);
  const ids = changeSetIds(cs, region, account);
  const include = body.IncludePropertyValues === true || body.IncludePropertyValues === 'true';
  const changes = (cs.changes ?? []).map((c) => {
    if (include || !c.ResourceChange) return c;
    const { BeforeContext: _b, AfterContext: _a, ...rc } = c.ResourceChange;
    return { ...c, ResourceChange: rc };
  });
  const p = page(changes, cs.pageSize ?? 100, body.NextToken, () => new AwsError(400, 'ValidationError', 'Invalid NextToken'));
  return {
    ChangeSetName: cs.changeSetName,
    ChangeSetId: ids.changeSetId,
    StackId: ids.stackId,
    StackName: cs.stackName,
    CreationTime: cs.creationTime ?? '2026-01-01T00:00:00.000Z',
    ExecutionStatus: cs.executionStatus ?? 'AVAILABLE',
    Status: cs.status ?? 'CREATE_COMPLETE',
    NotificationARNs: [],
    Capabilities: [],
    Changes: p.items,
    IncludeNestedStacks: false,
    NextToken: p.next,
  };
}

// ---- Lambda -------------------------------------------------------------------------------------------------

/**
 * GetAccountSettings: AccountLimit from the region's `lambdaAccount`; unseeded, the region's applied (else default)
 * value of lambda L-B99A9384 (else 1000) with nothing reserved.
 */
function lambdaAccountSettings(seed, region) {
  const rs = regionSeed(seed, region);
  const q = (rs.quotas ?? []).find((x) => x.serviceCode === 'lambda' && x.quotaCode === 'L-B99A9384');
  const total = rs.lambdaAccount?.concurrentExecutions ?? q?.value ?? q?.default ?? 1000;
  const unreserved = rs.lambdaAccount?.unreservedConcurrentExecutions ?? total;
  return {
    AccountLimit: { TotalCodeSize: 80530636800, CodeSizeUnzipped: 262144000, CodeSizeZipped: 52428800, ConcurrentExecutions: total, UnreservedConcurrentExecutions: unreserved },
    AccountUsage: { TotalCodeSize: rs.lambdaAccount?.totalCodeSize ?? 0, FunctionCount: rs.lambdaAccount?.functionCount ?? 0 },
  };
}

/** REST-JSON Lambda operations served, by method and path. */
function lambdaOperation(method, url) {
  const path = String(url ?? '').split('?')[0];
  if (method === 'GET' && /^\/2016-08-19\/account-settings\/?$/.test(path)) return 'GetAccountSettings';
  return `${method} ${path}`;
}

// ---- Dispatch -----------------------------------------------------------------------------------------------

/** Which service, operation and protocol a request is, from its headers, path and body. */
function classify(req, raw) {
  const target = String(req.headers['x-amz-target'] ?? '');
  const auth = String(req.headers['authorization'] ?? '');
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  const region = scope?.[1] ?? 'us-east-1';
  const signingName = scope?.[2] ?? '';
  const extra = scan.classify(req, raw, region) ?? usage.classify(req, raw, region, signingName);
  if (extra) return extra;
  if (signingName === 'lambda') return { service: 'lambda', operation: lambdaOperation(req.method, req.url), protocol: 'rest-json', region, body: parseJson(raw) };
  const cborPath = /^\/service\/([^/]+)\/operation\/([^/?]+)/.exec(req.url ?? '');
  if (target.startsWith(`${SQ_TARGET}.`)) {
    return { service: 'servicequotas', operation: target.slice(SQ_TARGET.length + 1), protocol: 'json1.1', region, body: parseJson(raw) };
  }
  if (target.startsWith(`${CW_TARGET}.`)) {
    return { service: 'cloudwatch', operation: target.slice(CW_TARGET.length + 1), protocol: 'json1.0', region, body: parseJson(raw) };
  }
  if (cborPath && cborPath[1] === CW_TARGET) return { service: 'cloudwatch', operation: cborPath[2], protocol: 'cbor', region, body: raw };
  const form = parseForm(raw.toString('utf8'));
  const operation = form.Action ?? '';
  const service = signingName === 'ec2' ? 'ec2' : signingName === 'cloudformation' ? 'cloudformation' : signingName === 'monitoring' ? 'cloudwatch' : signingName;
  return { service, operation, protocol: service === 'ec2' ? 'ec2' : 'query', region, body: form };
}

function parseJson(raw) {
  const text = raw.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AwsError(400, 'SerializationException', 'Malformed JSON body');
  }
}

let cborModule;
async function cbor() {
  cborModule ??= await import('@smithy/core/cbor');
  return cborModule;
}

/** Converts the CBOR-decoded request (dates as tag 1) to plain values, as the JSON protocol would send them. */
function untag(v) {
  if (Array.isArray(v)) return v.map(untag);
  if (v instanceof Uint8Array) return v;
  if (v && typeof v === 'object') {
    if (v.tag === 1 && 'value' in v) return v.value;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, untag(x)]));
  }
  return v;
}

function handle(seed, call) {
  const extra = scan.handle(seed, call) ?? usage.handle(seed, call);
  if (extra !== undefined) return extra;
  switch (call.service) {
    case 'servicequotas':
      return serviceQuotas(seed, call.region, call.operation, call.body);
    case 'cloudwatch':
      if (call.operation === 'GetMetricData') return getMetricData(seed, call.region, call.body);
      throw new AwsError(400, 'UnknownOperationException', `The fake does not implement ${call.operation}`, { queryCode: 'InvalidAction' });
    case 'ec2':
      return ec2(seed, call.region, call.operation, call.body);
    case 'cloudformation':
      if (call.operation === 'DescribeChangeSet') return describeChangeSet(seed, call.region, call.body);
      throw new AwsError(400, 'InvalidAction', `The fake does not implement ${call.operation}`);
    case 'lambda':
      if (call.operation === 'GetAccountSettings') return lambdaAccountSettings(seed, call.region);
      throw new AwsError(404, 'UnknownOperationException', `The fake does not implement ${call.operation}`);
    default:
      throw new AwsError(400, 'UnknownOperationException', `unknown service for request (signing name ${call.service || 'missing'})`);
  }
}

async function respond(res, call, result, error) {
  const requestId = randomUUID();
  const send = (status, headers, body) => {
    res.writeHead(status, { 'x-amzn-requestid': requestId, ...headers });
    res.end(body);
  };
  const own = usage.render(call, result, error, requestId);
  if (own) return send(own.status, own.headers, own.body);
  switch (call.protocol) {
    case 'json1.1':
    case 'json1.0': {
      const type = `application/x-amz-json-${call.protocol.slice(4)}`;
      if (!error) return send(200, { 'content-type': type }, JSON.stringify(result));
      const headers = { 'content-type': type };
      // CloudWatch is awsQueryCompatible: errors carry the query code ([BCPARSE] _do_query_compatible_error_parse).
      if (call.service === 'cloudwatch') headers['x-amzn-query-error'] = `${error.queryCode};${error.sender ? 'Sender' : 'Receiver'}`;
      return send(error.status, headers, JSON.stringify({ __type: error.code, message: error.message }));
    }
    case 'rest-json': {
      const headers = { 'content-type': 'application/json' };
      if (!error) return send(200, headers, JSON.stringify(result));
      headers['x-amzn-errortype'] = error.code;
      return send(error.status, headers, JSON.stringify({ Type: error.sender ? 'User' : 'Service', message: error.message }));
    }
    case 'cbor': {
      const { cbor: codec, dateToTag } = await cbor();
      const headers = { 'content-type': 'application/cbor', 'smithy-protocol': 'rpc-v2-cbor' };
      if (!error) {
        const out = {
          ...result,
          MetricDataResults: result.MetricDataResults?.map((r) => ({ ...r, Timestamps: r.Timestamps.map((t) => dateToTag(new Date(t * 1000))) })),
        };
        return send(200, headers, Buffer.from(codec.serialize(out)));
      }
      headers['x-amzn-query-error'] = `${error.queryCode};${error.sender ? 'Sender' : 'Receiver'}`;
      return send(error.status, headers, Buffer.from(codec.serialize({ __type: error.code, message: error.message })));
    }
    case 'ec2': {
      const headers = { 'content-type': 'text/xml;charset=UTF-8' };
      if (error) {
        return send(
          error.status,
          headers,
          `<?xml version="1.0" encoding="UTF-8"?>\n<Response><Errors><Error><Code>${xmlEscape(error.code)}</Code><Message>${xmlEscape(error.message)}</Message></Error></Errors><RequestID>${requestId}</RequestID></Response>`,
        );
      }
      const op = call.operation;
      return send(200, headers, `<?xml version="1.0" encoding="UTF-8"?>\n<${op}Response xmlns="${EC2_NS}"><requestId>${requestId}</requestId>${toXml(result, 'item')}</${op}Response>`);
    }
    default: {
      const ns = scan.namespace(call.service) ?? (call.service === 'cloudwatch' ? CW_NS : CFN_NS);
      const headers = { 'content-type': 'text/xml' };
      if (error) {
        const type = error.sender ? 'Sender' : 'Receiver';
        return send(
          error.status,
          headers,
          `<ErrorResponse xmlns="${ns}"><Error><Type>${type}</Type><Code>${xmlEscape(error.queryCode)}</Code><Message>${xmlEscape(error.message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
        );
      }
      const op = call.operation;
      let payload = result;
      if (call.service === 'cloudwatch') {
        payload = { ...result, MetricDataResults: result.MetricDataResults.map((r) => ({ ...r, Timestamps: r.Timestamps.map((t) => new Date(t * 1000)) })) };
      }
      return send(
        200,
        headers,
        `<${op}Response xmlns="${ns}"><${op}Result>${toXml(payload, 'member')}</${op}Result><ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${op}Response>`,
      );
    }
  }
}

/**
 * Starts the fake on 127.0.0.1 (a random port unless `options.port`).
 * @param {FakeSeed} seed
 * @param {{ port?: number }} [options]
 */
export async function startFakeAws(seed, options = {}) {
  /** @type {FakeCall[]} */
  const calls = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      if (req.method === 'GET' && req.url === '/__fake/calls') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(calls));
        return;
      }
      let call = { service: 'unknown', operation: '', protocol: 'json1.1', region: 'us-east-1', body: {} };
      try {
        call = classify(req, raw);
        if (call.protocol === 'cbor') call.body = raw.length ? untag((await cbor()).cbor.deserialize(new Uint8Array(raw))) : {};
        call.account = scan.account(req);
        calls.push({ service: call.service, operation: call.operation, region: call.region, protocol: call.protocol, body: call.body, ...(call.account ? { account: call.account } : {}) });
        const served = scan.seedFor(seed, call);
        await scan.before(served, call);
        const fault = takeFault(served.faults, call);
        if (fault?.kind === 'html503') {
          res.writeHead(503, { 'content-type': 'text/html' });
          res.end(HTML_503);
          return;
        }
        if (fault) throw FAULTS[call.service]?.[fault.kind]?.(call.operation) ?? new AwsError(500, 'InternalError', `fault ${fault.kind}`);
        await respond(res, call, await handle(served, call), undefined);
      } catch (e) {
        const error = e instanceof AwsError ? e : new AwsError(500, 'InternalError', e instanceof Error ? e.message : String(e));
        try {
          await respond(res, call, undefined, error);
        } catch {
          res.writeHead(500);
          res.end();
        }
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    calls,
    seed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** Counts calls per operation name, for call-budget assertions. */
export function countCalls(calls) {
  const out = {};
  for (const c of calls) out[c.operation] = (out[c.operation] ?? 0) + 1;
  return out;
}

// ---- Standalone process -------------------------------------------------------------------------------------

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (portAt < 0 || i !== portAt + 1));
  if (!file) {
    process.stderr.write('usage: node test/fake-aws/server.mjs SEED.json [--port N]\n');
    process.exit(2);
  }
  const seed = JSON.parse(readFileSync(file, 'utf8'));
  const fake = await startFakeAws(seed, { port });
  process.stdout.write(`${fake.url}\n`);
  const stop = () => fake.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
