import type { FeedConfig, FeedFetchResult, FeedSource, FeedValidators } from '../../core/ports/news';
import { KeyedRateLimiter } from '../../core/rate-limit';
import { decodeText, type HostGuard, HttpClient, PUBLIC_HOSTS } from '../http';
import { MAX_FEED_CHARS, parseFeed } from './feed-parse';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

export interface HttpFeedSourceOptions {
  http: HttpClient;
  /** Whole request, body included: a slow drip is cut. Default 15 s. */
  timeoutMs?: number;
  /** Bound on the body, checked while it streams in. Default 5 MiB. */
  maxBytes?: number;
  /** Retries inside one poll; failures beyond are backed off across polls by the poller. Default 1. */
  retries?: number;
}

/** Fetches a feed with a conditional GET and parses it; errors are the HTTP client's and FeedParseError. */
export function createHttpFeedSource(opts: HttpFeedSourceOptions): FeedSource {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? MAX_FEED_CHARS;
  return {
    async fetch(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult> {
      const res = await opts.http.get(feed.url, {
        timeoutMs,
        maxBytes,
        etag: validators.etag,
        lastModified: validators.lastModified,
        accept: FEED_ACCEPT,
        retries: opts.retries ?? 1,
      });
      if (res.notModified) return { notModified: true };
      const xml = decodeText(res.body, res.contentType);
      const parsed = parseFeed(xml, {
        feedUrl: res.url,
        declaredLanguage: feed.language,
        maxChars: maxBytes,
      });
      return { notModified: false, feed: parsed, etag: res.etag, lastModified: res.lastModified };
    },
  };
}

export interface NewsHttpClientOptions {
  userAgent: string;
  /** Requests per second to any one host (Google News serves many of our feeds). Default 1. */
  perHostRatePerSecond?: number;
  /**
   * Feeds can be added through the API, so every hop is checked after DNS (default: public hosts only; local
   * mode also allows loopback).
   */
  hostGuard?: HostGuard;
}

/** An HTTP client for feeds: one token bucket per host, shared by every feed on that host. */
export function createNewsHttpClient(opts: NewsHttpClientOptions): HttpClient {
  const limiters = new KeyedRateLimiter({ ratePerSecond: opts.perHostRatePerSecond ?? 1, burst: 2 });
  return new HttpClient({
    userAgent: opts.userAgent,
    limiterFor: (url) => limiters.forUrl(url),
    maxDelayMs: 10_000,
    hostGuard: opts.hostGuard ?? PUBLIC_HOSTS,
  });
}
