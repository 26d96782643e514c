// The catalog is complete for what the mappings emit, and every row carries what a usage source needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUOTAS } from '../../src/quotas/catalog.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/quotas');

describe('quota catalog', () => {
  test('every row has service code, quota code, name, default, scope, unit and source', () => {
    const bad = [...QUOTAS.values()].filter(
      (q) =>
        !/^[a-z0-9-]+$/.test(q.serviceCode) ||
        !/^L-[0-9A-F]{8}$/.test(q.quotaCode) ||
        !q.name ||
        !Number.isFinite(q.defaultValue) ||
        q.defaultValue < 0 ||
        !['region', 'az', 'vpc', 'resource'].includes(q.scope) ||
        !q.unit ||
        !q.source,
    );
    expect(bad).toEqual([]);
  });

  test('every quota code the mappings name is in the catalog (else its requirement would have no name or service)', () => {
    const files = ['terraform-resources.ts', 'cloudformation-resources.ts', 'config-resources.ts', 'consumers.ts'];
    const named = new Set(files.flatMap((f) => readFileSync(path.join(SRC, f), 'utf8').match(/L-[0-9A-F]{8}/g) ?? []));
    expect(named.size).toBeGreaterThan(100);
    expect([...named].filter((code) => !QUOTAS.has(code))).toEqual([]);
  });
});
