import { type FilingLane, lanePriority } from '../../core/filing-lanes';
import type {
  DailyIndexEntry,
  EdgarSource,
  FeedPage,
  FilingIndex,
  FullTextQuery,
  FullTextResult,
  Submission,
} from '../../core/ports/edgar';
import {
  EdgarMalformedError,
  EdgarNotFoundError,
  EdgarRateLimitedError,
  EdgarTooLargeError,
  EdgarUnavailableError,
} from '../../core/ports/edgar';
import { PriorityRateLimiter, type RateBudget } from '../../core/rate-limit';
import {
  EDGAR_DEFAULT_RPS,
  EDGAR_MAX_RPS_CEILING,
  isPlausibleUserAgent,
  SEC_USER_AGENT_RULE,
} from '../../core/setting-rules';
import {
  BodyTooLargeError,
  decodeText,
  type GetOptions,
  HttpClient,
  type HttpClientOptions,
  HttpNetworkError,
  type HttpResponse,
  HttpStatusError,
  HttpTimeoutError,
  RateLimitedError,
} from '../http';
import { parseMasterIndex } from './daily-index';
import { FEED_PAGE_SIZE, MAX_FEED_PAGE_CHARS, parseCurrentFeed } from './feed';
import { MAX_INDEX_PAGE_BYTES, parseFilingIndex } from './filing-index';
import { parseFullTextSearch } from './full-text-search';
import { parseSubmission } from './submission';
import { EdgarUrls } from './urls';

export { EDGAR_DEFAULT_RPS, EDGAR_MAX_RPS_CEILING };
/** Above this a submission is refused (with the reason recorded): the 512 MB worker holds it a few times over. */
export const MAX_SUBMISSION_BYTES = 64 * 1024 * 1024;
const MAX_INDEX_BYTES = 48 * 1024 * 1024;
const MAX_SEARCH_BYTES = 8 * 1024 * 1024;

const JITTER_MARGIN = 1.1;

export class EdgarConfigError extends Error {
  override readonly name = 'EdgarConfigError';
}

export function validateUserAgent(userAgent: string | null | undefined): string {
  const ua = (userAgent ?? '').trim();
  if (!isPlausibleUserAgent(ua)) {
    throw new EdgarConfigError(
      `SEC_USER_AGENT ${SEC_USER_AGENT_RULE}; got ${ua ? JSON.stringify(ua.slice(0, 80)) : 'nothing'}`,
    );
  }
  return ua;
}

export function validateMaxRps(maxRps: number | null | undefined): number {
  const rps = maxRps ?? EDGAR_DEFAULT_RPS;
  if (!Number.isFinite(rps) || rps <= 0)
    throw new EdgarConfigError(`EDGAR_MAX_RPS must be a positive number, got ${rps}`);
  if (rps > EDGAR_MAX_RPS_CEILING) {
    throw new EdgarConfigError(
      `EDGAR_MAX_RPS=${rps} is above the SEC's limit of ${EDGAR_MAX_RPS_CEILING} requests/s; set 10 or less`,
    );
  }
  return rps;
}

export type EdgarHttpOptions = Pick<
  HttpClientOptions,
  'userAgent' | 'retries' | 'baseDelayMs' | 'maxDelayMs' | 'sleep' | 'random' | 'now'
> & {
  maxRps?: number;
  /** How long EDGAR is left alone after its rate-threshold page (EDGAR_LOCKOUT_SECONDS). */
  lockoutMs?: number;
  /** A budget shared beyond this process (in AWS the deployment's, store/edgar-budget.ts); else one per process. */
  limiter?: RateBudget;
};

/**
 * The HTTP client for every EDGAR host: one budget (requests spaced 1/maxRps apart, so no 1-second window holds
 * more than maxRps requests) shared by all its callers, in which the current-reports lane is served first
 * (core/filing-lanes.ts). Build it once per process.
 */
