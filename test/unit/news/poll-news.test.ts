import { describe, expect, it } from 'vitest';
import type { FeedStatus } from '../../../functions/core/ports/news';
import type { Language, SourcedMention } from '../../../functions/core/types';
import {
  backoffSeconds,
  feedStatusKey,
  listFeedStatuses,
  MAX_PENDING_ATTEMPTS,
  MAX_PENDING_ITEMS,
  type NewsExtractInput,
  type PollNewsDeps,
  pollNews,
} from '../../../functions/use-cases/poll-news';
import {
  fakeExtract,
  feedConfig,
  fetched,
  memoryLog,
  memoryNewsItems,
  memoryState,
  parsedItem,
  type Scripted,
  scriptedSource,
} from './fakes';

const T0 = new Date('2025-11-03T15:00:00.000Z');

function setup(
  scripts: Record<string, Scripted[]>,
  overrides: Pick<Partial<PollNewsDeps>, 'recordMentions'> = {},
) {
  const clock = { now: T0 };
  const recorded: SourcedMention[][] = [];
  const extractCalls: NewsExtractInput[] = [];
  const detected: string[] = [];
  const deps = {
    fetchFeed: scriptedSource(scripts),
    newsItems: memoryNewsItems(),
    state: memoryState(),
    extract: fakeExtract(extractCalls),
    recordMentions: async (m: SourcedMention[]): Promise<unknown> => {
      recorded.push(m);
      return undefined;
    },
    detectLanguage: (text: string): Language => {
      detected.push(text);
      return 'fr';
    },
    clock: () => clock.now,
    log: memoryLog(),
  };
  if (overrides.recordMentions) deps.recordMentions = overrides.recordMentions;
  const advance = (seconds: number) => {
    clock.now = new Date(clock.now.getTime() + seconds * 1000);
  };
  return { deps, clock, advance, recorded, extractCalls, detected };
}

const meta = parsedItem({
  guid: 'cw-2025-09-30-meta',
  link: 'https://a.example/meta',
  title: 'CoreWeave signs order form with Meta',
  summary: 'Up to $14.2 billion through 2031.',
});
const q3 = parsedItem({
  guid: 'cw-2025-10-15-q3',
  link: 'https://a.example/q3',
  title: 'CoreWeave to report results',
  summary: 'Webcast.',
});

const status = async (state: PollNewsDeps['state'], id = 'feed-a') =>
  (await state.get<FeedStatus>(feedStatusKey(id)))!;

