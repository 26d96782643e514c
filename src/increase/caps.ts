// The caps of increase requests, from text: one parser for every surface that takes them — the action's inputs and
// the CLI's flags, in the check (`request-increases`, `quota-guard request`) and in the scan (DR prewarm, automation,
// `mode: file-requests`). The surfaces differ only in how they name a setting and word a bad value, so the caller
// passes that (`Wording`); what is accepted, the defaults and the meaning of empty values are decided here once.
import { SEVERITIES } from './cases.js';
import { DEFAULTS, parseMaxIncrease, type IncreasePolicy } from './plan.js';
import { InputValueError } from '../inputs/value-error.js';

/** The caps as text; undefined = not given (the default applies), like '' (an action input left empty). */
export interface RawIncreaseCaps {
  'support-case'?: string;
  'support-severity'?: string;
  /** '' and `none` mean no factor cap; only undefined is the default (10). */
  'max-increase-factor'?: string;
  /** A number and/or QUOTA-CODE=N pairs, comma- or newline-separated (flags may be repeated: joined by the caller). */
  'max-increase'?: string;
  'max-requests'?: string;
}

export type CapSetting = keyof RawIncreaseCaps;

/** The settings, named as their action inputs and CLI flags. */
const CAP_SETTINGS: readonly CapSetting[] = ['support-case', 'support-severity', 'max-increase-factor', 'max-increase', 'max-requests'];

/** The caps as action inputs: `read` is core.getInput or the like. */
export function capInputs(read: (name: string) => string): RawIncreaseCaps {
  return Object.fromEntries(CAP_SETTINGS.map((name) => [name, read(name)]));
}

/** What was wrong with a value, for the surface to word. */
export type CapProblem =
  | { rule: 'one-of'; allowed: readonly string[] }
  /** Not a number above 1 (nor empty / `none`, which mean no factor cap). */
  | { rule: 'factor' }
  /** Not a whole number from 0. */
  | { rule: 'whole' }
  /** parseMaxIncrease's reason, e.g. `"L-1=x" is not a positive number or a QUOTA-CODE=NUMBER pair`. */
  | { rule: 'max-increase'; detail: string };

/** Builds the error a surface throws for a bad value, in its own words (`Input 'x' has the value …`, `--x: …`). */
export type Wording = (setting: CapSetting, value: string, problem: CapProblem) => Error;

const SUPPORT_CASE = ['allow', 'never', 'api'] as const;

/**
 * support-case allow | never | api (default allow); support-severity one of SEVERITIES (default low);
 * max-increase-factor a number above 1 (default 10; empty or `none`: no factor cap); max-increase a number and/or
 * QUOTA-CODE=N pairs (default none); max-requests a whole number from 0 (default 5). Empty text is the default,
 * except for max-increase-factor (above).
 */
export function parseIncreaseCaps(raw: RawIncreaseCaps, wording: Wording): IncreasePolicy {
  const text = (s: CapSetting): string | undefined => raw[s]?.trim() || undefined;
  const oneOf = <T extends string>(s: CapSetting, allowed: readonly T[], dflt: T): T => {
    const v = text(s);
    if (v === undefined) return dflt;
    if (!(allowed as readonly string[]).includes(v)) throw wording(s, raw[s]!, { rule: 'one-of', allowed });
    return v as T;
  };
  const supportCase = oneOf('support-case', SUPPORT_CASE, DEFAULTS.supportCase);
  const supportSeverity = oneOf('support-severity', SEVERITIES, DEFAULTS.supportSeverity);

  let maxIncreaseFactor: number | undefined = DEFAULTS.maxIncreaseFactor;
  const factor = raw['max-increase-factor'];
  if (factor !== undefined) {
    const t = factor.trim();
    maxIncreaseFactor = t === '' || t === 'none' ? undefined : Number(t);
    if (maxIncreaseFactor !== undefined && !(Number.isFinite(maxIncreaseFactor) && maxIncreaseFactor > 1)) throw wording('max-increase-factor', factor, { rule: 'factor' });
  }

  let maxIncrease;
  try {
    maxIncrease = parseMaxIncrease(raw['max-increase'] ?? '');
  } catch (e) {
    throw wording('max-increase', raw['max-increase']!, { rule: 'max-increase', detail: (e as Error).message });
  }

  let maxRequests: number = DEFAULTS.maxRequests;
  const requests = text('max-requests');
  if (requests !== undefined) {
    maxRequests = Number(requests);
    if (!Number.isInteger(maxRequests) || maxRequests < 0) throw wording('max-requests', raw['max-requests']!, { rule: 'whole' });
  }
  return { supportCase, supportSeverity, maxIncreaseFactor, maxIncrease, maxRequests };
}

/**
 * The one wording of a bad increase cap (parseIncreaseCaps); `name` says how the surface calls
 * the setting (`--max-requests`, `input 'max-requests'`).
 */
export function capWording(name: (setting: CapSetting) => string): Wording {
  return (setting, value, p) =>
    new InputValueError(
      p.rule === 'max-increase'
        ? `${name(setting)} has the value '${value}': ${p.detail}; accepted values are a number, QUOTA-CODE=NUMBER pairs (L-1216C47A=1024), or both, comma-separated`
        : `${name(setting)} has the value '${value}'; accepted values are ${p.rule === 'one-of' ? p.allowed.join(', ') : p.rule === 'factor' ? 'numbers above 1, or empty / none for no factor cap' : 'whole numbers from 0'}`,
    );
}
