import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import {
  decideAddress,
  decideAddressOrLoopback,
  decideUrl,
  decideUrlOrLoopback,
  type HostDecision,
} from '../core/host-policy';
import type { Limiter } from '../core/rate-limit';
import { defaultSleep } from '../core/rate-limit';
import { decodeWideText } from './wide-text';

/** A fetched resource, body already decompressed. */
export interface HttpResponse {
  status: number;
  /** The final URL (after redirects). */
  url: string;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** true on 304 to a conditional GET: body is empty, keep what you had. */
  notModified: boolean;
}

export interface HttpClientOptions {
  userAgent: string;
  /** The bucket a request to this URL must go through; null for none. Shared by every caller of the client. */
  limiterFor?: (url: URL) => Limiter | null;
  /** Retries after the first attempt on 429 / 5xx / network errors (default 3). */
  retries?: number;
  baseDelayMs?: number;
  /** Longest wait between attempts; a longer Retry-After raises RateLimitedError instead of sleeping. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Monotonic ms clock for the host block after EDGAR's rate page. */
  now?: () => number;
  /** How long a host is refused after its rate-threshold page (default RATE_THRESHOLD_BLOCK_MS). */
  rateThresholdBlockMs?: number;
  /**
   * For URLs named by third parties (feeds added through the API): every hop's URL is checked
   * before DNS, every address it resolves to before connecting, redirects are followed by hand and capped.
   */
  hostGuard?: HostGuard;
}

/** Where a client may connect. The pure decisions are core/host-policy's; `lookup` is injected in tests. */
export interface HostGuard {
  decideUrl: (url: string) => HostDecision;
  decideAddress: (address: string) => HostDecision;
  lookup?: typeof dnsLookup;
  /** Default 5. */
  maxRedirects?: number;
}

/** Public internet hosts only: what a poller running in the deployer's network may fetch for a third party. */
export const PUBLIC_HOSTS: HostGuard = { decideUrl, decideAddress };
/** Local mode: public hosts and this machine's loopback (the demo's snapshot server). */
export const PUBLIC_AND_LOOPBACK_HOSTS: HostGuard = {
  decideUrl: decideUrlOrLoopback,
  decideAddress: decideAddressOrLoopback,
};

/** The guard refused a hop: its URL, or an address its name resolved to. Not retried. */
export class HostRefusedError extends Error {
  override readonly name = 'HostRefusedError';
  constructor(
    readonly url: string,
    readonly reason: string,
    /** 0 for the URL asked for, n for the n-th redirect target. */
    readonly hop: number,
  ) {
    super(`${url} refused: ${reason}`);
  }
}

export class TooManyRedirectsError extends Error {
  override readonly name = 'TooManyRedirectsError';
  constructor(
    readonly url: string,
    readonly maxRedirects: number,
  ) {
    super(`${url}: more than ${maxRedirects} redirects`);
  }
}

export interface GetOptions {
  /** Total time for the request, body included: a slow drip is cut. */
  timeoutMs: number;
  /** Bound on the decompressed body. */
  maxBytes: number;
  etag?: string | null;
  lastModified?: string | null;
  accept?: string;
  /** Overrides the client's retry count for this request. */
  retries?: number;
  /** The request's place in a shared PriorityRateLimiter (0 first); other limiters ignore it. */
  priority?: number;
}

export class HttpStatusError extends Error {
  override readonly name = 'HttpStatusError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} from ${url}`);
  }
}

export class HttpTimeoutError extends Error {
  override readonly name = 'HttpTimeoutError';
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`no complete response from ${url} within ${timeoutMs} ms`);
  }
}

export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(
    readonly url: string,
    readonly maxBytes: number,
    readonly declaredBytes: number | null,
  ) {
    super(
      `body of ${url} is over the ${maxBytes}-byte bound${declaredBytes === null ? '' : ` (declared ${declaredBytes})`}`,
    );
  }
}

