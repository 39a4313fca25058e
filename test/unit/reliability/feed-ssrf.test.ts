import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { newSubscription } from '../../../functions/api/schemas';
import { decideUrl, type HostDecision } from '../../../functions/core/host-policy';
import { silentLogger } from '../../../functions/core/ports/log';
import type { FeedConfig } from '../../../functions/core/ports/news';
import { HostRefusedError, PUBLIC_HOSTS, TooManyRedirectsError } from '../../../functions/sources/http';
import { createHttpFeedSource, createNewsHttpClient } from '../../../functions/sources/news/feed-source';
import { feedStatusKey, pollNews } from '../../../functions/use-cases/poll-news';
import { type FixtureServer, startFixtureServer } from '../../support/fixture-server';
import { MemoryState } from '../../unit/edgar/fakes';

// No test leaves loopback: names resolve through this table, and the only address ever connected to is the
// fixture server's 127.0.0.1. The real policies decide everything else.
const DNS: Record<string, string> = {
  'feeds.example.com': '127.0.0.1',
  'wildcard-metadata.example.com': '169.254.169.254',
  'intranet.example.com': '10.0.0.1',
};
const fakeLookup = ((hostname: string, _o: unknown, cb: (e: Error | null, a: LookupAddress[]) => void) => {
  const address = DNS[hostname];
  if (!address) return cb(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  cb(null, [{ address, family: 4 }]);
}) as unknown as typeof import('node:dns').lookup;
// The real policies, except that the fixture server (127.0.0.1 on an ephemeral port) counts as public.
const guard = {
  decideUrl: (url: string): HostDecision => PUBLIC_HOSTS.decideUrl(url.replace(/:\d+(?=\/|$)/, '')),
  decideAddress: (a: string): HostDecision =>
    a === '127.0.0.1' ? { allow: true } : PUBLIC_HOSTS.decideAddress(a),
  lookup: fakeLookup,
};

let server: FixtureServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const feed = (url: string): FeedConfig => ({
  id: 'x',
  url,
  language: 'en',
  pollSeconds: 600,
  enabled: true,
  kind: 'newsroom',
});
const source = () =>
  createHttpFeedSource({ http: createNewsHttpClient({ userAgent: 'test', hostGuard: guard }), retries: 0 });
const none = { etag: null, lastModified: null };
/** One news poll of one feed through the real feed source; its status is in the returned state. */
async function pollOneFeed(url: string) {
  const state = new MemoryState();
  const report = await pollNews(
    {
      fetchFeed: source(),
      newsItems: { putIfNew: async () => true, list: async () => ({ items: [], cursor: null }) },
      state,
      extract: () => [],
      recordMentions: async () => {},
      detectLanguage: () => null,
      clock: () => new Date(),
      log: silentLogger,
    },
    [feed(url)],
  );
  return { state, report };
}

describe('feed fetching checks every hop after DNS (issue 12, item 4)', () => {
  it('refuses a feed whose name resolves to the metadata address, without connecting', async () => {
    server = await startFixtureServer((_q, r) => {
      r.end('never');
    });
    const port = new URL(server.url).port;
    await expect(
      source().fetch(feed(`http://wildcard-metadata.example.com:${port}/rss`), none),
    ).rejects.toBeInstanceOf(HostRefusedError);
    await expect(
      source().fetch(feed(`http://intranet.example.com:${port}/rss`), none),
    ).rejects.toBeInstanceOf(HostRefusedError);
    expect(server.requests).toHaveLength(0);
  });

  it('checks each redirect target: literal, and a name resolving to a private address', async () => {
    server = await startFixtureServer((req, res) => {
      const to: Record<string, string> = {
        '/to-metadata': 'http://169.254.169.254/latest/meta-data/',
        '/to-intranet': 'http://intranet.example.com/feed',
        '/to-wildcard': 'http://wildcard-metadata.example.com/',
      };
      res.writeHead(302, { location: to[req.url ?? ''] ?? '/' });
      res.end();
    });
    const base = server.url.replace('127.0.0.1', 'feeds.example.com');
    for (const path of ['/to-metadata', '/to-intranet', '/to-wildcard']) {
      const err = await source()
        .fetch(feed(`${base}${path}`), none)
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostRefusedError);
      expect((err as HostRefusedError).hop).toBe(1);
    }
    expect(server.requests).toHaveLength(3);
  });

  it('caps redirects at 5', async () => {
    server = await startFixtureServer((req, res) => {
      const n = Number((req.url ?? '/0').slice(1)) || 0;
      res.writeHead(301, { location: `/${n + 1}` });
      res.end();
    });
    const base = server.url.replace('127.0.0.1', 'feeds.example.com');
    await expect(source().fetch(feed(`${base}/0`), none)).rejects.toBeInstanceOf(TooManyRedirectsError);
    expect(server.requests).toHaveLength(6);
  });

  it('GET /feeds never shows the internal URL a redirect led to', async () => {
    server = await startFixtureServer((_q, res) => {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/' });
      res.end();
    });
    const url = `${server.url.replace('127.0.0.1', 'feeds.example.com')}/rss`;
    const { state, report } = await pollOneFeed(url);
    expect(report.failed).toBe(1);
    const status = await state.get<{ lastError: { message: string } }>(feedStatusKey('x'));
    expect(status?.lastError.message).toMatch(/refused/);
    expect(JSON.stringify(status)).not.toContain('169.254');
  });

  it("names the feed's own URL when it cannot be reached (no redirect happened)", async () => {
    const url = 'http://offline.example.com/rss/';
    const { state, report } = await pollOneFeed(url);
    expect(report.failed).toBe(1);
    const status = await state.get<{ lastError: { message: string } }>(feedStatusKey('x'));
    expect(status?.lastError.message).toContain(`${url}: `);
    expect(status?.lastError.message).not.toContain('[redirect target]');
  });

  it('refuses https subscriptions to internal addresses by the same policy', () => {
    for (const endpoint of [
      'https://169.254.169.254/hook',
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.0.0.1/hook',
      'https://metadata.google.internal/hook',
    ]) {
      expect(decideUrl(endpoint).allow).toBe(false);
      expect(newSubscription().safeParse({ channel: 'https', endpoint }).success).toBe(false);
    }
    expect(
      newSubscription().safeParse({ channel: 'https', endpoint: 'https://hooks.example.com/a' }).success,
    ).toBe(true);
  });
});
