// The `quota-guard` command line. Exit codes: 0 the deploy may go ahead, 1 gated, 2 bad input or usage, 3 setup
// error (AWS could not be read because of the credentials, permissions, network or AWS itself).
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import type { FailOn } from '../model.js';
import { checkParameterNames } from '../inputs/load.js';
import type { InputFile } from '../inputs/load.js';
import { checkChange, defaultRegion } from '../check/pipeline.js';
import type { Live, LiveSettings } from '../check/pipeline.js';
import { parseAccountRoles } from '../inputs/account-roles.js';
import { gatesOnSetup, renderJson } from '../report/report.js';
import type { OnReadError } from '../verdict/evaluate.js';
import { version } from './version.js';
import { loadWaivers } from '../check/waivers.js';
import { renderTable } from '../report/table.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { locatorFor } from '../github/locate.js';
import { linksFromEnv } from '../github/context.js';
import { DEFAULTS, requestLine, runContext } from '../increase/plan.js';
import { realClock } from '../increase/run.js';
import type { IncreaseDeps } from '../increase/run.js';
import type { IncreaseApi } from '../ports/increase.js';
import { requestsMarkdown, requestsSummary, requestsText } from '../increase/render.js';
import { INCREASE_CAP_OPTIONS, OUTPUT_OPTIONS, UsageError, capFlags, choice, reportError } from './common.js';
import type { Io } from './common.js';
import { ParameterError, userParameters } from '../inputs/parameters.js';
import type { ParameterValues } from '../inputs/parameters.js';

export type { Io };

/** Live AWS services, supplied by the entry point so tests can run the CLI core without AWS wiring. */
export type LiveFactory = (region: string | undefined, settings?: LiveSettings) => Live | Promise<Live>;

/** Increase requests: the Service Quotas calls, and the clock (tests pass a virtual one). */
export interface IncreaseWiring {
  api(): (IncreaseApi & { destroy?(): void }) | Promise<IncreaseApi & { destroy?(): void }>;
  sleep?: IncreaseDeps['sleep'];
  now?: IncreaseDeps['now'];
}

export const USAGE = `Usage: quota-guard check [options] [--request]
       quota-guard request [options]
       quota-guard scan [options]             (org-wide scan: quota-guard scan --help)
       quota-guard merge REPORT.json...       (merge sharded scan reports)

Checks what a change will deploy against AWS service quotas. \`request\` (or \`check --request\`) also files
the quota increases the shortfalls need — never a second one for a quota that has an open request — waits for
AWS to decide, and re-checks.

Inputs (each may be given several times):
  --plan FILE          Terraform plan JSON (terraform show -json tfplan)
  --template FILE      CloudFormation template (YAML or JSON, CDK cdk.out/*.template.json, SAM)
  --changeset FILE     CloudFormation change set: describe-change-set JSON, or STACK/NAME or an ARN (read live)
  --config FILE        quota-guard deploy config (see infrastructure-config.example.yaml)

Template parameters (as aws cloudformation deploy / create-stack take them; they win over the defaults):
  --parameter-overrides KEY=VALUE [KEY=VALUE ...]
  --parameters FILE    [{"ParameterKey","ParameterValue"}] JSON, or a CodePipeline {"Parameters": {...}} file

Options:
  --region REGION      region for resources whose provider names none (default: $AWS_REGION)
  --buffer PCT         headroom to keep free, in percent (default 20, or the config's defaults.buffer)
  --offline            use AWS default quota values and zero usage; no AWS calls
  --account-role ACCOUNT=ROLE_ARN
                       read that account through the role (repeatable); other accounts' rows are unknown
  --use-plan-roles     read other accounts through the assume_role roles the plan's providers name
  --fail-on WHEN       shortfall (default) | unknown | never
  --waivers FILE       waivers of known findings (default: .quota-guard-ignore.yml when present; README "Waivers")
  --on-read-error WHAT fail (default) | warn: whether AWS reads that failed because of the setup (credentials,
                       permissions, network, throttling) fail the check (exit 3) or are only reported
  --asg-capacity WHAT  max (default) | desired: which Auto Scaling group size to count
  --format FORMAT      table (default) | json | markdown (what the PR comment shows) | sarif (SARIF 2.1.0)
  --terraform-root DIR folder the plans were made in (terraform -chdir=DIR), to place findings on .tf lines
                       (default: the plan file's folder when it holds .tf files, else the current folder)
  --output FILE        also write the JSON report to FILE
  -h, --help           show this help
  --version            print the version

Increase requests (request, or check --request; live only):
  --wait-only                file nothing; wait for the open requests of the shortfalls, then re-check
  --dry-run                  file nothing, wait for nothing: show what would be filed (and what reused)
  --support-case WHEN        allow (default): AWS may open a support case, and one is opened for a request still
                             PENDING when the wait runs out | never | api: as allow, and a quota Service Quotas
                             cannot raise gets an AWS Support case (Support API; Business support plan or above)
  --support-severity LEVEL   severity of those cases: low (default) | normal | high | urgent | critical
  --max-increase-factor N    ask for at most N × the current value (default ${DEFAULTS.maxIncreaseFactor}; none for no cap)
  --max-increase N|CODE=N    the most one request may add, for every quota or per quota code (repeatable)
  --max-requests N           new requests one run may file (default ${DEFAULTS.maxRequests})
  --wait-minutes N           how long to wait for the decisions (default ${DEFAULTS.waitMinutes}; 0 files without waiting)
  --poll-seconds N           seconds between status checks (default ${DEFAULTS.pollSeconds}, at least 1)

Colour only on a terminal, never with NO_COLOR set. The table fits 120 columns; --format json has the full text.

Exit status: 0 pass, 1 gated (a shortfall, or an unknown under --fail-on unknown), 2 bad input or usage,
3 setup error (AWS could not be read: see the lines it prints; wins over 1).
`;


