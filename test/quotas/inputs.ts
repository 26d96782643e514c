// Plain inputs for mapping tests: a Terraform plan built from a list of resources (references become
// `after_unknown` values with configuration references, as `terraform show -json` writes them), and a
// CloudFormation template, each run through the real parser and requirement builder.
import { parseCloudFormationTemplate } from '../../src/parsers/cloudformation-template.js';
import { parseTerraformPlan } from '../../src/parsers/terraform-plan.js';
import { buildRequirements } from '../../src/requirements/build.js';
import type { BuildResult } from '../../src/requirements/build.js';
import { vcpuLookup } from '../../src/quotas/instance-types.js';
import type { Requirement } from '../../src/model.js';
import { byKey } from '../helpers/load.js';

export interface TfResource {
  address: string;
  after: Record<string, unknown>;
  /** Attribute → address of the resource it references (known only after apply). */
  refs?: Record<string, string>;
  /** Attributes known only after apply with no reference behind them (Optional+Computed ones left unset). */
  unknown?: string[];
}

export function terraformPlan(resources: TfResource[], region = 'us-east-1'): string {
  const typeOf = (address: string): string => address.split('.')[0]!;
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.9.0',
    resource_changes: resources.map((r) => ({
      address: r.address,
      mode: 'managed',
      type: typeOf(r.address),
      name: r.address.split('.')[1],
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: ['create'], before: null, after: r.after, after_unknown: Object.fromEntries([...Object.keys(r.refs ?? {}), ...(r.unknown ?? [])].map((k) => [k, true])) },
    })),
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: region } } } },
      root_module: {
        resources: resources.map((r) => ({
          address: r.address,
          mode: 'managed',
          type: typeOf(r.address),
          name: r.address.split('.')[1],
          provider_config_key: 'aws',
          expressions: Object.fromEntries(Object.entries(r.refs ?? {}).map(([k, t]) => [k, { references: [`${t}.id`, t] }])),
        })),
      },
    },
  });
}

const options = { capacity: 'max' as const, vcpus: vcpuLookup() };

export function fromTerraform(resources: TfResource[], region = 'us-east-1'): BuildResult & { r: Record<string, Requirement> } {
  const result = buildRequirements([parseTerraformPlan(terraformPlan(resources, region), 'plan.json', {})], options);
  return { ...result, r: byKey(result.requirements) };
}

export function fromTemplate(yaml: string, region = 'us-east-1'): BuildResult & { r: Record<string, Requirement> } {
  const result = buildRequirements([parseCloudFormationTemplate(yaml, 'template.yaml', { region })], options);
  return { ...result, r: byKey(result.requirements) };
}

/** `key → required (+ unknown count)` of every requirement, for whole-result assertions. */
export function totals(r: Record<string, Requirement>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).map(([k, q]) => [k, `${q.required}${q.unknowns.length ? ` +${q.unknowns.length} unknown` : ''}`]));
}
