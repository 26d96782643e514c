// A plan read in pieces (PlanStream, what loadInput uses for Terraform plans so a large plan's text is never whole in
// memory) gives what parseTerraformPlan gives on the whole text, wherever the pieces break; anything else it declines
// (NotStreamable), so that loadInput falls back to the whole text and its errors, never to a different result.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NotStreamable, PlanStream, parseTerraformPlan, terraformChanges } from '../../src/parsers/terraform-plan.js';
import type { ParsedInput } from '../../src/model.js';
import { loadInput } from '../../src/inputs/load.js';
import { errorOf, fixture } from '../helpers/load.js';

const FIXTURES = ['actions', 'awscc-vpc', 'example-plan', 'live-small', 'modules-multi-region', 'unknowns-and-fleets'];
const OPTIONS = { region: 'eu-west-1' };

/** PlanStream fed `text` in pieces of `size` characters. */
function streamed(text: string, size: number): ParsedInput {
  const stream = new PlanStream();
  for (let i = 0; i < text.length; i += size) stream.push(text.slice(i, i + size));
  return terraformChanges(stream.end(), 'p.json', OPTIONS);
}

const declines = (text: string, size = 5): boolean => {
  try {
    streamed(text, size);
    return false;
  } catch (e) {
    if (e instanceof NotStreamable) return true;
    throw e;
  }
};

// A nested list of objects with an `address` key holds `},{"address":` outside any string: a false end of a change.
const rc = { address: 'aws_instance.web', mode: 'managed', type: 'aws_instance', name: 'web', provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after: { instance_type: 'm5.large', user_data: 'a "quoted" \\ back\\"slash ]},{"address":', list: [{ address: 'x' }, { address: 'y' }] }, after_unknown: {} } };

describe('a plan read in pieces', () => {
  test.each(FIXTURES)('%s: the same as the whole text, wherever the pieces break', (name) => {
    const text = fixture(`terraform/${name}.json`);
    const whole = parseTerraformPlan(text, 'p.json', OPTIONS);
    expect(whole.changes.length).toBeGreaterThan(0);
    for (const size of [1, 2, 7, 64, 1000, text.length]) expect(streamed(text, size)).toEqual(whole);
  });

  test('escapes, brackets and separators inside strings, a BOM, whitespace and members in any order', () => {
    const text = ` {\n "resource_changes" : [ ${JSON.stringify(rc)} , ${JSON.stringify({ ...rc, address: 'aws_instance.b', name: 'b' })} ] ,"planned_values":{"x":"}]\\\\"},"format_version":"1.2", "variables":{"v":{"value":"\\"["}}, "n": -1.5e3 , "t":true}\n`;
    const whole = parseTerraformPlan(text, 'p.json', OPTIONS);
    expect(whole.changes.map((c) => c.address)).toEqual(['aws_instance.web', 'aws_instance.b']);
    for (const size of [1, 2, 3, 5, 11, text.length]) expect(streamed(text, size)).toEqual(whole);
    // A UTF-8 byte-order mark, which readText strips, is skipped too.
    expect(streamed(`\ufeff${text}`, 4)).toEqual(whole);
  });

  test('kept members of other shapes are kept as they are (and judged as the whole text judges them)', () => {
    for (const changes of ['null', '{}']) {
      const text = `{"format_version":"1.2","planned_values":{},"resource_changes":${changes}}`;
      let whole: string;
      try {
        whole = JSON.stringify(parseTerraformPlan(text, 'p.json', OPTIONS));
      } catch (e) {
        whole = (e as Error).message;
      }
      let piecewise: string;
      try {
        piecewise = JSON.stringify(streamed(text, 3));
      } catch (e) {
        piecewise = (e as Error).message;
      }
      expect(piecewise).toBe(whole);
    }
  });

  test('declines whatever the whole text refuses or reads otherwise', () => {
    const plan = (body: string) => `{"format_version":"1.2",${body}}`;
    const refused = [
      plan(`"resource_changes":[${JSON.stringify(rc)}],"resource_changes":[]`), // a duplicated key
      plan(`"resource_changes":[,${JSON.stringify(rc)}]`),
      plan(`"resource_changes":[${JSON.stringify(rc)},]`),
      plan(`"resource_changes":[${JSON.stringify(rc)}${JSON.stringify(rc)}]`),
      plan(`"resource_changes":["x"]`),
      plan(`"resource_changes":[1]`),
      plan(`"resource_changes":[{"address":"a"]]`),
      plan(`"resource_changes":[],`),
      plan(`"resource_changes":[]} x`),
      plan(`"resource_changes" [] `),
      plan(`"variables":{"v":1,},"resource_changes":[]`),
      plan(`"resource_changes":[],"planned_values":${'['.repeat(300)}${']'.repeat(300)}`),
      '[command]terraform show -json\n{"format_version":"1.2","resource_changes":[]}',
      '',
    ];
    for (const text of refused) {
      expect(declines(text)).toBe(true);
      expect(declines(text, 1)).toBe(true);
    }
  });

  test('a plan cut off anywhere is declined', () => {
    const full = fixture('terraform/example-plan.json').trim();
    for (let at = 0; at < full.length; at += 37) expect(declines(full.slice(0, at), 16)).toBe(true);
  });
});

describe('loadInput reads a Terraform plan in pieces and falls back to the whole text', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-stream-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const load = (text: string): Promise<ParsedInput> => {
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, text);
    return loadInput({ format: 'terraform', path: file }, 'eu-west-1');
  };

  test('a plan gives what parseTerraformPlan gives', async () => {
    const text = fixture('terraform/modules-multi-region.json');
    const file = path.join(dir, 'plan.json');
    expect(await load(text)).toEqual(parseTerraformPlan(text, file, OPTIONS));
  });

  test.each([
    ['a truncated plan', fixture('terraform/example-plan.json').slice(0, 500)],
    ['a duplicated key', '{"format_version":"1.2","resource_changes":[],"resource_changes":[]}'],
    ['a wrapper line', `[command]terraform show -json\n${fixture('terraform/example-plan.json')}`],
    ['a resource change of another shape', '{"format_version":"1.2","resource_changes":[{"address":"a"}]}'],
  ])('%s gives what parseTerraformPlan gives', async (_, text) => {
    const file = path.join(dir, 'plan.json');
    let expected: string;
    try {
      expected = JSON.stringify(parseTerraformPlan(text, file, OPTIONS).changes.map((c) => c.address));
    } catch (e) {
      expected = (e as Error).message;
    }
    let got: string;
    try {
      got = JSON.stringify((await load(text)).changes.map((c) => c.address));
    } catch (e) {
      got = (e as Error).message;
    }
    expect(got).toBe(expected);
  });

  test('a directory or a missing file is still named as one', async () => {
    await expect(loadInput({ format: 'terraform', path: dir }, 'eu-west-1')).rejects.toThrow(/is a directory, not a file/);
    await expect(loadInput({ format: 'terraform', path: path.join(dir, 'none.json') }, 'eu-west-1')).rejects.toThrow(/file not found/);
  });

  test('an error after reading still names the file', async () => {
    const text = '{"format_version":"1.2","resource_changes":[{"address":"a","mode":"managed","type":"aws_instance","change":{"actions":["grow"]}}]}';
    const err = await load(text).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeDefined();
    expect(errorOf(() => parseTerraformPlan(text, path.join(dir, 'plan.json'))).message).toBe((err as Error).message);
  });
});
