// The org-wide scan's Service Quotas answers, read with JSON.parse alone. A scan of 1,000 accounts × 17 regions makes
// ~100,000 ListServiceQuotas calls of up to 100 quotas each; the SDK's schema-driven reader copies every quota member
// by member into a new object, about a quarter of the CPU of such a call (measured: `npm run bench:scan`, profile in
// the issue note). For an awsJson1_1 output made only of strings, numbers, booleans, lists, maps and structures, the
// parsed JSON already is that object: awsJson uses the member names as JSON keys (no jsonName,
// https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html) and only timestamps, blobs, documents and big
// numbers need converting. test/aws/plain-json.test.ts checks that on the SDK's own schemas, so a model change that
// adds such a member fails the build instead of reading it wrong; `npm run bench:call` measures the saving.
//
// The protocol is the SDK's own (the client's `protocol` setting): requests, signing, retries and errors are
// unchanged; only a 2xx answer of a listed operation skips the copy. Anything else — an error, another operation, a
// body that is not JSON or holds a non-finite number — goes through the SDK's reader as before; JSON that is not an
// object is a deserialization error (the SDK would read it as an empty page). Two differences remain, both harmless
// to the readers (src/aws/common.ts walkServiceQuotas, src/aws/scan-readings.ts use `??`, `?.` and typeof checks): a
// member sent as null stays null (the SDK leaves it out), and a key the model does not know is kept.
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
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      let data: unknown;
      // Smithy JSON writes the non-finite doubles as the strings "NaN", "Infinity", "-Infinity", which the SDK's reader
      // turns into numbers: such a body is left to it (a string merely ending so, too: that only costs time).
      if (!text.includes('NaN"') && !text.includes('Infinity"')) {
        try {
          data = text.trim() ? JSON.parse(text) : {};
        } catch {
          data = undefined;
        }
      }
      if (data === undefined) {
        // Not JSON, or special numbers: the SDK's reader reads or reports it as it always does (the body is handed
        // back already read).
        response.body = bytes;
        return super.deserializeResponse<Output>(operationSchema, context, response);
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        // JSON but not an object (null, [], a number): the SDK's reader would make it an empty page, which reads as
        // "no applied value" — a garbled answer must not pass for that. The SDK's deserializer step marks the error
        // as a deserialization error and attaches the response, as for any body it cannot read.
        throw new Error(`the answer to ${operationSchema.name} is JSON but not an object`);
      }
      return Object.assign(data, { $metadata: this.deserializeMetadata(response) }) as Output;
    }
  };
}

/** The Service Quotas operations the scan reads in bulk (src/aws/scan-readings.ts). */
export const SERVICE_QUOTAS_LISTS = ['ListServiceQuotas', 'ListAWSDefaultServiceQuotas'] as const;

/** The scan's Service Quotas protocol: its two list operations read with JSON.parse. */
export const ServiceQuotasListsProtocol = plainJsonProtocol(SERVICE_QUOTAS_LISTS);
