// Deploy-config entries (infrastructure-config.example.yaml) → the quotas they consume. Attribute names are the
// config's own; the quota math is the one Terraform and CloudFormation use.
import { capacityOf, count, fleetVcpus, one, text } from './consumers.js';
import type { Extractor } from './consumers.js';

const market = (v: unknown): boolean => text(v) === 'spot';

export const CONFIG_RESOURCES: Record<string, Extractor> = {
  'ec2.instance': (ctx) => {
    const a = ctx.attrs;
    return fleetVcpus({ capacity: count(a.get('count'), 'count', ctx) ?? 1, options: [{ type: a.get('instance_type') }], spot: market(a.get('market')) }, ctx);
  },
  'ec2.auto_scaling_group': (ctx) => {
    const a = ctx.attrs;
    const capacity = capacityOf(ctx, a.get('max_size'), a.get('desired_capacity'), a.get('min_size'));
    const types = Array.isArray(a.get('instance_types')) ? (a.get('instance_types') as unknown[]) : [a.get('instance_type')];
    return [one('L-CDE20ADC'), ...fleetVcpus({ capacity, options: types.map((type) => ({ type })), spot: market(a.get('market')) }, ctx)];
  },
  'lambda.function': (ctx) => {
    const a = ctx.attrs;
    return (['reserved_concurrency', 'provisioned_concurrency'] as const).flatMap((key) => {
      const amount = count(a.get(key), key, ctx);
      return amount === undefined ? [] : [{ quotaCode: 'L-B99A9384', amount, scope: { kind: 'region' as const } }];
    });
  },
  'rds.instance': (ctx) => {
    const a = ctx.attrs;
    const n = count(a.get('count'), 'count', ctx) ?? 1;
    const storage = count(a.get('allocated_storage'), 'allocated_storage', ctx);
    const total = typeof n === 'number' && typeof storage === 'number' ? n * storage : storage;
    return [{ quotaCode: 'L-7B6409FD', amount: n, scope: { kind: 'region' } }, ...(total === undefined ? [] : [{ quotaCode: 'L-7ADDB58A', amount: total, scope: { kind: 'region' as const } }])];
  },
};
