// A fake account for the increase tests: test/fixtures/terraform/live-small.json in eu-west-1 needs 8 more
// Standard On-Demand vCPUs; with 50 in use and a 20 % buffer, a quota of 64 is short (58 > 51.2) and 73 fits.
import type { FakeQuota, FakeSeed } from '../fake-aws/server.mjs';

export const PLAN = 'test/fixtures/terraform/live-small.json';
export const VCPU_CODE = 'L-1216C47A';
/** ceil((50 + 8) / 0.8) */
export const DESIRED = 73;

const vcpu = (cls: string) => ({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Class: cls, Resource: 'vCPU', Service: 'EC2', Type: 'Resource' } });
const asgMetric = { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Class: 'None', Resource: 'NumberOfAutoScalingGroup', Service: 'AutoScaling', Type: 'Resource' } };
const lambdaMetric = { namespace: 'AWS/Lambda', name: 'ConcurrentExecutions', dimensions: {} };

export function increaseSeed(options: { vcpus?: number; vcpuQuota?: Partial<FakeQuota>; seed?: Partial<FakeSeed> } = {}): FakeSeed {
  return {
    account: '111122223333',
    instanceTypes: { 'm5.large': 2 },
    regions: {
      'eu-west-1': {
        quotas: [
          {
            serviceCode: 'ec2',
            quotaCode: VCPU_CODE,
            name: 'Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances',
            value: options.vcpus ?? 64,
            default: 5,
            usageMetric: { ...vcpu('Standard/OnDemand'), stat: 'Maximum' },
            ...options.vcpuQuota,
          },
          { serviceCode: 'autoscaling', quotaCode: 'L-CDE20ADC', name: 'Auto Scaling groups per region', value: 500, default: 500, usageMetric: asgMetric },
          { serviceCode: 'ec2', quotaCode: 'L-0263D0A3', name: 'EC2-VPC Elastic IPs', value: 5, default: 5 },
          { serviceCode: 'vpc', quotaCode: 'L-FE5A380F', name: 'NAT gateways per Availability Zone', default: 5 },
          { serviceCode: 'lambda', quotaCode: 'L-B99A9384', name: 'Concurrent executions', value: 1000, default: 1000, usageMetric: lambdaMetric },
        ],
        metrics: [
          { ...vcpu('Standard/OnDemand'), values: [50, 48] },
          { ...asgMetric, values: [12] },
          { ...lambdaMetric, values: [40] },
        ],
        addresses: [{ allocationId: 'eipalloc-1' }],
        subnets: [{ id: 'subnet-0aaa', zone: 'eu-west-1a', vpcId: 'vpc-0aaa' }],
        natGateways: [{ id: 'nat-1', subnetId: 'subnet-0aaa', state: 'available' }],
      },
    },
    ...options.seed,
  };
}

/** A virtual clock: `sleep` moves time on at once, so a 30-minute wait takes no real time. */
export function virtualClock(start = Date.parse('2026-03-01T10:00:00Z')): { now(): number; sleep(ms: number): Promise<void>; slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      slept.push(ms);
      t += ms;
    },
    slept,
  };
}
