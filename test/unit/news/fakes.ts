import type { Logger } from '../../../functions/core/ports/log';
import type {
  FeedConfig,
  FeedFetchResult,
  FeedSource,
  FeedValidators,
  ParsedFeed,
  ParsedFeedItem,
} from '../../../functions/core/ports/news';
import type { NewsItemRepository, StateStore } from '../../../functions/core/ports/store';
import type { Mention, NewsItem } from '../../../functions/core/types';
import type { NewsExtractInput } from '../../../functions/use-cases/poll-news';

/** The repository's contract in memory: refused when the id or the dedupe key was seen. */
export function memoryNewsItems(): NewsItemRepository & { items: NewsItem[]; calls: number } {
  const ids = new Set<string>();
  const keys = new Set<string>();
  const repo = {
    items: [] as NewsItem[],
    calls: 0,
    async putIfNew(item: NewsItem) {
      repo.calls++;
      if (ids.has(item.id) || keys.has(item.dedupeKey)) return false;
      ids.add(item.id);
      keys.add(item.dedupeKey);
      repo.items.push(structuredClone(item));
      return true;
    },
    async list() {
      return { items: repo.items, cursor: null };
    },
  };
  return repo;
}

/** Values are copied in and out, as a real store serialises them. `frozen` drops writes (a crashed process). */
export function memoryState(): StateStore & { data: Map<string, unknown>; frozen: boolean; writes: number } {
  const state = {
    data: new Map<string, unknown>(),
    frozen: false,
    writes: 0,
    async get<T>(key: string) {
      const value = state.data.get(key);
      return value === undefined ? null : (structuredClone(value) as T);
    },
    async put<T>(key: string, value: T) {
      if (state.frozen) return;
      state.writes++;
      state.data.set(key, structuredClone(value));
    },
  };
  return state;
}

export type Scripted = FeedFetchResult | Error | ((v: FeedValidators) => FeedFetchResult);

/** Each feed answers from its script in turn (the last answer repeats); every call is recorded. */
export function scriptedSource(scripts: Record<string, Scripted[]>): FeedSource & {
  calls: { feedId: string; validators: FeedValidators }[];
} {
  const turns = new Map<string, number>();
  const source = {
    calls: [] as { feedId: string; validators: FeedValidators }[],
    async fetch(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult> {
      source.calls.push({ feedId: feed.id, validators: { ...validators } });
      const script = scripts[feed.id] ?? [];
      const turn = turns.get(feed.id) ?? 0;
      turns.set(feed.id, turn + 1);
      const answer = script[Math.min(turn, script.length - 1)];
      if (answer === undefined) throw new Error(`no script for ${feed.id}`);
      if (answer instanceof Error) throw answer;
      return typeof answer === 'function' ? answer(validators) : answer;
    },
  };
  return source;
}

export function fetched(
  items: ParsedFeedItem[],
  etag: string | null = null,
  extra: Partial<ParsedFeed> = {},
): FeedFetchResult {
  return {
    notModified: false,
    etag,
    lastModified: null,
    feed: {
      format: 'rss2',
      title: 'T',
      siteUrl: null,
      language: null,
      items,
      dropped: 0,
      warnings: [],
      ...extra,
    },
  };
}

export function parsedItem(overrides: Partial<ParsedFeedItem> = {}): ParsedFeedItem {
  return {
    guid: null,
    link: null,
    title: 'Untitled',
    summary: '',
    publishedAt: '2025-09-30T12:00:00.000Z',
    language: null,
    sourceUrl: null,
    ...overrides,
  };
}

export function feedConfig(overrides: Partial<FeedConfig> = {}): FeedConfig {
  return {
    id: 'feed-a',
    url: 'https://a.example/rss',
    language: 'en',
    pollSeconds: 300,
    enabled: true,
    kind: 'wire',
    ...overrides,
  };
}

/** A stand-in extractor: one mention when the text names a dollar amount. */
export function fakeExtract(calls: NewsExtractInput[] = []) {
  return (input: NewsExtractInput): Mention[] => {
    calls.push(input);
    if (!input.text.includes('$')) return [];
    return [
      {
        buyer: { id: 'meta', name: 'Meta Platforms, Inc.' },
        provider: { id: 'coreweave', name: 'CoreWeave, Inc.' },
        valueUsd: 14.2e9,
        valueText: '$14.2 billion',
        originalCurrency: null,
        qualifier: null,
        cumulative: true,
        status: 'signed',
        kind: 'gpu_cloud',
        endDate: null,
        termYears: null,
        language: input.language ?? 'en',
        evidence: input.text.slice(0, 80),
        evidenceStart: 0,
        evidenceEnd: 80,
        confidence: 0.9,
      },
    ];
  };
}

export function memoryLog(): Logger & {
  lines: { level: string; message: string; fields?: Record<string, unknown> }[];
} {
  const log = {
    lines: [] as { level: string; message: string; fields?: Record<string, unknown> }[],
    debug: (message: string, fields?: Record<string, unknown>) =>
      log.lines.push({ level: 'debug', message, fields }),
    info: (message: string, fields?: Record<string, unknown>) =>
      log.lines.push({ level: 'info', message, fields }),
    warn: (message: string, fields?: Record<string, unknown>) =>
      log.lines.push({ level: 'warn', message, fields }),
    error: (message: string, fields?: Record<string, unknown>) =>
      log.lines.push({ level: 'error', message, fields }),
  };
  return log;
}
