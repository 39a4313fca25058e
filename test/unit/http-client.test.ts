import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../functions/core/rate-limit';
import {
  BodyTooLargeError,
  decodeText,
  HttpClient,
  HttpNetworkError,
  HttpStatusError,
  HttpTimeoutError,
  parseRetryAfter,
  RateLimitedError,
} from '../../functions/sources/http';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server';

const ratePage = readFileSync(
  new URL('../fixtures/edgar/documents/rate-threshold-exceeded.htm', import.meta.url),
);
const UA = 'Compute Alerts Test ops@example.com';
const noSleep = async (): Promise<void> => {};

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function client(extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient {
  const sleeps: number[] = [];
  return new HttpClient({
    userAgent: UA,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    ...extra,
  });
}

const opts = { timeoutMs: 5_000, maxBytes: 1_000_000 };

describe('HttpClient', () => {
  it('sends the declared User-Agent and gzip, and decompresses', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip', etag: '"v1"' });
      res.end(gzipSync(Buffer.from('hello filings')));
    });
    const res = await client().get(`${server.url}/a`, opts);
    expect(res.body.toString()).toBe('hello filings');
    expect(res.etag).toBe('"v1"');
    expect(server.requests[0]?.headers['user-agent']).toBe(UA);
    expect(server.requests[0]?.headers['accept-encoding']).toContain('gzip');
  });

  it('retries 429 honouring Retry-After, then succeeds', async () => {
    let calls = 0;
    server = await startFixtureServer((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(429, { 'retry-after': '2' });
        res.end('slow down');
        return;
      }
      res.writeHead(200);
      res.end('ok');
    });
    const sleeps: number[] = [];
    const c = client({ sleep: async (ms) => void sleeps.push(ms) });
    const res = await c.get(`${server.url}/x`, opts);
    expect(res.body.toString()).toBe('ok');
    expect(sleeps).toEqual([2000]);
    expect(server.requests).toHaveLength(2);
  });

  it('backs off with full jitter on 503, then succeeds', async () => {
    let calls = 0;
    server = await startFixtureServer((_req, res) => {
      calls++;
      res.writeHead(calls <= 2 ? 503 : 200);
      res.end(calls <= 2 ? 'unavailable' : 'ok');
    });
    const sleeps: number[] = [];
    const c = client({ sleep: async (ms) => void sleeps.push(ms), baseDelayMs: 1000, random: () => 0.5 });
    const res = await c.get(`${server.url}/x`, opts);
    expect(res.status).toBe(200);
    // full jitter: random * base * 2^attempt
    expect(sleeps).toEqual([500, 1000]);
  });

  it('gives up after the retries with the status', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(502);
      res.end();
    });
    await expect(client({ retries: 2 }).get(`${server.url}/x`, opts)).rejects.toBeInstanceOf(HttpStatusError);
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(404);
      res.end();
    });
    await expect(client().get(`${server.url}/x`, opts)).rejects.toMatchObject({ status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it('raises RateLimitedError on the 403 rate-threshold page and then stops sending to that host', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'text/html' });
      res.end(ratePage);
    });
    let now = 0;
    const limiter = new RateLimiter({ ratePerSecond: 5, now: () => now, sleep: noSleep });
    const c = client({ limiterFor: () => limiter, now: () => now });
    const error = await c.get(`${server.url}/x`, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThanOrEqual(10 * 60 * 1000);
    expect((error as RateLimitedError).reason).toBe('rate-threshold-page');
    for (let i = 0; i < 5; i++) {
      await expect(c.get(`${server.url}/y`, opts)).rejects.toMatchObject({ reason: 'host-blocked' });
    }
    expect(server.requests).toHaveLength(1);
    now += 11 * 60 * 1000 + 1;
    await expect(c.get(`${server.url}/z`, opts)).rejects.toBeInstanceOf(RateLimitedError);
    expect(server.requests).toHaveLength(2);
  });

  it('a plain 403 (no rate page) is a status error', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(403);
      res.end('forbidden');
    });
    await expect(client().get(`${server.url}/x`, opts)).rejects.toBeInstanceOf(HttpStatusError);
  });

  it('raises RateLimitedError instead of sleeping through a long Retry-After', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '600' });
      res.end();
    });
    const error = await client({ maxDelayMs: 30_000 })
      .get(`${server.url}/x`, opts)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RateLimitedError', retryAfterMs: 600_000 });
    expect(server.requests).toHaveLength(1);
  });

  it('cuts a slow drip at the total timeout', async () => {
    server = await startFixtureServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => res.write('.'), 20);
      res.on('close', () => clearInterval(timer));
    });
    await expect(client().get(`${server.url}/x`, { timeoutMs: 200, maxBytes: 1e6 })).rejects.toBeInstanceOf(
      HttpTimeoutError,
    );
  });

  it('refuses a body over the bound, by Content-Length and while streaming', async () => {
    server = await startFixtureServer((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': '5000' });
        res.end('x'.repeat(5000));
        return;
      }
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync(Buffer.alloc(50_000, 'a')));
    });
    const small = { timeoutMs: 5000, maxBytes: 1000 };
    await expect(client().get(`${server.url}/declared`, small)).rejects.toBeInstanceOf(BodyTooLargeError);
    // 50 KB of 'a' gzips to well under 1 KB: only the decoded count catches it.
    await expect(client().get(`${server.url}/bomb`, small)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('treats a truncated gzip body (connection dropped mid-body) as a network error after its retries', async () => {
    const full = gzipSync(Buffer.from(Array.from({ length: 4000 }, (_, i) => `line ${i * 7919}`).join('\n')));
    server = await startFixtureServer((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(full.length) });
      res.write(full.subarray(0, Math.floor(full.length / 2)), () => res.destroy());
    });
    await expect(client({ retries: 1 }).get(`${server.url}/x`, opts)).rejects.toBeInstanceOf(
      HttpNetworkError,
    );
    expect(server.requests).toHaveLength(2);
  });

  it('sends conditional headers and reports 304 as notModified', async () => {
    server = await startFixtureServer((req, res) => {
      if (req.headers['if-none-match'] === '"abc"') {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { etag: '"abc"', 'last-modified': 'Mon, 12 Jan 2026 16:00:00 GMT' });
      res.end('body');
    });
    const c = client();
    const first = await c.get(`${server.url}/x`, opts);
    expect(first.notModified).toBe(false);
    const second = await c.get(`${server.url}/x`, {
      ...opts,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second.notModified).toBe(true);
    expect(second.body).toHaveLength(0);
    expect(server.requests[1]?.headers['if-modified-since']).toBe('Mon, 12 Jan 2026 16:00:00 GMT');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });
});

