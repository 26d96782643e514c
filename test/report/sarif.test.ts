// SARIF 2.1.0 validated against the OASIS schema (shipped in the @microsoft/jest-sarif package: no network), and the
// shape github/codeql-action/upload-sarif needs: one rule per quota, results on source lines.
import { createRequire } from 'node:module';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import AjvFormats from 'ajv-formats';
import { renderSarif } from '../../src/report/sarif.js';
import { main } from '../../src/cli/main.js';
import { FIXTURES } from '../helpers/load.js';
import { LOCATE, MIXED } from './fixtures.js';

const require = createRequire(import.meta.url);
// The final SARIF 2.1.0 schema (rtm.5), JSON Schema draft-04.
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// The schema has a pattern that is not valid with the u flag (`…[a-zA-Z]{2}]?$`): compile patterns without it.
// CommonJS packages: under NodeNext their default import is module.exports, which holds the class as `default`.
const ajv = new AjvDraft04.default({ strict: false, allErrors: true, unicodeRegExp: false });
AjvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[]; suppressions?: { kind: string; status: string }[] }[];
  }[];
}

describe('renderSarif', () => {
  const log = JSON.parse(renderSarif(MIXED, { locate: LOCATE, version: '1.2.3', informationUri: 'https://github.com/acme/quota-guard' })) as SarifLog;

  test('is valid SARIF 2.1.0', () => {
    expectValid(log);
  });

  test('the schema is strict enough to catch a broken log', () => {
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  test('one rule per quota; results on the source lines; errors, warnings and a suppressed waiver', () => {
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('quota-guard');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['ec2/L-1216C47A', 'vpc/L-407747CB', 'lambda/L-B99A9384', 'rds/L-7B6409FD', 'autoscaling/L-CDE20ADC', 'elasticloadbalancing/L-53DA6B97']);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const places = run.results.map((r) => `${r.level} ${r.ruleId} ${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region?.startLine}`);
    expect(places).toContain('error ec2/L-1216C47A infra/main.tf:16');
    expect(places).toContain('error ec2/L-1216C47A infra/modules/app/main.tf:11');
    expect(places).toContain('warning ec2/L-1216C47A infra/main.tf:70');
    const waived = run.results.find((r) => r.ruleId === 'lambda/L-B99A9384')!;
    expect(waived.suppressions).toEqual([expect.objectContaining({ kind: 'external', status: 'accepted' })]);
    const expired = run.results.find((r) => r.ruleId === 'rds/L-7B6409FD')!;
    expect(expired.suppressions).toEqual([expect.objectContaining({ status: 'rejected' })]);
    expect(run.results.find((r) => r.ruleId === 'ec2/L-1216C47A')!.message.text).toContain('Next: request at least 75 (adjustable)');
  });

  test('the CLI prints it with --format sarif, on the .tf lines of a plan made in a subfolder', async () => {
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: () => undefined, env: {} };
    const planFile = path.relative(process.cwd(), path.join(FIXTURES, 'tf-source/plan.json'));
    const code = await main(['check', '--offline', '--plan', planFile, '--format', 'sarif', '--fail-on', 'never'], io);
    expect(code).toBe(0);
    const cli = JSON.parse(out) as SarifLog;
    expectValid(cli);
    const uris = cli.runs[0].results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region?.startLine}`);
    expect(uris).toContain('test/fixtures/tf-source/main.tf:16');
  });
});

test('--terraform-root: the plan file kept elsewhere gets the .tf lines of the folder named; a missing folder is a usage error', async () => {
  const run = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await main(argv, { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t), env: {} });
    return { code, out, err };
  };
  const plan = path.relative(process.cwd(), path.join(FIXTURES, 'terraform/example-plan.json'));
  const ok = await run('check', '--offline', '--plan', plan, '--format', 'sarif', '--fail-on', 'never', '--terraform-root', path.join(FIXTURES, 'tf-source'));
  expect(ok.code).toBe(0);
  const log = JSON.parse(ok.out) as SarifLog;
  const uris = log.runs[0].results.map((r) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region?.startLine}`);
  expect(uris).toContain('test/fixtures/tf-source/main.tf:16'); // aws_instance.bastion
  const missing = await run('check', '--offline', '--plan', plan, '--terraform-root', 'no/such/folder');
  expect(missing).toMatchObject({ code: 2, out: '', err: 'quota-guard: --terraform-root: folder "no/such/folder" not found\n' });
});
