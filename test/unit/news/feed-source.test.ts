import { afterEach, describe, expect, it } from 'vitest';
import {
  BodyTooLargeError,
  HttpClient,
  HttpStatusError,
  HttpTimeoutError,
  PUBLIC_AND_LOOPBACK_HOSTS,
} from '../../../functions/sources/http';
import { FeedParseError } from '../../../functions/sources/news/feed-parse';
import { createHttpFeedSource, createNewsHttpClient } from '../../../functions/sources/news/feed-source';
import type { FixtureServer } from '../../support/fixture-server';
import { feedConfig } from './fakes';
import { startFeedServer } from './feed-server';

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const http = new HttpClient({
  userAgent: 'Compute Alerts Test ops@example.com',
  sleep: async () => {},
  retries: 0,
});
const none = { etag: null, lastModified: null };

describe('createHttpFeedSource', () => {
  it('fetches and parses a feed, then answers a conditional GET with notModified', async () => {
    server = await startFeedServer({
      '/rss': { kind: 'file', file: 'coreweave-newsroom-rss2.xml', contentType: 'application/rss+xml' },
    });
    const source = createHttpFeedSource({ http });
    const feed = feedConfig({ url: `${server.url}/rss` });
    const first = await source.fetch(feed, none);
    if (first.notModified) throw new Error('expected a body');
    expect(first.feed.items).toHaveLength(3);
    expect(first.etag).toMatch(/^"[0-9a-f]{16}"$/);
    const second = await source.fetch(feed, { etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ notModified: true });
    expect(server.requests[1]!.headers['if-none-match']).toBe(first.etag);
    expect(server.requests[0]!.headers.accept).toContain('application/rss+xml');
  });

  it('decodes an ISO-8859-1 feed served with a bare content type', async () => {
    server = await startFeedServer({
      '/fr': { kind: 'file', file: 'journal-infonuagique-latin1-fr.xml', contentType: 'text/xml' },
    });
    const result = await createHttpFeedSource({ http }).fetch(
      feedConfig({ url: `${server.url}/fr`, language: 'fr' }),
      none,
    );
    if (result.notModified) throw new Error('expected a body');
    expect(result.feed.items[0]!.title).toContain('capacité GPU évalué');
  });

  it('refuses a 50 MB body at its size bound', async () => {
    server = await startFeedServer({ '/huge': { kind: 'huge', bytes: 50 * 1024 * 1024 } });
    const source = createHttpFeedSource({ http, maxBytes: 1024 * 1024 });
    await expect(source.fetch(feedConfig({ url: `${server.url}/huge` }), none)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
  });

  it('cuts a slow drip at its time bound', async () => {
    server = await startFeedServer({ '/drip': { kind: 'drip', everyMs: 50 } });
    const source = createHttpFeedSource({ http, timeoutMs: 500 });
    await expect(source.fetch(feedConfig({ url: `${server.url}/drip` }), none)).rejects.toBeInstanceOf(
      HttpTimeoutError,
    );
  });

  it('reports hostile XML and HTTP errors as typed errors', async () => {
    server = await startFeedServer({
      '/laughs': { kind: 'file', file: 'broken-billion-laughs.xml', contentType: 'application/xml' },
      '/gone': { kind: 'status', status: 404 },
    });
    const source = createHttpFeedSource({ http });
    await expect(source.fetch(feedConfig({ url: `${server.url}/laughs` }), none)).rejects.toBeInstanceOf(
      FeedParseError,
    );
    await expect(source.fetch(feedConfig({ url: `${server.url}/gone` }), none)).rejects.toBeInstanceOf(
      HttpStatusError,
    );
  });

  it('the news client spaces requests to one host', async () => {
    server = await startFeedServer({
      '/rss': { kind: 'file', file: 'datacenter-weekly-bom.xml', contentType: 'application/rss+xml' },
    });
    const client = createNewsHttpClient({
      userAgent: 'test',
      perHostRatePerSecond: 20,
      hostGuard: PUBLIC_AND_LOOPBACK_HOSTS,
    });
    const source = createHttpFeedSource({ http: client });
    const feed = feedConfig({ url: `${server.url}/rss` });
    const start = performance.now();
    await Promise.all([1, 2, 3, 4].map(() => source.fetch(feed, none)));
    const at = server.requests.map((r) => r.at).sort((a, b) => a - b);
    // Burst of 2, then one slot every 50 ms: the 4th request cannot leave before 2 intervals. Measured from the
    // start, not from the first arrival, which a slow first connection can delay (a lower bound only).
    expect(at[3]! - start).toBeGreaterThanOrEqual(95);
  });
});
