// Plan JSON carries no source lines, so an annotation on `plan.json` says little. This finds where a plan address is
// written in the `.tf` files: `module.app[0].module.db.aws_db_instance.main["a"]` → module path `module.app.module.db`
// → follow each local module `source` from the plan's Terraform root (where `terraform plan` ran, `-chdir` included)
// → the `resource "aws_db_instance" "main"` line. Registry and git modules are not in the repository: a resource in
// one is placed at the `module "…"` call that brings it in. Terragrunt runs Terraform in a copy of the module under
// `.terragrunt-cache/<hash>/<hash>/`, which is not in the repository either: a file there is mapped back to the
// module in the repository when terragrunt.hcl's `terraform { source }` is a local path, else to that `source` line.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Source } from '../model.js';
import type { Locate } from '../report/annotations.js';

export type ReadDir = (dir: string) => string[];
export type ReadFile = (file: string) => string;

export interface TerraformLocatorOptions {
  /** Paths are returned relative to this (GitHub wants repository-relative paths). Default `process.cwd()`. */
  repoRoot?: string;
  /** Only sources whose `file` is this plan file are looked up (others go to their own file/line). */
  planFile?: string;
  /** Lists the names in a directory; default `fs.readdirSync`. */
  readDir?: ReadDir;
  /** Reads a UTF-8 file; default `fs.readFileSync(…, 'utf8')`. */
  readFile?: ReadFile;
}

export interface ParsedAddress {
  /** `module.a.module.b`, or '' for the root module. */
  modulePath: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
}

/** Splits an address on dots outside `[...]` instance keys (which may hold quoted strings with dots or brackets). */
function segments(address: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (c === '[') {
      // Skip the instance key, quoted or not.
      i++;
      while (i < address.length && address[i] !== ']') {
        if (address[i] === '"') {
          i++;
          while (i < address.length && address[i] !== '"') i += address[i] === '\\' ? 2 : 1;
        }
        i++;
      }
      if (i >= address.length) return undefined;
    } else if (c === '.') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Terraform resource types are `provider_kind`: this keeps CloudFormation ids and deploy-config paths out. */
const RESOURCE_TYPE = /^[a-z][a-z0-9]*_[a-z0-9_]+$/;

/** `module.app[0].data.aws_ami.x` → `{ modulePath: 'module.app', mode: 'data', type: 'aws_ami', name: 'x' }`. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const parts = segments(address.trim());
  if (!parts || parts.some((p) => !IDENT.test(p))) return undefined;
  const modules: string[] = [];
  let i = 0;
  while (parts[i] === 'module' && i + 1 < parts.length) {
    modules.push(`module.${parts[i + 1]}`);
    i += 2;
  }
  let mode: ParsedAddress['mode'] = 'managed';
  if (parts[i] === 'data') {
    mode = 'data';
    i++;
  }
  if (parts.length - i !== 2) return undefined;
  const [type, name] = parts.slice(i);
  if (!RESOURCE_TYPE.test(type)) return undefined;
  return { modulePath: modules.join('.'), mode, type, name };
}

const BLOCK_HEADER = /^\s*(resource|data)\s+"([^"\\]+)"\s+"([^"\\]+)"\s*\{/;
const MODULE_HEADER = /^\s*module\s+"([^"\\]+)"\s*\{/;

function blockKey(mode: ParsedAddress['mode'], type: string, name: string): string {
  return `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}

/**
 * The 1-based line of every `resource "type" "name" {`, `data "type" "name" {` and `module "name" {` block header in
 * one `.tf` file, keyed `type.name` / `data.type.name` / `module.name`. Headers inside `/* … *\/` comments and heredocs are ignored; `#` and `//`
 * comments cannot precede a header on its line, so they need no special case.
 */
export function findBlocks(text: string): Map<string, number> {
  const found = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  let inComment = false;
  let heredoc: string | undefined;
  lines.forEach((raw, index) => {
    if (heredoc !== undefined) {
      if (raw.trim() === heredoc) heredoc = undefined;
      return;
    }
    let rest = raw;
    if (inComment) {
      const close = raw.indexOf('*/');
      if (close < 0) return;
      inComment = false;
      rest = raw.slice(close + 2); // a header right after `*/` on the same line is too odd to look for
    } else {
      const m = BLOCK_HEADER.exec(raw);
      const mod = m ? undefined : MODULE_HEADER.exec(raw);
      const key = m ? blockKey(m[1] === 'data' ? 'data' : 'managed', m[2], m[3]) : mod ? `module.${mod[1]}` : undefined;
      if (key !== undefined && !found.has(key)) found.set(key, index + 1);
    }
    const state = scanLine(rest);
    inComment = state.opensComment;
    heredoc = state.heredoc;
  });
  return found;
}

/** Whether a line leaves a block comment open or starts a heredoc, skipping strings and line comments. */
function scanLine(line: string): { opensComment: boolean; heredoc?: string } {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '#' || (c === '/' && line[i + 1] === '/')) return { opensComment: false };
    else if (c === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end < 0) return { opensComment: true };
      i = end + 1;
    } else if (c === '<' && line[i + 1] === '<') {
      const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)\s*$/.exec(line.slice(i));
      if (m) return { opensComment: false, heredoc: m[1] };
    }
  }
  return { opensComment: false };
}

