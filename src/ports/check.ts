// The port of the check (src/check/check.ts): how it reads live values. Declared in the core so that the adapter
// that implements it (liveReader, src/aws/readings.ts) depends on the core, not on the flow that calls it.
import type { QuotaReading, Requirement } from '../model.js';

/** Reads quota values and usage; `planRoles` (account → role ARN) are roles the inputs name, used when the user allows it. */
export type ReadQuotas = (requirements: Requirement[], planRoles?: Readonly<Record<string, string>>) => Promise<Map<string, QuotaReading>>;
