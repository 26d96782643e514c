// Broken or hostile Terraform plans (issue 9): a shape Terraform never writes is an error naming the resource, the
// fast reader reads only top-level members, a truncated file is refused, and negative amounts are never counted.
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { Unknown } from '../../src/model.js';
import { buildRequirements } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import { byKey, errorOf, fixture } from '../helpers/load.js';

const instance = (extra: Record<string, unknown> = {}, change: Record<string, unknown> = {}) => ({
  address: 'aws_instance.web',
  mode: 'managed',
  type: 'aws_instance',
  name: 'web',
  provider_name: 'registry.terraform.io/hashicorp/aws',
  change: { actions: ['create'], before: null, after: { instance_type: 'm5.large' }, after_unknown: {}, ...change },
  ...extra,
});
const planOf = (rcs: unknown[], rest: Record<string, unknown> = {}) => JSON.stringify({ format_version: '1.2', resource_changes: rcs, ...rest });
const requirements = (text: string) => buildRequirements([parseTerraformPlan(text, 'p.json', { region: 'eu-west-1' })], { capacity: 'max', vcpus: vcpuLookup() });

describe('Terraform plan: closed sets', () => {
  test.each([['"create"'], ['["Create"]'], ['["add"]'], ['[]'], ['["create","update"]'], ['[1]']])('actions %s is an error naming the address', (actions) => {
    const text = planOf([instance({}, { actions: JSON.parse(actions) })]);
    expect(errorOf(() => parseTerraformPlan(text, 'p.json')).message).toMatch(/^aws_instance\.web: change\.actions is .* not a Terraform action list/);
  });

  test('a create without after, or an update without before, reads as unknown (a dropped value is never "nothing")', () => {
    const asg = (change: Record<string, unknown>) => instance({ address: 'aws_autoscaling_group.g', type: 'aws_autoscaling_group', name: 'g' }, change);
    for (const rc of [asg({ after: undefined }), asg({ after: null })]) {
      expect(requirements(planOf([rc])).requirements.flatMap((x) => x.unknowns).join()).toMatch(/aws_autoscaling_group\.g: the plan gives no change\.after/);
    }
    const update = parseTerraformPlan(planOf([asg({ actions: ['update'], before: null, after: { max_size: 3 } })]), 'p.json');
    expect(update.changes[0].before?.get('max_size')).toStrictEqual(new Unknown('aws_autoscaling_group.g: the plan gives no change.before for this ["update"] change'));
  });

  test('missing actions is an error too', () => {
    const rc = instance();
    delete (rc.change as Record<string, unknown>).actions;
    expect(errorOf(() => parseTerraformPlan(planOf([rc]), 'p.json')).message).toMatch(/^aws_instance\.web: change\.actions is missing/);
  });

  test.each([['"Managed"'], ['"resource"'], ['null'], ['7']])('mode %s is an error', (mode) => {
    expect(errorOf(() => parseTerraformPlan(planOf([instance({ mode: JSON.parse(mode) })]), 'p.json')).message).toMatch(/^aws_instance\.web: mode is .*, not managed or data/);
  });

  test("every action list Terraform writes is read (jsonplan UnmarshalActions)", () => {
    const actions = [['no-op'], ['create'], ['read'], ['update'], ['delete', 'create'], ['create', 'delete'], ['delete'], ['forget'], ['create', 'forget']];
    const text = planOf(actions.map((a, i) => instance({ address: `aws_instance.w${i}`, name: `w${i}` }, { actions: a, before: a[0] === 'create' && a[1] !== 'delete' ? null : { instance_type: 'm5.large' }, after: a.includes('delete') && a.length === 1 ? null : { instance_type: 'm5.large' } })));
    expect(parseTerraformPlan(text, 'p.json').changes.map((c) => c.action)).toEqual(['none', 'create', 'none', 'update', 'replace-delete-first', 'replace-create-first', 'delete', 'none', 'create']);
  });
});

