// The check as both entry points run it: read the inputs, check them (live or offline), and, when asked, file the
// increases the shortfalls need and re-check. The CLI and the action differ only in where results go.
import type { ParsedInput, Report } from '../model.js';
import { loadInput } from '../inputs/load.js';
import type { InputFile } from '../inputs/load.js';
import type { DescribeChangeSet } from '../inputs/load.js';
import type { ReadQuotas } from '../ports/check.js';
import { readOffline, runCheck } from './check.js';
import { linkFiledRequests } from '../verdict/next-step.js';
import type { CheckOptions } from './check.js';
import { requestIncreases } from '../increase/run.js';
import type { IncreaseDeps, IncreaseOptions, IncreaseResult } from '../increase/run.js';

/** The live AWS services a check uses (src/live.ts wires them; tests pass their own). */
export interface Live {
  read: ReadQuotas;
  resolveVcpus(instanceTypes: string[]): Promise<ReadonlyMap<string, number>>;
  describeChangeSet: DescribeChangeSet;
}

export interface LiveSettings {
  /** Account id → role ARN: requirements for that account are read through the role (`account-roles`). */
  accountRoles?: Readonly<Record<string, string>>;
}

/** Region for resources whose inputs name none: the explicit one, else the runner's / shell's AWS region. */
export function defaultRegion(explicit: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return explicit ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined);
}

export interface PipelineOptions {
  files: InputFile[];
  region: string | undefined;
  live: Live | undefined;
  check: Omit<CheckOptions, 'mode' | 'resolveVcpus'>;
  increase?: { deps: Omit<IncreaseDeps, 'recheck'>; options: IncreaseOptions };
}

export async function checkChange(o: PipelineOptions): Promise<{ inputs: ParsedInput[]; report: Report; increased?: IncreaseResult }> {
  const inputs: ParsedInput[] = [];
  for (const f of o.files) inputs.push(await loadInput(f, o.region, o.live?.describeChangeSet));
  const check = (): Promise<Report> => runCheck(inputs, o.live?.read ?? readOffline, { ...o.check, mode: o.live ? 'live' : 'offline', resolveVcpus: o.live?.resolveVcpus });
  const report = await check();
  if (!o.increase) return { inputs, report };
  const increased = await requestIncreases(report, { ...o.increase.deps, recheck: check }, o.increase.options);
  return { inputs, report: linkFiledRequests(increased.report), increased };
}
