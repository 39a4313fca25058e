import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract/index';
import { detectLanguage } from '../../../functions/core/language';
import { silentLogger } from '../../../functions/core/ports/log';
import type { FeedConfig, FeedStatus } from '../../../functions/core/ports/news';
import type { Language, NewsItem } from '../../../functions/core/types';
import { HttpClient } from '../../../functions/sources/http';
import { createHttpFeedSource } from '../../../functions/sources/news/feed-source';
import {
  feedStatusKey,
  listFeedStatuses,
  type PollNewsDeps,
  pollNews,
} from '../../../functions/use-cases/poll-news';
import { recordMentions } from '../../../functions/use-cases/record-mentions';
import { createTestStore, type TestStore } from '../../support/dynamo';
import { type Route, startFeedServer } from '../../unit/news/feed-server';

// A replay of recorded feeds in English and French, served on loopback with real ETag / 304 behaviour, polled
// into DynamoDB Local through the real parser, extractor, deal merge and repositories.

const good: [string, string, Language | null][] = [
  ['gnews-en', 'google-news-search-en.xml', 'en'],
  ['gnews-en-2', 'google-news-search-en-2.xml', 'en'],
  ['gnews-fr', 'google-news-search-fr.xml', 'fr'],
  ['coreweave', 'coreweave-newsroom-rss2.xml', 'en'],
  ['nebius', 'nebius-newsroom-atom.xml', null],
  ['actu-tech', 'actu-tech-rss1-fr.rdf', null],
  ['infonuagique', 'journal-infonuagique-latin1-fr.xml', 'fr'],
  ['dc-weekly', 'datacenter-weekly-bom.xml', 'en'],
  ['wire-brief', 'wire-brief-missing-dates.xml', null],
];
/** 4 + (3 - 2 syndicated copies) + 3 + 3 + 3 + 2 + 2 + 1 + 2. */
const DISTINCT_ITEMS = 21;

const hostile: [string, Route, string][] = [
  [
    'malformed',
    { kind: 'file', file: 'broken-malformed.xml', contentType: 'application/rss+xml' },
    'FeedParseError',
  ],
  [
    'laughs',
    { kind: 'file', file: 'broken-billion-laughs.xml', contentType: 'application/xml' },
    'FeedParseError',
  ],
  ['huge', { kind: 'huge', bytes: 50 * 1024 * 1024 }, 'BodyTooLargeError'],
  ['drip', { kind: 'drip', everyMs: 100 }, 'HttpTimeoutError'],
];

let store: TestStore;
let server: Awaited<ReturnType<typeof startFeedServer>>;
let feeds: FeedConfig[];
const clock = { now: new Date('2025-11-03T16:00:00.000Z') };

beforeAll(async () => {
  store = await createTestStore();
  const routes: Record<string, Route> = {};
  for (const [id, file] of good)
    routes[`/${id}`] = { kind: 'file', file, contentType: 'application/rss+xml; charset=utf-8' };
  // The ISO-8859-1 feed is served as publishers often do: no charset in the header, only in the XML prolog.
  routes['/infonuagique'] = {
    kind: 'file',
    file: 'journal-infonuagique-latin1-fr.xml',
    contentType: 'text/xml',
  };
  for (const [id, route] of hostile) routes[`/${id}`] = route;
  server = await startFeedServer(routes);
  feeds = [
    ...good.map(([id, , language]) => ({ id, language })),
    ...hostile.map(([id]) => ({ id, language: null })),
  ].map(({ id, language }) => ({
    id,
    url: `${server.url}/${id}`,
    language,
    pollSeconds: 300,
    enabled: true,
    kind: 'wire' as const,
  }));
});

afterAll(async () => {
  await server?.close();
});

function deps(): PollNewsDeps {
  const http = new HttpClient({
    userAgent: 'Compute Alerts Test ops@example.com',
    sleep: async () => {},
    retries: 0,
  });
  return {
    fetchFeed: createHttpFeedSource({ http, timeoutMs: 1500, maxBytes: 5 * 1024 * 1024 }),
    newsItems: store.newsItems,
    state: store.state,
    extract: extractMentions,
    recordMentions: (m) => recordMentions({ deals: store.deals, clock: () => clock.now }, m),
    detectLanguage,
    clock: () => clock.now,
    log: silentLogger,
  };
}

