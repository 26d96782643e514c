// The one place the action reads its inputs: everything is validated here into a typed config, and a bad value
// fails with the input's name, the value and what is accepted. Defaults live in action.yml.
import * as core from '@actions/core';
import type { FailOn } from '../model.js';
import type { CapacityMode } from '../quotas/consumers.js';
import type { CommentMode } from '../github/comment.js';

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

/** Newline- or comma-separated list, blanks dropped. */
export function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
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
  if (region && !/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region)) throw new InputValueError(`Input 'region' has the value '${region}'; accepted values are AWS regions such as eu-west-1`);
  const config: ActionConfig = {
    plans: list(read('plan')),
    templates: list(read('template')),
    changesets: list(read('changeset')),
    configs: list(read('config')),
    region,
    buffer,
    failOn: oneOf(read, 'fail-on', ['shortfall', 'unknown', 'never'] as const),
    offline: bool(read, 'offline'),
    capacity: oneOf(read, 'asg-capacity', ['max', 'desired'] as const),
    comment: oneOf(read, 'comment', ['update', 'new', 'delete-and-new', 'off'] as const),
    commentId: read('comment-id').trim() || undefined,
    githubToken: read('github-token'),
    workingDirectory: read('working-directory').trim() || '.',
    uploadReport: bool(read, 'upload-report'),
    reportName: read('report-name').trim() || 'quota-guard-report',
  };
  if (![config.plans, config.templates, config.changesets, config.configs].some((l) => l.length)) {
    throw new InputValueError("Nothing to check: set at least one of the inputs 'plan', 'template', 'changeset' or 'config'");
  }
  return config;
}
