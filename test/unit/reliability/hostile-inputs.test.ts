import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../functions/core/ports/log';
import type { FeedConfig } from '../../../functions/core/ports/news';
import { EdgarClient } from '../../../functions/sources/edgar/client';
import { HttpClient, PUBLIC_AND_LOOPBACK_HOSTS } from '../../../functions/sources/http';
import { createHttpFeedSource, createNewsHttpClient } from '../../../functions/sources/news/feed-source';
import { pollNews } from '../../../functions/use-cases/poll-news';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fakeExtract, memoryNewsItems, memoryState } from '../news/fakes';

// Hostile answers from feed hosts and from EDGAR, served on loopback. Each input must end in a bounded, clear
// outcome: parsed, or one typed error with a one-line message; and one bad input never stops the others.

type Reply = (res: ServerResponse, path: string) => void | Promise<void>;
const rss = (items: string, extra = '') =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>${extra}${items}</channel></rss>`;
const item = (i: number, extra = '') =>
  `<item><title>Item ${i}</title><link>https://news.example.com/${i}</link><guid>g${i}</guid><pubDate>Mon, 12 Jan 2026 10:00:00 GMT</pubDate>${extra}</item>`;
const xml =
  (body: string | Buffer, type = 'application/rss+xml', headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(200, { 'content-type': type, ...headers });
    res.end(body);
  };
const status =
  (code: number, headers: Record<string, string> = {}, body = ''): Reply =>
  (res) => {
    res.writeHead(code, headers);
    res.end(body);
  };
const drip =
  (chunk: string, everyMs: number): Reply =>
  (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => res.write(chunk), everyMs);
    res.on('close', () => clearInterval(timer));
  };
const nested = (depth: number) => `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}`;

const HOSTILE_FEEDS: Record<string, Reply> = {
  'empty body': xml(''),
  'whitespace only': xml('   \n\t  '),
  'prolog only': xml('<?xml version="1.0"?>'),
  'truncated mid-tag': xml(rss(item(1)).slice(0, 120)),
  'unclosed channel': xml(`<rss version="2.0"><channel><title>t</title>${item(1)}`),
  'mismatched tags': xml('<rss><channel><title>t</channel></title></rss>'),
  'html page': xml('<!doctype html><html><body><h1>Not a feed</h1></body></html>', 'text/html'),
  'json body': xml('{"items":[{"title":"x"}]}', 'application/json'),
  'binary noise': xml(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
  'billion laughs': xml(
    `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('')}]><rss><channel><title>&j;</title></channel></rss>`,
  ),
  'external entity (XXE)': xml(
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>',
  ),
  'parameter entity': xml(
    '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % p SYSTEM "http://169.254.169.254/"> %p;]><rss/>',
  ),
  'body over the bound (6 MiB)': xml(rss(`<item><title>${'x'.repeat(6 * 1024 * 1024)}</title></item>`)),
  'gzip bomb (64 MiB of zeros)': xml(gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'application/rss+xml', {
    'content-encoding': 'gzip',
  }),
  'corrupt gzip': xml(Buffer.from('not gzip at all'), 'application/rss+xml', { 'content-encoding': 'gzip' }),
  'slow drip (never ends)': drip('<!-- . -->', 50),
  'redirect loop': (res, path) => status(302, { location: path })(res, path),
  'redirect to metadata': status(302, { location: 'http://169.254.169.254/latest/meta-data/' }),
  'redirect to private range': status(302, { location: 'http://10.0.0.1/feed' }),
  'redirect to file URL': status(302, { location: 'file:///etc/passwd' }),
  'redirect without location': status(302),
  'invalid UTF-8': xml(
    Buffer.concat([Buffer.from(rss('').slice(0, 60)), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]),
  ),
  'NUL bytes': xml(rss(item(1, '<description>a\u0000b</description>'))),
  'UTF-16 without declaration': xml(Buffer.from(`\ufeff${rss(item(1))}`, 'utf16le')),
  'bogus declared encoding': xml(rss(item(1)).replace('utf-8', 'x-klingon-9')),
  'wrong content type (image/png)': xml(rss(item(1)), 'image/png'),
  'depth 20,000': xml(rss('', nested(20_000))),
  '10,000 items': xml(rss(Array.from({ length: 10_000 }, (_, i) => item(i)).join(''))),
  '5,000 attributes': xml(
    `<rss ${Array.from({ length: 5000 }, (_, i) => `a${i}="v"`).join(' ')}><channel><title>t</title></channel></rss>`,
  ),
  '1 MB title': xml(rss(`<item><title>${'t'.repeat(1024 * 1024)}</title><guid>big</guid></item>`)),
  'unterminated CDATA': xml(rss('<item><title><![CDATA[never closed</title></item>')),
  'script in description': xml(
    rss(item(1, '<description>&lt;script&gt;alert(1)&lt;/script&gt;</description>')),
  ),
  'javascript: link': xml(rss('<item><title>x</title><link>javascript:alert(1)</link></item>')),
  'items without link, guid or date': xml(rss('<item><title>only a title</title></item>'.repeat(5))),
  'dates in the far future and past': xml(
    rss('<item><title>a</title><guid>a</guid><pubDate>Fri, 31 Dec 9999 23:59:59 GMT</pubDate></item>'),
  ),
  'HTTP 404': status(404),
  'HTTP 410': status(410),
  'HTTP 500': status(500, {}, 'boom'),
  'HTTP 503 + Retry-After': status(503, { 'retry-after': '1' }),
  'HTTP 429 + Retry-After a day': status(429, { 'retry-after': '86400' }),
  'HTTP 304 without validators': status(304),
  'content-length longer than body': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': '5000' });
    res.end(rss(item(1)).slice(0, 100));
  },
  'connection reset mid-body': (res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write(rss(item(1)).slice(0, 80));
    setTimeout(() => res.socket?.destroy(), 20);
  },
};

