// Test helpers: read fixtures under test/fixtures and index requirements for assertions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Requirement } from '../../src/model.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** `region quotaCode scope` → requirement, for compact assertions. */
export function byKey(requirements: Requirement[]): Record<string, Requirement> {
  return Object.fromEntries(requirements.map((r) => [`${r.region} ${r.quotaCode} ${r.scope}`, r]));
}
