import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { decideAddress, decideUrl, type HostDecision } from '../../core/host-policy';
import type { ArticleSource } from '../../core/ports/news';
import { htmlToText } from '../html-text';
import { decodeText } from '../http';

// Article pages are named by third-party feeds, so unlike feeds (chosen by the deployer) they go through the host
// policy on every hop: the URL before DNS, every resolved address before connecting (through the socket's own
// lookup, so a DNS answer cannot change between the check and the connection), and every redirect target.
// That is why this does not use the shared HttpClient: fetch() follows redirects and resolves names on its own.

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
  const maxRedirects = opts.maxRedirects ?? 3;
  const maxTextChars = opts.maxTextChars ?? 20_000;
  const checkUrl = opts.decideUrl ?? decideUrl;
  const checkAddress = opts.decideAddress ?? decideAddress;
  const baseLookup = opts.lookup ?? dnsLookup;

  const guardedLookup: LookupFunction = (hostname, options, callback) => {
    baseLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 4);
      const list = (Array.isArray(addresses) ? addresses : []) as LookupAddress[];
      const refused = list.map((a) => ({ a, d: checkAddress(a.address) })).find((x) => !x.d.allow);
      if (list.length === 0 || refused) {
        const reason = refused && !refused.d.allow ? refused.d.reason : 'no address';
        const err = new ArticleRefusedError(
          hostname,
          `${hostname} resolves to a refused address (${reason})`,
        );
        return callback(err as NodeJS.ErrnoException, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };

  return {
    async fetchText(url: string): Promise<string | null> {
      const deadline = Date.now() + timeoutMs;
      let current = url;
      for (let hop = 0; hop <= maxRedirects; hop++) {
        const decision = checkUrl(current);
        if (!decision.allow) throw new ArticleRefusedError(current, decision.reason);
        const res = await getOnce(current, deadline, maxBytes, opts.userAgent, guardedLookup);
        if (res.location !== null) {
          current = new URL(res.location, current).href;
          continue;
        }
        if (!HTML_TYPES.test(res.contentType ?? 'text/html')) return null;
        const text = htmlToText(decodeText(res.body, res.contentType)).replace(/\s+/g, ' ').trim();
        return text === '' ? null : text.slice(0, maxTextChars);
      }
      throw new ArticleFetchError(url, `more than ${maxRedirects} redirects`);
    },
  };
}

interface OnceResult {
  location: string | null;
  contentType: string | null;
  body: Buffer;
}

function getOnce(
  url: string,
  deadline: number,
  maxBytes: number,
  userAgent: string,
  lookup: LookupFunction,
): Promise<OnceResult> {
  return new Promise((resolve, reject) => {
    const left = deadline - Date.now();
    if (left <= 0) return reject(new ArticleFetchError(url, 'time budget spent'));
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'GET',
      lookup,
      headers: {
        'user-agent': userAgent,
        accept: 'text/html, application/xhtml+xml;q=0.9',
        'accept-encoding': 'identity',
      },
    });
    const timer = setTimeout(() => req.destroy(new ArticleFetchError(url, 'timed out')), left);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(
        error instanceof ArticleRefusedError || error instanceof ArticleFetchError
          ? error
          : new ArticleFetchError(url, error.message),
      );
    };
    req.on('error', fail);
    req.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && typeof location === 'string') {
        res.resume();
        clearTimeout(timer);
        req.destroy();
        return resolve({ location, contentType: null, body: Buffer.alloc(0) });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        req.destroy();
        return fail(new ArticleFetchError(url, `HTTP ${status}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new ArticleFetchError(url, `body over ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          location: null,
          contentType: res.headers['content-type'] ?? null,
          body: Buffer.concat(chunks),
        });
      });
    });
    req.end();
  });
}
