import { afterEach, describe, expect, it } from 'vitest';
import {
  EdgarMalformedError,
  EdgarNotFoundError,
  EdgarRateLimitedError,
  EdgarTooLargeError,
} from '../../../functions/core/ports/edgar';
import {
  createEdgarHttpClient,
  EdgarClient,
  EdgarConfigError,
  validateMaxRps,
  validateUserAgent,
} from '../../../functions/sources/edgar/client';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { fixtureBytes } from './fixtures';

const UA = 'Compute Alerts Test ops@example.com';
let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('EDGAR fair-access configuration', () => {
  it('accepts "Name email" user agents and refuses anything else with a clear typed error', () => {
    expect(validateUserAgent('Acme Research ops@acme.example')).toBe('Acme Research ops@acme.example');
    expect(validateUserAgent('Jane Doe <jane.doe@example.co.uk>')).toBe('Jane Doe <jane.doe@example.co.uk>');
    for (const bad of ['', 'Mozilla/5.0', 'ops@acme.example', 'Acme Research', undefined]) {
      expect(() => validateUserAgent(bad)).toThrow(EdgarConfigError);
    }
    expect(() => validateUserAgent('curl')).toThrow(/SEC_USER_AGENT/);
    expect(() => createEdgarHttpClient({ userAgent: 'node' })).toThrow(EdgarConfigError);
  });

  it('defaults to 5 requests/s and refuses more than 10', () => {
    expect(validateMaxRps(undefined)).toBe(5);
    expect(validateMaxRps(10)).toBe(10);
    expect(() => validateMaxRps(11)).toThrow(/above the SEC's limit of 10/);
    expect(() => validateMaxRps(0)).toThrow(EdgarConfigError);
    expect(createEdgarHttpClient({ userAgent: UA }).limiter.ratePerSecond).toBeCloseTo(5 / 1.1);
  });
});

function client(url: string, maxSubmissionBytes?: number): EdgarClient {
  const { http } = createEdgarHttpClient({
    userAgent: UA,
    maxRps: 10,
    sleep: async () => {},
    random: () => 0,
  });
  return new EdgarClient({ http, baseUrl: url, ...(maxSubmissionBytes ? { maxSubmissionBytes } : {}) });
}

describe('EdgarClient against a loopback EDGAR', () => {
  it('fetches and parses a feed page, the daily index and a submission through EDGAR_BASE_URL', async () => {
    server = await startFixtureServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/cgi-bin/browse-edgar' && url.searchParams.get('action') === 'getcurrent') {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.end(fixtureBytes('getcurrent-2026-01-12/page-00000.xml'));
      } else if (url.pathname === '/Archives/edgar/daily-index/2026/QTR1/master.20260107.idx') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(fixtureBytes('index/master.20260107.idx'));
      } else if (
        url.pathname === '/Archives/edgar/data/1769628/999999999925000901/9999999999-25-000901.txt'
      ) {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(fixtureBytes('submissions/9999999999-25-000901.txt'));
      } else if (url.pathname === '/LATEST/search-index') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(fixtureBytes('efts/search-index-8-K.json'));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    const edgar = client(server.url);
    const page = await edgar.currentFeedPage(0);
    expect(page.entryCount).toBe(100);
    expect(await edgar.dailyIndex('2026-01-07')).toHaveLength(7);
    expect(await edgar.dailyIndex('2026-01-10')).toBeNull();
    const sub = await edgar.submission({ accession: '9999999999-25-000901', cik: '0001769628' });
    expect(sub.header.companies[0]?.name).toBe('CoreWeave, Inc.');
    const search = await edgar.fullTextSearch({
      query: 'order form',
      forms: ['8-K'],
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(search.total).toBe(146);
    await expect(edgar.submission({ accession: '9999999999-25-000999', cik: '1' })).rejects.toBeInstanceOf(
      EdgarNotFoundError,
    );
    expect(server.requests.every((r) => r.headers['user-agent'] === UA)).toBe(true);
    expect(server.requests[0]?.url).toContain('start=0&count=100&output=atom');
  });

  it('asks for feed page 0 conditionally and reuses the parsed page on 304', async () => {
    server = await startFixtureServer((req, res) => {
      if (req.headers['if-none-match'] === '"p0"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/atom+xml', etag: '"p0"' });
      res.end(fixtureBytes('getcurrent-2026-01-12/page-00000.xml'));
    });
    const edgar = client(server.url);
    const first = await edgar.currentFeedPage(0);
    const second = await edgar.currentFeedPage(0);
    expect(second).toEqual(first);
    expect(server.requests.map((r) => r.headers['if-none-match'] ?? null)).toEqual([null, '"p0"']);
  });

  it("reads EDGAR's 503 past the end of the feed as the end, after a single retry", async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end(fixtureBytes('getcurrent-2026-01-12/page-05100.xml'));
    });
    const page = await client(server.url).currentFeedPage(5100);
    expect(page).toEqual({ start: 5100, filings: [], entryCount: 0, endOfFeed: true });
    expect(server.requests).toHaveLength(2);
  });

  it('maps the 403 rate page, oversize and malformed bodies to the port errors', async () => {
    server = await startFixtureServer((req, res) => {
      if (req.url?.startsWith('/cgi-bin')) {
        res.writeHead(200, { 'content-type': 'application/atom+xml' });
        res.end('<feed><entry><title>broken</feed>');
      } else if (req.url?.endsWith('.txt')) {
        res.writeHead(200);
        res.end(Buffer.alloc(4096, 'x'));
      } else {
        res.writeHead(403, { 'content-type': 'text/html' });
        res.end(fixtureBytes('documents/rate-threshold-exceeded.htm'));
      }
    });
    const edgar = client(server.url, 1024);
    await expect(edgar.currentFeedPage(0)).rejects.toBeInstanceOf(EdgarMalformedError);
    await expect(
      edgar.submission({ accession: '9999999999-25-000901', cik: '1769628' }),
    ).rejects.toBeInstanceOf(EdgarTooLargeError);
    await expect(
      edgar.fullTextSearch({ query: 'x', forms: [], from: '2025-01-01', to: '2025-01-02' }),
    ).rejects.toBeInstanceOf(EdgarRateLimitedError);
    // Blocked: nothing more is sent to the host.
    const before = server.requests.length;
    await expect(edgar.currentFeedPage(0)).rejects.toBeInstanceOf(EdgarRateLimitedError);
    expect(server.requests.length).toBe(before);
  });
});
