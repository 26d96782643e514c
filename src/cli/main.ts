// The `quota-guard` command line. Exit codes: 0 the deploy may go ahead, 1 gated, 2 bad input or usage.
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { InputError } from '../model.js';
import type { FailOn, ParsedInput, Report } from '../model.js';
import { loadInput } from '../inputs/load.js';
import type { InputFile } from '../inputs/load.js';
import { readOffline, runCheck } from '../check/check.js';
import type { Live } from '../live.js';
import { renderJson } from '../report/report.js';
import { renderTable } from '../report/table.js';
import { renderMarkdown } from '../report/markdown.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

/** Live AWS services, supplied by the entry point so tests can run the CLI core without AWS wiring. */
export type LiveFactory = (region: string | undefined) => Live;

export const USAGE = `Usage: quota-guard check [options]

Checks what a change will deploy against AWS service quotas.

Inputs (each may be given several times):
  --plan FILE          Terraform plan JSON (terraform show -json tfplan)
  --template FILE      CloudFormation template (YAML or JSON, CDK cdk.out/*.template.json, SAM)
  --changeset FILE     CloudFormation change set: describe-change-set JSON, or STACK/NAME or an ARN (read live)
  --config FILE        quota-guard deploy config (see infrastructure-config.example.yaml)

Options:
  --region REGION      region for resources whose provider names none (default: $AWS_REGION)
  --buffer PCT         headroom to keep free, in percent (default 20, or the config's defaults.buffer)
  --offline            use AWS default quota values and zero usage; no AWS calls
  --fail-on WHEN       shortfall (default) | unknown | never
  --asg-capacity WHAT  max (default) | desired: which Auto Scaling group size to count
  --format FORMAT      table (default) | json | markdown
  --output FILE        also write the JSON report to FILE
  -h, --help           show this help

Exit status: 0 pass, 1 gated (a shortfall, or an unknown under --fail-on unknown), 2 bad input or usage.
`;

class UsageError extends Error {}

function choice<T extends string>(name: string, value: string | undefined, allowed: readonly T[], dflt: T): T {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function percent(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n >= 100) throw new UsageError(`--buffer: "${value}" is not a percentage from 0 to 99`);
  return n / 100;
}

export async function main(argv: string[], io: Io, liveFactory?: LiveFactory): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command !== 'check') throw new UsageError(`unknown command "${command}"; try: quota-guard check --help`);
    const { values } = parseArgs({
      args: rest,
      options: {
        plan: { type: 'string', multiple: true },
        template: { type: 'string', multiple: true },
        changeset: { type: 'string', multiple: true },
        config: { type: 'string', multiple: true },
        region: { type: 'string' },
        buffer: { type: 'string' },
        offline: { type: 'boolean' },
        'fail-on': { type: 'string' },
        'asg-capacity': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(USAGE);
      return 0;
    }
    const files: InputFile[] = [
      ...(values.plan ?? []).map((path) => ({ format: 'terraform' as const, path })),
      ...(values.template ?? []).map((path) => ({ format: 'cloudformation' as const, path })),
      ...(values.changeset ?? []).map((path) => ({ format: 'changeset' as const, path })),
      ...(values.config ?? []).map((path) => ({ format: 'config' as const, path })),
    ];
    if (!files.length) throw new UsageError('nothing to check: give at least one --plan, --template, --changeset or --config');
    const failOn = choice<FailOn>('fail-on', values['fail-on'], ['shortfall', 'unknown', 'never'], 'shortfall');
    const capacity = choice('asg-capacity', values['asg-capacity'], ['max', 'desired'] as const, 'max');
    const format = choice('format', values.format, ['table', 'json', 'markdown'] as const, 'table');
    const buffer = percent(values.buffer);
    const region = values.region ?? (io.env.AWS_REGION || io.env.AWS_DEFAULT_REGION || undefined);
    if (!values.offline && !liveFactory) throw new UsageError('live checks are not available here; pass --offline');
    const live = values.offline ? undefined : liveFactory!(region);

    const inputs: ParsedInput[] = [];
    for (const f of files) inputs.push(await loadInput(f, region, live?.describeChangeSet));
    const report: Report = await runCheck(inputs, live?.read ?? readOffline, { failOn, buffer, capacity, mode: live ? 'live' : 'offline', resolveVcpus: live?.resolveVcpus });

    io.stdout(format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report) : renderTable(report));
    if (values.output) await writeFile(values.output, renderJson(report));
    return report.passed ? 0 : 1;
  } catch (err) {
    if (io.env.QUOTA_GUARD_DEBUG) io.stderr(`${(err as Error).stack}\n`);
    if (err instanceof InputError) io.stderr(`quota-guard: ${err.file}: ${err.message}\n`);
    else if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) io.stderr(`quota-guard: ${(err as Error).message}\n`);
    else io.stderr(`quota-guard: internal error: ${(err as Error).message} (set QUOTA_GUARD_DEBUG=1 for details)\n`);
    return 2;
  }
}
