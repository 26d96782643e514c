// GitHub listings, bounded: a pull request with thousands of comments, or a repository with thousands of labelled
// issues, must not keep a step paging (and spending the token's rate limit) without end. Pages are 100 items, the
// API's maximum (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api).
/** Pages read at most from one listing: the first 2,000 items. */
export const MAX_LIST_PAGES = 20;

/** A page of an `octokit.paginate.iterator` walk. */
interface Page<T> {
  data: T[];
  headers: { link?: string };
}

/**
 * The items of a listing (`octokit.paginate.iterator(route, { per_page: 100, … })`), at most MAX_LIST_PAGES pages.
 * When more pages were left, `warn` gets one line saying what was not read and what follows from it (`unseen`).
 */
export async function listCapped<T>(walk: AsyncIterable<Page<T>>, what: string, unseen: string, warn: (line: string) => void = () => {}): Promise<T[]> {
  const items: T[] = [];
  let pages = 0;
  for await (const page of walk) {
    items.push(...page.data);
    if (++pages < MAX_LIST_PAGES) continue;
    if (/rel="next"/.test(page.headers.link ?? '')) warn(`Read only the first ${items.length} ${what} (${MAX_LIST_PAGES} pages, the cap): ${unseen}`);
    break;
  }
  return items;
}
