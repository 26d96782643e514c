// Points the real SDK clients at a fake AWS: AWS_ENDPOINT_URL and dummy credentials, nothing from ~/.aws, no
// instance metadata. `restore()` puts the environment back.
import { startFakeAws, type FakeAws, type FakeSeed } from './server.mjs';
import type { Requirement } from '../../src/model.js';

const KEYS = [
  'AWS_ENDPOINT_URL',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
  'AWS_MAX_ATTEMPTS',
  'AWS_RETRY_MODE',
];

export interface FakeEnv {
  fake: FakeAws;
  restore(): Promise<void>;
}

export async function useFakeAws(seed: FakeSeed, options: { credentials?: boolean } = {}): Promise<FakeEnv> {
  const fake = await startFakeAws(seed);
  const saved = new Map<string, string | undefined>();
  const endpointKeys = Object.keys(process.env).filter((k) => k.startsWith('AWS_ENDPOINT_URL_'));
  for (const k of [...KEYS, ...endpointKeys]) {
    saved.set(k, process.env[k]);
    delete process.env[k];
  }
  process.env.AWS_ENDPOINT_URL = fake.url;
  process.env.AWS_CONFIG_FILE = '/nonexistent/quota-guard-test-config';
  process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/quota-guard-test-credentials';
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  if (options.credentials !== false) {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
    process.env.AWS_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  }
  return {
    fake,
    async restore() {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await fake.close();
    },
  };
}

/** A requirement with defaults, for tests. */
export function req(partial: Partial<Requirement> & Pick<Requirement, 'region' | 'serviceCode' | 'quotaCode'>): Requirement {
  return { account: null, quotaName: partial.quotaCode, scope: 'region', required: 1, unknowns: [], sources: [], ...partial };
}

/** Calls per operation, optionally only in one region. */
export function callCounts(fake: FakeAws, region?: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of fake.calls) if (!region || c.region === region) out[c.operation] = (out[c.operation] ?? 0) + 1;
  return out;
}
