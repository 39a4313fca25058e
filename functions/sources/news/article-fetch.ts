import type { lookup as dnsLookup } from 'node:dns';
import { decideAddress, decideUrl, type HostDecision } from '../../core/host-policy';
import type { ArticleSource } from '../../core/ports/news';
import { BodyTooLargeError, decodeText, HostRefusedError, HttpClient } from '../http';
import { pageText } from '../page-text';

// Article pages are named by third-party feeds, so they go through the shared HTTP client's host guard: the URL
// of every hop before DNS, every resolved address before connecting (through the socket's own lookup, so a DNS
// answer cannot change between the check and the connection), and every redirect target.

export class ArticleRefusedError extends Error {
  override readonly name = 'ArticleRefusedError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`article ${url} refused: ${reason}`);
  }
}

export class ArticleFetchError extends Error {
  override readonly name = 'ArticleFetchError';
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`article ${url}: ${detail}`);
  }
}

export interface ArticleFetcherOptions {
  userAgent: string;
  /** Whole fetch, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Default 2 MiB. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Text kept from a page. Default 20 000 characters. */
  maxTextChars?: number;
  /** Injected in tests; production uses the pure policies. */
  decideUrl?: (url: string) => HostDecision;
  decideAddress?: (address: string) => HostDecision;
  lookup?: typeof dnsLookup;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;

export function createArticleFetcher(opts: ArticleFetcherOptions): ArticleSource {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxBytes = opts.maxBytes ?? 2 * 1024 * 1024;
  const maxTextChars = opts.maxTextChars ?? 20_000;
  const http = new HttpClient({
    userAgent: opts.userAgent,
    retries: 0,
    hostGuard: {
      decideUrl: opts.decideUrl ?? decideUrl,
      decideAddress: opts.decideAddress ?? decideAddress,
      lookup: opts.lookup,
      maxRedirects: opts.maxRedirects ?? 3,
    },
  });

  return {
    async fetchText(url: string): Promise<string | null> {
      let res: Awaited<ReturnType<HttpClient['get']>>;
      try {
        res = await http.get(url, { timeoutMs, maxBytes, accept: 'text/html, application/xhtml+xml;q=0.9' });
      } catch (error) {
        if (error instanceof HostRefusedError) throw new ArticleRefusedError(error.url, error.reason);
        if (error instanceof BodyTooLargeError)
          throw new ArticleFetchError(url, `body over ${maxBytes} bytes`);
        throw new ArticleFetchError(url, error instanceof Error ? error.message : String(error));
      }
      if (!HTML_TYPES.test(res.contentType ?? 'text/html')) return null;
      // The article only (menus and related-story lists left out), one block a line.
      const text = pageText(decodeText(res.body, res.contentType))
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n\s*/g, (m) => (m.split('\n').length > 2 ? '\n\n' : '\n'))
        .trim();
      return text === '' ? null : text.slice(0, maxTextChars);
    },
  };
}
