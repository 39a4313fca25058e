import { newsDedupeKey, newsItemId, sourceDomain, stableHash } from '../core/news-identity';
import type { Logger } from '../core/ports/log';
import type { FeedConfig, FeedSource, FeedStatus, ParsedFeedItem } from '../core/ports/news';
import type { NewsItemRepository, StateStore } from '../core/ports/store';
import type { Language, Mention, NewsItem, SourcedMention } from '../core/types';

export type { FeedStatus } from '../core/ports/news';

export interface NewsExtractInput {
  text: string;
  language?: Language;
  title?: string;
  documentType?: string;
}

export interface PollNewsDeps {
  fetchFeed: FeedSource;
  newsItems: NewsItemRepository;
  state: StateStore;
  /** May load the extractor first (the Lambda news poller loads it at its first new item). */
  extract: (input: NewsExtractInput) => Mention[] | Promise<Mention[]>;
  recordMentions: (mentions: SourcedMention[]) => Promise<unknown>;
  /** For items whose feed declares no language. */
  detectLanguage: (text: string) => Language | null;
  clock: () => Date;
  log: Logger;
}

export interface PollNewsOptions {
  /** Feeds fetched at once (each host is rate limited by the feed source anyway). Default 4. */
  concurrency?: number;
  /** Longest wait after repeated failures. Default 6 hours. */
  maxBackoffSeconds?: number;
  /** Hashed ids remembered per feed. Default 1000. */
  seenLimit?: number;
  /** New items written ahead to the state store at once. Default 20 (keeps a state row far below 400 KB). */
  pendingChunk?: number;
  /** Feeds not started by then are left for the next run (a Lambda's remaining time). */
  stopAt?: Date | null;
}

export interface FeedPollResult {
  feedId: string;
  outcome: 'skipped' | 'not_modified' | 'fetched' | 'failed';
  items: number;
  newItems: number;
  mentions: number;
  error: string | null;
}

export interface NewsPollReport {
  polled: number;
  skipped: number;
  notModified: number;
  failed: number;
  items: number;
  newItems: number;
  mentions: number;
  feeds: FeedPollResult[];
}

export const feedStatusKey = (feedId: string) => `news:feed:${feedId}`;

const DEFAULTS = {
  concurrency: 4,
  maxBackoffSeconds: 6 * 3600,
  seenLimit: 1000,
  pendingChunk: 20,
  stopAt: null as Date | null,
};

/**
 * Polls every enabled feed that is due. Per feed: conditional GET with the stored validators, parse, and for each
 * item not seen before: claim it (putIfNew on id and dedupe key), extract its mentions, record them.
 *
 * Nothing is lost on a crash: before new items are claimed they are written ahead into the feed's `pending`
 * list in the state store, and removed only after their mentions are recorded. A run that finds pending items
 * (a crash, or recordMentions failed) finishes them first, recording their mentions again if need be:
 * at-least-once, which is safe because recordMentions is idempotent per source id.
 * One failing feed never stops the others: its error goes into its status, and its next poll backs off.
 */
export async function pollNews(
  deps: PollNewsDeps,
  feeds: FeedConfig[],
  opts: PollNewsOptions = {},
): Promise<NewsPollReport> {
  const o = { ...DEFAULTS, ...stripUndefined(opts) };
  const enabled = feeds.filter((f) => f.enabled);
  const results: FeedPollResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < enabled.length) {
      const feed = enabled[next++];
      if (!feed) continue;
      if (opts.stopAt && deps.clock().getTime() >= opts.stopAt.getTime()) {
        results.push({
          feedId: feed.id,
          outcome: 'skipped',
          items: 0,
          newItems: 0,
          mentions: 0,
          error: null,
        });
        continue;
      }
      results.push(await pollOneFeed(deps, feed, o));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency, enabled.length)) }, worker));
  const report: NewsPollReport = {
    polled: 0,
    skipped: 0,
    notModified: 0,
    failed: 0,
    items: 0,
    newItems: 0,
    mentions: 0,
    feeds: results,
  };
  for (const r of results) {
    if (r.outcome === 'skipped') report.skipped++;
    else report.polled++;
    if (r.outcome === 'not_modified') report.notModified++;
    if (r.outcome === 'failed') report.failed++;
    report.items += r.items;
    report.newItems += r.newItems;
    report.mentions += r.mentions;
  }
  deps.log.info('news poll done', { ...report, feeds: undefined });
  return report;
}