function numberOption(name: string, value: string | undefined, dflt: number, rule: { min: number; what: string }): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < rule.min) {
    throw new UsageError(`--${name}: "${value}" is not ${rule.what}`);
  }
  return n;
}

/**
 * `--parameters FILE` and `--parameter-overrides Key=Value [Key=Value ...]`: as in `aws cloudformation deploy`, the
 * pairs follow the flag as separate arguments, so the arguments right after it are its values too; any other bare
 * argument is a usage error.
 */
function templateParameters(file: string | undefined, first: string[], tokens: ReturnType<typeof parseArgs>['tokens'] = []): ParameterValues | undefined {
  const pairs = [...first];
  let previous: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'option') previous = token.name === 'parameter-overrides' ? token.name : undefined;
    else if (token.kind === 'positional') {
      if (previous !== 'parameter-overrides') throw new UsageError(`unexpected argument "${token.value}"; try: quota-guard --help`);
      pairs.push(token.value);
    } else previous = undefined;
  }
  try {
    return userParameters(file, pairs);
  } catch (e) {
    if (e instanceof ParameterError) throw new UsageError(`--parameter-overrides: ${e.message}`);
    throw e;
  }
}

/** `--buffer` as a fraction: a percentage, with or without %. */
function percent(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n >= 100) throw new UsageError(`--buffer: "${value}" is not a percentage from 0 to 99`);
  return n / 100;
}

/** Exit status of a run whose AWS reads failed because of the setup (see USAGE). */
const EXIT_SETUP_ERROR = 3;

/** Colour only on a terminal and never with NO_COLOR set to anything non-empty (https://no-color.org). */
function colour(io: Io): boolean {
  return io.isTTY === true && !io.env.NO_COLOR;
}