describe('pollNews', () => {
  it('records each new item once, with its mentions sourced to the feed and item', async () => {
    const { deps, recorded, extractCalls } = setup({ 'feed-a': [fetched([meta, q3], '"v1"')] });
    const report = await pollNews(deps, [feedConfig()]);
    expect(report).toMatchObject({ polled: 1, items: 2, newItems: 2, mentions: 1, failed: 0 });
    expect(deps.newsItems.items.map((i) => i.id)).toEqual([
      'g:a.example:cw-2025-09-30-meta',
      'g:a.example:cw-2025-10-15-q3',
    ]);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]![0]!.source).toEqual({
      kind: 'news',
      id: 'feed-a/g:a.example:cw-2025-09-30-meta',
      url: 'https://a.example/meta',
      formType: null,
      documentType: null,
      feedId: 'feed-a',
      title: 'CoreWeave signs order form with Meta',
      publishedAt: '2025-09-30T12:00:00.000Z',
    });
    expect(extractCalls[0]).toMatchObject({
      title: 'CoreWeave signs order form with Meta',
      language: 'en',
      text: 'CoreWeave signs order form with Meta\n\nUp to $14.2 billion through 2031.',
    });
    const s = await status(deps.state);
    expect(s.etag).toBe('"v1"');
    expect(s.pending).toEqual([]);
    expect(s.nextDueAt).toBe('2025-11-03T15:05:00.000Z');
  });

  it('logs what the parser cut from a feed, with the count', async () => {
    const warnings = ['230 item(s) beyond the first 500 dropped (item cap)'];
    const { deps } = setup({ 'feed-a': [fetched([meta], null, { dropped: 230, warnings })] });
    await pollNews(deps, [feedConfig()]);
    expect(deps.log.lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'news feed items cut',
        fields: expect.objectContaining({ feedId: 'feed-a', dropped: 230, warnings }),
      }),
    );
  });

  it('skips a feed until it is due, then sends its validators; a 304 records nothing', async () => {
    const { deps, advance, recorded } = setup({ 'feed-a': [fetched([meta], '"v1"'), { notModified: true }] });
    await pollNews(deps, [feedConfig()]);
    advance(60);
    const early = await pollNews(deps, [feedConfig()]);
    expect(early).toMatchObject({ skipped: 1, polled: 0 });
    expect(deps.fetchFeed.calls).toHaveLength(1);
    advance(240);
    const due = await pollNews(deps, [feedConfig()]);
    expect(due).toMatchObject({ polled: 1, notModified: 1, newItems: 0 });
    expect(deps.fetchFeed.calls[1]!.validators).toEqual({ etag: '"v1"', lastModified: null });
    expect(recorded).toHaveLength(1);
  });

  it('does not claim or extract items it has already handled when the feed is fetched again', async () => {
    const { deps, advance, extractCalls } = setup({
      'feed-a': [fetched([meta, q3], '"v1"'), fetched([q3, meta], '"v2"')],
    });
    await pollNews(deps, [feedConfig()]);
    const claims = deps.newsItems.calls;
    advance(300);
    const again = await pollNews(deps, [feedConfig()]);
    expect(again).toMatchObject({ items: 2, newItems: 0 });
    expect(deps.newsItems.calls).toBe(claims);
    expect(extractCalls).toHaveLength(2);
  });

  it('takes an extractor loaded at the first new item (Lambda): a poll with no new item never loads it', async () => {
    const { deps, advance, recorded } = setup({
      'feed-a': [fetched([], '"v0"'), fetched([meta, q3], '"v1"'), fetched([q3, meta], '"v2"')],
    });
    let loads = 0;
    let loaded: PollNewsDeps['extract'] | null = null;
    const sync = deps.extract;
    const lazyExtract = async (input: NewsExtractInput) => {
      if (!loaded) {
        loads++;
        loaded = await Promise.resolve(sync);
      }
      return loaded(input);
    };
    const withLoader = { ...deps, extract: lazyExtract };
    expect(await pollNews(withLoader, [feedConfig()])).toMatchObject({ newItems: 0 });
    expect(loads).toBe(0);
    advance(300);
    expect(await pollNews(withLoader, [feedConfig()])).toMatchObject({ newItems: 2, mentions: 1 });
    expect(loads).toBe(1);
    expect(recorded).toHaveLength(1);
    advance(300);
    expect(await pollNews(withLoader, [feedConfig()])).toMatchObject({ newItems: 0 });
    expect(loads).toBe(1);
  });

  it('recognises the same story across two feeds: same guid, or same title + day + publisher under another link', async () => {
    const syndicated = parsedItem({
      guid: 'other-guid-1234',
      link: 'https://news.aggregator.example/articles/xyz?oc=5',
      sourceUrl: 'https://a.example',
      title: 'CoreWeave Signs Order Form With Meta - A Example',
      summary: 'Up to $14.2 billion.',
    });
    const { deps, recorded } = setup({
      'feed-a': [fetched([meta])],
      'feed-b': [fetched([meta, syndicated])],
    });
    const report = await pollNews(
      deps,
      [feedConfig(), feedConfig({ id: 'feed-b', url: 'https://b.example/rss' })],
      {
        concurrency: 1,
      },
    );
    expect(report).toMatchObject({ items: 3, newItems: 1 });
    expect(deps.newsItems.items).toHaveLength(1);
    expect(recorded).toHaveLength(1);
  });

  it('one failing feed never stops the others; its error is in its status and it backs off', async () => {
    const boom = Object.assign(new Error('HTTP 503 from https://a.example/rss'), { name: 'HttpStatusError' });
    const { deps, advance } = setup({
      'feed-a': [boom, boom, fetched([meta])],
      'feed-b': [fetched([q3])],
    });
    const feeds = [feedConfig(), feedConfig({ id: 'feed-b', url: 'https://b.example/rss' })];
    const first = await pollNews(deps, feeds);
    expect(first).toMatchObject({ failed: 1, newItems: 1 });
    let s = await status(deps.state);
    expect(s.consecutiveFailures).toBe(1);
    expect(s.lastError).toMatchObject({
      name: 'HttpStatusError',
      message: 'HTTP 503 from https://a.example/rss',
    });
    expect(s.nextDueAt).toBe(new Date(T0.getTime() + 600_000).toISOString());
    expect(deps.log.lines.some((l) => l.level === 'warn' && l.fields?.feedId === 'feed-a')).toBe(true);

    advance(300);
    expect((await pollNews(deps, [feeds[0]!])).skipped).toBe(1);
    advance(300);
    await pollNews(deps, [feeds[0]!]);
    s = await status(deps.state);
    expect(s.consecutiveFailures).toBe(2);
    expect(Date.parse(s.nextDueAt!) - clockNow(deps)).toBe(1_200_000);

    advance(1200);
    const ok = await pollNews(deps, [feeds[0]!]);
    expect(ok).toMatchObject({ failed: 0, newItems: 1 });
    s = await status(deps.state);
    expect(s).toMatchObject({ consecutiveFailures: 0, lastError: null });

    const views = await listFeedStatuses(deps.state, [
      ...feeds,
      feedConfig({ id: 'never', url: 'https://n.example/' }),
    ]);
    expect(views.map((v) => [v.feedId, v.lastError, v.lastPolledAt !== null])).toEqual([
      ['feed-a', null, true],
      ['feed-b', null, true],
      ['never', null, false],
    ]);
  });

  it('stays away at least as long as a rate-limited answer asks', async () => {
    const limited = Object.assign(new Error('rate limited'), {
      name: 'RateLimitedError',
      retryAfterMs: 3_600_000,
    });
    const { deps } = setup({ 'feed-a': [limited] });
    await pollNews(deps, [feedConfig()]);
    expect(Date.parse((await status(deps.state)).nextDueAt!)).toBe(T0.getTime() + 3_600_000);
  });

  it('caps the backoff', () => {
    expect(backoffSeconds(300, 1, 21_600)).toBe(600);
    expect(backoffSeconds(300, 3, 21_600)).toBe(2400);
    expect(backoffSeconds(300, 50, 21_600)).toBe(21_600);
  });

  it('keeps an item pending when recording its mentions fails, and finishes it on the next poll', async () => {
    let failing = true;
    const recorded: SourcedMention[][] = [];
    const { deps, advance } = setup(
      { 'feed-a': [fetched([meta, q3]), { notModified: true }] },
      {
        recordMentions: async (m) => {
          if (failing) throw new Error('deals table throttled');
          recorded.push(m);
        },
      },
    );
    const first = await pollNews(deps, [feedConfig()]);
    expect(first.failed).toBe(1);
    let s = await status(deps.state);
    expect(s.pending.map((p) => p.item.id)).toEqual(['g:a.example:cw-2025-09-30-meta']);
    expect(s.lastError?.message).toBe('deals table throttled');
    // The item without mentions went through.
    expect(s.seen).toHaveLength(1);

    failing = false;
    advance(600);
    const second = await pollNews(deps, [feedConfig()]);
    expect(second).toMatchObject({ failed: 0, notModified: 1, mentions: 1 });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]![0]!.source.id).toBe('feed-a/g:a.example:cw-2025-09-30-meta');
    s = await status(deps.state);
    expect(s.pending).toEqual([]);
    expect(deps.newsItems.items).toHaveLength(2);
  });

  it('finishes pending items while the feed itself backs off, without fetching it', async () => {
    let failing = true;
    const { deps, advance } = setup(
      { 'feed-a': [fetched([meta])] },
      {
        recordMentions: async () => {
          if (failing) throw new Error('deals table throttled');
          return undefined;
        },
      },
    );
    await pollNews(deps, [feedConfig()]);
    expect((await status(deps.state)).pending).toHaveLength(1);
    failing = false;
    advance(60);
    const report = await pollNews(deps, [feedConfig()]);
    expect(report.feeds[0]).toMatchObject({ outcome: 'skipped', mentions: 1 });
    expect(deps.fetchFeed.calls).toHaveLength(1);
    expect((await status(deps.state)).pending).toEqual([]);
  });

  it('drops an item that cannot be recorded after a few runs, so it cannot block its feed', async () => {
    const { deps, advance } = setup(
      { 'feed-a': [fetched([meta, q3])] },
      {
        recordMentions: async () => {
          throw new Error('mention rejected');
        },
      },
    );
    for (let run = 0; run < MAX_PENDING_ATTEMPTS; run++) {
      await pollNews(deps, [feedConfig()]);
      advance(3600);
    }
    const s = await status(deps.state);
    expect(s.pending).toEqual([]);
    expect(s.seen).toHaveLength(2);
    expect(deps.log.lines.some((l) => l.level === 'error' && l.message === 'news item dropped')).toBe(true);
  });

  it('bounds the pending list and keeps the validators until every item was taken in', async () => {
    const many = Array.from({ length: MAX_PENDING_ITEMS + 25 }, (_, i) =>
      parsedItem({ guid: `bulk-item-${i}`, title: `Deal number ${i} worth $${i + 1} billion` }),
    );
    const { deps } = setup(
      { 'feed-a': [fetched(many, '"v1"')] },
      {
        recordMentions: async () => {
          throw new Error('deals table down');
        },
      },
    );
    await pollNews(deps, [feedConfig()]);
    const s = await status(deps.state);
    expect(s.pending.length).toBeLessThanOrEqual(MAX_PENDING_ITEMS + 20);
    expect(s.pending.length).toBeGreaterThanOrEqual(MAX_PENDING_ITEMS);
    expect(s.etag).toBeNull();
    expect(JSON.stringify(s).length).toBeLessThan(400_000);
  });

  it('loses nothing when the process dies between claiming an item and recording its mentions', async () => {
    const { deps, advance, recorded } = setup({ 'feed-a': [fetched([meta], '"v1"'), { notModified: true }] });
    const realPut = deps.newsItems.putIfNew.bind(deps.newsItems);
    // The claim is written, then the process dies: no later write reaches the state store.
    deps.newsItems.putIfNew = async (item) => {
      await realPut(item);
      deps.state.frozen = true;
      throw new Error('process killed');
    };
    await pollNews(deps, [feedConfig()]);
    expect(recorded).toHaveLength(0);
    expect((await status(deps.state)).pending.map((p) => p.item.id)).toEqual([
      'g:a.example:cw-2025-09-30-meta',
    ]);

    // A new process: the item is already claimed (putIfNew says false) but still pending, so it is finished.
    deps.newsItems.putIfNew = realPut;
    deps.state.frozen = false;
    advance(600);
    const report = await pollNews(deps, [feedConfig()]);
    expect(report.mentions).toBe(1);
    expect(recorded).toHaveLength(1);
    expect((await status(deps.state)).pending).toEqual([]);
    expect(deps.fetchFeed.calls[1]!.validators.etag).toBeNull();
  });

  it('gives the extractor the item language: item / feed declared, else detected', async () => {
    const undeclared = parsedItem({
      guid: 'fr-item-0001',
      title: 'Accord de 3 milliards',
      summary: 'Le contrat porte sur cinq ans.',
    });
    const declared = parsedItem({ guid: 'fr-item-0002', title: 'Accord', summary: 'x', language: 'fr' });
    const { deps, extractCalls, detected } = setup({ 'feed-x': [fetched([undeclared, declared])] });
    await pollNews(deps, [feedConfig({ id: 'feed-x', language: null })]);
    expect(detected).toEqual(['Accord de 3 milliards\nLe contrat porte sur cinq ans.']);
    expect(extractCalls.map((c) => c.language)).toEqual(['fr', 'fr']);
    expect(deps.newsItems.items.map((i) => i.language)).toEqual(['fr', 'fr']);
  });

  it('does not poll disabled feeds', async () => {
    const { deps } = setup({ 'feed-a': [fetched([meta])] });
    const report = await pollNews(deps, [feedConfig({ enabled: false })]);
    expect(report).toMatchObject({ polled: 0, skipped: 0 });
    expect(deps.fetchFeed.calls).toHaveLength(0);
  });

  it('drops stale validators when the feed URL changes', async () => {
    const { deps, advance } = setup({ 'feed-a': [fetched([meta], '"v1"'), fetched([meta], '"v2"')] });
    await pollNews(deps, [feedConfig()]);
    advance(300);
    await pollNews(deps, [feedConfig({ url: 'https://a.example/new-rss' })]);
    expect(deps.fetchFeed.calls[1]!.validators).toEqual({ etag: null, lastModified: null });
  });
});

function clockNow(deps: PollNewsDeps): number {
  return deps.clock().getTime();
}

describe('pollNews time budget', () => {
  it('leaves feeds it cannot start before stopAt for the next run', async () => {
    const { deps } = setup({ 'feed-a': [fetched([meta])], 'feed-b': [fetched([q3])] });
    const report = await pollNews(
      deps,
      [feedConfig(), feedConfig({ id: 'feed-b', url: 'https://b.example/rss' })],
      {
        stopAt: T0,
      },
    );
    expect(report).toMatchObject({ polled: 0, skipped: 2 });
    expect(deps.fetchFeed.calls).toHaveLength(0);
    expect(await deps.state.get(feedStatusKey('feed-a'))).toBeNull();
  });
});