type Options = typeof DEFAULTS;

function initialStatus(feed: FeedConfig): FeedStatus {
  return {
    feedId: feed.id,
    url: feed.url,
    lastPolledAt: null,
    lastSuccessAt: null,
    nextDueAt: null,
    etag: null,
    lastModified: null,
    consecutiveFailures: 0,
    lastError: null,
    lastItemCount: 0,
    lastNewItemCount: 0,
    seen: [],
    pending: [],
  };
}

/** A feed is due at its nextDueAt, with a little slack so that a schedule firing early does not skip a turn. */
function isDue(status: FeedStatus, feed: FeedConfig, now: Date): boolean {
  if (!status.nextDueAt) return true;
  const slackMs = Math.min(30, feed.pollSeconds * 0.1) * 1000;
  return Date.parse(status.nextDueAt) - slackMs <= now.getTime();
}

/** Seconds to wait after `failures` consecutive failures: the poll interval doubled each time, capped. */
export function backoffSeconds(pollSeconds: number, failures: number, maxSeconds: number): number {
  return Math.min(maxSeconds, pollSeconds * 2 ** Math.min(failures, 20));
}

async function pollOneFeed(deps: PollNewsDeps, feed: FeedConfig, o: Options): Promise<FeedPollResult> {
  const key = feedStatusKey(feed.id);
  const result: FeedPollResult = {
    feedId: feed.id,
    outcome: 'fetched',
    items: 0,
    newItems: 0,
    mentions: 0,
    error: null,
  };
  let status: FeedStatus;
  try {
    status = { ...initialStatus(feed), ...((await deps.state.get<FeedStatus>(key)) ?? {}) };
  } catch (error) {
    deps.log.error('news feed status unreadable', { feedId: feed.id, error: describe(error) });
    return { ...result, outcome: 'failed', error: describe(error) };
  }
  const now = deps.clock();
  const due = isDue(status, feed, now);
  // Items left pending by an earlier run are finished every run, even while the feed itself backs off.
  if (!due && status.pending.length === 0) return { ...result, outcome: 'skipped' };
  if (status.url !== feed.url) {
    // Validators belong to the old URL.
    status = { ...status, url: feed.url, etag: null, lastModified: null };
  }
  const ctx: FeedContext = { deps, feed, status, key, o, result, itemError: null };
  try {
    await finishPending(ctx);
    if (!due) {
      result.outcome = 'skipped';
      await deps.state.put(key, status);
      return result;
    }
    const fetched = await deps.fetchFeed.fetch(feed, {
      etag: status.etag,
      lastModified: status.lastModified,
    });
    if (fetched.notModified) {
      result.outcome = 'not_modified';
    } else {
      if (fetched.feed.warnings.length > 0) {
        const { dropped, warnings } = fetched.feed;
        deps.log.warn('news feed items cut', { feedId: feed.id, dropped, warnings });
      }
      const complete = await processItems(ctx, fetched.feed.items, fetched.feed.siteUrl ?? feed.url);
      // Only now, and only when every item was taken in: otherwise the next poll must get the whole feed again,
      // not a 304.
      if (complete) {
        status.etag = fetched.etag;
        status.lastModified = fetched.lastModified;
      }
      status.lastItemCount = result.items;
      status.lastNewItemCount = result.newItems;
    }
    // The feed was read; items that could not be recorded stay pending and are reported as the feed's error.
    if (ctx.itemError) throw ctx.itemError;
    status.consecutiveFailures = 0;
    status.lastError = null;
    status.lastSuccessAt = now.toISOString();
    status.nextDueAt = new Date(now.getTime() + feed.pollSeconds * 1000).toISOString();
  } catch (error) {
    status.consecutiveFailures += 1;
    const wait = backoffSeconds(feed.pollSeconds, status.consecutiveFailures, o.maxBackoffSeconds);
    const retryAfterMs = retryAfterOf(error);
    const waitMs = Math.max(wait * 1000, retryAfterMs ?? 0);
    status.nextDueAt = new Date(now.getTime() + waitMs).toISOString();
    status.lastError = {
      name: nameOf(error),
      message: publicMessage(error, feed.url).slice(0, 500),
      at: now.toISOString(),
    };
    result.outcome = 'failed';
    result.error = `${status.lastError.name}: ${status.lastError.message}`;
    deps.log.warn('news feed failed', {
      feedId: feed.id,
      url: feed.url,
      error: result.error,
      consecutiveFailures: status.consecutiveFailures,
      nextDueAt: status.nextDueAt,
    });
  }
  status.lastPolledAt = now.toISOString();
  try {
    await deps.state.put(key, status);
  } catch (error) {
    deps.log.error('news feed status not saved', { feedId: feed.id, error: describe(error) });
    result.outcome = 'failed';
    result.error ??= describe(error);
  }
  return result;
}

