// DynamoDB tables (ListTables, Limit 1–100, ExclusiveStartTableName / LastEvaluatedTableName,
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html). Account provisioned capacity has
// no count API: DescribeLimits gives the limits only (API_DescribeLimits.html: "you need to ... call DescribeTable on
// each table" to sum usage), so it is read from its AWS/Usage metric (usage-sources.md §2: AccountProvisionedRead /
// WriteCapacityUnits, linked to L-34F6A552 / L-34F8CCC8).
import type * as DynamoDb from '@aws-sdk/client-dynamodb';
import { countPages, counted, forAll, guarded, parentIds, type StaticMetric, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof DynamoDb> => import('@aws-sdk/client-dynamodb');

const usage = (resource: string): StaticMetric => ({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: { Service: 'DynamoDB', Type: 'Resource', Resource: resource, Class: 'None' }, source: 'usage-sources.md §2 [DH]' });

export const tables: UsageSource = {
  name: 'dynamodb.tables',
  counts: { 'L-F98FE922': ['region'] },
  calls: [{ api: 'ListTables', action: 'dynamodb:ListTables', doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'dynamodb:ListTables', async () => {
      const m = await sdk();
      const walk = await countPages(ctx, 'ListTables', (ExclusiveStartTableName) => ctx.client(m.DynamoDBClient).send(new m.ListTablesCommand({ Limit: 100, ExclusiveStartTableName })), (p) => p.LastEvaluatedTableName, (p) => p.TableNames);
      return forAll(items, counted(walk.items.length, walk.complete, 'tables'));
    }),
};

/** Metric only: no source of its own, the planner reads the metric. */
export const provisionedCapacity: UsageSource = {
  name: 'dynamodb.provisioned-capacity',
  counts: { 'L-34F6A552': ['region'], 'L-34F8CCC8': ['region'] },
  calls: [],
  metricFirst: true,
  metrics: { 'L-34F6A552': usage('AccountProvisionedReadCapacityUnits'), 'L-34F8CCC8': usage('AccountProvisionedWriteCapacityUnits') },
  read: async (_ctx, items) => forAll(items, { value: null, reason: 'account provisioned capacity has no count API (DynamoDB DescribeLimits gives limits only) and its usage metric could not be read' }),
};

/**
 * Global secondary indexes of each existing table the plan changes: DescribeTable's Table.GlobalSecondaryIndexes, one
 * call per table (its name, as Terraform's id and CloudFormation's Ref give it, or its ARN; API_DescribeTable.html).
 */
export const gsisPerTable: UsageSource = {
  name: 'dynamodb.gsis-per-table',
  counts: { 'L-F7858A77': ['resource'] },
  calls: [{ api: 'DescribeTable', action: 'dynamodb:DescribeTable', doc: 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const got = await guarded(ctx, mine, 'dynamodb:DescribeTable', async () => {
          const m = await sdk();
          const r = await ctx.call('DescribeTable', () => ctx.client(m.DynamoDBClient).send(new m.DescribeTableCommand({ TableName: id })));
          if (!r.Table) return forAll(mine, { value: null, reason: `DynamoDB DescribeTable ${ctx.where} returned no table for ${id}` });
          return forAll(mine, counted(r.Table.GlobalSecondaryIndexes?.length ?? 0, true, `global secondary indexes of ${id}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const DYNAMODB_SOURCES: UsageSource[] = [tables, provisionedCapacity, gsisPerTable];
