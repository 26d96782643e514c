import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { decodeInput } from '../../src/parsers/input-text.js';
import { Ref, Unknown } from '../../src/model.js';
import { errorOf, fixture } from '../helpers/load.js';

const plan = fixture('terraform/example-plan.json');

const errorText = (fn: () => unknown): string => errorOf(fn).message;

describe('Terraform plan parser', () => {
  test('reads actions, regions, and turns unknown references into Refs', () => {
    const parsed = parseTerraformPlan(plan, 'plan.json');
    const nat = parsed.changes.find((c) => c.address === 'aws_nat_gateway.this["eu-west-1b"]');
    expect(nat?.region).toBe('eu-west-1');
    expect(nat?.after?.get('subnet_id')).toEqual(new Ref('aws_subnet.public["eu-west-1b"]'));
    const asg = parsed.changes.find((c) => c.address === 'aws_autoscaling_group.web');
    expect(asg?.after?.get('launch_template', 0, 'id')).toEqual(new Ref('aws_launch_template.web'));
    expect(asg?.after?.get('max_size')).toBe(12);
    const lambda = parsed.changes.find((c) => c.address === 'aws_lambda_function.api');
    expect(lambda?.after?.get('arn')).toBeInstanceOf(Unknown);
    expect(parsed.changes.find((c) => c.address === 'aws_db_instance.main')?.action).toBe('replace-create-first');
    expect(parsed.changes.find((c) => c.address === 'aws_sqs_queue.jobs')?.action).toBe('none');
  });

  test("accepts the [command] line hashicorp/setup-terraform's wrapper prints, and trailing workflow commands", () => {
    const wrapped = `[command]/home/runner/work/_temp/abc/terraform-bin show -json tfplan\n${plan}\n::debug::Terraform exited with code 0.\n`;
    expect(parseTerraformPlan(wrapped, 'plan.json').changes).toHaveLength(parseTerraformPlan(plan, 'plan.json').changes.length);
  });

  test('accepts UTF-16 with a byte-order mark (PowerShell redirects)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan.replace(/\n/g, '\r\n'), 'utf16le')]);
    expect(parseTerraformPlan(decodeInput(utf16, 'plan.json'), 'plan.json').changes.length).toBeGreaterThan(10);
  });

  test('configuration sections of an unexpected shape are ignored, not a crash', () => {
    const plan = JSON.stringify({
      format_version: '1.2',
      resource_changes: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', provider_name: 'aws', change: { actions: ['create'], before: null, after: {} } }],
      configuration: { provider_config: { aws: null }, root_module: { resources: [null], module_calls: { m: null } } },
    });
    expect(parseTerraformPlan(plan, 'p.json', { region: 'eu-north-1' }).changes).toHaveLength(1);
  });

  test('old short provider names are AWS too', () => {
    const old = JSON.stringify({ format_version: '0.1', terraform_version: '0.12.29', resource_changes: [{ address: 'aws_vpc.a', mode: 'managed', type: 'aws_vpc', name: 'a', provider_name: 'aws', change: { actions: ['create'], before: null, after: {} } }] });
    expect(parseTerraformPlan(old, 'p.json', { region: 'eu-north-1' }).changes[0].region).toBe('eu-north-1');
  });

  test('clear errors for state files, human-readable plans, binary plans and broken JSON', () => {
    expect(errorText(() => parseTerraformPlan('{"format_version":"1.0","values":{"root_module":{}}}', 's.json'))).toMatch(/Terraform state, not a plan.*terraform show -json tfplan/);
    expect(errorText(() => parseTerraformPlan('Terraform will perform the following actions:\n  + resource "aws_vpc" "a"', 'p.txt'))).toMatch(/human-readable plan output/);
    expect(errorText(() => decodeInput(Buffer.from([0x50, 0x4b, 3, 4, 0, 0]), 'tfplan'))).toMatch(/binary Terraform plan file; run `terraform show -json tfplan > plan.json`/);
    expect(errorText(() => parseTerraformPlan('{"format_version": "1.2",\n "resource_changes": [}', 'p.json'))).toMatch(/invalid JSON at line 2/);
    expect(errorText(() => parseTerraformPlan('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}', 't.json'))).toMatch(/pass it with --template/);
    expect(errorText(() => parseTerraformPlan('{"format_version":"9.0","resource_changes":[]}', 'p.json'))).toMatch(/unsupported plan format_version "9.0"/);
    // A garbled plan never passes the gate with "no requirements".
    expect(errorText(() => parseTerraformPlan('{"format_version":"1.2","resource_changes":{}}', 'p.json'))).toBe('resource_changes is not a list; is this the output of `terraform show -json`?');
    for (const rcs of ['[null]', '["x"]', '[{"address":"aws_vpc.a","change":null}]']) {
      expect(errorText(() => parseTerraformPlan(`{"format_version":"1.2","resource_changes":${rcs}}`, 'p.json'))).toMatch(/^resource_changes\[0\] is not a resource change/);
    }
  });
});
