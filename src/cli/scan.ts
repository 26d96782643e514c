// `quota-guard scan` and `quota-guard merge`: the org-wide scan on the command line. Same exit codes as the check:
// 0 pass, 1 gated by --fail-on, 2 bad input, usage, or a setup error (the organization cannot be listed).
// The entry (src/cli/main.ts) passes the arguments after the command word.
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { INCREASE_CAP_OPTIONS, OUTPUT_OPTIONS, UsageError, capFlags, choice, reportError } from './common.js';
import type { Io } from './common.js';
import { renderScanMarkdown, renderScanText } from '../scan/markdown.js';
import type { ScanReport } from '../scan/model.js';
import { readReports, resolveScanOptions, type Names } from '../scan/options.js';
import { named } from '../inputs/value-error.js';
import type { PrewarmFiler } from '../scan/prewarm.js';
import { runContext } from '../increase/plan.js';
import { FAIL_ON_HELP, mergeScanReports, parseFailOn, renderScanJson } from '../scan/report.js';
import type { ScanOptions } from '../scan/run.js';
import { scanWorkers } from '../scan/worker-entry.js';

const SCAN_USAGE = `Usage: quota-guard scan [options]

Scans every account and region of an AWS Organization (or a list of accounts) for quotas that are close to their
limit, will run out soon, are below an environment's baseline, drift between accounts, or cannot cover a DR failover.

Options (each overrides the policy file's scan: section):
  --policy FILE          policy file (default: quota-guard.yml when present; see quota-guard.example.yml)
  --accounts WHAT        organization (default) | comma-separated 12-digit account ids
  --include IDS          only these accounts
  --exclude IDS          never these accounts
  --ou IDS               only accounts under these OUs or roots (nested OUs included)
  --regions WHAT         enabled (default: each account's enabled regions) | comma-separated regions
  --role-name NAME       member-account role to assume (default QuotaGuardReadOnly)
  --external-id ID       external id for AssumeRole (or set QUOTA_GUARD_EXTERNAL_ID)
  --shard K/N            scan only the K-th of N stable shards of the accounts (1-based)
  --no-forecast          skip the 30-day history and the forecast
  --concurrency N        account-regions read at once (default 128)
  --no-prewarm           list the DR prewarm requests (prewarm: true) and the automation rules' increases
                         without filing them
  --support-case WHEN    prewarm requests: allow (default) lets AWS open a support case | never | api
  --support-severity L   severity of the support cases support-case api opens: low (default) | normal | high |
                         urgent | critical
  --max-increase-factor N  prewarm asks for at most N × the current value (default 10; none for no cap)
  --max-increase N|CODE=N  the most one prewarm request may add, for every quota or per quota code (repeatable)
  --max-requests N       new prewarm requests one run may file (default 5)
  --fail-on WHEN         ${FAIL_ON_HELP}
  --format FORMAT        table (default) | json | markdown
  --output FILE          also write the JSON report to FILE
  -h, --help             show this help

A DR pair with prewarm: true files an increase request for each gap in the member account, through the same flow
and caps as \`quota-guard request\` (an open request is reused, never a second one); it does not wait for decisions.
Quotas at automation level auto (quota-guard.yml \`automation:\`) file their increases the same way when a trigger
fires (utilisation, forecast, baseline, DR parity); level request only plans them (outcome planned in the report).

Exit status: 0 pass, 1 a finding at the fail-on level, 2 bad input or the accounts cannot be listed.
`;

const MERGE_USAGE = `Usage: quota-guard merge REPORT.json... [options]

Combines the JSON reports of the shards of one scan (--shard K/N) into one report, recomputing drift across all of
them. A shard whose report is missing becomes an error finding.

Options:
  --fail-on WHEN         ${FAIL_ON_HELP} (default: the shards' own)
  --format FORMAT        table (default) | json | markdown
  --output FILE          also write the merged JSON report to FILE
  -h, --help             show this help
`;

const FLAG_NAMES: Names = {
  policy: '--policy',
  accounts: '--accounts',
  include: '--include',
  exclude: '--exclude',
  organizationalUnits: '--ou',
  regions: '--regions',
  roleName: '--role-name',
  externalId: '--external-id',
  shard: '--shard',
  forecast: '--no-forecast',
  failOn: '--fail-on',
  concurrency: '--concurrency',
};

