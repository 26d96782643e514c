// Fargate vCPUs (L-3032A538 On-Demand, L-36FBB829 Spot): only the AWS/Usage metric counts them
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/monitoring-fargate-usage.html: Service Fargate,
// Type Resource, Resource vCPU, Class Standard/OnDemand or Standard/Spot).
import { forAll, type StaticMetric, type UsageSource } from './source.js';

const usage = (cls: string): StaticMetric => ({
  namespace: 'AWS/Usage',
  name: 'ResourceCount',
  dimensions: { Service: 'Fargate', Type: 'Resource', Resource: 'vCPU', Class: cls },
  source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/monitoring-fargate-usage.html',
});

export const fargateVcpus: UsageSource = {
  name: 'fargate.vcpus',
  counts: { 'L-3032A538': ['region'], 'L-36FBB829': ['region'] },
  calls: [],
  metricFirst: true,
  metrics: { 'L-3032A538': usage('Standard/OnDemand'), 'L-36FBB829': usage('Standard/Spot') },
  read: async (_ctx, items) => forAll(items, { value: null, reason: 'Fargate vCPUs have no count API and their usage metric could not be read' }),
};

export const FARGATE_SOURCES: UsageSource[] = [fargateVcpus];
