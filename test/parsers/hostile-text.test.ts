// Text and command-line edges of issue 9: UTF-16 without a byte-order mark is read, not called binary, and every
// error is one line on stderr.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeInput, utf8Text } from '../../src/parsers/input-text.js';
import { loadInput } from '../../src/inputs/load.js';
import type { ParsedInput } from '../../src/model.js';
import { main } from '../../src/cli/main.js';
import { errorOf, fixture } from '../helpers/load.js';

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('UTF-16 without a byte-order mark', () => {
  const plan = fixture('terraform/example-plan.json');
  test.each([
    ['little-endian', Buffer.from(plan, 'utf16le')],
    ['big-endian', utf16be(plan)],
    ['little-endian with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')])],
    ['big-endian with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(plan)])],
  ])('%s is decoded', (_, bytes) => {
    expect(decodeInput(bytes, 'plan.json')).toBe(plan);
  });

  test('other bytes with NULs are still a binary file', () => {
    expect(errorOf(() => decodeInput(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), 'x')).message).toMatch(/binary file, not text/);
  });
});

describe('one line on stderr', () => {
  const run = async (...argv: string[]): Promise<{ code: number; err: string }> => {
    let err = '';
    const code = await main(argv, { stdout: () => undefined, stderr: (t) => (err += t), env: {} });
    return { code, err };
  };

  test('--buffer -5 is one line', async () => {
    const { code, err } = await run('check', '--offline', '--buffer', '-5', '--plan', 'p.json');
    expect(code).toBe(2);
    expect(err).toMatch(/^quota-guard: Option '--buffer' argument is ambiguous\. .*'--buffer=-XYZ'\.\n$/);
  });

  test('--buffer=-5 names the accepted range', async () => {
    expect((await run('check', '--offline', '--buffer=-5', '--plan', 'p.json')).err).toBe('quota-guard: --buffer: "-5" is not a percentage from 0 to 99\n');
  });

  test('a carriage return in a file name is escaped', async () => {
    expect((await run('check', '--offline', '--plan', 'a\rb.json')).err).toBe('quota-guard: a\\x0db.json: file not found\n');
  });
});

describe('a file is read as UTF-8 at once, and through its bytes only when it is not UTF-8', () => {
  const plan = fixture('terraform/example-plan.json');
  const dir = mkdtempSync(path.join(tmpdir(), 'qg-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const load = (name: string, bytes: Buffer): Promise<ParsedInput> => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return loadInput({ format: 'terraform', path: file }, 'us-east-1');
  };

  test.each([
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(plan)])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(plan, 'utf16le')])],
    ['UTF-16BE without a BOM', utf16be(plan)],
  ])('%s reads as the plain UTF-8 file does', async (name, bytes) => {
    const plain = await load('plain.json', Buffer.from(plan));
    expect(plain.changes.length).toBeGreaterThan(0);
    expect((await load(`${name}.json`, bytes)).changes.map((c) => c.address)).toEqual(plain.changes.map((c) => c.address));
  });

  test('a binary plan file is still named as one', async () => {
    await expect(load('tfplan', Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]))).rejects.toThrow(/binary Terraform plan file; run `terraform show -json tfplan > plan.json`/);
  });

  test('utf8Text leaves to the bytes what UTF-8 decoding got wrong, and strips a UTF-8 BOM', () => {
    expect(utf8Text('\ufeff{"a":1}')).toBe('{"a":1}');
    expect(utf8Text(Buffer.from([0xff, 0xfe, 0x7b, 0]).toString('utf8'))).toBeUndefined();
    expect(utf8Text('{\0"')).toBeUndefined();
    expect(utf8Text('PK\x03\x04rest')).toBeUndefined();
  });
});