interface FeedContext {
  deps: PollNewsDeps;
  feed: FeedConfig;
  status: FeedStatus;
  key: string;
  o: Options;
  result: FeedPollResult;
  /** The first item that could not be recorded in this run (it stays pending). */
  itemError: unknown;
}

/** Runs that may try to finish one pending item before it is dropped, so a poison item cannot block its feed. */
export const MAX_PENDING_ATTEMPTS = 5;
/** Pending items kept per feed at most (each under ~5 KB: summaries are bounded by the parser). */
export const MAX_PENDING_ITEMS = 40;

/** Items written ahead by an earlier run that did not finish them. */
async function finishPending(ctx: FeedContext): Promise<void> {
  const { deps, status } = ctx;
  if (status.pending.length === 0) return;
  for (const entry of [...status.pending]) {
    const { item } = entry;
    try {
      // The earlier run may have died before or after its claim: claim again, and record either way.
      await deps.newsItems.putIfNew(item);
      await recordItem(ctx, item);
      settle(ctx, item.id);
      deps.log.info('news item recovered', { feedId: ctx.feed.id, itemId: item.id });
    } catch (error) {
      entry.attempts += 1;
      if (entry.attempts >= MAX_PENDING_ATTEMPTS) {
        settle(ctx, item.id);
        deps.log.error('news item dropped', {
          feedId: ctx.feed.id,
          itemId: item.id,
          attempts: entry.attempts,
          error: describe(error),
        });
      } else {
        ctx.itemError ??= error;
      }
    }
  }
  await deps.state.put(ctx.key, status);
}

/** Returns false when some fresh items were left for the next run (the pending list was full). */
async function processItems(ctx: FeedContext, parsed: ParsedFeedItem[], siteUrl: string): Promise<boolean> {
  const { deps, feed, status, o } = ctx;
  const skip = new Set(status.seen);
  for (const p of status.pending) skip.add(stableHash(p.item.id));
  const guidScope = sourceDomain(feed.url);
  const fresh: NewsItem[] = [];
  for (const p of parsed) {
    ctx.result.items++;
    const id = newsItemId({
      guid: p.guid,
      guidScope,
      link: p.link,
      title: p.title,
      publishedAt: p.publishedAt,
    });
    const hashed = stableHash(id);
    if (skip.has(hashed)) continue;
    skip.add(hashed);
    fresh.push(toNewsItem(ctx, id, p, siteUrl));
  }
  for (let start = 0; start < fresh.length; start += o.pendingChunk) {
    // The feed's state row must stay small (DynamoDB items are at most 400 KB): when items keep failing, the
    // rest waits for a later run instead of piling up here.
    if (status.pending.length >= MAX_PENDING_ITEMS) {
      deps.log.warn('news pending list full', { feedId: feed.id, left: fresh.length - start });
      return false;
    }
    const chunk = fresh.slice(start, start + o.pendingChunk);
    // Write-ahead: once these are in the state store, a crash after the claim below cannot lose them.
    status.pending = [...status.pending, ...chunk.map((item) => ({ item, attempts: 0 }))];
    await deps.state.put(ctx.key, status);
    for (const item of chunk) {
      try {
        const claimed = await deps.newsItems.putIfNew(item);
        if (claimed) await recordItem(ctx, item);
        settle(ctx, item.id);
      } catch (error) {
        // Stays pending: the next run finishes it. The rest of the feed goes on.
        ctx.itemError ??= error;
        const entry = status.pending.find((p) => p.item.id === item.id);
        if (entry) entry.attempts += 1;
        deps.log.warn('news item not recorded', { feedId: feed.id, itemId: item.id, error: describe(error) });
      }
    }
    await deps.state.put(ctx.key, status);
  }
  return true;
}

/** The item is done (or given up): off the pending list, into the seen list. */
function settle(ctx: FeedContext, id: string): void {
  ctx.status.pending = ctx.status.pending.filter((p) => p.item.id !== id);
  remember(ctx, id);
}

