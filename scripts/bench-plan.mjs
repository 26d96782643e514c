// Benchmark: the CLI as a whole process on a large plan, against the floor of `node` doing only JSON.parse of the same
// file, in the same run. Builds a synthetic plan of 100,000 resource changes (~127 MB, with planned_values and
// prior_state as Terraform writes them), bundles the CLI (`npm run bundle`, which rewrites dist/), then runs, in
// turn, (a) `node -e` reading and JSON.parse-ing the file and (b) `node dist/cli/index.js check --offline --format
// table --plan FILE`, each a fresh process under `/usr/bin/time -v` (peak RSS), and prints the medians, their ratio
// and each peak RSS against the goals (ratio <= 1.3, peak RSS <= 3 x the file size).
// Usage: npm run bench [-- --resources N --runs R --plan EXISTING.json --no-bundle --node PATH]
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';

const { values } = parseArgs({
  options: {
    resources: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    plan: { type: 'string' },
    'no-bundle': { type: 'boolean', default: false },
    node: { type: 'string', default: process.execPath },
    'write-plan': { type: 'string' },
  },
});

const TYPES = [
  ['aws_instance', (i) => ({ instance_type: ['t3.micro', 'm5.large', 'c6i.2xlarge', 'r6g.xlarge'][i % 4], ami: 'ami-0123456789abcdef0', subnet_id: `subnet-${i % 97}`, tags: { Name: `node-${i}`, team: 'platform', cost_center: 'cc-1234' }, root_block_device: [{ volume_size: 50, volume_type: 'gp3', encrypted: true }], vpc_security_group_ids: ['sg-0a', 'sg-0b'] })],
  ['aws_security_group', (i) => ({ name: `sg-${i}`, vpc_id: 'vpc-0abc', ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'], ipv6_cidr_blocks: [], security_groups: [], prefix_list_ids: [], self: false, description: 'https' }], egress: [], tags: { Name: `sg-${i}` } })],
  ['aws_s3_bucket', (i) => ({ bucket: `bench-bucket-${i}`, force_destroy: false, tags: { env: 'bench', owner: 'platform' } })],
  ['aws_iam_role', (i) => ({ name: `role-${i}`, assume_role_policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), max_session_duration: 3600 })],
  ['aws_autoscaling_group', (i) => ({ max_size: 4 + (i % 5), min_size: 1, desired_capacity: 2, launch_template: [{ id: 'lt-0abc', version: '$Latest' }], vpc_zone_identifier: ['subnet-1', 'subnet-2'], tag: [{ key: 'Name', value: `asg-${i}`, propagate_at_launch: true }] })],
  ['aws_cloudwatch_metric_alarm', (i) => ({ alarm_name: `alarm-${i}`, comparison_operator: 'GreaterThanThreshold', evaluation_periods: 2, metric_name: 'CPUUtilization', namespace: 'AWS/EC2', period: 300, statistic: 'Average', threshold: 80, dimensions: { AutoScalingGroupName: `asg-${i}` } })],
];
const ACTIONS = [['create'], ['create'], ['update'], ['no-op'], ['delete'], ['create', 'delete']];

async function writePlan(file, n) {
  const out = createWriteStream(file);
  const write = async (s) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const perBlock = 50;
  const resource = (i) => {
    const [type, make] = TYPES[i % TYPES.length];
    const block = Math.floor(i / (perBlock * TYPES.length));
    const actions = ACTIONS[i % ACTIONS.length];
    const after = actions[0] === 'delete' && actions.length === 1 ? null : make(i);
    const before = actions[0] === 'create' && actions.length === 1 ? null : make(i + 1);
    return { type, block, actions, after, before };
  };
  // Like a real plan, planned_values and prior_state repeat every resource's values, in Terraform's order:
  // format_version, planned_values, resource_changes, prior_state, configuration (jsonplan plan.go).
  const section = async (key, pick) => {
    await write(`"${key}":{"root_module":{"resources":[`);
    let first = true;
    for (let i = 0; i < n; i++) {
      const r = resource(i);
      const values = pick(r);
      if (!values) continue;
      await write((first ? '' : ',') + JSON.stringify({ address: `module.m${r.block % 20}.${r.type}.r${r.block}[${i % perBlock}]`, mode: 'managed', type: r.type, name: `r${r.block}`, index: i % perBlock, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} }));
      first = false;
    }
    await write(']}},');
  };
  await write('{"format_version":"1.2","terraform_version":"1.9.5",');
  await section('planned_values', (r) => r.after);
  await write('"resource_changes":[');
  for (let i = 0; i < n; i++) {
    const { type, block, actions, after, before } = resource(i);
    const rc = {
      address: `module.m${block % 20}.${type}.r${block}[${i % perBlock}]`,
      module_address: `module.m${block % 20}`,
      mode: 'managed',
      type,
      name: `r${block}`,
      index: i % perBlock,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions, before, after, after_unknown: after ? { id: true, arn: true, tags_all: true } : {}, before_sensitive: {}, after_sensitive: after ? { tags: {} } : false },
    };
    await write((i ? ',' : '') + JSON.stringify(rc));
  }
  await write('],');
  await section('prior_state', (r) => r.before);
  await write('"configuration":{"provider_config":{"aws":{"name":"aws","expressions":{"region":{"constant_value":"us-east-1"}}}},"root_module":{"module_calls":{');
  const calls = [];
  for (let m = 0; m < 20; m++) {
    const resources = [];
    for (let b = m; b * perBlock * TYPES.length < n; b += 20) for (const [type] of TYPES) resources.push({ address: `${type}.r${b}`, mode: 'managed', type, name: `r${b}`, provider_config_key: 'module.m:aws', expressions: {}, count_expression: { constant_value: perBlock } });
    calls.push(`"m${m}":${JSON.stringify({ source: `./modules/m${m}`, module: { resources } })}`);
  }
  await write(`${calls.join(',')}}}}}`);
  out.end();
  await once(out, 'finish');
}

