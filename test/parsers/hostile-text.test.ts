// Text and command-line edges of issue 9: UTF-16 without a byte-order mark is read, not called binary, and every
// error is one line on stderr.
import { decodeInput } from '../../src/parsers/input-text.js';
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