export function createEdgarHttpClient(opts: EdgarHttpOptions): {
  http: HttpClient;
  limiter: RateBudget;
} {
  const { maxRps, lockoutMs, limiter: sharedLimiter, ...clientOptions } = opts;
  const limiter =
    sharedLimiter ??
    new PriorityRateLimiter({
      // 10 % under the limit, so that the lag between grant and arrival (a new connection's handshake delays the
      // first request by tens of ms, then the next ones catch up) never puts one more request into a 1-second
      // window at the SEC's end.
      ratePerSecond: validateMaxRps(maxRps) / JITTER_MARGIN,
      ...(opts.now ? { now: opts.now } : {}),
      ...(opts.sleep ? { sleep: opts.sleep } : {}),
    });
  const http = new HttpClient({
    ...clientOptions,
    userAgent: validateUserAgent(opts.userAgent),
    limiterFor: () => limiter,
    retries: opts.retries ?? 3,
    baseDelayMs: opts.baseDelayMs ?? 1000,
    maxDelayMs: opts.maxDelayMs ?? 20_000,
    ...(lockoutMs ? { rateThresholdBlockMs: lockoutMs } : {}),
  });
  return { http, limiter };
}

export interface EdgarClientOptions {
  http: HttpClient;
  /** EDGAR_BASE_URL; null for the real hosts. */
  baseUrl?: string | null;
  timeoutMs?: number;
  maxSubmissionBytes?: number;
  /** The lane this client fetches for: its place in the shared budget (default: first, as the poller). */
  lane?: FilingLane;
}

/** The EdgarSource adapter: fetches through the shared fair-access client and parses. */
export class EdgarClient implements EdgarSource {
  readonly urls: EdgarUrls;
  private readonly http: HttpClient;
  private readonly timeoutMs: number;
  private readonly maxSubmissionBytes: number;
  private readonly priority: number;
  private firstPage: { etag: string | null; lastModified: string | null; page: FeedPage } | null = null;

  constructor(opts: EdgarClientOptions) {
    this.http = opts.http;
    this.urls = new EdgarUrls(opts.baseUrl);
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.maxSubmissionBytes = opts.maxSubmissionBytes ?? MAX_SUBMISSION_BYTES;
    this.priority = lanePriority(opts.lane ?? 'current');
  }

  /** A GET at this client's place in the shared budget, with its timeout unless the call names another. */
  private get(
    url: string,
    opts: Omit<GetOptions, 'priority' | 'timeoutMs'> & { timeoutMs?: number },
  ): Promise<HttpResponse> {
    return this.http.get(url, { timeoutMs: this.timeoutMs, priority: this.priority, ...opts });
  }

  /**
   * One page of the feed for all forms (type=), filtered by the caller: one request per page covers every
   * configured form, where polling per form would multiply the requests by the number of forms.
   */
  async currentFeedPage(start: number): Promise<FeedPage> {
    const url = this.urls.currentFeed(start, FEED_PAGE_SIZE);
    // Page 0 is asked for every few seconds: a conditional GET lets the server answer 304 when nothing changed.
    const cached = start === 0 ? this.firstPage : null;
    try {
      // Past the end EDGAR answers 503: one retry is enough to tell it from a blip.
      const res = await this.get(url, {
        maxBytes: MAX_FEED_PAGE_CHARS,
        accept: 'application/atom+xml',
        etag: cached?.etag ?? null,
        lastModified: cached?.lastModified ?? null,
        ...(start > 0 ? { retries: 1 } : {}),
      });
      if (res.notModified && cached) return cached.page;
      const page = parseCurrentFeed(decodeText(res.body, res.contentType), start, FEED_PAGE_SIZE);
      if (start === 0 && (res.etag || res.lastModified)) {
        this.firstPage = { etag: res.etag, lastModified: res.lastModified, page };
      }
      return page;
    } catch (error) {
      if (start > 0 && error instanceof HttpStatusError && error.status === 503) {
        return { start, filings: [], entryCount: 0, endOfFeed: true };
      }
      throw mapError(error, url);
    }
  }

