// What every `quota-guard` command shares: usage errors, choices, the flags they have in common, and how an error
// becomes one stderr line and exit status 2.
import { InputError } from '../model.js';
import { capWording, parseIncreaseCaps } from '../increase/caps.js';
import type { IncreasePolicy } from '../increase/plan.js';
import { InputValueError } from '../inputs/value-error.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY?: boolean;
}

export class UsageError extends Error {}

export function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

/** Output flags of every command. */
export const OUTPUT_OPTIONS = {
  'fail-on': { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Caps of the increase flow, shared by `check --request` / `request` and the scan's DR prewarm. */
export const INCREASE_CAP_OPTIONS = {
  'support-case': { type: 'string' },
  'support-severity': { type: 'string' },
  'max-increase-factor': { type: 'string' },
  'max-increase': { type: 'string', multiple: true },
  'max-requests': { type: 'string' },
} as const;

/** The increase caps from their flags (INCREASE_CAP_OPTIONS); a bad value names its flag. */
export function capFlags(values: { [K in keyof typeof INCREASE_CAP_OPTIONS]?: K extends 'max-increase' ? string[] : string }): IncreasePolicy {
  return parseIncreaseCaps(
    {
      'support-case': values['support-case'],
      'support-severity': values['support-severity'],
      'max-increase-factor': values['max-increase-factor'],
      'max-increase': values['max-increase']?.join(','),
      'max-requests': values['max-requests'],
    },
    capWording((flag) => `--${flag}`),
  );
}

/** Control characters (a bare carriage return in a file name…) as `\xNN` escapes, so an error stays one line. */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A message on one line: its line breaks (Node's parseArgs messages have them) become spaces. */
function oneLine(text: string): string {
  return escapeControls(text.replace(/\s*\n\s*/g, ' ').trim());
}

/**
 * Reports an error as one line and returns exit status 2. Input errors name the file; usage errors and bad values
 * (and the `expected` classes a command adds) print their message; anything else is an internal error.
 */
export function reportError(err: unknown, io: Io, expected: (new (...args: never[]) => Error)[] = []): number {
  if (io.env.QUOTA_GUARD_DEBUG) io.stderr(`${(err as Error).stack}\n`);
  const message = oneLine(String((err as Error)?.message ?? err));
  if (err instanceof InputError) io.stderr(`quota-guard: ${escapeControls(err.file)}: ${message}\n`);
  else if (err instanceof UsageError || err instanceof InputValueError || expected.some((E) => err instanceof E) || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`quota-guard: ${message}\n`);
  } else io.stderr(`quota-guard: internal error: ${message} (set QUOTA_GUARD_DEBUG=1 for details)\n`);
  return 2;
}
