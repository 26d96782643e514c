// Renders the golden PR comment (test/fixtures/golden/comment.md) the way GitHub shows it in a pull request's
// comment column, and screenshots it for the README: docs/pr-comment.png.
//   node scripts/render-comment.mjs [COMMENT.md] [OUT.png]
// Needs a Chromium (Debian: apt-get install -y chromium fonts-noto-color-emoji); `marked` renders the GFM.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';

const [input = 'test/fixtures/golden/comment.md', output = 'docs/pr-comment.png'] = process.argv.slice(2);
const chromium = process.env.CHROMIUM ?? 'chromium';
/** The comment column of a pull request on github.com at a common laptop width. */
const WIDTH = 780;

// GitHub turns emoji shortcodes into emoji; marked does not.
const EMOJI = { x: '❌', warning: '⚠️', white_check_mark: '✅', zzz: '💤', no_entry: '⛔' };
const markdown = readFileSync(input, 'utf8').replace(/:([a-z_]+):/g, (m, name) => EMOJI[name] ?? m);
const body = marked.parse(markdown, { gfm: true });

// A GitHub-like comment box (Primer's light theme values).
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 16px; background: #fff; width: ${WIDTH}px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .box { border: 1px solid #d1d9e0; border-radius: 6px; }
  .head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; border-radius: 6px 6px 0 0; padding: 8px 16px; color: #59636e; }
  .head b { color: #1f2328; }
  .md { padding: 16px; }
  h3 { font-size: 1.25em; margin: 0 0 16px; }
  p, ul, ol, table, details { margin: 0 0 16px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; vertical-align: top; }
  th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
  a { color: #0969da; text-decoration: none; }
  code { font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
  sub { font-size: 75%; } summary { cursor: pointer; }
</style></head><body><div class="box"><div class="head"><b>github-actions</b> bot commented</div>
<div class="md">${body}</div></div>
<script>document.title = String(Math.ceil(document.querySelector(".box").getBoundingClientRect().bottom + 16));</script></body></html>`;

const dir = mkdtempSync(path.join(tmpdir(), 'qg-render-'));
const page = path.join(dir, 'comment.html');
writeFileSync(page, html);
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars', `--user-data-dir=${path.join(dir, 'profile')}`];
// First pass: the page's height (the script writes it into the title); second pass: the screenshot at that size.
const dom = execFileSync(chromium, [...flags, `--window-size=${WIDTH + 32},2000`, '--dump-dom', `file://${page}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1]);
if (!Number.isFinite(height) || height <= 0) throw new Error('could not measure the rendered comment');
execFileSync(chromium, [...flags, `--window-size=${WIDTH + 32},${height}`, `--screenshot=${path.resolve(output)}`, `file://${page}`], { stdio: 'ignore' });
console.log(`${output}: ${WIDTH + 32} × ${height}`);