export async function main(argv: string[], io: Io, liveFactory?: LiveFactory, increaseWiring?: IncreaseWiring): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-V') {
      io.stdout(`quota-guard ${version}\n`);
      return 0;
    }
    // Loaded on first use, so `--help` and an offline check start no AWS SDK client (ncc emits it as a chunk).
    if (command === 'scan') return await (await import('./scan.js')).scanCommand(rest, io);
    if (command === 'merge') return await (await import('./scan.js')).mergeCommand(rest, io);
    if (command !== 'check' && command !== 'request') throw new UsageError(`unknown command "${command}"; try: quota-guard --help`);
    const { values, tokens } = parseArgs({
      args: rest,
      tokens: true,
      options: {
        'parameter-overrides': { type: 'string', multiple: true },
        parameters: { type: 'string' },
        plan: { type: 'string', multiple: true },
        template: { type: 'string', multiple: true },
        changeset: { type: 'string', multiple: true },
        config: { type: 'string', multiple: true },
        region: { type: 'string' },
        buffer: { type: 'string' },
        offline: { type: 'boolean' },
        'account-role': { type: 'string', multiple: true },
        'use-plan-roles': { type: 'boolean' },
        'asg-capacity': { type: 'string' },
        'on-read-error': { type: 'string' },
        waivers: { type: 'string' },
        version: { type: 'boolean' },
        'terraform-root': { type: 'string' },
        ...OUTPUT_OPTIONS,
        request: { type: 'boolean' },
        'wait-only': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        ...INCREASE_CAP_OPTIONS,
        'wait-minutes': { type: 'string' },
        'poll-seconds': { type: 'string' },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout(`quota-guard ${version}\n`);
      return 0;
    }
    const parameters = templateParameters(values.parameters, values['parameter-overrides'] ?? [], tokens);
    const files: InputFile[] = [
      ...(values.plan ?? []).map((path) => ({ format: 'terraform' as const, path })),
      ...(values.template ?? []).map((path) => ({ format: 'cloudformation' as const, path, ...(parameters && { parameters }) })),
      ...(values.changeset ?? []).map((path) => ({ format: 'changeset' as const, path })),
      ...(values.config ?? []).map((path) => ({ format: 'config' as const, path })),
    ];
    if (!files.length) throw new UsageError('nothing to check: give at least one --plan, --template, --changeset or --config');
    await checkParameterNames(files);
    const failOn = choice<FailOn>('fail-on', values['fail-on'], ['shortfall', 'unknown', 'never'], 'shortfall');
    const capacity = choice('asg-capacity', values['asg-capacity'], ['max', 'desired'] as const, 'max');
    const format = choice('format', values.format, ['table', 'json', 'markdown', 'sarif'] as const, 'table');
    const onReadError = choice<OnReadError>('on-read-error', values['on-read-error'], ['fail', 'warn'], 'fail');
    const terraformRoot = values['terraform-root'];
    if (terraformRoot !== undefined && !statSync(terraformRoot, { throwIfNoEntry: false })?.isDirectory()) throw new UsageError(`--terraform-root: folder "${terraformRoot}" not found`);
    const buffer = percent(values.buffer);
    const region = defaultRegion(values.region, io.env);
    const requesting = command === 'request' || values.request === true;
    const requestFlags = ['wait-only', 'dry-run', 'support-case', 'support-severity', 'max-increase-factor', 'max-increase', 'max-requests', 'wait-minutes', 'poll-seconds'] as const;
    const stray = requestFlags.find((f) => values[f] !== undefined);
    if (!requesting && stray) throw new UsageError(`--${stray} applies to increase requests: use quota-guard request, or check --request`);
    const policy = requesting ? capFlags(values) : undefined;
    const waitMinutes = numberOption('wait-minutes', values['wait-minutes'], DEFAULTS.waitMinutes, { min: 0, what: 'minutes from 0' });
    const pollSeconds = numberOption('poll-seconds', values['poll-seconds'], DEFAULTS.pollSeconds, { min: 1, what: 'seconds from 1' });
    if (values['dry-run'] && values['wait-only']) throw new UsageError('--dry-run and --wait-only do not go together');
    if (requesting && values.offline) throw new UsageError('increase requests need the account: they cannot be made with --offline');
    if (!values.offline && !liveFactory) throw new UsageError('live checks are not available here; pass --offline');
    if (requesting && !increaseWiring) throw new UsageError('increase requests are not available here');
    const waivers = await loadWaivers(values.waivers, process.cwd());
    let accountRoles: Record<string, string> | undefined;
    try {
      if (values['account-role']?.length) accountRoles = parseAccountRoles(values['account-role']);
    } catch (e) {
      throw new UsageError(`--account-role ${(e as Error).message}`);
    }
    const live = values.offline ? undefined : await liveFactory!(region, accountRoles ? { accountRoles } : undefined);

    const api = requesting ? await increaseWiring!.api() : undefined;
    const log = (line: string): void => io.stderr(`${line}\n`);
    let checked: Awaited<ReturnType<typeof checkChange>>;
    try {
      checked = await checkChange({
        files,
        region,
        live,
        check: { failOn, buffer, capacity, onReadError, waivers, usePlanRoles: values['use-plan-roles'] === true },
        increase: api
          ? {
              deps: { api, sleep: increaseWiring!.sleep ?? realClock.sleep, now: increaseWiring!.now ?? realClock.now, log },
              options: { mode: values['dry-run'] ? 'plan' : values['wait-only'] ? 'wait' : 'file', policy: policy!, waitMinutes, pollSeconds, context: runContext(io.env) },
            }
          : undefined,
      });
    } finally {
      api?.destroy?.();
    }
    const { report, increased } = checked;
    const locate = format === 'markdown' || format === 'sarif' ? locatorFor(checked.inputs, { workingDirectory: '.', terraformRoot }) : undefined;

    const summary = increased ? requestsSummary(increased.requests, { ...increased, waitMinutes }) : '';
    if (format === 'json') io.stdout(renderJson(report));
    else if (format === 'markdown') io.stdout(renderMarkdown(report, { locate, links: linksFromEnv(io.env), notes: increased ? [requestsMarkdown(increased.requests, summary).join('\n')] : [] }));
    else if (format === 'sarif') io.stdout(renderSarif(report, { locate }));
    else io.stdout(renderTable(report, { color: colour(io), onReadError }) + (increased?.requests.length ? `\n${requestsText(increased.requests, summary)}` : ''));
    if (values.output) await writeFile(values.output, renderJson(report));
    if (!report.passed && increased?.timedOut) {
      io.stderr(`quota-guard: the wait ran out with requests still open: ${increased.requests.filter((r) => r.requestId).map(requestLine).join('; ')}; a later run picks them up again\n`);
    }
    if (gatesOnSetup(report.setupErrors, onReadError)) {
      // One line per root cause on stderr too, so a CI log that keeps only stderr still says what to fix.
      for (const e of report.setupErrors ?? []) io.stderr(`quota-guard: setup error: ${e}\n`);
      return EXIT_SETUP_ERROR;
    }
    return report.passed ? 0 : 1;
  } catch (err) {
    return reportError(err, io);
  }
}
