// The shared pager: every NextToken walk ends, on the last page, on a repeated token or at the page cap.
import { collect, pages, PagingError } from '../../src/aws/paging.js';

describe('pages', () => {
  it('follows tokens to the last page and treats an empty token as the end', async () => {
    const answers: Record<string, { items: number[]; next?: string | null }> = { '': { items: [1], next: 'a' }, a: { items: [2], next: 'b' }, b: { items: [3], next: '' } };
    const calls: (string | undefined)[] = [];
    const got = await collect(async (t) => (calls.push(t), answers[t ?? '']), (p) => p.next, (p) => p.items, { operation: 'List' });
    expect(got).toEqual([1, 2, 3]);
    expect(calls).toEqual([undefined, 'a', 'b']);
  });

  it('stops on a token it was given before', async () => {
    let n = 0;
    const walk = collect(async () => (n++, { next: 'same' }), (p) => p.next, () => [], { operation: 'GetMetricData' });
    await expect(walk).rejects.toThrow(PagingError);
    await expect(collect(async () => ({ next: 'same' }), (p) => p.next, () => [], { operation: 'GetMetricData' })).rejects.toThrow(/same NextToken twice for GetMetricData/);
    expect(n).toBe(2);
  });

  it('stops at the page cap when every token is new (empty pages included)', async () => {
    let n = 0;
    const walk = collect(async () => ({ next: `t${n++}` }), (p) => p.next, () => [], { operation: 'ListServiceQuotas', maxPages: 7 });
    await expect(walk).rejects.toThrow('AWS kept paging ListServiceQuotas past 7 pages');
    expect(n).toBe(7);
  });

  it('lets the caller stop early', async () => {
    let n = 0;
    for await (const p of pages(async () => ({ next: `t${++n}` }), (x) => x.next, { operation: 'X' })) if (p.next === 't3') break;
    expect(n).toBe(3);
  });
});
