import type { Language, NewsItem } from '../types';

export const FEED_KINDS = ['newsroom', 'wire', 'search'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** One feed the poller reads. */
export interface FeedConfig {
  /** Stable slug; part of every news source id ("<feed id>/<item id>"), so never rename a live feed. */
  id: string;
  url: string;
  /** The language the deployer declares; null: take the feed's own <language>, else detect per item. */
  language: Language | null;
  pollSeconds: number;
  enabled: boolean;
  kind: FeedKind;
  name?: string;
}

/**
 * Checks one feed as an operator wrote it (sources/news/feed-registry.ts owns the rules): the feed with its
 * defaults filled in, or why it is refused, in one line.
 */
export type FeedValidator = (
  input: unknown,
  defaultPollSeconds: number,
) => { feed: FeedConfig } | { refused: string };

/** One item as parsed from a feed, before identity is assigned. */
export interface ParsedFeedItem {
  guid: string | null;
  /** Absolute http(s) link, resolved against the feed / site URL. */
  link: string | null;
  title: string;
  /** Plain text (HTML converted), bounded. */
  summary: string;
  /** ISO-8601 UTC, or null when the feed gave none or an unreadable one. */
  publishedAt: string | null;
  /** From the item's xml:lang, else the feed's <language> / xml:lang. */
  language: Language | null;
  /** The original publisher's site when an aggregator says so (Google News <source url>). */
  sourceUrl: string | null;
}

export interface ParsedFeed {
  format: 'rss2' | 'atom' | 'rss1';
  title: string | null;
  /** The feed's site link (absolute), when it names one. */
  siteUrl: string | null;
  language: Language | null;
  items: ParsedFeedItem[];
  /** Items not taken: beyond the parser's item cap, or with neither a title nor any text. */
  dropped: number;
  /** What was cut or skipped, one sentence each, for the poller's log. */
  warnings: string[];
}

/** Conditional-GET validators remembered per feed. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export type FeedFetchResult =
  | { notModified: true }
  | { notModified: false; feed: ParsedFeed; etag: string | null; lastModified: string | null };

/**
 * Fetches and parses one feed, politely (per-host rate limit, timeout, size bound, conditional GET).
 * Throws a typed error on failure; the poller records it in the feed's status and goes on.
 */
export interface FeedSource {
  fetch(feed: FeedConfig, validators: FeedValidators): Promise<FeedFetchResult>;
}

/** What the API shows about each feed; kept in the StateStore under `news:feed:<id>`. */
export interface FeedStatus {
  feedId: string;
  url: string;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  /** ISO; the poller skips the feed until then (grows with consecutive failures). */
  nextDueAt: string | null;
  etag: string | null;
  lastModified: string | null;
  consecutiveFailures: number;
  lastError: { name: string; message: string; at: string } | null;
  /** Items in the last successful parse, and how many of them were new. */
  lastItemCount: number;
  lastNewItemCount: number;
  /** Hashed ids of items already handled, newest first, bounded: lets a re-fetched feed skip them cheaply. */
  seen: string[];
  /**
   * Write-ahead list: items claimed for processing whose mentions are not yet recorded. A crash leaves them here
   * and the next poll finishes them (at least once; recordMentions is idempotent per source id).
   */
  pending: PendingNewsItem[];
}

export interface PendingNewsItem {
  item: NewsItem;
  /** Runs that tried to finish it; after a few the item is dropped (and logged) so it cannot block the feed. */
  attempts: number;
}
