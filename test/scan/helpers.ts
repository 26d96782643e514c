// Seeds and a runner for the scan's wire-level tests: a fake organization whose members answer Service Quotas,
// CloudWatch and DescribeRegions with their own data, reached through the real SDK clients over HTTP.
import { runScan, type ScanOptions } from '../../src/scan/run.js';
import { parsePolicy } from '../../src/scan/policy.js';
import type { ScanReport } from '../../src/scan/model.js';
import { useFakeAws, callCounts, type FakeEnv } from '../fake-aws/env.js';
import type { FakeQuota, FakeRegion } from '../fake-aws/server.mjs';
import type { FakeMember, ScanFakeCall, ScanFakeSeed } from '../fake-aws/org-sts.mjs';

export const NOW = new Date('2026-03-01T12:00:00Z');
export const MANAGEMENT = '111111111111';

export const STANDARD_DIMS = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/OnDemand' };
export const SPOT_DIMS = { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: 'Standard/Spot' };

export interface RegionSpec {
  /** Applied value of L-1216C47A; null = only the default (5) exists. */
  vcpu?: number | null;
  /** Daily peaks, newest first. */
  vcpuUsage?: number[];
  lambda?: number;
  lambdaUsage?: number[];
  /** VPCs per Region (no usage metric). */
  vpcs?: number;
}

export function regionSeed(spec: RegionSpec): FakeRegion {
  const quotas: FakeQuota[] = [];
  const metrics: FakeRegion['metrics'] = [];
  if (spec.vcpu !== undefined) {
    quotas.push({
      serviceCode: 'ec2',
      quotaCode: 'L-1216C47A',
      name: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
      ...(spec.vcpu === null ? {} : { value: spec.vcpu }),
      default: 5,
      usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, stat: 'Maximum' },
    });
    if (spec.vcpuUsage) metrics.push({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: STANDARD_DIMS, values: spec.vcpuUsage });
  }
  if (spec.lambda !== undefined) {
    quotas.push({ serviceCode: 'lambda', quotaCode: 'L-B99A9384', name: 'Concurrent executions', value: spec.lambda, default: 1000, usageMetric: { namespace: 'AWS/Lambda', name: 'ConcurrentExecutions', dimensions: {}, stat: 'Maximum' } });
    if (spec.lambdaUsage) metrics.push({ namespace: 'AWS/Lambda', name: 'ConcurrentExecutions', dimensions: {}, values: spec.lambdaUsage });
  }
  if (spec.vpcs !== undefined) quotas.push({ serviceCode: 'vpc', quotaCode: 'L-F678F1CE', name: 'VPCs per Region', value: spec.vpcs, default: 5 });
  return { quotas, metrics };
}

export function memberSeed(regions: Record<string, RegionSpec>, extra: Partial<FakeMember> = {}): FakeMember {
  return { regions: Object.fromEntries(Object.entries(regions).map(([r, s]) => [r, regionSeed(s)])), ...extra };
}

/** A policy watching the standard vCPU quota, Lambda concurrency and VPCs, plus `rest` (YAML). */
export function policyYaml(rest = ''): string {
  return `version: 1\nquotas:\n  - ec2/L-1216C47A\n  - lambda/L-B99A9384\n  - vpc/L-F678F1CE\n${rest}`;
}

let env: FakeEnv | undefined;

export async function closeFake(): Promise<void> {
  await env?.restore();
  env = undefined;
}

export interface ScanRun {
  report: ScanReport;
  calls: Record<string, number>;
  wire: ScanFakeCall[];
  lines: string[];
}

/** Starts the fake with `seed` (kept running until closeFake) and scans it with the real adapters. */
export async function scan(seed: Partial<ScanFakeSeed>, yaml: string, options: Omit<ScanOptions, 'policy'> = {}): Promise<ScanRun> {
  if (!env) env = await useFakeAws({ account: MANAGEMENT, regions: {}, ...seed });
  else {
    env.fake.calls.length = 0;
    Object.assign(env.fake.seed, seed);
  }
  const lines: string[] = [];
  const report = await runScan({ policy: parsePolicy(yaml, 'quota-guard.yml'), now: () => NOW, maxAttempts: 3, log: (l) => lines.push(l), ...options });
  return { report, calls: callCounts(env.fake), wire: env.fake.calls as ScanFakeCall[], lines };
}
