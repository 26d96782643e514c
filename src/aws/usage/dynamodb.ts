// DynamoDB tables (ListTables, Limit 1–100, ExclusiveStartTableName / LastEvaluatedTableName,
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html). Account provisioned capacity has
// no count API: DescribeLimits gives the limits only (API_DescribeLimits.html: "you need to ... call DescribeTable on
// each table" to sum usage), so it is read from its AWS/Usage metric (usage-sources.md §2: AccountProvisionedRead /
// WriteCapacityUnits, linked to L-34F6A552 / L-34F8CCC8).
import type * as DynamoDb from '@aws-sdk/client-dynamodb';
import { countPages, counted, forAll, guarded, type StaticMetric, type UsageSource } from './source.js';

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

export const DYNAMODB_SOURCES: UsageSource[] = [tables, provisionedCapacity];
