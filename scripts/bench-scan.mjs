// Benchmark: the org-wide scan of 1,000 accounts × 17 regions against the local fake AWS, run in its own process,
// which adds 50 ms to every call and enforces the published request rates with token buckets (answering throttling
// errors over them; test/fake-aws/org-sts.mjs PUBLISHED_RATES). Prints the wall time, the rate-limit floor for the
// same calls, their ratio, the AWS calls made (total and per account-region), the throttling errors the fake
// answered, and the CPU the scanner used.
//
// The floor is the least time any client could need for these calls under these rates and this latency:
//   max( the fullest token bucket: (calls − bucket size) / rate over every (account, region, API) and the shared
//        Organizations and STS buckets,
//        the dependency chain: listing the organization (one ListAccounts page after another, each at least one
//        latency and one Organizations token apart), then one account's AssumeRole → DescribeRegions → the longest
//        ListServiceQuotas walk (pages follow NextToken) → GetMetricData, one latency each ).
// The scan reads on worker threads (src/scan/workers.ts), as the bundled entries run it: one per core unless
// --workers says otherwise (0: every read in the scanner's own thread).
// Usage: npm run bench:scan [-- --accounts N --regions R --latency MS --concurrency C --workers W --environments tags|names]
import { execFileSync, fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000' },
    regions: { type: 'string', default: '17' },
    latency: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '128' },
    workers: { type: 'string' },
    environments: { type: 'string', default: 'names' },
    child: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});

const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1',
  'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'sa-east-1',
].slice(0, Number(values.regions));
const ENVS = ['production', 'staging', 'development', 'disaster_recovery'];
const pad = (n) => String(n).padStart(4, '0');
const accountId = (i) => String(200000000000 + i);

// ---- The fake (child process) ---------------------------------------------------------------------------------

/**
 * One member template shared by every account (ids differ, data does not): per region the five services of the
 * default watch list with realistic quota counts (EC2 ~160 listed quotas → 2 ListServiceQuotas pages; ELB 15;
 * Auto Scaling 2; Lambda 3; Fargate 2), the watched codes spread over the pages so every walk reads to the end,
 * a few vCPU classes with only a default value (one ListAWSDefaultServiceQuotas walk per region), and 30 days of
 * daily peaks for each usage metric.
 */
async function memberTemplate() {
  const root = path.resolve(import.meta.dirname, '..', 'build', 'src');
  const { defaultWatchedQuotas } = await import(path.join(root, 'scan/defaults.js'));
  const watched = defaultWatchedQuotas();
  const defaultOnly = new Set(['L-C4BD4855', 'L-6B0D517C', 'L-85EED4F7']);
  const sizes = { ec2: 160, elasticloadbalancing: 15, autoscaling: 2, lambda: 3, fargate: 2 };
  const quotas = [];
  const metrics = [];
  for (const [service, size] of Object.entries(sizes)) {
    const mine = watched.filter((q) => q.serviceCode === service);
    const filler = Math.max(0, size - mine.length);
    const step = Math.max(1, Math.floor(size / Math.max(1, mine.length)));
    const list = Array.from({ length: filler }, (_, i) => ({ serviceCode: service, quotaCode: `L-${service.slice(0, 2).toUpperCase()}${String(i).padStart(6, '0')}`, value: 100, default: 100 }));
    mine.forEach((q, i) => {
      const dims = { Service: service, Type: 'Resource', Resource: q.quotaCode, Class: 'None' };
      const entry = { serviceCode: service, quotaCode: q.quotaCode, name: q.name, default: 1000, usageMetric: { namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: dims, stat: 'Maximum' } };
      if (!defaultOnly.has(q.quotaCode)) entry.value = 1000;
      list.splice(Math.min(list.length, i * step + step - 1), 0, entry);
      // 30 daily peaks (newest first): 5–15 % of the quota, slowly rising with a weekly spike, so every trend is
      // fitted but a healthy organization yields few findings (as a real nightly run should).
      metrics.push({ namespace: 'AWS/Usage', name: 'ResourceCount', dimensions: dims, values: Array.from({ length: 30 }, (_, d) => 50 + 3 * (29 - d) + (d % 7 === 3 ? 40 : 0)) });
    });
    quotas.push(...list);
  }
  return Object.fromEntries(REGIONS.map((r) => [r, { quotas, metrics }]));
}

if (values.child === 'fake') {
  const { startFakeAws } = await import('../test/fake-aws/server.mjs');
  const n = Number(values.accounts);
  const seed = {
    account: '111111111111',
    regions: {},
    organization: {
      accounts: Array.from({ length: n }, (_, i) => ({ id: accountId(i), name: `${ENVS[i % 4].slice(0, 4)}-team-${pad(i)}`, tags: { Environment: ENVS[i % 4] } })),
    },
    memberDefaults: { regions: await memberTemplate() },
    simulate: { latencyMs: Number(values.latency), rates: true },
  };
  const fake = await startFakeAws(seed);
  // The fake records every call; a benchmark only needs the counts in simulate.stats.
  setInterval(() => (fake.calls.length = 0), 1000).unref();
  process.on('message', (m) => {
    if (m === 'stats') process.send({ stats: seed.simulate.stats, cpu: process.cpuUsage() });
    if (m === 'stop') fake.close().then(() => process.exit(0));
  });
  process.send({ url: fake.url });
} else {
  await main();
}

