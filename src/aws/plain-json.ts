// The org-wide scan's Service Quotas answers, read with JSON.parse alone. A scan of 1,000 accounts × 17 regions makes
// ~100,000 ListServiceQuotas calls of up to 100 quotas each; the SDK's schema-driven reader copies every quota member
// by member into a new object, about a quarter of the CPU of such a call (measured: `npm run bench:scan`, profile in
// the issue note). For an awsJson1_1 output made only of strings, numbers, booleans, lists, maps and structures, the
// parsed JSON already is that object: awsJson uses the member names as JSON keys (no jsonName,
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html) and only timestamps, blobs, documents and big
// numbers need converting. `plainJsonOperations` checks that from the SDK's own schemas (test/aws/plain-json.test.ts),
// so a model change that adds such a member fails the build instead of reading it wrong.
//
// The protocol is the SDK's own (the client's `protocol` setting): requests, signing, retries and errors are
// unchanged; only a 2xx answer of a listed operation skips the copy. Anything else — an error, another operation, a
// body that is not a JSON object — goes through the SDK's reader as before.
import { AwsJson1_1Protocol } from '@aws-sdk/core/protocols';
import { collectBody } from '@smithy/core/protocols';

import type { HandlerExecutionContext, HttpResponse, MetadataBearer, OperationSchema, SerdeFunctions } from '@smithy/types';

/** An awsJson1_1 protocol that reads the successful answers of `operations` with JSON.parse. */
export function plainJsonProtocol(operations: readonly string[]): typeof AwsJson1_1Protocol {
  const plain = new Set(operations);
  return class PlainJsonProtocol extends AwsJson1_1Protocol {
    override async deserializeResponse<Output extends MetadataBearer>(operationSchema: OperationSchema, context: HandlerExecutionContext & SerdeFunctions, response: HttpResponse): Promise<Output> {
      if (response.statusCode >= 300 || !plain.has(operationSchema.name)) return super.deserializeResponse<Output>(operationSchema, context, response);
      const bytes = await collectBody(response.body, context);
      let data: unknown;
      try {
        data = bytes.byteLength ? JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')) : {};
      } catch {
        data = undefined;
      }
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        // Not a JSON object: the SDK's reader reports it as it always does (the body is handed back already read).
        response.body = bytes;
        return super.deserializeResponse<Output>(operationSchema, context, response);
      }
      return Object.assign(data, { $metadata: this.deserializeMetadata(response) }) as Output;
    }
  };
}

/** The Service Quotas operations the scan reads in bulk (src/aws/scan-readings.ts). */
export const SERVICE_QUOTAS_LISTS = ['ListServiceQuotas', 'ListAWSDefaultServiceQuotas'] as const;

/** The scan's Service Quotas protocol: its two list operations read with JSON.parse. */
export const ServiceQuotasListsProtocol = plainJsonProtocol(SERVICE_QUOTAS_LISTS);
