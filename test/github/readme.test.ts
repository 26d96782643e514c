// The README's links work: every relative link names a file or folder of the repository, and every #anchor a heading
// (GitHub's slugs: lower case, punctuation dropped, spaces to hyphens, -1, -2… for repeats).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const readme = readFileSync('README.md', 'utf8');
/** The README without fenced code blocks, where `](…)` is not a link. */
const prose = readme.replace(/^```[\s\S]*?^```/gm, '');

function slugs(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6} +(.+?) *$/gm)) {
    const base = m[1]
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

const links = [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));

test('the README has links to check', () => {
  expect(links.length).toBeGreaterThan(20);
});

test('every relative link names a file of the repository', () => {
  const missing = links.filter((l) => !l.startsWith('#')).filter((l) => {
    const target = decodeURIComponent(l.split('#')[0]);
    return target.startsWith('..') || !existsSync(path.resolve(target));
  });
  expect(missing).toEqual([]);
});

test('every #anchor names a heading (the table of contents among them)', () => {
  const known = slugs(prose);
  const broken = links.filter((l) => l.startsWith('#')).filter((l) => !known.has(l.slice(1)));
  expect(broken).toEqual([]);
});

test('one CLI section', () => {
  expect(prose.match(/^#{2,3} CLI$/gm)).toEqual(['## CLI']);
});
