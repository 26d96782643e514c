// Reads the files a user names and hands each to the parser for its kind.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InputError, Unknown } from '../model.js';
import type { InputFormat, ParsedInput } from '../model.js';
import { decodeInput } from '../parsers/input-text.js';
import { parseTerraformPlan } from '../parsers/terraform-plan.js';
import { parseCloudFormationTemplate } from '../parsers/cloudformation-template.js';
import { parseChangeSet } from '../parsers/cloudformation-changeset.js';
import { parseDeployConfig } from '../parsers/deploy-config.js';

export interface InputFile {
  format: InputFormat;
  path: string;
}

export function parseInput(text: string, file: string, format: InputFormat, region: string | undefined): ParsedInput {
  const unknownRegion = region ?? new Unknown('no region: pass --region or set AWS_REGION');
  switch (format) {
    case 'terraform':
      return parseTerraformPlan(text, file, { region });
    case 'cloudformation':
      return parseCloudFormationTemplate(text, file, { region: unknownRegion });
    case 'changeset':
      return parseChangeSet(text, file, { region: unknownRegion });
    case 'config':
      return parseDeployConfig(text, file, { region });
  }
}

/** Reads a change set named as `STACK/CHANGE_SET` or an ARN from AWS (live mode only). */
export type DescribeChangeSet = (ref: string, region: string | undefined) => Promise<string>;

const CHANGE_SET_REF = /^(arn:aws[a-z-]*:cloudformation:[a-z0-9-]+:\d{12}:changeSet\/.+|[A-Za-z][A-Za-z0-9-]*\/[A-Za-z][A-Za-z0-9-]*)$/;

export async function loadInput(input: InputFile, region: string | undefined, describeChangeSet?: DescribeChangeSet): Promise<ParsedInput> {
  if (input.format === 'changeset' && CHANGE_SET_REF.test(input.path) && !existsSync(input.path)) {
    if (!describeChangeSet) throw new InputError(input.path, 'names a change set in AWS, which cannot be read offline; pass a describe-change-set JSON file instead');
    return parseInput(await describeChangeSet(input.path, region), input.path, 'changeset', region);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(input.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(input.path, code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a directory, not a file' : `cannot read: ${(err as Error).message}`);
  }
  if (bytes.length === 0) throw new InputError(input.path, 'the file is empty');
  return parseInput(decodeInput(bytes, input.path), input.path, input.format, region);
}
