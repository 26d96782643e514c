// The one place the action reads its inputs: everything is validated here into a typed config, and a bad value
// fails with the input's name, the value and what is accepted. Defaults live in action.yml.
import * as core from '@actions/core';
import path from 'node:path';
import type { FailOn } from '../model.js';
import type { OnReadError } from '../verdict/evaluate.js';
import type { CapacityMode } from '../quotas/consumers.js';
import { COMMENT_MODES } from '../github/comment.js';
import type { CommentMode } from '../github/comment.js';
import { parseTrackedRequests, PolicyValueError } from '../increase/plan.js';
import { capInputs, capWording, parseIncreaseCaps } from '../increase/caps.js';
import type { IncreasePolicy, TrackedRequest } from '../increase/plan.js';
import type { RequestMode } from '../increase/run.js';
import { InputError, REGION_RE } from '../model.js';
import { splitList } from '../inputs/list.js';
import { ParameterError, userParameters } from '../inputs/parameters.js';
import type { ParameterValues } from '../inputs/parameters.js';
import { parseAccountRoles } from '../inputs/account-roles.js';
import { InputValueError, named } from '../inputs/value-error.js';
import { boolInput as bool, type Read } from './common.js';

export interface ActionConfig {
  plans: string[];
  templates: string[];
  changesets: string[];
  configs: string[];
  /** Template parameter values (`parameters-file`, overridden by `parameter-overrides`); undefined when none. */
  parameters?: ParameterValues;
  region?: string;
  /** Fraction, or undefined to use the deploy config's default (else 20 %). */
  buffer?: number;
  failOn: FailOn;
  /** Reads that failed because of the setup: fail the step (default) or only warn. */
  onReadError: OnReadError;
  /** Read other accounts through the `assume_role` roles the plan's providers name. */
  usePlanRoles: boolean;
  /** Waivers file (relative to working-directory); undefined: the default file when present. */
  waivers?: string;
  offline: boolean;
  capacity: CapacityMode;
  comment: CommentMode;
  commentId?: string;
  githubToken: string;
  workingDirectory: string;
  uploadReport: boolean;
  reportName: string;
  /** Folder the Terraform plans were made in (`terraform-root`), relative to workingDirectory; undefined: each plan's folder when it holds .tf files. */
  terraformRoot?: string;
  /** Where to write the SARIF report (`sarif-file`); undefined: none. */
  sarifFile?: string;
  /** Quota increase requests; undefined when `request-increases` is false. */
  increases?: IncreaseSettings;
  /** Account id → role ARN the live check reads that account through (`account-roles`). */
  accountRoles?: Record<string, string>;
}

export interface IncreaseSettings {
  mode: RequestMode;
  policy: IncreasePolicy;
  waitMinutes: number;
  pollSeconds: number;
  track: TrackedRequest[];
}


function oneOf<T extends string>(read: Read, name: string, allowed: readonly T[]): T {
  const value = read(name).trim();
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputValueError(`Input '${name}' has the value '${value}'; accepted values are: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A number input, at least `min`. */
function number(read: Read, name: string, rule: { min: number; accepted: string }): number {
  const text = read(name).trim();
  const n = Number(text);
  const ok = text !== '' && Number.isFinite(n) && n >= rule.min;
  if (!ok) throw new InputValueError(`Input '${name}' has the value '${read(name)}'; accepted values are ${rule.accepted}`);
  return n;
}

/** The increase-request inputs, validated whether or not requesting is on, so that a typo fails at once. */
function readIncreases(read: Read, offline: boolean): IncreaseSettings | undefined {
  const mode = oneOf(read, 'request-increases', ['false', 'true', 'wait', 'plan'] as const);
  const policy = parseIncreaseCaps(capInputs(read), capWording((name) => `Input '${name}'`));
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

/**
 * `parameter-overrides`: one `Key=Value` per line, or several on a line separated by spaces when every word of the
 * line is a pair (so a value with spaces stays whole on a line of its own); `parameters-file` relative to
 * working-directory.
 */
function readParameters(read: Read, workingDirectory: string): ParameterValues | undefined {
  const pairs = read('parameter-overrides')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line) => {
      const words = line.split(/\s+/);
      return words.every((w) => w.indexOf('=') > 0) ? words : [line];
    });
  const file = read('parameters-file').trim();
  try {
    return userParameters(file ? path.resolve(workingDirectory, file) : undefined, pairs);
  } catch (e) {
    if (e instanceof ParameterError) throw new InputValueError(`Input 'parameter-overrides': ${e.message}; accepted values are Key=Value pairs, one per line`);
    if (e instanceof InputError) throw new InputValueError(`Input 'parameters-file': ${file}: ${e.message}`);
    throw e;
  }
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
  const workingDirectory = read('working-directory').trim() || '.';
  const parameters = readParameters(read, workingDirectory);
  const config: ActionConfig = {
    plans: splitList(read('plan')),
    templates: splitList(read('template')),
    changesets: splitList(read('changeset')),
    configs: splitList(read('config')),
    region,
    buffer,
    failOn: oneOf(read, 'fail-on', ['shortfall', 'unknown', 'never'] as const),
    onReadError: oneOf(read, 'on-read-error', ['fail', 'warn'] as const),
    waivers: read('waivers').trim() || undefined,
    offline: bool(read, 'offline'),
    usePlanRoles: bool(read, 'use-plan-roles'),
    capacity: oneOf(read, 'asg-capacity', ['max', 'desired'] as const),
    comment: oneOf(read, 'comment', COMMENT_MODES),
    commentId: read('comment-id').trim() || undefined,
    githubToken: read('github-token'),
    workingDirectory,
    uploadReport: bool(read, 'upload-report'),
    reportName: read('report-name').trim() || 'quota-guard-report',
  };
  const terraformRoot = read('terraform-root').trim();
  if (terraformRoot) config.terraformRoot = terraformRoot;
  const sarifFile = read('sarif-file').trim();
  if (sarifFile) config.sarifFile = sarifFile;
  if (parameters) config.parameters = parameters;
  const increases = readIncreases(read, config.offline);
  if (increases) config.increases = increases;
  const roles = splitList(read('account-roles'));
  if (roles.length) {
    config.accountRoles = named("Input 'account-roles'", () => parseAccountRoles(roles));
  }
  if (![config.plans, config.templates, config.changesets, config.configs].some((l) => l.length)) {
    throw new InputValueError("Nothing to check: set at least one of the inputs 'plan', 'template', 'changeset' or 'config'");
  }
  return config;
}
