import './node20-polyfills.js';
import nock from 'nock';
import { useNock } from './nock-lifecycle.js';
import { getOctokit } from '@actions/github';
import { COMMENT_MARKER, MAX_COMMENT_LENGTH, commentBody, commentMarker, upsertComment, type CommentArgs } from '../../src/github/comment.js';
import { MAX_LIST_PAGES } from '../../src/github/pages.js';

const API = 'https://api.github.com';
const LIST = '/repos/acme/infra/issues/7/comments';

function args(over: Partial<CommentArgs> = {}): CommentArgs {
  return { octokit: getOctokit('test-token'), owner: 'acme', repo: 'infra', issueNumber: 7, body: 'report', mode: 'update', allClear: false, ...over };
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const comment = (id: number, body: string, user: { login: string; type: string } = BOT) => ({ id, body, user, html_url: `https://github.com/acme/infra/pull/7#issuecomment-${id}` });

useNock();

describe('upsertComment', () => {
  test('creates a comment with the marker when there is none', async () => {
    let posted: { body?: string } = {};
    nock(API).get(LIST).query(true).reply(200, [comment(1, 'someone else')]);
    nock(API)
      .post(LIST, (b: { body?: string }) => {
        posted = b;
        return true;
      })
      .reply(201, comment(2, 'x'));
    const out = await upsertComment(args());
    expect(out).toEqual({ action: 'created', url: 'https://github.com/acme/infra/pull/7#issuecomment-2' });
    expect(posted.body).toBe(`${COMMENT_MARKER}\nreport`);
  });

  test('finds the comment on page 2 of the list and updates it in place', async () => {
    const page1 = Array.from({ length: 100 }, (_, i) => comment(100 + i, `chatter ${i}`));
    nock(API)
      .get(LIST)
      .query((q) => q.page === undefined)
      .reply(200, page1, { Link: `<${API}/repositories/1/issues/7/comments?per_page=100&page=2>; rel="next", <${API}/repositories/1/issues/7/comments?per_page=100&page=2>; rel="last"` });
    nock(API).get('/repositories/1/issues/7/comments').query({ per_page: '100', page: '2' }).reply(200, [comment(555, `${COMMENT_MARKER}\nold report`)]);
    let patched: { body?: string } = {};
    nock(API)
      .patch('/repos/acme/infra/issues/comments/555', (b: { body?: string }) => {
        patched = b;
        return true;
      })
      .reply(200, comment(555, 'x'));
    const out = await upsertComment(args({ body: 'new report' }));
    expect(out.action).toBe('updated');
    expect(out.url).toContain('issuecomment-555');
    expect(patched.body).toBe(`${COMMENT_MARKER}\nnew report`);
  });

  test('a pull request with more comments than the cap: the listing stops at the cap and says so', async () => {
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => comment(n * 1000 + i, `chatter ${i}`));
    const link = (n: number) => ({ Link: `<${API}/repositories/1/issues/7/comments?per_page=100&page=${n}>; rel="next"` });
    nock(API).get(LIST).query((q) => q.page === undefined).reply(200, page(1), link(2));
    // Pages 2 … MAX_LIST_PAGES, each pointing to one more; no interceptor answers the page after the cap.
    for (let n = 2; n <= MAX_LIST_PAGES; n++) nock(API).get('/repositories/1/issues/7/comments').query({ per_page: '100', page: String(n) }).reply(200, page(n), link(n + 1));
    nock(API).post(LIST).reply(201, comment(2, 'x'));
    const warnings: string[] = [];
    const out = await upsertComment(args({ warn: (line) => warnings.push(line) }));
    expect(out.action).toBe('created');
    expect(warnings).toEqual([
      `Read only the first ${MAX_LIST_PAGES * 100} comments of the pull request (${MAX_LIST_PAGES} pages, the cap): an earlier quota-guard comment after them is not found, so a new one may be posted`,
    ]);
  });

  test('a marker pasted into someone else\'s comment is not ours: it is neither edited nor deleted', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(3, `${COMMENT_MARKER}\nfake report`, { login: 'mallory', type: 'User' })]);
    nock(API).get('/user').reply(403, { message: 'Resource not accessible by integration' });
    nock(API).post(LIST).reply(201, comment(4, 'x'));
    expect((await upsertComment(args({ mode: 'delete-and-new' }))).action).toBe('created');
  });

  test('with a personal token, its own user\'s comment is found through GET /user', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(5, `${COMMENT_MARKER}\nold`, { login: 'deploy-bot-user', type: 'User' })]);
    nock(API).get('/user').reply(200, { login: 'deploy-bot-user' });
    nock(API).patch('/repos/acme/infra/issues/comments/5').reply(200, comment(5, 'x'));
    expect((await upsertComment(args())).action).toBe('updated');
  });

  test('all clear and no earlier comment: nothing is posted', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(1, 'lgtm')]);
    const out = await upsertComment(args({ allClear: true }));
    expect(out.action).toBe('skipped');
    expect(out.reason).toMatch(/nothing to report/);
  });

  test('all clear with an earlier comment: it is updated to the all-clear body', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(9, `${COMMENT_MARKER}\n:x: shortfall`)]);
    nock(API).patch('/repos/acme/infra/issues/comments/9', { body: `${COMMENT_MARKER}\nall fits` }).reply(200, comment(9, 'x'));
    expect((await upsertComment(args({ allClear: true, body: 'all fits' }))).action).toBe('updated');
  });

  test('comments of another check id are not touched', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(9, `${commentMarker('staging')}\nstaging report`)]);
    nock(API).post(LIST, { body: `${commentMarker('prod')}\nprod report` }).reply(201, comment(10, 'x'));
    expect((await upsertComment(args({ id: 'prod', body: 'prod report' }))).action).toBe('created');
    expect(commentMarker('prod')).toBe('<!-- quota-guard:prod -->');
    expect(commentMarker('a --> b')).toBe('<!-- quota-guard:a-b -->');
  });

  test('new: creates even when one exists', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(9, `${COMMENT_MARKER}\nold`)]);
    nock(API).post(LIST).reply(201, comment(10, 'x'));
    expect((await upsertComment(args({ mode: 'new' }))).action).toBe('created');
  });

  test('new and all clear with none: skipped', async () => {
    nock(API).get(LIST).query(true).reply(200, []);
    expect((await upsertComment(args({ mode: 'new', allClear: true }))).action).toBe('skipped');
  });

  test('delete-and-new: deletes every old comment with the marker, then creates', async () => {
    nock(API)
      .get(LIST)
      .query(true)
      .reply(200, [comment(3, `${COMMENT_MARKER}\nold 1`), comment(4, 'unrelated'), comment(5, `${COMMENT_MARKER}\nold 2`)]);
    nock(API).delete('/repos/acme/infra/issues/comments/3').reply(204);
    nock(API).delete('/repos/acme/infra/issues/comments/5').reply(204);
    nock(API).post(LIST).reply(201, comment(6, 'x'));
    const out = await upsertComment(args({ mode: 'delete-and-new' }));
    expect(out).toEqual({ action: 'recreated', url: 'https://github.com/acme/infra/pull/7#issuecomment-6' });
  });

  test('delete-and-new with nothing to delete is a plain create', async () => {
    nock(API).get(LIST).query(true).reply(200, []);
    nock(API).post(LIST).reply(201, comment(6, 'x'));
    expect((await upsertComment(args({ mode: 'delete-and-new' }))).action).toBe('created');
  });

  test('off: no request at all', async () => {
    const out = await upsertComment(args({ mode: 'off' }));
    expect(out.action).toBe('skipped');
  });

  test('403 on create (fork pull request): skipped with a reason, no throw', async () => {
    nock(API).get(LIST).query(true).reply(200, []);
    nock(API).post(LIST).reply(403, { message: 'Resource not accessible by integration' });
    const out = await upsertComment(args());
    expect(out.action).toBe('skipped');
    expect(out.reason).toMatch(/^the token cannot write comments \(pull request from a fork\?\)/);
  });

  test('404 on update: skipped; 403 on list: skipped', async () => {
    nock(API).get(LIST).query(true).reply(200, [comment(9, `${COMMENT_MARKER}\nold`)]);
    nock(API).patch('/repos/acme/infra/issues/comments/9').reply(404, { message: 'Not Found' });
    expect((await upsertComment(args())).action).toBe('skipped');
    nock(API).get(LIST).query(true).reply(403, { message: 'Resource not accessible by integration' });
    expect((await upsertComment(args())).action).toBe('skipped');
  });

  test('other errors are thrown', async () => {
    nock(API).get(LIST).query(true).reply(200, []);
    nock(API).post(LIST).reply(422, { message: 'Validation Failed' });
    await expect(upsertComment(args())).rejects.toMatchObject({ status: 422 });
  });

  test('a body over the limit is truncated under 65,536 characters with the marker kept', async () => {
    const line = `| ${'x'.repeat(97)} |\n`;
    const huge = line.repeat(1000); // 101,000 characters
    let posted = '';
    nock(API).get(LIST).query(true).reply(200, []);
    nock(API)
      .post(LIST, (b: { body: string }) => {
        posted = b.body;
        return true;
      })
      .reply(201, comment(2, 'x'));
    await upsertComment(args({ body: huge, id: 'prod' }));
    expect(posted.length).toBeLessThan(MAX_COMMENT_LENGTH);
    expect(posted.startsWith('<!-- quota-guard:prod -->\n')).toBe(true);
    expect(posted).toMatch(/too long for a comment/);
    // Cut at a line break: no half rows.
    expect(posted.split('\n').filter((l) => l.startsWith('| ')).every((l) => l === line.trimEnd())).toBe(true);
  });
});

describe('commentBody', () => {
  test('short bodies are marker + body', () => {
    expect(commentBody('hi')).toBe(`${COMMENT_MARKER}\nhi`);
  });
  test('a body without line breaks is still cut to size', () => {
    const out = commentBody('y'.repeat(1000), COMMENT_MARKER, 400);
    expect(out.length).toBeLessThanOrEqual(400);
    expect(out.startsWith(COMMENT_MARKER)).toBe(true);
  });
});
