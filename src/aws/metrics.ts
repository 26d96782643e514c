// CloudWatch GetMetricData as the check and the scan both use it: a quota's usage metric as a query, queries in
// batches of at most 500 (GetMetricData's limit, [BC cloudwatch]), every page, and each query's failure status.
import { GetMetricDataCommand, type GetMetricDataCommandOutput, type MetricDataQuery, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { pages } from './paging.js';
import type { MetricInfo } from '@aws-sdk/client-service-quotas';

/** GetMetricData takes at most 500 queries per request. */
export const METRIC_BATCH = 500;

export interface MetricQuery {
  /** Same metric, dimensions and statistic → same key: each is read once. */
  key: string;
  namespace: string;
  name: string;
  dimensions: { Name: string; Value: string }[];
  stat: string;
}

/** The query for a quota's UsageMetric (Service Quotas), or undefined when it names none. */
export function metricQuery(m: MetricInfo | undefined): MetricQuery | undefined {
  if (!m?.MetricNamespace || !m.MetricName) return undefined;
  // AWS/Usage ResourceCount is a gauge: its Maximum over a period is the count ([QM] forces Maximum for *Count metrics).
  const stat = m.MetricName === 'ResourceCount' ? 'Maximum' : m.MetricStatisticRecommendation || 'Maximum';
  const dimensions = Object.entries(m.MetricDimensions ?? {})
    .map(([Name, Value]) => ({ Name, Value }))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  const key = JSON.stringify([m.MetricNamespace, m.MetricName, dimensions, stat]);
  return { key, namespace: m.MetricNamespace, name: m.MetricName, dimensions, stat };
}

export type MetricBatch<Q> = { queries: Q[]; results: Map<Q, MetricDataResult[]> } | { queries: Q[]; error: unknown };

/**
 * Reads `queries` in batches of `perCall`, all pages of each, in parallel. `send` makes one call (the caller's rate
 * limit and counting go there). A failed batch is returned with its error, so the caller names what it lost.
 */
export async function getMetricData<Q extends MetricQuery>(
  queries: Q[],
  window: { start: Date; end: Date; period: number; perCall?: number },
  send: (command: GetMetricDataCommand) => Promise<GetMetricDataCommandOutput>,
): Promise<MetricBatch<Q>[]> {
  const perCall = window.perCall ?? METRIC_BATCH;
  const batches: Q[][] = [];
  for (let i = 0; i < queries.length; i += perCall) batches.push(queries.slice(i, i + perCall));
  return Promise.all(
    batches.map(async (batch): Promise<MetricBatch<Q>> => {
      const request: MetricDataQuery[] = batch.map((q, i) => ({
        Id: `q${i}`,
        MetricStat: { Metric: { Namespace: q.namespace, MetricName: q.name, Dimensions: q.dimensions }, Period: window.period, Stat: q.stat },
        ReturnData: true,
      }));
      const results = new Map<Q, MetricDataResult[]>(batch.map((q) => [q, []]));
      try {
        const walk = pages((NextToken) => send(new GetMetricDataCommand({ MetricDataQueries: request, StartTime: window.start, EndTime: window.end, NextToken })), (p) => p.NextToken, { operation: 'GetMetricData' });
        for await (const page of walk) {
          for (const r of page.MetricDataResults ?? []) {
            const q = batch[Number(r.Id?.slice(1))];
            if (q) results.get(q)!.push(r);
          }
        }
      } catch (error) {
        return { queries: batch, error };
      }
      return { queries: batch, results };
    }),
  );
}

/** Why a query's results cannot be used (CloudWatch marks them Forbidden or InternalError), or undefined. */
export function metricFailure(results: MetricDataResult[]): string | undefined {
  const bad = results.find((r) => r.StatusCode === 'Forbidden' || r.StatusCode === 'InternalError');
  if (!bad) return undefined;
  const why = bad.Messages?.map((m) => `${m.Code ?? ''} ${m.Value ?? ''}`.trim()).join('; ');
  return `${bad.StatusCode}${why ? ` (${why})` : ''}`;
}
