// AWS Certificate Manager certificates per Region: ListCertificates (MaxItems 1–1000, NextToken,
// https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html). By default it lists only RSA_1024 and
// RSA_2048 certificates ("Default filtering returns only RSA_1024 and RSA_2048 certificates that have at least one
// domain", API_Filters.html keyTypes), so every key algorithm the SDK knows is asked for.
import type * as Acm from '@aws-sdk/client-acm';
import { countPages, counted, forAll, guarded, type UsageSource } from './source.js';

/** The SDK client, loaded on first use: a check that needs few services starts fast. */
const sdk = (): Promise<typeof Acm> => import('@aws-sdk/client-acm');

export const certificates: UsageSource = {
  name: 'acm.certificates',
  counts: { 'L-F141DD1D': ['region'] },
  calls: [{ api: 'ListCertificates', action: 'acm:ListCertificates', doc: 'https://docs.aws.amazon.com/acm/latest/APIReference/API_ListCertificates.html' }],
  read: (ctx, items) =>
    guarded(ctx, items, 'acm:ListCertificates', async () => {
      const m = await sdk();
      const client = ctx.client(m.ACMClient);
      const keyTypes = Object.values(m.KeyAlgorithm);
      const walk = await countPages(ctx, 'ListCertificates', (NextToken) => client.send(new m.ListCertificatesCommand({ Includes: { keyTypes }, MaxItems: 1000, NextToken })), (p) => p.NextToken, (p) => p.CertificateSummaryList);
      return forAll(items, counted(walk.items.length, walk.complete, 'ACM certificates'));
    }),
};

export const ACM_SOURCES: UsageSource[] = [certificates];
