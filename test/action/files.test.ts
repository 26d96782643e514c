// The file inputs' globs are bounded: a pattern matching a whole checkout fails fast with the cap named.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveFiles, MAX_GLOB_FILES } from '../../src/action/files.js';
import { InputValueError } from '../../src/inputs/value-error.js';
import type { ActionConfig } from '../../src/action/inputs.js';

describe('file inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'qg-glob-'));
    for (let i = 0; i <= MAX_GLOB_FILES; i++) writeFileSync(path.join(dir, `t${i}.yaml`), 'Resources: {}\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const config = (pattern: string): ActionConfig => ({ plans: [], templates: [pattern], changesets: [], configs: [], workingDirectory: dir } as unknown as ActionConfig);

  test('a glob matching more files than the cap is refused', async () => {
    await expect(resolveFiles(config('*.yaml'))).rejects.toThrow(new InputValueError(`Input 'template': '*.yaml' matches more than ${MAX_GLOB_FILES} files (the cap); narrow the pattern`));
  });

  test('under the cap every match is read, sorted', async () => {
    const files = await resolveFiles(config('t1?.yaml'));
    expect(files.map((f) => path.basename(f.path))).toEqual(Array.from({ length: 10 }, (_, i) => `t1${i}.yaml`));
  });
});