/** Connection refused / reset, or a body cut short (e.g. truncated gzip). The socket's error is its cause. */
export class HttpNetworkError extends Error {
  override readonly name = 'HttpNetworkError';
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`network error fetching ${url}: ${describe(cause)}`, { cause });
  }
}

/** The server asked us to slow down. Callers should stop the whole run and come back after `retryAfterMs`. */
export class RateLimitedError extends Error {
  override readonly name = 'RateLimitedError';
  constructor(
    readonly url: string,
    readonly retryAfterMs: number,
    readonly reason: 'retry-after' | 'rate-threshold-page' | 'host-blocked',
  ) {
    super(
      `rate limited by ${new URL(url).host} (${reason}); retry after ${Math.round(retryAfterMs / 1000)} s`,
    );
  }
}

/** EDGAR blocks a client for ~10 minutes once it shows this page; we wait a little longer than that. */
export const RATE_THRESHOLD_BLOCK_MS = 11 * 60 * 1000;
const RATE_PAGE_MARKER = 'Request Rate Threshold Exceeded';
const MAX_ERROR_BODY_BYTES = 64 * 1024;

type Attempt =
  | { kind: 'response'; response: HttpResponse }
  | { kind: 'retry'; delayMs: number | null; error: Error };

/**
 * The one way this service fetches over HTTP: declared User-Agent, shared rate limit, gzip, conditional GET,
 * total timeouts, bounded bodies, backoff with full jitter, typed errors.
 */
export class HttpClient {
  private readonly userAgent: string;
  private readonly limiterFor: (url: URL) => Limiter | null;
  private readonly retries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly blockedUntil = new Map<string, number>();
  private readonly rateThresholdBlockMs: number;
  private readonly hostGuard: HostGuard | null;

  constructor(opts: HttpClientOptions) {
    this.userAgent = opts.userAgent;
    this.limiterFor = opts.limiterFor ?? (() => null);
    this.retries = opts.retries ?? 3;
    this.baseDelayMs = opts.baseDelayMs ?? 500;
    this.maxDelayMs = opts.maxDelayMs ?? 30_000;
    this.sleep = opts.sleep ?? defaultSleep;
    this.random = opts.random ?? Math.random;
    this.now = opts.now ?? (() => performance.now());
    this.hostGuard = opts.hostGuard ?? null;
    this.rateThresholdBlockMs = opts.rateThresholdBlockMs ?? RATE_THRESHOLD_BLOCK_MS;
  }

  /** How long every request is still refused (the longest block of any host), 0 when none is blocked. */
  blockedForMs(): number {
    const now = this.now();
    let left = 0;
    for (const until of this.blockedUntil.values()) left = Math.max(left, until - now);
    return left;
  }

  async get(url: string, opts: GetOptions): Promise<HttpResponse> {
    const target = new URL(url);
    const retries = opts.retries ?? this.retries;
    for (let attempt = 0; ; attempt++) {
      this.assertNotBlocked(target);
      const limiter = this.limiterFor(target);
      if (limiter) {
        await limiter.acquire(opts.priority);
        // The host may have blocked us while this caller waited for its slot.
        this.assertNotBlocked(target);
      }
      const outcome = await this.attempt(target, opts);
      if (outcome.kind === 'response') return outcome.response;
      const backoff = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
      const delay = outcome.delayMs ?? Math.floor(this.random() * backoff);
      if (outcome.delayMs !== null && outcome.delayMs > this.maxDelayMs) {
        // Waiting that long inside one invocation would waste it: every caller is refused until then.
        this.blockedUntil.set(target.host, this.now() + outcome.delayMs);
        throw new RateLimitedError(url, outcome.delayMs, 'retry-after');
      }
      if (attempt >= retries) {
        if (outcome.error instanceof HttpStatusError && outcome.error.status === 429) {
          throw new RateLimitedError(url, Math.max(delay, this.maxDelayMs), 'retry-after');
        }
        throw outcome.error;
      }
      // 429 and 503 say "slow down" to the client, not to this request: every caller of the limiter waits too.
      const status = outcome.error instanceof HttpStatusError ? outcome.error.status : 0;
      if (status === 429 || status === 503 || outcome.delayMs !== null) limiter?.pauseFor(delay);
      await this.sleep(delay);
    }
  }

