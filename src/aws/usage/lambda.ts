// Lambda concurrency (L-B99A9384). A requirement is concurrency a change reserves (reserved or provisioned, plus the
// 100 AWS keeps unreserved), so its usage is the concurrency already reserved, not the executions running now (the
// quota's UsageMetric, AWS/Lambda ConcurrentExecutions, is not read for it). GetAccountSettings gives
// AccountLimit.ConcurrentExecutions, "the maximum number of simultaneous function executions", and
// UnreservedConcurrentExecutions, the same "minus the capacity that's reserved for individual functions with
// PutFunctionConcurrency" (https://docs.aws.amazon.com/lambda/latest/api/API_AccountLimit.html,
// https://docs.aws.amazon.com/lambda/latest/api/API_GetAccountSettings.html): the difference is what is reserved.
// ConcurrentExecutions is also the limit in force: new accounts get 10 (or 50) whatever Service Quotas shows
// (usage-sources.md §3.6, [I-LAMBDA]), so the reader takes the lower of the two.
import type * as Lambda from '@aws-sdk/client-lambda';
import { forAll, guarded, nonNegative, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Lambda> => import('@aws-sdk/client-lambda');

export const lambdaConcurrency: UsageSource = {
  name: 'lambda.account-settings',
  counts: { 'L-B99A9384': ['region'] },
  calls: [{ api: 'GetAccountSettings', action: 'lambda:GetAccountSettings', doc: 'https://docs.aws.amazon.com/lambda/latest/api/API_GetAccountSettings.html' }],
  metricFirst: false,
  read: (ctx, items) =>
    guarded(ctx, items, 'lambda:GetAccountSettings', async () => {
      const m = await sdk();
      const r = await ctx.call('GetAccountSettings', () => ctx.client(m.LambdaClient).send(new m.GetAccountSettingsCommand({})));
      const total = nonNegative(r.AccountLimit?.ConcurrentExecutions);
      const unreserved = nonNegative(r.AccountLimit?.UnreservedConcurrentExecutions);
      if (total === undefined || unreserved === undefined || unreserved > total) {
        const reason = `Lambda GetAccountSettings ${ctx.where} returned no usable AccountLimit (ConcurrentExecutions ${r.AccountLimit?.ConcurrentExecutions ?? 'missing'}, UnreservedConcurrentExecutions ${r.AccountLimit?.UnreservedConcurrentExecutions ?? 'missing'}); reserved concurrency cannot be read`;
        return forAll(items, { value: null, reason });
      }
      return forAll(items, {
        value: total - unreserved,
        note: 'concurrency already reserved (GetAccountSettings ConcurrentExecutions − UnreservedConcurrentExecutions)',
        limit: { value: total, from: 'Lambda GetAccountSettings AccountLimit.ConcurrentExecutions', cap: true },
      });
    }),
};

export const LAMBDA_SOURCES: UsageSource[] = [lambdaConcurrency];
