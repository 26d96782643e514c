import { phrase, phraseReport } from '../../src/report/wording.js';
import type { Report } from '../../src/model.js';

describe('hints in the words of each surface', () => {
  test('the action names its inputs where the command line names flags', () => {
    const cases: [string, string][] = [
      ['no region: pass --region or set AWS_REGION', 'no region: set the `region` input or set AWS_REGION'],
      ["the region is not known, so the quota cannot be read; give --region or set the provider's region", "the region is not known, so the quota cannot be read; set the `region` input or set the provider's region"],
      ["x: no region; set defaults.region, the entry's region, or --region", "x: no region; set defaults.region, the entry's region, or the `region` input"],
      ['no bundled default for ec2 L-1; run without --offline to read it from AWS', 'no bundled default for ec2 L-1; set `offline: false` to read it from AWS'],
      ['no AWS credentials (x); configure credentials, or run with --offline', 'no AWS credentials (x); configure credentials, or set `offline: true`'],
      ['Run without --offline to read the real quotas and usage.', 'Set `offline: false` to read the real quotas and usage.'],
      ['this looks like a Terraform plan; pass it with --plan', 'this looks like a Terraform plan; give it in the `plan` input'],
      ['--on-read-error warn reports it as a warning', '`on-read-error: warn` reports it as a warning'],
      // An AWS CLI flag is not an input of the action: left alone.
      ['property values not included; run describe-change-set with --include-property-values', 'property values not included; run describe-change-set with --include-property-values'],
    ];
    for (const [cli, action] of cases) {
      expect(phrase(cli, 'action')).toBe(action);
      expect(phrase(cli, 'cli')).toBe(cli);
    }
  });

  test('a report: reasons, unknowns and setup errors', () => {
    const report = {
      setupErrors: ['no AWS credentials; or run with --offline'],
      results: [{ reason: 'usage unknown; pass --region', unknowns: ['a: pass --region'], setupError: 'no AWS credentials; or run with --offline' }],
    } as unknown as Report;
    const out = phraseReport(report, 'action');
    expect(out.setupErrors).toEqual(['no AWS credentials; or set `offline: true`']);
    expect(out.results[0]).toMatchObject({ reason: 'usage unknown; set the `region` input', unknowns: ['a: set the `region` input'], setupError: 'no AWS credentials; or set `offline: true`' });
    expect(phraseReport(report, 'cli')).toBe(report);
  });
});
