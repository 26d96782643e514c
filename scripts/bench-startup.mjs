// Start-up benchmark: the bundled CLI's `--help`, an offline check of the example plan, `scan --help`, `merge` of a
// small scan report, and an offline action run, each beside `node -e 0` in the same run, interleaved so machine noise hits all alike. Prints medians and the
// difference to the floor against the goals (CLI within 0.15 s, action within 0.3 s of `node -e 0`).
// Usage: npm run bundle && npm run bench:startup [-- --runs 21]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const node = process.execPath;
const tmp = mkdtempSync(path.join(tmpdir(), 'qg-bench-startup-'));
const plan = 'test/fixtures/terraform/example-plan.json';
const declared = parse(readFileSync('action.yml', 'utf8')).inputs;
const actionEnv = () => {
  const out = path.join(tmp, 'out');
  const summary = path.join(tmp, 'summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  // The runner passes every declared input, defaults included.
  const inputs = Object.fromEntries(Object.entries(declared).map(([name, spec]) => [`INPUT_${name.toUpperCase()}`, spec.default === '${{ github.token }}' ? 'token' : String(spec.default ?? '')]));
  const given = { INPUT_PLAN: plan, INPUT_OFFLINE: 'true', 'INPUT_FAIL-ON': 'never' };
  return { PATH: process.env.PATH, HOME: tmp, ...inputs, ...given, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, GITHUB_WORKSPACE: process.cwd(), GITHUB_EVENT_NAME: 'push' };
};

const cases = {
  'node -e 0': () => [['-e', '0'], process.env],
  'cli --help': () => [['dist/cli/index.js', '--help'], process.env],
  'cli check --offline (example plan)': () => [['dist/cli/index.js', 'check', '--offline', '--fail-on', 'never', '--plan', plan], process.env],
  'cli scan --help': () => [['dist/cli/index.js', 'scan', '--help'], process.env],
  'cli merge (small report)': () => [['dist/cli/index.js', 'merge', 'test/fixtures/scan/report.json'], process.env],
  'action check, offline (example plan)': () => [['dist/index.js'], actionEnv()],
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  for (const [name, make] of Object.entries(cases)) {
    const [args, env] = make();
    const t0 = process.hrtime.bigint();
    const r = spawnSync(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}${r.stdout ?? ''}`);
    times[name].push(Number(t1 - t0) / 1e9);
  }
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(times['node -e 0']);
const goals = { 'cli --help': 0.15, 'cli check --offline (example plan)': 0.15, 'cli scan --help': 0.15, 'cli merge (small report)': 0.15, 'action check, offline (example plan)': 0.3 };
console.log(`start-up, median of ${RUNS} interleaved runs on ${node} (${process.version})`);
console.log(`  node -e 0 (floor)                       ${floor.toFixed(3)} s`);
for (const [name, goal] of Object.entries(goals)) {
  const m = median(times[name]);
  const d = m - floor;
  console.log(`  ${name.padEnd(40)}${m.toFixed(3)} s  floor +${d.toFixed(3)} s  (goal ≤ +${goal.toFixed(2)} s: ${d <= goal ? 'met' : 'NOT met'})`);
}
