// Plan JSON carries no source lines, so an annotation on `plan.json` says little. This finds where a plan address is
// written in the `.tf` files: `module.app[0].module.db.aws_db_instance.main["a"]` → module path `module.app.module.db`
// → follow each local module `source` from the working directory → the `resource "aws_db_instance" "main"` line.
// Registry and git modules are not on disk here: those fall back to the plan file (undefined).
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

function blockKey(mode: ParsedAddress['mode'], type: string, name: string): string {
  return `${mode === 'data' ? 'data.' : ''}${type}.${name}`;
}

/**
 * The 1-based line of every `resource "type" "name" {` and `data "type" "name" {` block header in one `.tf` file,
 * keyed `type.name` / `data.type.name`. Headers inside `/* … *\/` comments and heredocs are ignored; `#` and `//`
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
      if (m) {
        const key = blockKey(m[1] === 'data' ? 'data' : 'managed', m[2], m[3]);
        if (!found.has(key)) found.set(key, index + 1);
      }
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

/**
 * A `Locate` for the sources of one Terraform plan: `workingDirectory` is the root module (where `terraform plan`
 * ran), `moduleSources` the plan's `module.a.module.b` → `source` map (`ParsedInput.moduleSources`). Directory
 * scans are cached. Returns undefined (use the plan file) when the module is not local, the block is not found, or
 * the file lies outside `repoRoot`.
 */
export function terraformLocator(workingDirectory: string, moduleSources: Record<string, string> = {}, options: TerraformLocatorOptions = {}): Locate {
  const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
  const root = path.resolve(repoRoot, workingDirectory);
  const readDir = options.readDir ?? ((dir: string) => readdirSync(dir));
  const readFile = options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  const planFile = options.planFile === undefined ? undefined : path.resolve(repoRoot, options.planFile);
  const scans = new Map<string, Map<string, { file: string; line: number }>>();

  function directoryOf(modulePath: string): string | undefined {
    let dir = root;
    if (!modulePath) return dir;
    const parts = modulePath.split('.');
    for (let i = 2; i <= parts.length; i += 2) {
      const source = moduleSources[parts.slice(0, i).join('.')];
      if (source === undefined || !isLocalSource(source)) return undefined;
      dir = path.resolve(dir, source.replace(/\\/g, '/'));
    }
    return dir;
  }

  function scan(dir: string): Map<string, { file: string; line: number }> {
    const cached = scans.get(dir);
    if (cached) return cached;
    const blocks = new Map<string, { file: string; line: number }>();
    let names: string[] = [];
    try {
      names = readDir(dir);
    } catch {
      // missing directory: nothing found
    }
    // Definitions in `*_override.tf` merge into the original block: point at the original.
    const isOverride = (n: string) => n === 'override.tf' || n.endsWith('_override.tf');
    const files = names.filter((n) => n.endsWith('.tf')).sort((a, b) => Number(isOverride(a)) - Number(isOverride(b)) || a.localeCompare(b));
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

  return (source: Source) => {
    if (planFile !== undefined && path.resolve(repoRoot, source.file) !== planFile) return undefined;
    const parsed = parseAddress(source.address);
    if (!parsed) return undefined;
    const dir = directoryOf(parsed.modulePath);
    if (!dir) return undefined;
    const hit = scan(dir).get(blockKey(parsed.mode, parsed.type, parsed.name));
    if (!hit) return undefined;
    const rel = path.relative(repoRoot, hit.file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return { file: rel.split(path.sep).join('/'), line: hit.line };
  };
}