  private assertNotBlocked(target: URL): void {
    const until = this.blockedUntil.get(target.host);
    if (until === undefined) return;
    const left = until - this.now();
    if (left > 0) throw new RateLimitedError(target.href, left, 'host-blocked');
    this.blockedUntil.delete(target.host);
  }

  private async attempt(target: URL, opts: GetOptions): Promise<Attempt> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      'accept-encoding': 'gzip, deflate',
      accept: opts.accept ?? '*/*',
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, opts.timeoutMs);
    try {
      const res = this.hostGuard
        ? await guardedFetch(target, headers, controller.signal, this.hostGuard)
        : await fetch(target, { headers, signal: controller.signal, redirect: 'follow' });
      const meta = {
        status: res.status,
        url: res.url || target.href,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
      if (res.status === 304) {
        await res.body?.cancel();
        return { kind: 'response', response: { ...meta, body: Buffer.alloc(0), notModified: true } };
      }
      if (res.status >= 200 && res.status < 300) {
        const declared = Number(res.headers.get('content-length'));
        // Content-Length counts encoded bytes; the streamed count below bounds the decoded ones.
        if (Number.isFinite(declared) && declared > opts.maxBytes && !res.headers.get('content-encoding')) {
          controller.abort();
          throw new BodyTooLargeError(target.href, opts.maxBytes, declared);
        }
        const body = await readBounded(res, opts.maxBytes, target.href, controller);
        return { kind: 'response', response: { ...meta, body, notModified: false } };
      }
      const errorBody = await readBounded(res, MAX_ERROR_BODY_BYTES, target.href, controller, true);
      const error = new HttpStatusError(res.status, target.href);
      if (res.status === 403 && errorBody.toString('utf8').includes(RATE_PAGE_MARKER)) {
        // Not a limiter pause (callers queued in it would sleep for minutes): they are refused at once instead.
        this.blockedUntil.set(target.host, this.now() + this.rateThresholdBlockMs);
        throw new RateLimitedError(target.href, this.rateThresholdBlockMs, 'rate-threshold-page');
      }
      if (res.status === 429 || res.status >= 500) {
        return { kind: 'retry', delayMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()), error };
      }
      throw error;
    } catch (error) {
      if (timedOut) throw new HttpTimeoutError(target.href, opts.timeoutMs);
      if (
        error instanceof HttpStatusError ||
        error instanceof BodyTooLargeError ||
        error instanceof RateLimitedError ||
        error instanceof HostRefusedError ||
        error instanceof TooManyRedirectsError
      ) {
        throw error;
      }
      return { kind: 'retry', delayMs: null, error: new HttpNetworkError(target.href, error) };
    } finally {
      clearTimeout(timer);
    }
  }
}

/**
 * A DNS lookup that fails unless every address the name resolves to is allowed. Given to the socket itself, so
 * the address checked is the address connected to (a second DNS answer cannot slip in between).
 */