/** Whether a module `source` is a local path (Terraform only treats `./` and `../` prefixes as local). */
export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source.startsWith('.\\') || source.startsWith('..\\');
}

/** terragrunt.hcl's `terraform { source = "…" }`: its line, and for a local path the module's folder in the repository. */
export interface TerragruntSource {
  line: number;
  /** The folder Terragrunt copies (the part before `//`), when the source is a plain local path. */
  base?: string;
  /** The module's own folder (`base` + the part after `//`), when the source is a plain local path. */
  module?: string;
}

/** Reads `source` of the `terraform` block of a terragrunt.hcl text; undefined when there is none. */
export function terragruntSource(text: string): { line: number; value: string } | undefined {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => /^\s*terraform\s*\{/.test(l));
  if (start < 0) return undefined;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\}/.test(lines[i])) return undefined; // end of the terraform block
    const m = /^\s*source\s*=\s*"([^"]*)"/.exec(lines[i]);
    if (m) return { line: i + 1, value: m[1] };
  }
  return undefined;
}

const TERRAGRUNT_CACHE = /^(.*?)[/\\]\.terragrunt-cache[/\\][^/\\]+[/\\][^/\\]+(?:[/\\](.*))?$/;

/**
 * A `Locate` for the sources of one Terraform plan: `terraformRoot` is the root module (where `terraform plan` ran,
 * `-chdir` included; a Terragrunt unit's folder works too), `moduleSources` the plan's `module.a.module.b` → `source`
 * map (`ParsedInput.moduleSources`). Directory scans are cached. Returns undefined (use the plan file) when the block
 * is not found or the file lies outside `repoRoot`.
 */