async function allItems(): Promise<NewsItem[]> {
  const out: NewsItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.newsItems.list({ limit: 50, cursor });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

describe('news poll replay (DynamoDB Local)', () => {
  it('records each distinct item once, refuses hostile feeds within their bounds, and processes all the others', async () => {
    const first = await pollNews(deps(), feeds);
    expect(first.failed).toBe(hostile.length);
    expect(first.newItems).toBe(DISTINCT_ITEMS);
    const items = await allItems();
    expect(items).toHaveLength(DISTINCT_ITEMS);
    expect(new Set(items.map((i) => i.dedupeKey)).size).toBe(DISTINCT_ITEMS);
    for (const [id] of good) expect(first.feeds.find((f) => f.feedId === id)?.outcome).toBe('fetched');

    // Both languages, known per item: declared by the item or feed, else detected (the wire brief declares none).
    const byTitle = (start: string) => items.find((i) => i.title.startsWith(start));
    expect(byTitle('Nscale et Microsoft')?.language).toBe('fr');
    expect(byTitle('OpenAI aurait signé avec Oracle')?.language).toBe('fr');
    expect(byTitle('Nebius annonce un accord avec Meta')?.language).toBe('fr');
    expect(byTitle('Nebius signs multi-billion')?.language).toBe('en');
    expect(byTitle('Oracle said to be in talks')?.language).toBe('en');

    // Their mentions reached the deals table, in both languages.
    expect(first.mentions).toBeGreaterThan(5);
    const nebius = await store.deals.get(
      (await store.deals.list({ limit: 100 })).items.find(
        (d) => d.provider.id === 'nebius' && d.buyer.id === 'microsoft',
      )!.id,
    );
    // The two English search feeds carry the same CNBC story (polled concurrently, either may claim it): one source.
    const feedsOfNebius = (nebius?.sources ?? [])
      .map((s) => s.feedId?.replace('gnews-en-2', 'gnews-en'))
      .sort();
    expect(feedsOfNebius).toEqual(['gnews-en', 'gnews-fr', 'nebius']);

    // Each hostile feed is refused with its own error, recorded where the API can show it.
    const views = await listFeedStatuses(store.state, feeds);
    for (const [id, , errorName] of hostile) {
      const view = views.find((v) => v.feedId === id)!;
      expect(view.lastError?.name, id).toBe(errorName);
      expect(view.consecutiveFailures).toBe(1);
    }
    expect(views.filter((v) => v.lastError === null)).toHaveLength(good.length);
  });

  it('yields nothing new on the next polls: 304 answers, and a changed feed whose items were all seen', async () => {
    const requestsBefore = server.requests.length;
    clock.now = new Date(clock.now.getTime() + 301_000);
    const second = await pollNews(deps(), feeds);
    expect(second.notModified).toBe(good.length);
    expect(second.newItems).toBe(0);
    // The hostile feeds are backing off (twice their interval), so they were not asked again.
    expect(second.skipped).toBe(hostile.length);
    const asked = server.requests.slice(requestsBefore);
    expect(asked).toHaveLength(good.length);
    expect(asked.every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);

    // The English search feed now returns the other query's page: new ETag, full body, only seen items.
    server.routes['/gnews-en'] = {
      kind: 'file',
      file: 'google-news-search-en-2.xml',
      contentType: 'application/rss+xml',
    };
    clock.now = new Date(clock.now.getTime() + 301_000);
    const third = await pollNews(deps(), feeds);
    expect(third.feeds.find((f) => f.feedId === 'gnews-en')).toMatchObject({
      outcome: 'fetched',
      items: 3,
      newItems: 0,
    });
    expect(third.newItems).toBe(0);
    expect(third.mentions).toBe(0);
    expect(await allItems()).toHaveLength(DISTINCT_ITEMS);

    const status = await store.state.get<FeedStatus>(feedStatusKey('gnews-en'));
    expect(status?.pending).toEqual([]);
    expect(status?.lastError).toBeNull();
  });
});