export function guardedLookup(guard: HostGuard, url: string, hop: number): LookupFunction {
  const base = guard.lookup ?? dnsLookup;
  return (hostname, options, callback) => {
    base(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = (Array.isArray(addresses) ? addresses : []) as LookupAddress[];
      const refused = list.map((a) => guard.decideAddress(a.address)).find((d) => !d.allow);
      if (list.length === 0 || refused) {
        const reason = refused && !refused.allow ? refused.reason : 'no address';
        const err = new HostRefusedError(url, `${hostname} resolves to a refused address (${reason})`, hop);
        return callback(err as unknown as NodeJS.ErrnoException, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * GET through a host guard, as a fetch Response (body decompressed), following redirects by hand so that each
 * target is checked like the first URL. The caller's signal bounds the whole chain.
 */
export async function guardedFetch(
  target: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  guard: HostGuard,
): Promise<Response> {
  const maxRedirects = guard.maxRedirects ?? 5;
  let current = target.href;
  for (let hop = 0; hop <= maxRedirects; hop++) {
    const decision = guard.decideUrl(current);
    if (!decision.allow) throw new HostRefusedError(current, decision.reason, hop);
    const res = await requestOnce(current, headers, signal, guardedLookup(guard, current, hop));
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && typeof location === 'string') {
      res.destroy();
      current = new URL(location, current).href;
      continue;
    }
    return toResponse(res, current);
  }
  throw new TooManyRedirectsError(target.href, maxRedirects);
}

function requestOnce(
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  lookup: LookupFunction,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, { method: 'GET', headers, lookup, signal });
    req.once('error', reject);
    req.once('response', resolve);
    req.end();
  });
}

function toResponse(res: IncomingMessage, url: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const status = res.statusCode ?? 0;
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase();
  const decoded =
    encoding === 'gzip' ? res.pipe(createGunzip()) : encoding === 'deflate' ? res.pipe(createInflate()) : res;
  if (decoded !== res) res.once('error', (e) => decoded.destroy(e));
  const noBody = status === 204 || status === 304;
  const response = new Response(noBody ? null : (Readable.toWeb(decoded) as ReadableStream<Uint8Array>), {
    status,
    headers,
  });
  if (noBody) res.destroy();
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

async function readBounded(
  res: Response,
  maxBytes: number,
  url: string,
  controller: AbortController,
  truncate = false,
): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      controller.abort();
      if (truncate) {
        chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength - (size - maxBytes)));
        return Buffer.concat(chunks);
      }
      throw new BodyTooLargeError(url, maxBytes, null);
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, size);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowEpochMs: number): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - nowEpochMs);
}

// Node's TextDecoder decodes these (and even 'windows-1252') as strict Latin-1, leaving 0x80-0x9F as C1
// controls; WHATWG (and every browser) maps them to windows-1252's curly quotes and dashes.
const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'us-ascii', 'ascii', 'iso_8859-1']);
const CHARSET_IN_CONTENT_TYPE = /charset\s*=\s*"?([\w.:-]{1,40})/i;
// CMSs often emit blank lines before the declaration; the encoding it names still holds.
const XML_PROLOG_ENCODING = /^\s{0,256}<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/;
const HTML_META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?([\w.:-]{1,40})/i;

/**
 * Text from a body: a UTF-8 BOM or a UTF-16 / UTF-32 layout wins, then the Content-Type charset, then the XML prolog's encoding (or an
 * HTML meta charset), else UTF-8. ISO-8859-1 is decoded as windows-1252, as browsers do (EDGAR's feed declares
 * ISO-8859-1 and carries curly quotes from 1252).
 */
export function decodeText(body: Buffer, contentType: string | null): string {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(body.subarray(3));
  }
  const wide = decodeWideText(body);
  if (wide !== null) return wide;
  const head = body.subarray(0, 1024).toString('latin1');
  const label =
    contentType?.match(CHARSET_IN_CONTENT_TYPE)?.[1] ??
    head.match(XML_PROLOG_ENCODING)?.[1] ??
    head.match(HTML_META_CHARSET)?.[1] ??
    'utf-8';
  const normalized = label.toLowerCase();
  if (LATIN1_LABELS.has(normalized) || normalized === 'windows-1252' || normalized === 'cp1252') {
    return decodeWindows1252(body);
  }
  const decoder = (() => {
    try {
      return new TextDecoder(normalized);
    } catch {
      return new TextDecoder('utf-8');
    }
  })();
  return decoder.decode(body);
}

// windows-1252 code points for bytes 0x80-0x9F (0 = undefined in 1252: kept as the C1 control).
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

function decodeWindows1252(body: Buffer): string {
  const latin1 = body.toString('latin1');
  // Fast path: most EDGAR text has no byte in 0x80-0x9F.
  if (!/[\x80-\x9f]/.test(latin1)) return latin1;
  return latin1.replace(/[\x80-\x9f]/g, (ch) => {
    const mapped = CP1252_HIGH[ch.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : ch;
  });
}
