// The PR comment as GitHub renders it (GFM, through `marked`): at most 4 columns, bounded cell text, links to the
// lines at the head commit, next steps, waivers, setup errors, each reason once; and escaping of everything.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { FIXTURES } from '../helpers/load.js';
import type { Token, Tokens } from 'marked';
import { escapeMarkdown, renderMarkdown, lineUrl } from '../../src/report/markdown.js';
import { safeUrl } from '../../src/report/format.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { renderSarif } from '../../src/report/sarif.js';
import { LINKS, LOCATE, MIXED, report, result } from './fixtures.js';
import { golden } from './golden.js';

/** The text a reader sees in an inline markdown fragment, one string per rendered line. */
function visibleLines(inline: string): string[] {
  const html = marked.parseInline(inline, { gfm: true }) as string;
  return html
    .split(/<br\s*\/?>/i)
    .map((l) => l.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(x?[0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(n.startsWith('x') ? parseInt(n.slice(1), 16) : Number(n))).replace(/&amp;/g, '&'));
}

function walk(tokens: Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) walk(children, visit);
  }
}

function tables(markdown: string): Tokens.Table[] {
  const found: Tokens.Table[] = [];
  walk(marked.lexer(markdown, { gfm: true }), (t) => {
    if (t.type === 'table') found.push(t as Tokens.Table);
  });
  // Tables inside <details> are in HTML blocks for the lexer: lex those blocks' markdown too.
  return found;
}

/** Every table of a comment, including those in <details> (GitHub renders markdown there after a blank line). */
function allTables(markdown: string): Tokens.Table[] {
  const outside = tables(markdown);
  const inside = [...markdown.matchAll(/<details>(?:<summary>.*?<\/summary>)?\n\n([\s\S]*?)\n\n<\/details>/g)].flatMap((m) => tables(m[1]));
  return [...outside, ...inside];
}

/** What GitHub's comment column shows without a horizontal scroll: 4 columns, short lines, no long unbreakable words. */
function expectReadableAtPrWidth(markdown: string): void {
  const found = allTables(markdown);
  expect(found.length).toBeGreaterThan(0);
  for (const t of found) {
    expect(t.header.length).toBeLessThanOrEqual(4);
    for (const row of [t.header, ...t.rows]) {
      expect(row).toHaveLength(t.header.length); // no pipe broke a row
      for (const cell of row) {
        const lines = visibleLines(cell.text);
        expect(lines.join(' ').length).toBeLessThanOrEqual(220);
        for (const line of lines) {
          expect(line.length).toBeLessThanOrEqual(150);
          for (const word of line.split(/\s+/)) expect(word.length).toBeLessThanOrEqual(45);
        }
      }
    }
  }
}

