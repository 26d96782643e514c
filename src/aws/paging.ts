// The one NextToken loop of quota-guard. AWS list/describe calls return a NextToken while more results remain
// (e.g. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests-EC2.html#api-pagination); an answer
// that keeps sending one — the same token again, or pages without end — must never hang a deploy gate. So every
// walk has a page cap and stops on a token it has already been given, and either ends as a `PagingError`, which
// callers turn into an unknown reading ("AWS kept paging past N pages"), never a number.

/** Pages one walk may take unless the caller sets its own cap. */
export const DEFAULT_MAX_PAGES = 100;

export class PagingError extends Error {
  constructor(
    readonly operation: string,
    readonly pages: number,
    readonly kind: 'page-cap' | 'repeated-token',
  ) {
    super(
      kind === 'page-cap'
        ? `AWS kept paging ${operation} past ${pages} pages; stopped there`
        : `AWS returned the same NextToken twice for ${operation} (after ${pages} pages); stopped there`,
    );
    this.name = 'PagingError';
  }
}

export interface PageOptions {
  /** API name, for the error. */
  operation: string;
  /** Pages at most (default DEFAULT_MAX_PAGES). */
  maxPages?: number;
}

/**
 * Yields every page of a paginated call: `send(token)` makes one call, `next(page)` reads its next token (empty
 * string and null end the walk, as AWS means them). Throws PagingError on the page cap or a repeated token; the
 * caller may stop early by breaking out of the loop.
 */
export async function* pages<P>(send: (token: string | undefined) => Promise<P>, next: (page: P) => string | null | undefined, options: PageOptions): AsyncGenerator<P> {
  const max = options.maxPages ?? DEFAULT_MAX_PAGES;
  const seen = new Set<string>();
  let token: string | undefined;
  for (let n = 1; ; n++) {
    const page = await send(token);
    yield page;
    const t = next(page);
    if (t === undefined || t === null || t === '') return;
    if (seen.has(t)) throw new PagingError(options.operation, n, 'repeated-token');
    if (n >= max) throw new PagingError(options.operation, n, 'page-cap');
    seen.add(t);
    token = t;
  }
}

/** Every page's items, concatenated: `pages` for the common case of collecting a list. */
export async function collect<P, I>(send: (token: string | undefined) => Promise<P>, next: (page: P) => string | null | undefined, items: (page: P) => I[] | undefined, options: PageOptions): Promise<I[]> {
  const out: I[] = [];
  for await (const page of pages(send, next, options)) for (const i of items(page) ?? []) out.push(i);
  return out;
}