describe('decodeText', () => {
  it('honours the Content-Type charset', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=ISO-8859-1')).toBe('café');
  });
  it('honours the XML prolog encoding, with 1252 curly quotes', () => {
    const body = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1" ?><t>'),
      Buffer.from([0x93, 0x41, 0x94, 0xe9]),
      Buffer.from('</t>'),
    ]);
    expect(decodeText(body, 'application/atom+xml')).toContain('\u201cA\u201dé');
  });
  it('strips a UTF-8 BOM and defaults to UTF-8', () => {
    expect(decodeText(Buffer.from('\ufeffcafé', 'utf8'), null)).toBe('café');
    expect(decodeText(Buffer.from('café', 'utf8'), null)).toBe('café');
  });
});

describe('HttpClient and its limiter', () => {
  it('holds every caller of the limiter back after a 429 without Retry-After', async () => {
    let calls = 0;
    server = await startFixtureServer((_req, res) => {
      calls++;
      res.writeHead(calls === 1 ? 429 : 200);
      res.end();
    });
    let now = 0;
    const limiter = new RateLimiter({ ratePerSecond: 100, now: () => now, sleep: async () => {} });
    const c = client({ limiterFor: () => limiter, baseDelayMs: 1000, random: () => 0.5 });
    await c.get(`${server.url}/x`, opts);
    // Backoff was 500 ms (full jitter of 1000): the next slot for anyone is after it.
    now += 10;
    expect(limiter.reserve()).toBeGreaterThanOrEqual(480);
  });
});
