// EventBridge rules per event bus (L-244521F2) and targets per rule (L-388D1D08): ListRules of each existing bus the plan adds rules to, Limit 1–100,
// NextToken (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListRules.html); a rule without a bus is
// on the "default" bus, which every account has.
import type * as Events from '@aws-sdk/client-eventbridge';
import { countPages, counted, forAll, guarded, parentIds, type Usage, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Events> => import('@aws-sdk/client-eventbridge');

/** A bus name from a name or an ARN (arn:aws:events:REGION:ACCOUNT:event-bus/NAME). */
const busName = (id: string) => (id.startsWith('arn:') ? id.slice(id.lastIndexOf('/') + 1) : id);

export const rulesPerBus: UsageSource = {
  name: 'events.rules-per-bus',
  counts: { 'L-244521F2': ['resource'] },
  calls: [{ api: 'ListRules', action: 'events:ListRules', doc: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListRules.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const got = await guarded(ctx, mine, 'events:ListRules', async () => {
          const m = await sdk();
          const walk = await countPages(ctx, 'ListRules', (NextToken) => ctx.client(m.EventBridgeClient).send(new m.ListRulesCommand({ EventBusName: busName(id), Limit: 100, NextToken })), (p) => p.NextToken, (p) => p.Rules);
          return forAll(mine, counted(walk.items.length, walk.complete, `rules on the ${busName(id)} bus`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

/**
 * A rule's bus and name from its id: a name (the default bus), Terraform's `BUS/NAME` (aws_cloudwatch_event_rule `id`
 * on another bus, as its import id), `BUS|NAME` (the bus|rule form CloudFormation ids use) or its ARN
 * (arn:aws:events:REGION:ACCOUNT:rule/[BUS/]NAME). Neither a bus nor a rule name may hold `|` (API_Rule.html patterns).
 */
function ruleOf(id: string): { bus: string; rule: string } {
  const path = id.startsWith('arn:') ? id.slice(id.indexOf(':rule/') + ':rule/'.length) : id;
  const parts = path.split(/[|/]/);
  return parts.length >= 2 ? { bus: parts.slice(0, -1).join('/'), rule: parts[parts.length - 1]! } : { bus: 'default', rule: path };
}

/** Targets of each existing rule the plan adds targets to: ListTargetsByRule, Limit 1–100, NextToken (API_ListTargetsByRule.html). */
export const targetsPerRule: UsageSource = {
  name: 'events.targets-per-rule',
  counts: { 'L-388D1D08': ['resource'] },
  calls: [{ api: 'ListTargetsByRule', action: 'events:ListTargetsByRule', doc: 'https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_ListTargetsByRule.html' }],
  read: async (ctx, items) => {
    const out = new Map<string, Usage>();
    await Promise.all(
      parentIds(items).map(async (id) => {
        const mine = items.filter((i) => i.parent!.id === id);
        const { bus, rule } = ruleOf(id);
        const got = await guarded(ctx, mine, 'events:ListTargetsByRule', async () => {
          const m = await sdk();
          const walk = await countPages(ctx, 'ListTargetsByRule', (NextToken) => ctx.client(m.EventBridgeClient).send(new m.ListTargetsByRuleCommand({ Rule: rule, EventBusName: bus, Limit: 100, NextToken })), (p) => p.NextToken, (p) => p.Targets);
          return forAll(mine, counted(walk.items.length, walk.complete, `targets of rule ${rule}`));
        });
        for (const [k, v] of got) out.set(k, v);
      }),
    );
    return out;
  },
};

export const EVENTS_SOURCES: UsageSource[] = [rulesPerBus, targetsPerRule];