// ---- The benchmark (parent) -----------------------------------------------------------------------------------

function policyYaml(environments) {
  const match = (env) => (environments === 'tags' ? `{ tags: { Environment: ${env} } }` : `{ names: ['${env.slice(0, 4)}-*'] }`);
  return `version: 1
scan:
  regions: enabled
forecast: { enabled: true, within-days: 30 }
environments:
  production: { match: ${match('production')}, baselines: { ec2/L-1216C47A: 1000, lambda/L-B99A9384: 1000 } }
  staging: { match: ${match('staging')}, baselines: { ec2/L-1216C47A: 500 } }
  development: { match: ${match('development')} }
  disaster_recovery: { match: ${match('disaster_recovery')}, baselines: { ec2/L-1216C47A: 1000 } }
dr:
  - { primary: us-east-1, secondary: us-west-2, standby: warm, environments: [production] }
`;
}

function floor(stats, latency, accounts, walkPages) {
  let worst = { key: '', seconds: 0 };
  for (const [key, b] of Object.entries(stats.buckets)) {
    const s = Math.max(0, (b.calls - b.capacity) / b.rate);
    if (s > worst.seconds) worst = { key, seconds: s };
  }
  const orgRate = 5;
  const listPages = Math.ceil(accounts / 20);
  const chain = (listPages * Math.max(latency, 1000 / orgRate) + (2 + walkPages + 1) * latency) / 1000;
  return { seconds: Math.max(worst.seconds, chain), bucket: worst, chain };
}

async function main() {
  const root = path.resolve(import.meta.dirname, '..');
  if (!values['no-build']) {
    try {
      execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    } catch {
      console.error('bench: tsc reported errors; using what it emitted');
    }
  }
  const child = fork(import.meta.filename, ['--child', 'fake', '--accounts', values.accounts, '--regions', values.regions, '--latency', values.latency], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [{ url }] = await once(child, 'message');
  const ask = async () => {
    child.send('stats');
    const [m] = await once(child, 'message');
    return m;
  };
  Object.assign(process.env, {
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
  });
  delete process.env.AWS_PROFILE;
  const { runScan } = await import(path.join(root, 'build/src/scan/run.js'));
  const { parsePolicy } = await import(path.join(root, 'build/src/scan/policy.js'));
  const policy = parsePolicy(policyYaml(values.environments), 'bench.yml');
  const fakeCpu0 = (await ask()).cpu;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  // The compiled CLI entry re-enters as a scan worker, as dist/cli/index.js does; as many workers as the bundle starts
  // (scanWorkers: one per core up to its cap, none on one core) unless --workers says otherwise.
  const { enableScanWorkers, scanWorkers } = await import(path.join(root, 'build/src/scan/worker-entry.js'));
  enableScanWorkers(path.join(root, 'build/src/cli/index.js'));
  const workers = values.workers !== undefined ? Number(values.workers) : (scanWorkers()?.count ?? 0);
  const report = await runScan({
    policy,
    concurrency: Number(values.concurrency),
    ...(workers > 0 ? { workers: { count: workers, entry: path.join(root, 'build/src/cli/index.js') } } : {}),
    progressEvery: 15_000,
    log: (l) => process.stderr.write(`${l}\n`),
  });
  const wall = (performance.now() - t0) / 1000;
  // process.cpuUsage counts every thread of the process, workers included.
  const cpu = process.cpuUsage(cpu0);
  const { stats, cpu: fakeCpu } = await ask();
  child.send('stop');
  const calls = Object.values(report.calls).reduce((a, b) => a + b, 0);
  const ar = report.totals.accountRegions;
  const walkPages = Math.ceil(160 / 100);
  const f = floor(stats, Number(values.latency), Number(values.accounts), walkPages);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const fakeCpuS = (fakeCpu.user - fakeCpu0.user + fakeCpu.system - fakeCpu0.system) / 1e6;
  console.log(`scan: ${report.totals.accounts} accounts × ${values.regions} regions = ${ar} account-regions, ${report.totals.quotasChecked} quota values, ${report.findings.length} findings, ${report.totals.errors} errors`);
  console.log(`wall time:        ${wall.toFixed(1)} s (goal <= 600 s)`);
  console.log(`rate-limit floor: ${f.seconds.toFixed(1)} s (fullest bucket ${f.bucket.key || '-'}: ${f.bucket.seconds.toFixed(1)} s; dependency chain ${f.chain.toFixed(1)} s)`);
  console.log(`ratio:            ${(wall / f.seconds).toFixed(2)} (goal <= 1.2)`);
  console.log(`AWS calls:        ${calls} total, ${(calls / ar).toFixed(2)} per account-region (${Object.entries(report.calls).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  console.log(`throttled:        ${stats.throttled} calls answered with a throttling error by the fake; ${report.totals.errors} errors in the report`);
  console.log(`CPU:              scanner ${cpuS.toFixed(1)} s on ${workers || 'no'} worker thread(s) (${((cpuS / wall) * 100).toFixed(0)} % of one core), fake ${fakeCpuS.toFixed(1)} s; ${((cpuS + fakeCpuS) / wall).toFixed(2)} of ${availableParallelism()} cores busy`);
  console.log(`peak RSS:         ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (scanner)`);
}
