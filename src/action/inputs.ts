// The one place the action reads its inputs: everything is validated here into a typed config, and a bad value
// fails with the input's name, the value and what is accepted. Defaults live in action.yml.
import * as core from '@actions/core';
import type { FailOn } from '../model.js';
import type { CapacityMode } from '../quotas/consumers.js';
import { COMMENT_MODES } from '../github/comment.js';
import type { CommentMode } from '../github/comment.js';
import { parseTrackedRequests, PolicyValueError } from '../increase/plan.js';
import { capInputs, parseIncreaseCaps, type Wording } from '../increase/caps.js';
import type { IncreasePolicy, TrackedRequest } from '../increase/plan.js';
import type { RequestMode } from '../increase/run.js';
import { REGION_RE } from '../model.js';
import { splitList } from '../inputs/list.js';

export interface ActionConfig {
  plans: string[];
  templates: string[];
  changesets: string[];
  configs: string[];
  region?: string;
  /** Fraction, or undefined to use the deploy config's default (else 20 %). */
  buffer?: number;
  failOn: FailOn;
  offline: boolean;
  capacity: CapacityMode;
  comment: CommentMode;
  commentId?: string;
  githubToken: string;
  workingDirectory: string;
  uploadReport: boolean;
  reportName: string;
  /** Quota increase requests; undefined when `request-increases` is false. */
  increases?: IncreaseSettings;
}

export interface IncreaseSettings {
  mode: RequestMode;
  policy: IncreasePolicy;
  waitMinutes: number;
  pollSeconds: number;
  track: TrackedRequest[];
}

export class InputValueError extends Error {}

type Read = (name: string) => string;

function oneOf<T extends string>(read: Read, name: string, allowed: readonly T[]): T {
  const value = read(name).trim();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputValueError(`Input '${name}' has the value '${value}'; accepted values are: ${allowed.join(', ')}`);
  }
  return value as T;
}

function bool(read: Read, name: string): boolean {
  const value = read(name).trim().toLowerCase();
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputValueError(`Input '${name}' has the value '${read(name)}'; accepted values are: true, false`);
}

/** A number input, at least `min`. */
function number(read: Read, name: string, rule: { min: number; accepted: string }): number {
  const text = read(name).trim();
  const n = Number(text);
  const ok = text !== '' && Number.isFinite(n) && n >= rule.min;
  if (!ok) throw new InputValueError(`Input '${name}' has the value '${read(name)}'; accepted values are ${rule.accepted}`);
  return n;
}

/** How the check's inputs word a bad cap (the scan words its own like its other inputs: src/scan/options.ts). */
const CAP_WORDING: Wording = (input, value, p) =>
  new InputValueError(
    p.rule === 'one-of' ? `Input '${input}' has the value '${value.trim()}'; accepted values are: ${p.allowed.join(', ')}`
    : p.rule === 'max-increase' ? `Input '${input}' has the value '${value}': ${p.detail}; accepted values are a number, QUOTA-CODE=NUMBER pairs (L-1216C47A=1024), or both, comma-separated`
    : `Input '${input}' has the value '${value}'; accepted values are ${p.rule === 'factor' ? 'numbers above 1, or empty for no factor cap' : 'whole numbers from 0'}`,
  );

/** The increase-request inputs, validated whether or not requesting is on, so that a typo fails at once. */
function readIncreases(read: Read, offline: boolean): IncreaseSettings | undefined {
  const mode = oneOf(read, 'request-increases', ['false', 'true', 'wait', 'plan'] as const);
  const policy = parseIncreaseCaps(capInputs(read), CAP_WORDING);
  const waitMinutes = number(read, 'wait-minutes', { min: 0, accepted: 'minutes from 0 (0 files without waiting)' });
  const pollSeconds = number(read, 'poll-seconds', { min: 1, accepted: 'seconds from 1' });
  let track: TrackedRequest[];
  try {
    track = parseTrackedRequests(read('track-requests'));
  } catch (e) {
    if (!(e instanceof PolicyValueError)) throw e;
    throw new InputValueError(`Input 'track-requests' ${e.message}`);
  }
  if (mode === 'false') return undefined;
  if (offline) throw new InputValueError(`Input 'request-increases' is '${mode}' but 'offline' is 'true': increase requests need the account's quotas and AWS credentials`);
  return { mode: mode === 'true' ? 'file' : mode, policy, waitMinutes, pollSeconds, track };
}

export function readInputs(read: Read = (name) => core.getInput(name)): ActionConfig {
  const bufferText = read('buffer').trim().replace(/%$/, '');
  let buffer: number | undefined;
  if (bufferText !== '') {
    const n = Number(bufferText);
    if (!Number.isFinite(n) || n < 0 || n >= 100) throw new InputValueError(`Input 'buffer' has the value '${read('buffer')}'; accepted values are percentages from 0 to 99`);
    buffer = n / 100;
  }
  const region = read('region').trim() || undefined;
  if (region && !REGION_RE.test(region)) throw new InputValueError(`Input 'region' has the value '${region}'; accepted values are AWS regions such as eu-west-1`);
  const config: ActionConfig = {
    plans: splitList(read('plan')),
    templates: splitList(read('template')),
    changesets: splitList(read('changeset')),
    configs: splitList(read('config')),
    region,
    buffer,
    failOn: oneOf(read, 'fail-on', ['shortfall', 'unknown', 'never'] as const),
    offline: bool(read, 'offline'),
    capacity: oneOf(read, 'asg-capacity', ['max', 'desired'] as const),
    comment: oneOf(read, 'comment', COMMENT_MODES),
    commentId: read('comment-id').trim() || undefined,
    githubToken: read('github-token'),
    workingDirectory: read('working-directory').trim() || '.',
    uploadReport: bool(read, 'upload-report'),
    reportName: read('report-name').trim() || 'quota-guard-report',
  };
  const increases = readIncreases(read, config.offline);
  if (increases) config.increases = increases;
  if (![config.plans, config.templates, config.changesets, config.configs].some((l) => l.length)) {
    throw new InputValueError("Nothing to check: set at least one of the inputs 'plan', 'template', 'changeset' or 'config'");
  }
  return config;
}
