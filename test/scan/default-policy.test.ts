// action.yml passes `policy: quota-guard.yml` by default: with no such file the scan uses the default policy.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPolicy } from '../../src/scan/options.js';
import { defaultPolicy } from '../../src/scan/policy.js';

describe('scan policy file', () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'qg-policy-'));

  test('the default name, absent: the defaults apply', async () => {
    expect(await loadPolicy('quota-guard.yml', empty, "input 'policy'")).toEqual({ policy: defaultPolicy() });
    expect(await loadPolicy('', empty, "input 'policy'")).toEqual({ policy: defaultPolicy() });
  });

  test('another name, absent: a clear error', async () => {
    await expect(loadPolicy('ops/quotas.yml', empty, "input 'policy'")).rejects.toThrow("input 'policy': file 'ops/quotas.yml' not found");
  });
});
