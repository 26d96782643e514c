// EC2 vCPUs per instance class: only the AWS/Usage metric counts them (Service EC2, Type Resource, Resource vCPU,
// Class "<class>/OnDemand" or "Standard/Spot": quota-facts.md §2.1, [CLI] get-service-quota UsageMetric; F, G, Inf, P
// and X per [CS]). Service Quotas names the metric of each class; these are read when it could not be asked.
import { INSTANCE_CLASSES, P5_SPOT_QUOTA } from '../../quotas/instance-types.js';
import { forAll, type StaticMetric, type UsageSource } from './source.js';

const usage = (cls: string): StaticMetric => ({
  namespace: 'AWS/Usage',
  name: 'ResourceCount',
  dimensions: { Service: 'EC2', Type: 'Resource', Resource: 'vCPU', Class: cls },
  source: 'quota-facts.md §2.1 ([CLI], [CS])',
});

/** Classes whose metric dimension is documented (quota-facts.md §2.1 table). */
const DOCUMENTED = new Set(['Standard', 'F', 'G', 'Inf', 'P', 'X']);

const metrics: Record<string, StaticMetric> = {};
const counts: Record<string, ('region')[]> = {};
for (const c of INSTANCE_CLASSES) {
  counts[c.onDemand.quotaCode] = ['region'];
  if (c.spot) counts[c.spot.quotaCode] = ['region'];
  if (DOCUMENTED.has(c.cls)) metrics[c.onDemand.quotaCode] = usage(`${c.cls}/OnDemand`);
}
counts[P5_SPOT_QUOTA.quotaCode] = ['region'];
metrics['L-34B43A08'] = usage('Standard/Spot');

export const vcpus: UsageSource = {
  name: 'ec2.vcpus',
  counts,
  calls: [],
  metricFirst: true,
  metrics,
  read: async (_ctx, items) => forAll(items, { value: null, reason: 'vCPUs in use have no count API quota-guard reads (only their usage metric), and the metric could not be read' }),
};

export const VCPU_SOURCES: UsageSource[] = [vcpus];
