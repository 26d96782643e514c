// Reads a CloudFormation change set from AWS and returns it as the JSON text `aws cloudformation
// describe-change-set --include-property-values` prints, so that parseChangeSet reads it like a file.
import { CloudFormationClient, DescribeChangeSetCommand } from '@aws-sdk/client-cloudformation';
import type { DescribeChangeSetCommandOutput } from '@aws-sdk/client-cloudformation';
import { CHANGE_SET_ARN, InputError, STACK_AND_NAME } from '../model.js';
import { clientConfig, faultReason, isCode, Limiters, type AwsCallOptions } from './common.js';
import { pages } from './paging.js';

/**
 * Every page of DescribeChangeSet (IncludePropertyValues true, so BeforeContext / AfterContext are there) as one
 * describe-change-set JSON document: the first page's fields, Changes of all pages, no NextToken. The region of an
 * ARN wins over `region`; without either the SDK's default chain (AWS_REGION, profile) decides.
 * Failures are InputErrors naming the reference.
 */
export async function describeChangeSet(ref: string, region: string | undefined, options: AwsCallOptions = {}): Promise<string> {
  const arn = CHANGE_SET_ARN.exec(ref);
  const pair = STACK_AND_NAME.exec(ref);
  if (!arn && !pair) throw new InputError(ref, 'not a change set reference; expected STACK/CHANGE_SET or a change set ARN');
  const target = arn ? { ChangeSetName: ref } : { StackName: pair![1], ChangeSetName: pair![2] };
  const useRegion = arn?.[1] ?? region;
  const client = new CloudFormationClient(clientConfig(useRegion, options));
  const limiters = new Limiters();
  const all: DescribeChangeSetCommandOutput[] = [];
  let where = useRegion ?? 'the default region';
  try {
    where = useRegion ?? (await client.config.region());
    const send = (NextToken: string | undefined) =>
      limiters.schedule(where, 'DescribeChangeSet', () => client.send(new DescribeChangeSetCommand({ ...target, IncludePropertyValues: true, NextToken })));
    // A change set holds at most 2,500 changes (CloudFormation quotas, "resources per template" is 500): 1,000 pages is ample.
    for await (const page of pages(send, (p) => p.NextToken, { operation: 'DescribeChangeSet', maxPages: 1000 })) all.push(page);
  } catch (e) {
    if (isCode(e, 'ChangeSetNotFound', 'ChangeSetNotFoundException')) throw new InputError(ref, `change set not found in ${where}; check the stack and change set names and --region`);
    if (/region is missing/i.test(e instanceof Error ? e.message : '')) {
      throw new InputError(ref, 'no region for the change set; pass --region, set AWS_REGION, or give the change set ARN');
    }
    throw new InputError(ref, `could not read the change set: ${faultReason(e, 'cloudformation:DescribeChangeSet', where)}`);
  } finally {
    client.destroy();
  }
  const { $metadata: _m, NextToken: _t, Changes: _c, ...first } = all[0];
  // Changes first, as the CLI prints it.
  const doc = { Changes: all.flatMap((p) => p.Changes ?? []), ...first };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
