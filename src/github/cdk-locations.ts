// CDK synthesises templates into cdk.out/, which is generated (and usually not committed): an annotation there helps
// nobody. A resource's construct path comes from the template's `aws:cdk:path` metadata (written by default) or
// cdk.out/manifest.json (`aws:cdk:logicalId` entries keyed by construct path); the line of the app that created it
// from the stack trace CDK records with that entry when synthesised with `cdk synth --debug` / CDK_DEBUG=true
// (entry `trace`, or an `aws:cdk:trace` entry) — the first frame in the repository outside node_modules.
// Cloud assembly manifest schema: https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/cloud-assembly-schema/schema/cloud-assembly.schema.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../model.js';
import type { Locate, Place } from '../report/annotations.js';
import type { ReadFile } from './terraform-locations.js';

interface MetadataEntry {
  type?: unknown;
  data?: unknown;
  trace?: unknown;
}

interface StackInfo {
  /** Logical id → construct path from the template. */
  paths: Map<string, string>;
  /** Logical id → construct path and trace from the manifest. */
  manifest: Map<string, { path: string; trace: string[] }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function readJson(readFile: ReadFile, file: string): unknown {
  try {
    return JSON.parse(readFile(file));
  } catch {
    return undefined; // not there, or not JSON: no CDK information
  }
}

/** `/AppStack/Workers/ASG/Resource` → `AppStack/Workers/ASG`. */
function constructPath(key: string): string {
  return key.replace(/^\//, '').replace(/\/(Resource|Default)$/, '');
}

function traceOf(entries: MetadataEntry[]): string[] {
  const frames: string[] = [];
  for (const e of entries) {
    if (Array.isArray(e.trace)) frames.push(...e.trace.filter((f): f is string => typeof f === 'string'));
    if (e.type === 'aws:cdk:trace') {
      if (Array.isArray(e.data)) frames.push(...e.data.filter((f): f is string => typeof f === 'string'));
      else if (typeof e.data === 'string') frames.push(...e.data.split('\n'));
    }
  }
  return frames;
}

function stackInfo(template: string, readFile: ReadFile): StackInfo {
  const info: StackInfo = { paths: new Map(), manifest: new Map() };
  const doc = readJson(readFile, template);
  const resources = isObject(doc) && isObject(doc.Resources) ? doc.Resources : {};
  for (const [id, res] of Object.entries(resources)) {
    const p = isObject(res) && isObject(res.Metadata) ? res.Metadata['aws:cdk:path'] : undefined;
    if (typeof p === 'string') info.paths.set(id, constructPath(p));
  }
  const manifest = readJson(readFile, path.join(path.dirname(template), 'manifest.json'));
  const artifacts = isObject(manifest) && isObject(manifest.artifacts) ? manifest.artifacts : {};
  for (const artifact of Object.values(artifacts)) {
    if (!isObject(artifact) || !isObject(artifact.properties) || artifact.properties.templateFile !== path.basename(template)) continue;
    const metadata = isObject(artifact.metadata) ? artifact.metadata : {};
    for (const [key, value] of Object.entries(metadata)) {
      if (!Array.isArray(value)) continue;
      const entries = value.filter(isObject) as MetadataEntry[];
      for (const e of entries) {
        if (e.type === 'aws:cdk:logicalId' && typeof e.data === 'string') info.manifest.set(e.data, { path: constructPath(key), trace: traceOf(entries) });
      }
    }
  }
  return info;
}

/** `new Bucket (/repo/lib/stack.ts:12:5)`, `at /repo/bin/app.ts:7:1`, `file:///repo/lib/stack.mjs:3:9` → path and line. */
export function parseFrame(frame: string): { file: string; line: number } | undefined {
  const m = /\(([^()]+):(\d+):\d+\)\s*$/.exec(frame) ?? /(?:^|\s)(?:at\s+)?((?:file:\/\/)?[^\s()]+):(\d+):\d+\s*$/.exec(frame.trim());
  if (!m) return undefined;
  let file = m[1];
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  const line = Number(m[2]);
  return line > 0 ? { file, line } : undefined;
}

/**
 * A `Locate` for CloudFormation templates that CDK wrote: the construct path as the label, and the app's source line
 * from the recorded stack trace; without a trace, the template's own place. Undefined for other templates.
 */
export function cdkLocator(options: { repoRoot?: string; readFile?: ReadFile } = {}): Locate {
  const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
  const readFile = options.readFile ?? ((file: string) => readFileSync(file, 'utf8'));
  const stacks = new Map<string, StackInfo>();

  function inRepo(file: string): string | undefined {
    if (!path.isAbsolute(file) || /[/\\]node_modules[/\\]/.test(file)) return undefined;
    const rel = path.relative(repoRoot, file);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join('/');
  }

  return (source: Source): Place | undefined => {
    if (!source.file.endsWith('.json')) return undefined; // cdk synth writes JSON templates
    const template = path.resolve(repoRoot, source.file);
    let info = stacks.get(template);
    if (!info) stacks.set(template, (info = stackInfo(template, readFile)));
    const fromManifest = info.manifest.get(source.address);
    const label = info.paths.get(source.address) ?? fromManifest?.path;
    if (!label) return undefined;
    for (const frame of fromManifest?.trace ?? []) {
      const at = parseFrame(frame);
      const file = at && inRepo(at.file);
      if (at && file) return { file, line: at.line, label };
    }
    return { file: source.file, ...(source.line ? { line: source.line } : {}), label };
  };
}
