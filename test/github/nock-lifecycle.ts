// The nock lifecycle of a GitHub API test file: no real network; an interceptor left unanswered fails the test that
// set it; and this file's nock is restored when it ends, since Jest runs every file in one process and each file
// loads its own nock — another file's interceptors must be the only ones answering then.
import nock from 'nock';

export function useNock(): void {
  beforeAll(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
  beforeEach(() => {
    delete process.env.GITHUB_API_URL;
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(pending).toEqual([]);
  });
}