describe('Terraform plan: only top-level members are read', () => {
  const real = [instance()];
  const decoy: unknown[] = [];

  test("a variable's value holding a resource_changes key does not hide the real changes", () => {
    // Terraform writes variables before resource_changes: the old reader took the first "resource_changes": it met.
    const text = `{"format_version":"1.2","variables":{"v":{"value":{"resource_changes":${JSON.stringify(decoy)}}}},"resource_changes":${JSON.stringify(real)}}`;
    expect(parseTerraformPlan(text, 'p.json', { region: 'eu-west-1' }).changes.map((c) => c.address)).toEqual(['aws_instance.web']);
  });

  test("an output's planned value holding the key does not either", () => {
    const text = `{"format_version":"1.2","planned_values":{"outputs":{"o":{"value":{"resource_changes":[]}}}},"resource_changes":${JSON.stringify(real)},"output_changes":{"o":{"after":{"resource_changes":[]}}}}`;
    expect(parseTerraformPlan(text, 'p.json', { region: 'eu-west-1' }).changes).toHaveLength(1);
  });

  test('a duplicated top-level key is refused', () => {
    const text = `{"format_version":"1.2","resource_changes":${JSON.stringify(real)},"resource_changes":[]}`;
    expect(errorOf(() => parseTerraformPlan(text, 'p.json')).message).toMatch(/the top-level key "resource_changes" appears twice/);
  });

  test('members in any order are read', () => {
    const text = `{"resource_changes":${JSON.stringify(real)},"format_version":"1.2"}`;
    expect(parseTerraformPlan(text, 'p.json', { region: 'eu-west-1' }).changes).toHaveLength(1);
  });

  test('a plan cut off anywhere (in configuration, after resource_changes) is an error', () => {
    const full = fixture('terraform/example-plan.json');
    const cut = full.indexOf('"configuration"') + 200;
    expect(errorOf(() => parseTerraformPlan(full.slice(0, cut), 'p.json')).message).toMatch(/^invalid JSON/);
    for (const at of [full.length - 2, Math.floor(full.length / 2), 30]) expect(errorOf(() => parseTerraformPlan(full.slice(0, at), 'p.json')).message).toMatch(/invalid JSON|no JSON object/);
  });

  test('deep nesting is refused with one line, not a stack overflow', () => {
    const deep = `{"format_version":"1.2","resource_changes":[],"planned_values":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(errorOf(() => parseTerraformPlan(deep, 'p.json')).message).toMatch(/nests deeper than 256 levels/);
  });
});

describe('negative and non-finite amounts are never counted', () => {
  const asg = (name: string, max: unknown) =>
    instance({ address: `aws_autoscaling_group.${name}`, type: 'aws_autoscaling_group', name }, { after: { max_size: max, min_size: 0, launch_template: [], mixed_instances_policy: [] } });

  test('a negative max_size does not cancel another resource', () => {
    const lt = instance({ address: 'aws_launch_template.lt', type: 'aws_launch_template', name: 'lt' }, { after: { instance_type: 'm5.large' } });
    const rcs = [instance(), lt, { ...asg('neg', -100), change: { ...asg('neg', -100).change, after: { max_size: -100, min_size: 0, launch_template: [{ id: 'lt-1', name: null }] } } }];
    const r = requirements(planOf(rcs));
    expect(byKey(r.requirements)['eu-west-1 L-1216C47A region'].required).toBe(2); // the instance's 2 vCPUs stand
    expect(r.requirements.flatMap((x) => x.unknowns).join()).toMatch(/aws_autoscaling_group\.neg: maximum size is negative/);
  });

  test('a negative allocated_storage is unknown with the reason', () => {
    const db = instance({ address: 'aws_db_instance.db', type: 'aws_db_instance', name: 'db' }, { after: { allocated_storage: -500, engine: 'postgres', instance_class: 'db.t3.micro' } });
    const storage = byKey(requirements(planOf([db])).requirements)['eu-west-1 L-7ADDB58A region'];
    expect(storage.required).toBe(0);
    expect(storage.unknowns).toEqual([expect.stringMatching(/allocated_storage is negative \(-500\)/)]);
  });

  test.each([[1.5, 'not a whole number'], [1e300, 'too large']])('max_size %p is unknown (%s)', (max, why) => {
    const r = byKey(requirements(planOf([{ ...asg('g', max), change: { ...asg('g', max).change, after: { max_size: max, launch_template: [{ id: 'lt-1' }] } } }])).requirements);
    const vcpus = Object.values(r).find((x) => x.unknowns.length);
    expect(vcpus?.unknowns.join()).toContain(why);
  });

  test("Lambda's reserved_concurrent_executions -1 still means no reservation", () => {
    const fn = instance({ address: 'aws_lambda_function.f', type: 'aws_lambda_function', name: 'f' }, { after: { reserved_concurrent_executions: -1 } });
    expect(byKey(requirements(planOf([fn])).requirements)['eu-west-1 L-B99A9384 region']).toBeUndefined();
    const neg = instance({ address: 'aws_lambda_function.f', type: 'aws_lambda_function', name: 'f' }, { after: { reserved_concurrent_executions: -7 } });
    expect(byKey(requirements(planOf([neg])).requirements)['eu-west-1 L-B99A9384 region'].unknowns.join()).toMatch(/negative/);
  });
});
