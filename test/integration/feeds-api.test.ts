import { beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../../functions/api/app';
import type { AlertChannel } from '../../functions/core/ports/channels';
import { silentLogger } from '../../functions/core/ports/log';
import type { FeedConfig } from '../../functions/core/ports/news';
import { validateFeed } from '../../functions/sources/news/feed-registry';
import { effectiveFeeds } from '../../functions/use-cases/manage-feeds';
import { createTestStore, type TestStore } from '../support/dynamo';

const channel: AlertChannel = {
  publish: async () => {},
  register: async () => null,
  unregister: async () => {},
};
const baseFeeds: FeedConfig[] = [
  {
    id: 'gnews-compute-en',
    url: 'https://news.google.com/rss/search?q=%22compute+capacity%22',
    language: 'en',
    pollSeconds: 600,
    enabled: true,
    kind: 'search',
  },
];

let store: TestStore;
let app: ReturnType<typeof createApiApp>;

beforeAll(async () => {
  store = await createTestStore();
  app = createApiApp({
    ...store,
    channel,
    log: silentLogger,
    news: { baseFeeds, state: store.state, defaultPollSeconds: 300, validateFeed },
  });
});

const put = (id: string, body: unknown) =>
  app.request(`/feeds/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('feeds through the API, on DynamoDB Local', () => {
  it('adds a feed that the pollers and GET /feeds then see', async () => {
    const res = await put('lesechos-tech', {
      url: 'https://example.com/tech/rss.xml',
      language: 'fr',
      kind: 'newsroom',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: 'lesechos-tech', pollSeconds: 300, enabled: true });
    expect((await effectiveFeeds(store.state, baseFeeds)).map((f) => f.id)).toEqual([
      'gnews-compute-en',
      'lesechos-tech',
    ]);
    const list = (await (await app.request('/feeds')).json()) as { feeds: { feedId: string }[] };
    expect(list.feeds.map((f) => f.feedId)).toEqual(['gnews-compute-en', 'lesechos-tech']);
  });

  it('overrides a deployed feed by id (e.g. to disable it) and gives it back on delete', async () => {
    expect((await put('gnews-compute-en', { ...baseFeeds[0], enabled: false })).status).toBe(200);
    expect(
      (await effectiveFeeds(store.state, baseFeeds)).find((f) => f.id === 'gnews-compute-en')?.enabled,
    ).toBe(false);
    expect((await app.request('/feeds/gnews-compute-en', { method: 'DELETE' })).status).toBe(204);
    expect(
      (await effectiveFeeds(store.state, baseFeeds)).find((f) => f.id === 'gnews-compute-en')?.enabled,
    ).toBe(true);
    expect((await app.request('/feeds/gnews-compute-en', { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses feeds on internal hosts, bad fields and non-JSON bodies, storing nothing', async () => {
    const before = await effectiveFeeds(store.state, baseFeeds);
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'http://127.0.0.1:8080/rss',
      'http://intranet.internal/rss',
    ]) {
      const res = await put('sneaky', { url, kind: 'wire' });
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toContain('refused');
    }
    expect((await put('bad', { url: 'ftp://example.com/feed', kind: 'wire' })).status).toBe(400);
    expect((await put('bad', { url: 'https://example.com/feed', kind: 'blog' })).status).toBe(400);
    expect((await put('Bad_Id', { url: 'https://example.com/feed', kind: 'wire' })).status).toBe(400);
    expect((await put('bad', '{not json')).status).toBe(400);
    expect(await effectiveFeeds(store.state, baseFeeds)).toEqual(before);
  });
});
