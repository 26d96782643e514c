// CloudFormation parameter values a user supplies, in the forms the AWS tools take: `Key=Value` pairs as
// `aws cloudformation deploy --parameter-overrides` takes them, and JSON files as `aws cloudformation create-stack
// --parameters file://…` (`[{"ParameterKey": …, "ParameterValue": …}]`) and CodePipeline's template configuration
// (`{"Parameters": {"Key": "Value"}}`) take them. One reading for the CLI flags and the action inputs.
import { readFileSync } from 'node:fs';
import { InputError } from '../model.js';

/** Parameter values by name; null keeps the stack's previous value (`UsePreviousValue`), which is unknown offline. */
export type ParameterValues = Record<string, string | null>;

/** "Parameter names … can include only alphanumeric characters" (CloudFormation user guide, Parameters syntax). */
const NAME_RE = /^[A-Za-z0-9]{1,255}$/;

export class ParameterError extends Error {}

function set(out: ParameterValues, key: string, value: string | null, where: string): void {
  if (!NAME_RE.test(key)) throw new ParameterError(`${where}: ${JSON.stringify(key)} is not a parameter name (letters and digits only)`);
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `Key=Value` pairs; the value is everything after the first `=` and may be empty. */
function parseParameterOverrides(pairs: readonly string[]): ParameterValues {
  const out: ParameterValues = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ParameterError(`${JSON.stringify(pair)} is not Key=Value`);
    set(out, pair.slice(0, eq), pair.slice(eq + 1), JSON.stringify(pair));
  }
  return out;
}

/** A parameters JSON file, in the create-stack or the CodePipeline form; throws InputError naming the file. */
function parseParametersFile(text: string, file: string): ParameterValues {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new InputError(file, `invalid JSON: ${(e as Error).message.split('\n')[0]}`);
  }
  const out: ParameterValues = {};
  const value = (v: unknown, where: string): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (typeof v === 'boolean') return String(v);
    throw new InputError(file, `${where}: the value must be a string, not ${v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v}`);
  };
  const add = (key: string, v: string | null, where: string): void => {
    try {
      set(out, key, v, where);
    } catch (e) {
      throw new InputError(file, (e as Error).message);
    }
  };
  if (Array.isArray(data)) {
    data.forEach((p, i) => {
      const where = `[${i}]`;
      if (p === null || typeof p !== 'object' || Array.isArray(p) || typeof (p as Record<string, unknown>).ParameterKey !== 'string') {
        throw new InputError(file, `${where} is not {"ParameterKey": …, "ParameterValue": …}`);
      }
      const entry = p as Record<string, unknown>;
      if (entry.UsePreviousValue === true) add(entry.ParameterKey as string, null, where);
      else add(entry.ParameterKey as string, value(entry.ParameterValue, `${where}.ParameterValue`), where);
    });
    return out;
  }
  if (data !== null && typeof data === 'object' && 'Parameters' in data) {
    const params = (data as Record<string, unknown>).Parameters;
    if (params === null || typeof params !== 'object' || Array.isArray(params)) throw new InputError(file, 'Parameters must be a mapping of parameter names to values');
    for (const [key, v] of Object.entries(params)) add(key, value(v, `Parameters.${key}`), `Parameters.${key}`);
    return out;
  }
  throw new InputError(file, 'expected [{"ParameterKey": …, "ParameterValue": …}] (create-stack --parameters) or {"Parameters": {…}} (a CodePipeline template configuration)');
}

/**
 * The values a user supplies: the file's, overridden by the pairs (as `--parameter-overrides` wins in the AWS CLI);
 * undefined when neither is given. Throws InputError for the file, ParameterError for a pair.
 */
export function userParameters(file: string | undefined, pairs: readonly string[]): ParameterValues | undefined {
  if (file === undefined && !pairs.length) return undefined;
  let fromFile: ParameterValues = {};
  if (file !== undefined) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(file, code === 'ENOENT' ? 'file not found' : `cannot read: ${(e as Error).message}`);
    }
    fromFile = parseParametersFile(text, file);
  }
  return Object.assign(fromFile, parseParameterOverrides(pairs));
}
