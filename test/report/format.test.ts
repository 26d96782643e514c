import { firstN, placeText, plusAmount, sourceLabel } from '../../src/report/format.js';

describe('firstN: the first N, then the rest counted', () => {
  const more = (n: number): string => ` and ${n} more`;
  const letters = (n: number): string[] => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

  test('no items: nothing shown, nothing counted', () => {
    expect(firstN([], 5, more)).toEqual({ shown: [], more: '' });
  });

  test('exactly N: all shown, nothing counted', () => {
    expect(firstN(letters(5), 5, more)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e'], more: '' });
  });

  test('N + 1: N shown, one counted', () => {
    expect(firstN(letters(6), 5, more)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e'], more: ' and 1 more' });
  });

  test('many: N shown, the rest counted', () => {
    expect(firstN(letters(26), 5, more)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e'], more: ' and 21 more' });
    expect(firstN(letters(26), 2, (n) => `+${n}`)).toEqual({ shown: ['a', 'b'], more: '+24' });
  });

  test('never changes the list it is given', () => {
    const items = letters(7);
    firstN(items, 5, more);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
});

describe('placeText: file:line', () => {
  test('with a line, and the file alone without one', () => {
    expect(placeText({ file: 'infra/main.tf', line: 16 })).toBe('infra/main.tf:16');
    expect(placeText({ file: 'infra/main.tf' })).toBe('infra/main.tf');
  });

  test('a file name with a line break or a control character stays on one line', () => {
    expect(placeText({ file: 'a\nb.tf', line: 2 })).toBe('a b.tf:2');
    expect(placeText({ file: 'a\u202eb.tf' })).toBe('a\uFFFDb.tf');
  });

  test('an amount is "+N", or what the caller says when it is known only after apply', () => {
    expect(plusAmount(8, '?')).toBe('+8');
    expect(plusAmount(0, '?')).toBe('+0');
    expect(plusAmount(1.5, '?')).toBe('+1.5');
    expect(plusAmount(null, '+?')).toBe('+?');
  });

  test('a source is labelled at its place', () => {
    expect(sourceLabel({ file: 'main.tf', line: 3, address: 'aws_instance.web[0]', amount: 2, note: 'replaced' })).toBe('aws_instance.web[0] (main.tf:3) +2 [replaced]');
    expect(sourceLabel({ file: 'plan.json', address: 'aws_instance.web[1]', amount: null })).toBe('aws_instance.web[1] (plan.json) ?');
  });
});
