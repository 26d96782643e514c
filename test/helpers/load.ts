// Test helpers: read fixtures under test/fixtures and index requirements for assertions.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { InputError } from '../../src/model.js';
import type { Requirement, ResourceChange } from '../../src/model.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** `region quotaCode scope` → requirement, for compact assertions. */
export function byKey(requirements: Requirement[]): Record<string, Requirement> {
  return Object.fromEntries(requirements.map((r) => [`${r.region} ${r.quotaCode} ${r.scope}`, r]));
}

export function byAddress(changes: ResourceChange[], address: string): ResourceChange {
  const c = changes.find((x) => x.address === address);
  if (!c) throw new Error(`no change ${address} among ${changes.map((x) => x.address).join(', ')}`);
  return c;
}

/** The InputError `fn` throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}
