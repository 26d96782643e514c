// Where every renderer cuts a finding's list of sources and what it says about the rest: the table, the PR comment's
// "where" cell and details, the annotations, and the justification of a quota increase. Each at its limit (nothing
// counted) and one past it (one counted), in the exact words each shows.
import type { Source } from '../../src/model.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTable } from '../../src/report/table.js';
import { justification } from '../../src/increase/plan.js';
import { report, result } from './fixtures.js';

/** `n` instances, each on its own line of main.tf. */
const atLines = (n: number): Source[] => Array.from({ length: n }, (_, i) => ({ file: 'main.tf', line: i + 1, address: `aws_instance.web[${i}]`, amount: 1 }));
/** `n` instances of one `count` resource, all at main.tf:3. */
const atOneLine = (n: number): Source[] => Array.from({ length: n }, (_, i) => ({ file: 'main.tf', line: 3, address: `aws_instance.web[${i}]`, amount: 1 }));

describe('table (renderTable): five sources, then "… and N more"', () => {
  const sourceLines = (n: number): string[] =>
    renderTable(report([result({ sources: atLines(n), required: n })]))
      .split('\n')
      .filter((l) => /^ {2}(- aws_|… )/.test(l));

  test('five are all listed', () => {
    expect(sourceLines(5)).toEqual([0, 1, 2, 3, 4].map((i) => `  - aws_instance.web[${i}] (main.tf:${i + 1}) +1`));
  });

  test('six: five listed and one counted', () => {
    expect(sourceLines(6)).toEqual([...[0, 1, 2, 3, 4].map((i) => `  - aws_instance.web[${i}] (main.tf:${i + 1}) +1`), '  … and 1 more (--format json lists them all)']);
  });
});

describe('PR comment (renderMarkdown)', () => {
  const comment = (n: number): string => renderMarkdown(report([result({ sources: atLines(n), required: n })]));

  test('the "where" cell links two places, then "+N more"', () => {
    expect(comment(2)).toContain('eu-west-1<br><sub>main.tf:1, main.tf:2</sub> |');
    expect(comment(3)).toContain('eu-west-1<br><sub>main.tf:1, main.tf:2 +1 more</sub> |');
  });

  test('the details list ten sources, then "and N more"', () => {
    const details = (n: number): string[] => comment(n).split('\n').filter((l) => l.startsWith('  - '));
    expect(details(10)).toHaveLength(10);
    expect(details(10)[9]).toBe('  - aws\\_instance.web\\[9\\] +1 — `main.tf:10`');
    expect(details(11)).toHaveLength(11);
    expect(details(11)[9]).toBe('  - aws\\_instance.web\\[9\\] +1 — `main.tf:10`');
    expect(details(11)[10]).toBe('  - and 1 more (all are in the JSON report)');
  });
});

describe('annotations (annotationsFor): five addresses at one place, then "and N more"', () => {
  const first = (n: number): string => annotationsFor(report([result({ sources: atOneLine(n), required: n })]), () => undefined).annotations[0].message.split('\n')[0];

  test('five are all named', () => {
    expect(first(5)).toBe(
      'aws_instance.web[0], aws_instance.web[1], aws_instance.web[2], aws_instance.web[3], aws_instance.web[4] add +5 to "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" (ec2 L-1216C47A) in eu-west-1, account current.',
    );
  });

  test('six: five named and one counted', () => {
    expect(first(6)).toBe(
      'aws_instance.web[0], aws_instance.web[1], aws_instance.web[2], aws_instance.web[3], aws_instance.web[4], and 1 more add +6 to "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" (ec2 L-1216C47A) in eu-west-1, account current.',
    );
  });
});

describe('increase justification: five sources, then "and N more"', () => {
  const sources = (n: number): string => /for (.*)\. In use/.exec(justification([result({ sources: atLines(n), required: n })], 80, {}))![1];

  test('five are all named', () => {
    expect(sources(5)).toBe('aws_instance.web[0] +1 (main.tf:1), aws_instance.web[1] +1 (main.tf:2), aws_instance.web[2] +1 (main.tf:3), aws_instance.web[3] +1 (main.tf:4), aws_instance.web[4] +1 (main.tf:5)');
  });

  test('six: five named and one counted', () => {
    expect(sources(6)).toBe(
      'aws_instance.web[0] +1 (main.tf:1), aws_instance.web[1] +1 (main.tf:2), aws_instance.web[2] +1 (main.tf:3), aws_instance.web[3] +1 (main.tf:4), aws_instance.web[4] +1 (main.tf:5) and 1 more',
    );
  });
});

describe('an amount known only after apply, in each of them', () => {
  const unknown: Source[] = [{ file: 'main.tf', line: 4, address: 'aws_instance.big', amount: null }];
  const shortfall = report([result({ sources: unknown, required: 0, unknowns: ['aws_instance.big: count known after apply'] })]);

  test('the table says "?"', () => {
    expect(renderTable(shortfall).split('\n')).toContain('  - aws_instance.big (main.tf:4) ?');
  });

  test('the PR comment details say "? (known after apply)"', () => {
    expect(renderMarkdown(shortfall).split('\n')).toContain('  - aws\\_instance.big ? (known after apply) — `main.tf:4`');
  });

  test('the justification says "+?"', () => {
    expect(justification(shortfall.results, 80, {})).toContain(' for aws_instance.big +? (main.tf:4).');
  });
});
