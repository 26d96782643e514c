// The check, end to end over parsed inputs: requirements → readings → verdicts → report. Readings come from a
// function so that offline defaults and live AWS reads plug in the same way.
import type { FailOn, ParsedInput, Report } from '../model.js';
import { buildRequirements } from '../requirements/build.js';
import type { CapacityMode } from '../quotas/consumers.js';
import { vcpuLookup } from '../quotas/instance-types.js';
import { DEFAULT_BUFFER, evaluate, offlineReading, readingKey } from '../verdict/evaluate.js';
import type { OnReadError } from '../verdict/evaluate.js';
import { applyWaivers } from './waivers.js';
import type { WaiverRule } from './waivers.js';
import { buildReport } from '../report/report.js';
import type { ReadQuotas } from '../ports/check.js';

export interface CheckOptions {
  failOn: FailOn;
  /** Buffer fraction from the command line / action input; wins over the deploy config's default. */
  buffer?: number;
  capacity: CapacityMode;
  /** Live vCPU counts for the instance types a change uses (DescribeInstanceTypes); the offline rule fills gaps. */
  resolveVcpus?: (instanceTypes: string[]) => Promise<ReadonlyMap<string, number>>;
  mode: Report['mode'];
  /** Reads that failed because of the setup: fail the run (default) or warn. */
  onReadError?: OnReadError;
  /** Read other accounts through the `assume_role` roles the plan's providers name (`use-plan-roles`). */
  usePlanRoles?: boolean;
  /** Checked-in waivers of known findings (./waivers.ts). */
  waivers?: WaiverRule[];
  /** Today as YYYY-MM-DD (UTC), for waiver expiry; tests pass a fixed day. */
  today?: string;
}

export const readOffline: ReadQuotas = async (requirements) => new Map(requirements.map((r) => [readingKey(r), offlineReading(r)]));

export async function runCheck(inputs: ParsedInput[], read: ReadQuotas, options: CheckOptions): Promise<Report> {
  let vcpus = vcpuLookup();
  if (options.resolveVcpus) {
    // A first pass only records which instance types the change asks about, so each is looked up once.
    const asked = new Set<string>();
    buildRequirements(inputs, { capacity: options.capacity, vcpus: (t) => (asked.add(t), vcpus(t)) });
    if (asked.size) vcpus = vcpuLookup(await options.resolveVcpus([...asked]));
  }
  const { requirements, coverage } = buildRequirements(inputs, { capacity: options.capacity, vcpus });
  const readings = await read(requirements, options.usePlanRoles ? Object.assign({}, ...inputs.map((i) => i.providerRoles ?? {})) : undefined);
  const buffers = {
    default: options.buffer ?? inputs.find((i) => i.defaultBuffer !== undefined)?.defaultBuffer ?? DEFAULT_BUFFER,
    byQuota: Object.assign({}, ...inputs.map((i) => i.buffers ?? {})) as Record<string, number>,
  };
  const evaluated = requirements.map((r) => evaluate(r, readings.get(readingKey(r)) ?? { quota: null, usage: null, reason: 'not read' }, buffers));
  const results = applyWaivers(evaluated, options.waivers ?? [], options.today ?? new Date().toISOString().slice(0, 10));
  return buildReport({ results, coverage, mode: options.mode, failOn: options.failOn, onReadError: options.onReadError, inputs: inputs.map((i) => i.file) });
}