describe('PR comment (renderMarkdown)', () => {
  const comment = renderMarkdown(MIXED, { locate: LOCATE, links: LINKS });

  test('is pinned by a golden file', () => {
    golden('comment.md', comment);
  });

  test('reads at PR width: <= 4 columns and bounded cells, as GitHub renders it', () => {
    expectReadableAtPrWidth(comment);
    const [findings, fit] = allTables(comment);
    expect(findings.header.map((h) => h.text)).toEqual(['Quota', 'Where', 'Needed vs. available', 'What to do']);
    expect(findings.rows).toHaveLength(8);
    expect(fit.rows).toHaveLength(2);
  });

  test('a headline with the verdict, setup errors above the table, a footer with the run and the commit', () => {
    const lines = comment.split('\n');
    expect(lines[0]).toBe('### :x: quota-guard failed: 4 shortfalls, 4 unknown, 2 ok');
    const setup = lines.findIndex((l) => l.startsWith('- :no_entry: **Setup error:** The AWS credentials have expired'));
    expect(setup).toBeGreaterThan(0);
    expect(setup).toBeLessThan(lines.findIndex((l) => l.startsWith('| Quota |')));
    expect(lines.at(-2)).toBe('<sub>quota-guard · [workflow run](https://github.com/acme/infra/actions/runs/4242) · commit [`0123456`](https://github.com/acme/infra/commit/0123456789abcdef0123456789abcdef01234567)</sub>');
  });

  test('sources link to their lines at the head commit, where the annotations put them', () => {
    const html = marked.parse(comment, { gfm: true }) as string;
    expect(html).toContain('<a href="https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/main.tf#L16">infra/main.tf:16</a>');
    expect(html).toContain('href="https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/modules/app/main.tf#L11"');
    expect(comment).not.toContain('plan.json');
  });

  test('what to do: the value to request, adjustable, the request link; not adjustable; waived; expired waiver', () => {
    const rows = allTables(comment)[0].rows.map((r) => r.map((c) => c.text));
    expect(rows[0][3]).toBe('request at least 75 (adjustable) — [open the request](https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A)');
    expect(rows[1][3]).toBe('not adjustable: the change must need less (at most 2 more)');
    expect(rows[2][0]).toMatch(/^:zzz: Concurrent executions/);
    expect(rows[2][3]).toBe('**waived** until 2026-12-31: load test this week; reserved concurrency drops on Monday');
    expect(rows[3][3]).toMatch(/^waiver expired on 2026-01-31; request an increase \(adjustable\); the value is not known \(usage unknown\) — \[open the request\]\(https:\/\/eu-west-1\.console/);
    expect(rows[4][3]).toBe('known only after apply: pin the value in the change, or check again after apply (why: 1)');
    expect(rows[7][3]).toBe('fix the setup error above, then run again');
    expect(comment.split('The AWS credentials have expired')).toHaveLength(2);
  });

  test('identical reasons are said once', () => {
    const denied = 'usage could not be read: AccessDenied on cloudwatch:GetMetricData (grant it to the role)';
    expect(comment.split(denied)).toHaveLength(2); // once, in the "Why unknown" list
    expect(comment).toContain(`2. ${denied}`);
    const rows = allTables(comment)[0].rows.map((r) => r[3].text);
    expect(rows[5]).toBe('the quota or usage could not be read: remove the cause and run again (why: 2)');
    expect(rows[6]).toBe('the quota or usage could not be read: remove the cause and run again (why: 2)');
  });

  test('the same next-step text is in the annotations', () => {
    const { annotations } = annotationsFor(MIXED, LOCATE);
    const ec2 = annotations.find((a) => a.file === 'infra/main.tf' && a.line === 16)!;
    expect(ec2.message).toContain('Next: request at least 75 (adjustable) — https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/ec2/quotas/L-1216C47A');
    expect(annotations.map((a) => a.title)).not.toContain('Quota shortfall: Concurrent executions'); // waived
  });

  test('without links (a local run): plain places and no footer', () => {
    const local = renderMarkdown(MIXED, { locate: LOCATE });
    expect(local).not.toContain('https://github.com');
    expect(local).toContain('infra/main.tf:16');
    expect(local).not.toContain('workflow run');
  });

  test('the comment limit cuts at a line and says where the rest is', () => {
    const cut = renderMarkdown(MIXED, { locate: LOCATE, links: LINKS, maxLength: 1500 });
    expect(cut.length).toBeLessThanOrEqual(1500);
    expect(cut).toMatch(/see the job summary or the JSON report artifact for all rows\._\n$/);
  });
});

test('the CLI golden comment of the example plan reads at PR width too', () => {
  expectReadableAtPrWidth(readFileSync(path.join(FIXTURES, 'golden', 'example-plan.md'), 'utf8'));
});

describe('links are safe', () => {
  test('only repository-relative paths get a line link', () => {
    expect(lineUrl(LINKS, { file: 'a b/(x).tf', line: 3 })).toBe('https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/a%20b/%28x%29.tf#L3');
    expect(lineUrl(LINKS, { file: '/abs/main.tf' })).toBeUndefined();
    expect(lineUrl(LINKS, { file: '../outside/main.tf' })).toBeUndefined();
    expect(lineUrl(LINKS, { file: 'a/../../b.tf' })).toBeUndefined();
    expect(lineUrl(undefined, { file: 'main.tf' })).toBeUndefined();
  });
  test('only https URLs, without characters that end a markdown link', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('https://x.example/a b')).toBeUndefined();
    expect(safeUrl('https://x.example/a)b[c]')).toBe('https://x.example/a%29b%5Bc%5D');
  });
});