const GOOD_FEED: Reply = xml(rss(item(1) + item(2)));

let server: FixtureServer;
const paths = new Map<string, Reply>();

beforeAll(async () => {
  Object.values(HOSTILE_FEEDS).forEach((reply, i) => {
    paths.set(`/feed/${i}`, reply);
  });
  paths.set('/feed/good', GOOD_FEED);
  server = await startFixtureServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    // An EDGAR client's base URL is /edgar/<input>: every URL under it gets that input's reply.
    const key = path.startsWith('/edgar/') ? path.split('/').slice(0, 3).join('/') : path;
    const reply = paths.get(key);
    if (!reply) {
      res.writeHead(404).end();
      return;
    }
    await reply(res, path);
  });
});
afterAll(async () => {
  await server.close();
});

const oneLine = (message: string) => {
  expect(message).not.toMatch(/\n/);
  expect(message.length).toBeLessThan(600);
};

describe(`hostile feed bodies (${Object.keys(HOSTILE_FEEDS).length} inputs)`, () => {
  it('each ends fetched or failed with a one-line error, and the good feed in the same batch is recorded', {
    timeout: 120_000,
  }, async () => {
    const names = Object.keys(HOSTILE_FEEDS);
    const feeds: FeedConfig[] = names.map((name, i) => ({
      id: `hostile-${i}`,
      url: `${server.url}/feed/${i}`,
      language: 'en',
      pollSeconds: 600,
      enabled: true,
      kind: 'newsroom',
      name,
    }));
    feeds.splice(feeds.length >> 1, 0, {
      id: 'good',
      url: `${server.url}/feed/good`,
      language: 'en',
      pollSeconds: 600,
      enabled: true,
      kind: 'newsroom',
    });
    const newsItems = memoryNewsItems();
    const report = await pollNews(
      {
        fetchFeed: createHttpFeedSource({
          http: createNewsHttpClient({
            userAgent: 'test',
            perHostRatePerSecond: 1000,
            hostGuard: PUBLIC_AND_LOOPBACK_HOSTS,
          }),
          timeoutMs: 3000,
          retries: 0,
        }),
        newsItems,
        state: memoryState(),
        extract: fakeExtract(),
        recordMentions: async () => {},
        detectLanguage: () => null,
        clock: () => new Date(),
        log: silentLogger,
      },
      feeds,
      // One at a time: parsing happens on this process's event loop, which also serves the fixtures.
      { concurrency: 1 },
    );
    expect(report.feeds).toHaveLength(names.length + 1);
    for (const result of report.feeds) {
      expect(['fetched', 'failed', 'not_modified']).toContain(result.outcome);
      if (result.error) oneLine(result.error);
    }
    const good = report.feeds.find((f) => f.feedId === 'good');
    expect(good?.outcome).toBe('fetched');
    expect(newsItems.items.filter((i) => i.feedId === 'good')).toHaveLength(2);
    const byName = (name: string) => report.feeds.find((f) => f.feedId === `hostile-${names.indexOf(name)}`);
    // The ones that can only fail, fail for the right reason.
    expect(byName('redirect to metadata')?.error).toMatch(/HostRefusedError/);
    expect(byName('redirect loop')?.error).toMatch(/TooManyRedirectsError/);
    expect(byName('gzip bomb (64 MiB of zeros)')?.error).toMatch(/BodyTooLargeError/);
    expect(byName('slow drip (never ends)')?.error).toMatch(/HttpTimeoutError/);
    expect(byName('HTTP 500')?.outcome).toBe('failed');
  });
});

// EDGAR: the feed page, a submission, the daily index, each answering hostile bodies.
const ATOM_HEAD =
  '<?xml version="1.0" encoding="ISO-8859-1" ?><feed xmlns="http://www.w3.org/2005/Atom"><title>Latest Filings</title>';
