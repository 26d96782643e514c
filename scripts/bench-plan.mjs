// Benchmark: plan → requirements against the floor of a plain JSON.parse of the same bytes, in the same run.
// Builds a synthetic plan of 100,000 resource changes (~130 MB, with planned_values and prior_state as Terraform writes them), then times, in fresh child processes, (a) decode +
// JSON.parse and (b) decode + parseTerraformPlan + buildRequirements; prints both, their ratio and peak RSS.
// Usage: npm run bench [-- --resources N --runs R]
import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';

const { values } = parseArgs({
  options: { resources: { type: 'string', default: '100000' }, runs: { type: 'string', default: '3' }, child: { type: 'string' }, file: { type: 'string' }, 'write-plan': { type: 'string' } },
});

if (values.child) {
  // Child: one measurement, printed as JSON on stdout.
  // Both sides read the file from disk, as the CLI does; the floor parses it with nothing else.
  const { readFile } = await import('node:fs/promises');
  const root = path.resolve(import.meta.dirname, '..', 'build', 'src');
  const { loadInput } = await import(path.join(root, 'inputs/load.js'));
  const { buildRequirements } = await import(path.join(root, 'requirements/build.js'));
  const { vcpuLookup } = await import(path.join(root, 'quotas/instance-types.js'));
  const start = process.hrtime.bigint();
  let count;
  if (values.child === 'floor') {
    count = JSON.parse((await readFile(values.file)).toString('utf8')).resource_changes.length;
  } else {
    const input = await loadInput({ format: 'terraform', path: values.file }, 'us-east-1');
    count = buildRequirements([input], { capacity: 'max', vcpus: vcpuLookup() }).requirements.length;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(JSON.stringify({ ms, count, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

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

function measure(kind, file) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', import.meta.filename, '--child', kind, '--file', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${kind} run failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (values['write-plan']) {
  await writePlan(values['write-plan'], Number(values.resources));
  process.exit(0);
}
const dir = mkdtempSync(path.join(tmpdir(), 'qg-bench-'));
const file = path.join(dir, 'plan.json');
try {
  const n = Number(values.resources);
  await writePlan(file, n);
  const sizeMb = statSync(file).size / 1024 / 1024;
  const floor = [];
  const ours = [];
  for (let i = 0; i < Number(values.runs); i++) {
    floor.push(measure('floor', file));
    ours.push(measure('ours', file));
  }
  const f = median(floor.map((x) => x.ms));
  const o = median(ours.map((x) => x.ms));
  const rss = Math.max(...ours.map((x) => x.maxRssMb));
  console.log(`plan: ${n} resource changes, ${sizeMb.toFixed(1)} MB`);
  console.log(`floor  (read + JSON.parse):                       ${f.toFixed(0)} ms (median of ${floor.length}), peak RSS ${Math.max(...floor.map((x) => x.maxRssMb)).toFixed(0)} MB`);
  console.log(`quota-guard (read + parse + requirements):        ${o.toFixed(0)} ms (median of ${ours.length}), ${ours[0].count} requirements`);
  console.log(`ratio: ${(o / f).toFixed(2)} (goal <= 1.3)`);
  console.log(`peak RSS: ${rss.toFixed(0)} MB = ${(rss / sizeMb).toFixed(2)} x file size (goal <= 3)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