describe('escaping: nothing from an input or AWS can break the table, inject a heading or a mention', () => {
  const nasty = [
    'web\r# injected heading',
    'a\u2028## separator',
    'b\u2029### paragraph',
    'c\n#### newline',
    'd\u0085nel',
    'bell\u0007and\u001bescape',
    'rtl\u202eoverride',
    '<script>alert(1)</script>',
    '@acme/admins | pipe',
  ];
  const evil = report([
    result({
      quotaName: `Instances\r# heading in a name`,
      scope: 'vpc:vpc-1\r\n## heading in a scope',
      reason: 'bad\rreason',
      sources: nasty.map((address) => ({ file: `infra/plan\r.json`, address, amount: 1, note: 'note\u2028# heading' })),
      suggestedValue: 9,
      requestUrl: 'https://example.com/x)\r\n# y',
      waiver: { reason: 'w\r# waived heading', expires: '2026-12-31\r# e', expired: true, file: 'q.yml' },
    }),
    result({ status: 'unknown', reason: 'r\u2028# unknown heading', unknowns: ['u\r# x'], unknownFrom: 'reading' }),
  ], { setupErrors: ['denied\r# setup heading'] });

  test('markdown: one heading, one line per row, no raw HTML, no mention, no bare CR or separator', () => {
    const md = renderMarkdown(evil, { links: LINKS, notes: [] });
    expect(md).not.toMatch(/[\r\u2028\u2029\u0085\u0007\u001b\u202e]/);
    const headings: string[] = [];
    walk(marked.lexer(md, { gfm: true }), (t) => {
      if (t.type === 'heading') headings.push((t as Tokens.Heading).text);
    });
    expect(headings).toEqual([':x: quota-guard failed: 1 shortfall, 1 unknown']);
    const html = marked.parse(md, { gfm: true }) as string;
    expect(html).not.toMatch(/<script|<h[1-6]>(?!:x:)/);
    expect(html).not.toMatch(/(^|\s)@acme/);
    const [t] = allTables(md);
    expect(t.rows).toHaveLength(2);
    for (const row of t.rows) expect(row).toHaveLength(4);
    expectReadableAtPrWidth(md);
  });

  test('annotations and SARIF: every field on its own line, no control characters', () => {
    const { annotations } = annotationsFor(evil, () => undefined);
    expect(annotations.length).toBeGreaterThan(0);
    for (const a of annotations) {
      expect(a.title).not.toMatch(/[\r\n\u2028\u2029\u0085\u0007\u202e]/);
      expect(a.file).not.toMatch(/[\r\n]/);
      // The message has its own line breaks between parts; each part is one line of the input's text.
      expect(JSON.stringify(a.message.match(/[\r\u2028\u2029\u0085\u0007\u202e]/g))).toBe('null');
      expect(a.message.split('\n').length).toBeLessThanOrEqual(4);
    }
    const sarif = JSON.parse(renderSarif(evil)) as { runs: { results: { message: { text: string } }[] }[] };
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
    for (const r of sarif.runs[0].results) expect(r.message.text).not.toMatch(/[\r\u2028\u2029\u0085\u0007\u202e]/);
  });
});

test('text at the start of a line cannot open a heading, a list or a numbered item', () => {
  for (const text of ['# h', '- item', '+ item', '= underline', '12. item', '3) item']) {
    const html = marked.parse(`- ${escapeMarkdown(text)}`, { gfm: true }) as string;
    expect(html).toBe(`<ul>\n<li>${text}</li>\n</ul>\n`);
  }
});

test('long paths, file names and scopes stay wrappable in the cells', () => {
  const long = report([
    result({
      scope: 'resource:arn:aws:iam::123456789012:role/a-very-long-role-name-that-never-breaks-anywhere',
      sources: [
        { file: 'bridgecrewio_checkov__tests_terraform_runner_resources_plan_tfplan.json', address: 'aws_iam_role.a', amount: 1 },
        { file: 'environments/production/eu-west-1/networking/core/modules/vpc/main.tf', address: 'aws_iam_role.b', amount: 1, line: 12 },
      ],
    }),
  ]);
  expectReadableAtPrWidth(renderMarkdown(long, { links: LINKS }));
});