const HOSTILE_EDGAR: Record<string, Reply> = {
  'feed: empty': xml('', 'application/atom+xml'),
  'feed: html rate page': status(
    403,
    { 'content-type': 'text/html' },
    '<h1>Request Rate Threshold Exceeded</h1>',
  ),
  'feed: 429 with a long Retry-After': status(429, { 'retry-after': '3600' }),
  'feed: 500': status(500),
  'feed: 503 on page 0': status(503),
  'feed: truncated Atom': xml(`${ATOM_HEAD}<entry><title>8-K - X`, 'application/atom+xml'),
  'feed: entry without accession': xml(
    `${ATOM_HEAD}<entry><title>8-K - Acme (0000000001) (Filer)</title><id>urn:x</id><updated>2026-01-12T10:00:00-05:00</updated></entry></feed>`,
    'application/atom+xml',
  ),
  'feed: 20,000 nested elements': xml(`${ATOM_HEAD}${nested(20_000)}</feed>`, 'application/atom+xml'),
  'feed: gzip bomb': xml(gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'application/atom+xml', {
    'content-encoding': 'gzip',
  }),
  'feed: JSON': xml('{"entries":[]}', 'application/json'),
  'feed: invalid UTF-8 / Latin-1 mix': xml(
    Buffer.concat([Buffer.from(ATOM_HEAD), Buffer.from([0xff, 0x80, 0x9f]), Buffer.from('</feed>')]),
    'application/atom+xml',
  ),
  'feed: slow drip': drip(' ', 50),
  'submission: empty': xml('', 'text/plain'),
  'submission: no SEC-HEADER': xml('<SEC-DOCUMENT>nothing here</SEC-DOCUMENT>', 'text/plain'),
  'submission: header without documents': xml(
    '<SEC-DOCUMENT>0000000001-26-000001.txt : 20260112\n<SEC-HEADER>ACCESSION NUMBER:\t0000000001-26-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n</SEC-DOCUMENT>',
    'text/plain',
  ),
  'submission: unclosed DOCUMENT': xml(
    '<SEC-DOCUMENT>x\n<SEC-HEADER>CONFORMED SUBMISSION TYPE:\t8-K\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<TEXT>\n<html><body>',
    'text/plain',
  ),
  'submission: binary': xml(
    Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 31) % 256)),
    'text/plain',
  ),
  'submission: 404': status(404),
  'submission: 500': status(500),
  'submission: over the size bound': xml(`<SEC-DOCUMENT>${'x'.repeat(3 * 1024 * 1024)}`, 'text/plain'),
  'submission: slow drip': drip('x', 50),
  'submission: gzip bomb': xml(gzipSync(Buffer.alloc(64 * 1024 * 1024)), 'text/plain', {
    'content-encoding': 'gzip',
  }),
  'index: garbage lines': xml(
    'CIK|Company Name|Form Type|Date Filed|Filename\n----\nnot|a|valid\n\u0000\u0001',
    'text/plain',
  ),
  'index: HTML': xml('<html><body>maintenance</body></html>', 'text/html'),
  'index: 500': status(500),
  'index: huge line': xml(
    `CIK|Company Name|Form Type|Date Filed|Filename\n${'9'.repeat(2 * 1024 * 1024)}`,
    'text/plain',
  ),
};

const EDGAR_ERRORS =
  /^(EdgarMalformedError|EdgarUnavailableError|EdgarRateLimitedError|EdgarTooLargeError|EdgarNotFoundError)$/;

describe(`hostile EDGAR answers (${Object.keys(HOSTILE_EDGAR).length} inputs)`, () => {
  it.each(Object.keys(HOSTILE_EDGAR))('%s: parsed or one typed, one-line error', async (name) => {
    const path = `/edgar/${encodeURIComponent(name)}`;
    const reply = HOSTILE_EDGAR[name] as Reply;
    // Every EDGAR URL of this client lands on this input's reply.
    paths.set(path, reply);
    const edgar = new EdgarClient({
      http: new HttpClient({ userAgent: 'hostile test test@example.com', retries: 0, maxDelayMs: 10 }),
      baseUrl: `${server.url}${path}`,
      timeoutMs: 300,
      maxSubmissionBytes: 2 * 1024 * 1024,
    });
    const kind = name.split(':')[0];
    const call =
      kind === 'feed'
        ? edgar.currentFeedPage(0)
        : kind === 'submission'
          ? edgar.submission({ accession: '0000000001-26-000001', cik: '1' })
          : edgar.dailyIndex('2026-01-12');
    const outcome = await call.then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error: error as Error }),
    );
    if (!outcome.ok) {
      expect(outcome.error.name).toMatch(EDGAR_ERRORS);
      oneLine(outcome.error.message);
    }
  });
});
