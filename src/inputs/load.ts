// Reads the files a user names and hands each to the parser for its kind.
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { InputError, isChangeSetRef, Unknown } from '../model.js';
import type { InputFormat, ParsedInput } from '../model.js';
import { decodeInput, utf8Text } from '../parsers/input-text.js';
import { PlanStream, parseTerraformPlan, terraformChanges } from '../parsers/terraform-plan.js';
import { parseCloudFormationTemplate, templateParameterNames } from '../parsers/cloudformation-template.js';
import { parseChangeSet } from '../parsers/cloudformation-changeset.js';
import { parseDeployConfig } from '../parsers/deploy-config.js';
import type { ParameterValues } from './parameters.js';

export interface InputFile {
  format: InputFormat;
  path: string;
  /** CloudFormation parameter values the user supplies (templates only); they win over the templates' defaults. */
  parameters?: ParameterValues;
}

function parseInput(text: string, file: string, format: InputFormat, region: string | undefined, parameters?: ParameterValues): ParsedInput {
  const unknownRegion = region ?? new Unknown('no region: pass --region or set AWS_REGION');
  switch (format) {
    case 'terraform':
      return parseTerraformPlan(text, file, { region });
    case 'cloudformation':
      return parseCloudFormationTemplate(text, file, { region: unknownRegion, parameters });
    case 'changeset':
      return parseChangeSet(text, file, { region: unknownRegion });
    case 'config':
      return parseDeployConfig(text, file, { region });
  }
}

/** Reads a change set named as `STACK/CHANGE_SET` or an ARN from AWS (live mode only). */
export type DescribeChangeSet = (ref: string, region: string | undefined) => Promise<string>;

export async function loadInput(input: InputFile, region: string | undefined, describeChangeSet?: DescribeChangeSet): Promise<ParsedInput> {
  if (input.format === 'changeset' && isChangeSetRef(input.path) && !existsSync(input.path)) {
    if (!describeChangeSet) throw new InputError(input.path, 'names a change set in AWS, which cannot be read offline; pass a describe-change-set JSON file instead');
    return parseInput(await describeChangeSet(input.path, region), input.path, 'changeset', region);
  }
  const streamed = input.format === 'terraform' ? streamPlan(input.path) : undefined;
  if (streamed) return parsed(input.path, () => terraformChanges(streamed, input.path, { region }));
  let text: string;
  try {
    text = readText(input.path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(input.path, code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read: ${(err as Error).message}`);
  }
  if (text.length === 0) throw new InputError(input.path, 'the file is empty');
  return parsed(input.path, () => parseInput(text, input.path, input.format, region, input.parameters));
}

function parsed(file: string, parse: () => ParsedInput): ParsedInput {
  try {
    return parse();
  } catch (err) {
    if (err instanceof InputError) throw err;
    // A shape the parser did not expect: still name the file, never a bare stack trace.
    throw new InputError(file, `unexpected content (${(err as Error).message}); set QUOTA_GUARD_DEBUG=1 for details`, { cause: err });
  }
}

/** Read size of a plan read in pieces: large enough that the calls cost nothing, small beside any plan worth it. */
const PIECE = 1 << 20;

/**
 * A Terraform plan read in pieces (PlanStream), so that a large plan's text is never whole in memory; undefined for
 * anything but a readable UTF-8 plan of the usual shape (errors included), which then goes the way of every file.
 */
function streamPlan(path: string): ReturnType<PlanStream['end']> | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined; // readText reports it
  }
  try {
    const bytes = Buffer.allocUnsafe(PIECE);
    const decoder = new StringDecoder('utf8');
    const stream = new PlanStream();
    for (let n: number, first = true; (n = readSync(fd, bytes, 0, PIECE, null)) > 0; first = false) {
      const text = decoder.write(bytes.subarray(0, n));
      if (first && utf8Text(text) === undefined) return undefined;
      stream.push(text);
    }
    stream.push(decoder.end());
    return stream.end();
  } catch {
    // NotStreamable, or the file cannot be read (a directory): the whole-text path words it.
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Refuses supplied parameter values that no template declares: a misspelt key would otherwise leave the default in
 * place, and a condition decided by the default can drop resources from the count. (A key only some of the
 * templates declare is fine: one list of values serves them all, as `aws cloudformation deploy` ignores the rest.)
 */
export async function checkParameterNames(files: readonly InputFile[]): Promise<void> {
  const templates = files.filter((f) => f.format === 'cloudformation' && f.parameters);
  if (!templates.length) return;
  const declared = new Set<string>();
  for (const f of templates) {
    try {
      for (const name of templateParameterNames(readText(f.path), f.path)) declared.add(name);
    } catch {
      // unreadable: loadInput reports it
    }
  }
  const unknown = [...new Set(templates.flatMap((f) => Object.keys(f.parameters!)))].filter((k) => !declared.has(k));
  if (unknown.length) {
    throw new InputError(templates.map((f) => f.path).join(', '), `no template declares the parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} given a value; the declared ones are: ${[...declared].join(', ') || 'none'}`);
  }
}

/**
 * Reads a file as text: as UTF-8, decoded by Node while reading (one read, one decode, and the bytes never sit in
 * memory beside a 150 MB plan's text); only a file that proves not to be UTF-8 (UTF-16, binary) is read as bytes.
 */
function readText(path: string): string {
  return utf8Text(readFileSync(path, 'utf8')) ?? decodeInput(readFileSync(path), path);
}
