// Where each source of a report is written down, for annotations, the PR comment's links and SARIF: Terraform plan
// addresses → `.tf` lines (terraform-locations.ts), CDK templates → the construct and the app's line
// (cdk-locations.ts); anything else keeps its own file and line.
import path from 'node:path';
import type { ParsedInput } from '../model.js';
import type { Locate } from '../report/annotations.js';
import { cdkLocator } from './cdk-locations.js';
import { defaultTerraformRoot, terraformLocator } from './terraform-locations.js';
import type { ReadDir, ReadFile } from './terraform-locations.js';

export interface LocateOptions {
  /** The folder the input paths and `terraformRoot` are relative to (the action's `working-directory`). */
  workingDirectory: string;
  /** The Terraform root every plan was made in (`terraform-root`); default: each plan's folder when it holds `.tf` files, else `workingDirectory`. */
  terraformRoot?: string;
  /** Paths come out relative to this; default the current directory (the repository on a runner). */
  repoRoot?: string;
  readDir?: ReadDir;
  readFile?: ReadFile;
}

export function locatorFor(inputs: ParsedInput[], o: LocateOptions): Locate {
  const repoRoot = path.resolve(o.repoRoot ?? process.cwd());
  const io = { repoRoot, ...(o.readDir ? { readDir: o.readDir } : {}), ...(o.readFile ? { readFile: o.readFile } : {}) };
  const byFile = new Map<string, Locate>();
  const cdk = cdkLocator(io);
  for (const input of inputs) {
    const file = path.resolve(repoRoot, input.file);
    if (input.format === 'terraform') {
      const root = o.terraformRoot !== undefined ? path.resolve(repoRoot, o.workingDirectory, o.terraformRoot) : defaultTerraformRoot(file, path.resolve(repoRoot, o.workingDirectory), o.readDir);
      byFile.set(file, terraformLocator(root, input.moduleSources ?? {}, { ...io, planFile: file }));
    } else if (input.format === 'cloudformation') byFile.set(file, cdk);
  }
  return (source) => byFile.get(path.resolve(repoRoot, source.file))?.(source);
}
