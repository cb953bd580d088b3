/** A page of results and the token of the next one. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
}

export interface PagerOptions {
  /** Our own retries for what the SDK does not retry: malformed bodies, repeated and invalid tokens. */
  readonly retries: number;
  readonly signal: AbortSignal;
  readonly onPage: () => void;
}

/** A page that could not be read even after retries; `cause` is the last error. */
export class PageError extends Error {
  override readonly name = 'PageError';
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

const errorName = (e: unknown): string => (e as { name?: string })?.name ?? '';

/** A body the SDK could not parse: it does not retry these, and a proxy or a reset can cause them. */
export function isMalformedBody(e: unknown): boolean {
  return errorName(e) === 'SyntaxError' || /Deserialization error/i.test((e as Error)?.message ?? '');
}

/**
 * Every page of one query, with the pitfalls of Config's paging handled here
 * rather than by the SDK's paginators:
 * - an empty page that carries a token is not the end;
 * - a token repeated by the service is asked for again (the SDK's `stopOnSameToken`
 *   would end silently, short), the caller dropping items it has already seen;
 * - `InvalidNextTokenException` (an expired token) restarts the query from the first page;
 * - a malformed body is retried.
 * Each of these has `retries` chances before the query fails with a `PageError`.
 */
export async function* pages<T>(
  fetch: (token: string | undefined) => Promise<Page<T>>,
  options: PagerOptions,
): AsyncGenerator<readonly T[]> {
  let token: string | undefined;
  let repeats = 0;
  let restarts = 0;
  let malformed = 0;
  for (;;) {
    if (options.signal.aborted) throw new PageError('timed out', options.signal.reason);
    let page: Page<T>;
    try {
      page = await fetch(token);
    } catch (e) {
      if (options.signal.aborted) throw new PageError('timed out', e);
      if (errorName(e) === 'InvalidNextTokenException' && token !== undefined && restarts++ < options.retries) {
        token = undefined;
        continue;
      }
      if (isMalformedBody(e) && malformed++ < options.retries) continue;
      throw e;
    }
    options.onPage();
    if (page.items.length) yield page.items;
    if (!page.next) return;
    if (page.next === token) {
      if (repeats++ >= options.retries) throw new PageError(`the service repeated its page token ${repeats} times`, undefined);
      continue;
    }
    token = page.next;
  }
}
