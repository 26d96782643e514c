// Expands the file inputs (lists with globs, relative to working-directory) into the files to check, and checks that
// the folders named exist.
import * as glob from '@actions/glob';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkParameterNames } from '../inputs/load.js';
import type { InputFile } from '../inputs/load.js';
import type { InputFormat } from '../model.js';
import { InputValueError } from '../inputs/value-error.js';
import type { ActionConfig } from './inputs.js';

const GLOB_CHARS = /[*?[\]{}]/;
/** More input files than any deploy checks at once. */
export const MAX_GLOB_FILES = 500;

export async function resolveFiles(config: ActionConfig): Promise<InputFile[]> {
  const base = path.resolve(config.workingDirectory);
  if (config.terraformRoot !== undefined) {
    const root = path.resolve(base, config.terraformRoot);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new InputValueError(`Input 'terraform-root': folder '${config.terraformRoot}' not found (relative to working-directory '${config.workingDirectory}')`);
    }
  }
  const groups: [string, InputFormat, string[]][] = [
    ['plan', 'terraform', config.plans],
    ['template', 'cloudformation', config.templates],
    ['changeset', 'changeset', config.changesets],
    ['config', 'config', config.configs],
  ];
  const out: InputFile[] = [];
  const withParameters = (format: InputFormat): Pick<InputFile, 'parameters'> => (format === 'cloudformation' && config.parameters ? { parameters: config.parameters } : {});
  for (const [input, format, patterns] of groups) {
    for (const pattern of patterns) {
      const absolute = path.resolve(base, pattern);
      if (!GLOB_CHARS.test(pattern)) {
        const exists = existsSync(absolute);
        // A change set may be named as STACK/NAME or an ARN instead of a file.
        if (!exists && format !== 'changeset') throw new InputValueError(`Input '${input}': file '${pattern}' not found (relative to working-directory '${config.workingDirectory}')`);
        out.push({ format, path: exists ? path.relative(process.cwd(), absolute) : pattern, ...withParameters(format) });
        continue;
      }
      // Bounded: a pattern such as `**/*` over a large checkout must fail fast, not read every file it finds.
      const matches: string[] = [];
      for await (const m of (await glob.create(absolute, { matchDirectories: false })).globGenerator()) {
        if (matches.length === MAX_GLOB_FILES) throw new InputValueError(`Input '${input}': '${pattern}' matches more than ${MAX_GLOB_FILES} files (the cap); narrow the pattern`);
        matches.push(m);
      }
      if (!matches.length) throw new InputValueError(`Input '${input}': no file matches '${pattern}' (relative to working-directory '${config.workingDirectory}')`);
      for (const m of matches.sort()) out.push({ format, path: path.relative(process.cwd(), m), ...withParameters(format) });
    }
  }
  await checkParameterNames(out);
  return out;
}
