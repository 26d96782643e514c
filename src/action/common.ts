// What every mode of the action shares (check in ./main.ts; scan, merge and file-requests in ./scan.ts): the JSON
// report file and its artifact, boolean inputs, the run's URL, and how an error fails the step in one line.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../model.js';
import { InputValueError } from '../inputs/value-error.js';

export type Read = (name: string) => string;

/** An error class whose message is the whole line to fail with (InputValueError always is). */
export type ErrorClass = new (...args: never[]) => Error;

/** A boolean input: true or false; empty is `dflt` when there is one (action.yml gives every input of check one). */
export function boolInput(read: Read, name: string, dflt?: boolean): boolean {
  const value = read(name).trim().toLowerCase();
  if (value === '' && dflt !== undefined) return dflt;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new InputValueError(`Input '${name}' has the value '${read(name)}'; accepted values are: true, false`);
}

/** Writes the JSON report to `<RUNNER_TEMP>/quota-guard/<name>.json` (the working directory outside a runner); its path. */
export async function writeReport(name: string, json: string): Promise<string> {
  const file = path.join(process.env.RUNNER_TEMP || process.cwd(), 'quota-guard', `${name}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, json);
  return file;
}

/** Uploads the report as the artifact `name`; outside GitHub Actions, or when the upload fails, says so and goes on. */
export async function uploadReport(file: string, name: string): Promise<void> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    core.info('Report artifact not uploaded: no Actions runtime here (running outside GitHub Actions).');
    return;
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    await new DefaultArtifactClient().uploadArtifact(name, [file], path.dirname(file));
  } catch (err) {
    core.warning(`The report artifact could not be uploaded: ${(err as Error).message}`);
  }
}

/** The URL of this workflow run; undefined outside one. */
export function runUrl(): string | undefined {
  const { serverUrl, runId } = github.context;
  if (!runId) return undefined;
  const { owner, repo } = github.context.repo;
  return `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`;
}

/**
 * Fails the step with one line: a bad file names it (its message worded by `phrase`), a bad input value or an
 * `expected` error is its message, anything else is `<label> failed: …`. QUOTA_GUARD_DEBUG adds the stack to the log.
 */
export function failStep(err: unknown, label: string, expected: readonly ErrorClass[] = [], phrase: (message: string) => string = (m) => m): void {
  if (process.env.QUOTA_GUARD_DEBUG) core.info((err as Error).stack ?? String(err));
  if (err instanceof InputError) core.setFailed(`${err.file}: ${phrase(err.message)}`);
  else if (err instanceof InputValueError || expected.some((E) => err instanceof E)) core.setFailed((err as Error).message);
  else core.setFailed(`${label} failed: ${(err as Error).message}`);
}
