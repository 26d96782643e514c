// The clients' SHA-256 (src/aws/sha256.ts) must hash and sign exactly as the SDK's own Node hash does.
import { Sha256 as SdkSha256 } from '@smithy/core/checksum';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '../../src/aws/sha256.js';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

async function both(secret: string | Uint8Array | undefined, chunks: string[]): Promise<[string, string]> {
  const ours = new Sha256(secret);
  const sdk = new SdkSha256(secret);
  for (const c of chunks) {
    ours.update(bytes(c));
    sdk.update(bytes(c));
  }
  return [hex(await ours.digest()), hex(await sdk.digest())];
}

describe('Sha256', () => {
  it.each([
    ['a plain hash', undefined],
    ['an empty-string secret (a plain hash, as with the SDK)', ''],
    ['a string secret', 'AWS4wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['a byte secret', bytes('0123456789abcdef0123456789abcdef')],
    ['an empty byte secret', new Uint8Array(0)],
  ])('gives the SDK’s digest for %s', async (_, secret) => {
    for (const chunks of [[], [''], ['abc'], ['ab', 'c', 'x'.repeat(10_000)]]) {
      const [ours, sdk] = await both(secret, chunks);
      expect(ours).toBe(sdk);
    }
  });

  it('known answers (FIPS 180-2 and RFC 4231 test case 2)', async () => {
    const plain = new Sha256();
    plain.update(bytes('abc'));
    expect(hex(await plain.digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const hmac = new Sha256('Jefe');
    hmac.update(bytes('what do ya want for nothing?'));
    expect(hex(await hmac.digest())).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('a plain hash can be read twice; an HMAC is finished until reset', async () => {
    const plain = new Sha256();
    plain.update(bytes('abc'));
    const first = hex(await plain.digest());
    expect(hex(await plain.digest())).toBe(first);
    const hmac = new Sha256('key');
    hmac.update(bytes('abc'));
    const mac = hex(await hmac.digest());
    expect(() => hmac.update(bytes('more'))).toThrow('Attempted to update an already finished hash.');
    hmac.reset();
    hmac.update(bytes('abc'));
    expect(hex(await hmac.digest())).toBe(mac);
  });

  it('SigV4 signs a request identically with either hash', async () => {
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: 'token' };
    const request = () => ({
      method: 'POST',
      protocol: 'https:',
      hostname: 'servicequotas.eu-west-1.amazonaws.com',
      path: '/',
      query: {},
      headers: { host: 'servicequotas.eu-west-1.amazonaws.com', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'ServiceQuotasV20190624.ListServiceQuotas' },
      body: JSON.stringify({ ServiceCode: 'ec2', MaxResults: 100 }),
    });
    const signingDate = new Date('2026-12-01T12:00:00Z');
    const sign = (sha256: typeof Sha256) => new SignatureV4({ service: 'servicequotas', region: 'eu-west-1', credentials, sha256 }).sign(request(), { signingDate });
    const [ours, sdk] = await Promise.all([sign(Sha256), sign(SdkSha256 as unknown as typeof Sha256)]);
    expect(ours.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261201\/eu-west-1\/servicequotas\/aws4_request, SignedHeaders=.*, Signature=[0-9a-f]{64}$/);
    expect(ours.headers.authorization).toBe(sdk.headers.authorization);
  });
});