  async dailyIndex(date: string): Promise<DailyIndexEntry[] | null> {
    const url = this.urls.dailyIndex('master', date);
    try {
      const res = await this.get(url, { timeoutMs: this.timeoutMs * 3, maxBytes: MAX_INDEX_BYTES });
      return parseMasterIndex(decodeText(res.body, res.contentType));
    } catch (error) {
      // EDGAR answers 403 or 404 for an index that does not exist (weekend, holiday, not yet published).
      if (error instanceof HttpStatusError && (error.status === 404 || error.status === 403)) return null;
      throw mapError(error, url);
    }
  }

  async submission(
    ref: { accession: string; cik: string },
    opts?: { maxBytes?: number },
  ): Promise<Submission> {
    const url = this.urls.submissionText(ref);
    const maxBytes = Math.min(opts?.maxBytes ?? this.maxSubmissionBytes, this.maxSubmissionBytes);
    try {
      const res = await this.get(url, { timeoutMs: this.timeoutMs * 6, maxBytes });
      return parseSubmission(decodeText(res.body, res.contentType));
    } catch (error) {
      throw mapError(error, url);
    }
  }

  async filingIndex(ref: { accession: string; cik: string }): Promise<FilingIndex | null> {
    const url = this.urls.filingIndexPage(ref);
    try {
      const res = await this.get(url, { maxBytes: MAX_INDEX_PAGE_BYTES, accept: 'text/html' });
      const index = parseFilingIndex(decodeText(res.body, res.contentType), url, ref.accession);
      // The page links www.sec.gov paths: fetch them where this client fetches (EDGAR_BASE_URL).
      return {
        ...index,
        documents: index.documents.map((d) => ({ ...d, url: this.urls.archivePath(d.url) })),
      };
    } catch (error) {
      // No index page (yet, or a stand-in without them): the caller reads the full submission instead.
      if (error instanceof HttpStatusError && error.status === 404) return null;
      throw mapError(error, url);
    }
  }

  async document(url: string, maxBytes: number): Promise<Uint8Array> {
    try {
      return (await this.get(url, { timeoutMs: this.timeoutMs * 6, maxBytes })).body;
    } catch (error) {
      throw mapError(error, url);
    }
  }

  async fullTextSearch(query: FullTextQuery): Promise<FullTextResult> {
    const url = this.urls.fullTextSearch(query);
    try {
      const res = await this.get(url, { maxBytes: MAX_SEARCH_BYTES, accept: 'application/json' });
      return parseFullTextSearch(decodeText(res.body, res.contentType));
    } catch (error) {
      throw mapError(error, url);
    }
  }

  indexUrl(ref: { accession: string; cik: string }): string {
    return EdgarUrls.publicIndex(ref);
  }

  fullTextUrl(ref: { accession: string; cik: string }): string {
    return EdgarUrls.publicText(ref);
  }
}

/** HTTP errors in the port's terms, so use cases need not know the adapter. */
function mapError(error: unknown, url: string): Error {
  if (error instanceof RateLimitedError) return new EdgarRateLimitedError(error.retryAfterMs, url);
  if (error instanceof BodyTooLargeError) return new EdgarTooLargeError(url, error.maxBytes);
  if (error instanceof HttpStatusError) {
    if (error.status === 404) return new EdgarNotFoundError(url);
    if (error.status === 429) return new EdgarRateLimitedError(60_000, url);
    return new EdgarUnavailableError(url, `HTTP ${error.status}`);
  }
  if (error instanceof HttpTimeoutError || error instanceof HttpNetworkError) {
    return new EdgarUnavailableError(url, error.message);
  }
  if (error instanceof EdgarMalformedError) return error;
  return error instanceof Error ? error : new Error(String(error));
}