const TIME = '/usr/bin/time';
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli', 'index.js');
const FLOOR = "JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'))";

/** One run of `args` under /usr/bin/time -v: wall-clock ms (measured here, around the whole process) and peak RSS. */
function measure(args, ok) {
  const start = process.hrtime.bigint();
  const r = spawnSync(TIME, ['-v', values.node, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!ok(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!kb) throw new Error(`no peak RSS in the output of ${TIME} -v`);
  // CPU time (user + system) as well: on a shared, loaded machine it varies far less than wall-clock time.
  const cpu = ['User', 'System'].map((k) => Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1]));
  return { ms, cpuMs: (cpu[0] + cpu[1]) * 1000, rssMb: Number(kb[1]) / 1024, stdout: r.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (values['write-plan']) {
  await writePlan(values['write-plan'], Number(values.resources));
  process.exit(0);
}
if (!existsSync(TIME)) throw new Error(`${TIME} is needed for the peak RSS (apt-get install time)`);
if (!values['no-bundle']) execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' });
const dir = values.plan ? undefined : mkdtempSync(path.join(tmpdir(), 'qg-bench-'));
const file = values.plan ?? path.join(dir, 'plan.json');
try {
  if (!values.plan) await writePlan(file, Number(values.resources));
  const sizeMb = statSync(file).size / 1024 / 1024;
  const floor = [];
  const ours = [];
  // Interleaved, so a machine that gets busier or quieter during the run weighs on both sides alike.
  for (let i = 0; i < Number(values.runs); i++) {
    floor.push(measure(['-e', FLOOR, file], (s) => s === 0));
    // Offline, the check may find a quota exceeded (exit 1); anything else is a failed run.
    ours.push(measure([cli, 'check', '--offline', '--format', 'table', '--plan', file], (s) => s === 0 || s === 1));
  }
  const f = median(floor.map((x) => x.ms));
  const o = median(ours.map((x) => x.ms));
  const fRss = median(floor.map((x) => x.rssMb));
  const oRss = median(ours.map((x) => x.rssMb));
  const rows = ours[0].stdout.split('\n').length;
  const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`plan: ${ours[0].stdout ? '' : '(no output!) '}${file}, ${sizeMb.toFixed(1)} MB; node ${spawnSync(values.node, ['--version'], { encoding: 'utf8' }).stdout.trim()}; ${floor.length} interleaved runs, medians`);
  console.log(`floor  node -e 'JSON.parse(readFileSync(file))':          ${f.toFixed(0)} ms [${list(floor.map((x) => x.ms))}], peak RSS ${fRss.toFixed(0)} MB = ${(fRss / sizeMb).toFixed(2)} x file`);
  console.log(`quota-guard check --offline --format table --plan:      ${o.toFixed(0)} ms [${list(ours.map((x) => x.ms))}], peak RSS ${oRss.toFixed(0)} MB = ${(oRss / sizeMb).toFixed(2)} x file (goal <= 3) [${list(ours.map((x) => x.rssMb))}], ${rows} lines of output`);
  const fc = median(floor.map((x) => x.cpuMs));
  const oc = median(ours.map((x) => x.cpuMs));
  console.log(`ratio: ${(o / f).toFixed(2)} (goal <= 1.3); CPU time (user + sys) ${oc.toFixed(0)} ms against ${fc.toFixed(0)} ms, ratio ${(oc / fc).toFixed(2)}`);
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