function toNewsItem(ctx: FeedContext, id: string, p: ParsedFeedItem, siteUrl: string): NewsItem {
  const language =
    p.language ?? ctx.feed.language ?? ctx.deps.detectLanguage(`${p.title}\n${p.summary}`) ?? 'en';
  return {
    id,
    feedId: ctx.feed.id,
    url: p.link,
    title: p.title,
    summary: p.summary,
    publishedAt: p.publishedAt,
    language,
    // An aggregator's <source url> names the publisher; otherwise the article's own link, else the site.
    dedupeKey: newsDedupeKey({
      title: p.title,
      publishedAt: p.publishedAt,
      link: p.sourceUrl ?? p.link,
      fallbackUrl: siteUrl,
    }),
  };
}

/** Extracts the item's mentions (title and summary) and records them. */
async function recordItem(ctx: FeedContext, item: NewsItem): Promise<void> {
  const { deps, feed } = ctx;
  const mentions = await deps.extract({
    text: `${item.title}\n\n${item.summary}`,
    language: item.language,
    title: item.title,
    documentType: 'news',
  });
  ctx.result.newItems++;
  if (mentions.length === 0) return;
  const sourced: SourcedMention[] = mentions.map((m) => ({
    ...m,
    source: {
      kind: 'news',
      id: `${feed.id}/${item.id}`,
      url: item.url,
      formType: null,
      documentType: null,
      feedId: feed.id,
      title: item.title,
      publishedAt: item.publishedAt,
    },
  }));
  await deps.recordMentions(sourced);
  ctx.result.mentions += sourced.length;
}

function remember(ctx: FeedContext, id: string): void {
  const hashed = stableHash(id);
  const rest = ctx.status.seen.filter((s) => s !== hashed);
  ctx.status.seen = [hashed, ...rest].slice(0, ctx.o.seenLimit);
}

export interface FeedStatusView {
  feedId: string;
  name: string | null;
  url: string;
  kind: FeedConfig['kind'];
  language: Language | null;
  enabled: boolean;
  pollSeconds: number;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  nextDueAt: string | null;
  consecutiveFailures: number;
  lastError: FeedStatus['lastError'];
  lastItemCount: number;
  lastNewItemCount: number;
  pendingCount: number;
}

/** Each configured feed with what its last polls did (never-polled feeds too), for the API and the logs. */
export async function listFeedStatuses(state: StateStore, feeds: FeedConfig[]): Promise<FeedStatusView[]> {
  return Promise.all(
    feeds.map(async (feed) => {
      const status = await state.get<FeedStatus>(feedStatusKey(feed.id));
      return {
        feedId: feed.id,
        name: feed.name ?? null,
        url: feed.url,
        kind: feed.kind,
        language: feed.language,
        enabled: feed.enabled,
        pollSeconds: feed.pollSeconds,
        lastPolledAt: status?.lastPolledAt ?? null,
        lastSuccessAt: status?.lastSuccessAt ?? null,
        nextDueAt: status?.nextDueAt ?? null,
        consecutiveFailures: status?.consecutiveFailures ?? 0,
        lastError: status?.lastError ?? null,
        lastItemCount: status?.lastItemCount ?? 0,
        lastNewItemCount: status?.lastNewItemCount ?? 0,
        pendingCount: status?.pending?.length ?? 0,
      };
    }),
  );
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function nameOf(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The error as GET /feeds shows it to anyone: a redirect may have led to an internal URL, so no URL but the
 * feed's own is kept, and a refused host is not named.
 */
function publicMessage(error: unknown, feedUrl: string): string {
  if (nameOf(error) === 'HostRefusedError')
    return 'refused: the feed or a redirect leads to a non-public address';
  // "fetching https://host/feed/: ENOTFOUND": the colon after the URL is the sentence's, not the URL's.
  return describe(error).replace(/\bhttps?:\/\/[^\s"'<>]+/gi, (match) => {
    const url = match.replace(/[:.,;]+$/, '');
    return (url === feedUrl ? url : '[redirect target]') + match.slice(url.length);
  });
}

/** A rate-limited error from the feed source says how long to stay away. */
function retryAfterOf(error: unknown): number | null {
  if (error && typeof error === 'object' && 'retryAfterMs' in error) {
    const ms = (error as { retryAfterMs: unknown }).retryAfterMs;
    return typeof ms === 'number' && Number.isFinite(ms) ? ms : null;
  }
  return null;
}