export function terraformLocator(terraformRoot: string, moduleSources: Record<string, string> = {}, options: TerraformLocatorOptions = {}): Locate {
  const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
  const root = path.resolve(repoRoot, terraformRoot);
  const readDir = options.readDir ?? ((dir: string) => readdirSync(dir));
  const readFile = options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  const planFile = options.planFile === undefined ? undefined : path.resolve(repoRoot, options.planFile);
  const scans = new Map<string, Map<string, { file: string; line: number }>>();
  const units = new Map<string, TerragruntSource | undefined>();
  const listings = new Map<string, string[]>();

  function list(dir: string): string[] {
    let names = listings.get(dir);
    if (names) return names;
    try {
      names = readDir(dir);
    } catch {
      names = []; // missing directory: nothing found
    }
    listings.set(dir, names);
    return names;
  }

  function terragrunt(unit: string): TerragruntSource | undefined {
    if (units.has(unit)) return units.get(unit);
    let found: TerragruntSource | undefined;
    try {
      const src = terragruntSource(readFile(path.join(unit, 'terragrunt.hcl')));
      if (src) {
        found = { line: src.line };
        if (isLocalSource(src.value) && !src.value.includes('${')) {
          const [base, sub] = src.value.split('//');
          found.base = path.resolve(unit, base);
          found.module = path.resolve(found.base, sub ?? '');
        }
      }
    } catch {
      found = undefined; // no terragrunt.hcl
    }
    units.set(unit, found);
    return found;
  }

  /** Where the root module's code is: the root, or for a Terragrunt unit with no .tf files, its local module. */
  const code = ((): { dir: string } | { unit: string; line: number } => {
    if (list(root).some((n) => n.endsWith('.tf'))) return { dir: root };
    const tg = terragrunt(root);
    if (!tg) return { dir: root };
    return tg.module ? { dir: tg.module } : { unit: root, line: tg.line };
  })();

  /** The folder a module's blocks are in, or the `module "…"` call that brings in a module not in the repository. */
  function resolveModule(modulePath: string): { dir: string; key?: string } | undefined {
    if (!('dir' in code)) return undefined;
    let dir = code.dir;
    if (!modulePath) return { dir };
    const parts = modulePath.split('.');
    for (let i = 2; i <= parts.length; i += 2) {
      const source = moduleSources[parts.slice(0, i).join('.')];
      if (source === undefined || !isLocalSource(source)) return { dir, key: `module.${parts[i - 1]}` };
      dir = path.resolve(dir, source.replace(/\\/g, '/'));
    }
    return { dir };
  }

  function scan(dir: string): Map<string, { file: string; line: number }> {
    const cached = scans.get(dir);
    if (cached) return cached;
    const blocks = new Map<string, { file: string; line: number }>();
    // Definitions in `*_override.tf` merge into the original block: point at the original.
    const isOverride = (n: string) => n === 'override.tf' || n.endsWith('_override.tf');
    const files = list(dir).filter((n) => n.endsWith('.tf')).sort((a, b) => Number(isOverride(a)) - Number(isOverride(b)) || a.localeCompare(b));
    for (const name of files) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = readFile(file);
      } catch {
        continue; // unreadable, or a directory named *.tf
      }
      for (const [key, line] of findBlocks(text)) if (!blocks.has(key)) blocks.set(key, { file, line });
    }
    scans.set(dir, blocks);
    return blocks;
  }

  /** A file in a `.terragrunt-cache` copy → the same file of the module in the repository, else the unit's source line. */
  function outOfCache(hit: { file: string; line: number }): { file: string; line: number } | undefined {
    const m = TERRAGRUNT_CACHE.exec(hit.file);
    if (!m) return hit;
    const tg = terragrunt(m[1]);
    if (!tg) return undefined;
    if (tg.base !== undefined && m[2] !== undefined) {
      const original = path.resolve(tg.base, m[2]);
      try {
        readFile(original);
        return { file: original, line: hit.line };
      } catch {
        // generated by Terragrunt (`generate` blocks): not in the repository
      }
    }
    return { file: path.join(m[1], 'terragrunt.hcl'), line: tg.line };
  }

  return (source: Source) => {
    if (planFile !== undefined && path.resolve(repoRoot, source.file) !== planFile) return undefined;
    const parsed = parseAddress(source.address);
    if (!parsed) return undefined;
    let hit: { file: string; line: number } | undefined;
    if ('unit' in code) hit = { file: path.join(code.unit, 'terragrunt.hcl'), line: code.line };
    else {
      const mod = resolveModule(parsed.modulePath);
      if (!mod) return undefined;
      hit = scan(mod.dir).get(mod.key ?? blockKey(parsed.mode, parsed.type, parsed.name));
    }
    hit = hit && outOfCache(hit);
    if (!hit) return undefined;
    const rel = path.relative(repoRoot, hit.file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return { file: rel.split(path.sep).join('/'), line: hit.line };
  };
}

/**
 * The Terraform root of a plan when none is given: the plan file's folder when it holds `.tf` files or a
 * terragrunt.hcl (`terraform -chdir=infra show -json > infra/plan.json`), else `fallback` (the working directory).
 */
export function defaultTerraformRoot(planFile: string, fallback: string, readDir: ReadDir = (dir) => readdirSync(dir)): string {
  const dir = path.dirname(planFile);
  let names: string[] = [];
  try {
    names = readDir(dir);
  } catch {
    names = [];
  }
  return names.some((n) => n.endsWith('.tf') || n === 'terragrunt.hcl') ? dir : fallback;
}