const format = (value: string | undefined): 'table' | 'json' | 'markdown' => choice('format', value, ['table', 'json', 'markdown'] as const, 'table');

async function output(report: ScanReport, fmt: 'table' | 'json' | 'markdown', file: string | undefined, io: Io): Promise<number> {
  io.stdout(fmt === 'json' ? renderScanJson(report) : fmt === 'markdown' ? renderScanMarkdown(report) : renderScanText(report));
  if (file) await writeFile(file, renderScanJson(report));
  return report.passed ? 0 : 1;
}

/**
 * `quota-guard scan …`; `scan` lets tests and the bench run the scan with other settings, `prewarm` file the DR
 * prewarm requests another way (default filePrewarm, src/scan/prewarm.ts). The scan and the filing load their AWS
 * clients when the scan starts, so `scan --help` and a bad flag load none (ncc emits them as chunks).
 */
export async function scanCommand(argv: string[], io: Io, scan?: (o: ScanOptions) => Promise<ScanReport>, prewarm?: PrewarmFiler): Promise<number> {
  // A setup error (the organization cannot be listed) is expected once the scan, which defines it, is loaded.
  const expected: (new (...args: never[]) => Error)[] = [];
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        policy: { type: 'string' },
        accounts: { type: 'string' },
        include: { type: 'string' },
        exclude: { type: 'string' },
        ou: { type: 'string' },
        regions: { type: 'string' },
        'role-name': { type: 'string' },
        'external-id': { type: 'string' },
        shard: { type: 'string' },
        'no-forecast': { type: 'boolean' },
        concurrency: { type: 'string' },
        'no-prewarm': { type: 'boolean' },
        ...INCREASE_CAP_OPTIONS,
        ...OUTPUT_OPTIONS,
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(SCAN_USAGE);
      return 0;
    }
    const fmt = format(values.format);
    const options = await resolveScanOptions(
      {
        policy: values.policy,
        accounts: values.accounts,
        include: values.include,
        exclude: values.exclude,
        organizationalUnits: values.ou,
        regions: values.regions,
        roleName: values['role-name'],
        externalId: values['external-id'] ?? io.env.QUOTA_GUARD_EXTERNAL_ID,
        shard: values.shard,
        forecast: values['no-forecast'] ? 'false' : '',
        failOn: values['fail-on'],
        concurrency: values.concurrency,
      },
      FLAG_NAMES,
    );
    const caps = capFlags(values);
    const log = (line: string): void => io.stderr(`${line}\n`);
    const workers = scanWorkers();
    const run = await import('../scan/run.js');
    expected.push(run.ScanSetupError);
    let report = await (scan ?? run.runScan)({ ...options, ...(workers ? { workers } : {}), log });
    const toFile = [...report.prewarm, ...(report.automation ?? [])];
    if (toFile.length && !values['no-prewarm']) {
      try {
        const out = await (prewarm ?? (await import('../scan/prewarm.js')).filePrewarm)(toFile, {
          settings: report.policy.scan,
          ...(options.externalId ? { externalId: options.externalId } : {}),
          policy: caps,
          ...(options.credentials ? { credentials: options.credentials } : {}),
          ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
          change: runContext(io.env),
          log,
        });
        report = { ...report, requests: out.requests };
        for (const line of out.lines) log(`quota-guard: ${line}`);
      } catch (e) {
        log(`quota-guard: DR prewarm failed: ${(e as Error).message}; the requests listed may not be filed`);
      }
    }
    return await output(report, fmt, values.output, io);
  } catch (err) {
    return reportError(err, io, expected);
  }
}

/** `quota-guard merge SHARD.json…`. */
export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OUTPUT_OPTIONS,
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      io.stdout(MERGE_USAGE);
      return 0;
    }
    if (!positionals.length) throw new UsageError('nothing to merge: give the JSON reports of the shards (quota-guard merge shard-*.json)');
    const fmt = format(values.format);
    const failOn = values['fail-on'] ? named('--fail-on', () => parseFailOn(values['fail-on']!)) : undefined;
    const reports = await readReports(positionals);
    const merged = mergeScanReports(reports, failOn ? { failOn } : {});
    return await output(merged, fmt, values.output, io);
  } catch (err) {
    return reportError(err, io);
  }
}
