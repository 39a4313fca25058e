import { readFileSync } from 'node:fs';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { FEED_KINDS, type FeedConfig, type FeedValidator } from '../../core/ports/news';
import { NEWS_MIN_POLL_SECONDS } from '../../core/setting-rules';
import { LANGUAGES } from '../../core/types';
import defaultFeeds from './default-feeds.json' with { type: 'json' };

export const DEFAULT_FEEDS_LABEL = 'functions/sources/news/default-feeds.json';
/** Shortest interval a feed may ask for (core/setting-rules.ts owns it). */
export const MIN_POLL_SECONDS = NEWS_MIN_POLL_SECONDS;
export const DEFAULT_POLL_SECONDS = 600;
const MAX_FEEDS_FILE_BYTES = 1024 * 1024;

export class FeedRegistryError extends Error {
  override readonly name = 'FeedRegistryError';
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`feed list ${file}: ${detail}`);
  }
}

// zod/mini, not zod (config.ts says why): the news poller validates its feed list at start-up.
z.config(en());

const httpUrl = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL'),
);

function feedSchema(defaultPollSeconds: number) {
  return z.strictObject({
    id: z
      .string()
      .check(
        z.regex(
          /^[a-z0-9][a-z0-9-]{0,62}$/,
          'must be a lowercase slug (a-z, 0-9, "-", at most 63 characters)',
        ),
      ),
    url: httpUrl,
    language: z._default(z.nullable(z.enum(LANGUAGES)), null),
    pollSeconds: z._default(
      z.number().check(z.int(), z.minimum(MIN_POLL_SECONDS), z.maximum(86_400)),
      defaultPollSeconds,
    ),
    enabled: z._default(z.boolean(), true),
    kind: z.enum(FEED_KINDS),
    name: z.optional(z.string().check(z.maxLength(200))),
  });
}

function listSchema(defaultPollSeconds: number) {
  const feeds = z.array(feedSchema(defaultPollSeconds)).check(
    z.maxLength(1000),
    z.superRefine((list, ctx) => {
      const seen = new Set<string>();
      for (const [index, feed] of list.entries()) {
        if (seen.has(feed.id))
          ctx.addIssue({ code: 'custom', message: `duplicate feed id "${feed.id}"`, path: [index, 'id'] });
        seen.add(feed.id);
      }
    }),
  );
  return z.strictObject({ feeds });
}

export interface LoadFeedRegistryOptions {
  /** NEWS_FEEDS: a JSON feed list that replaces the default list. null / undefined / '' keeps the default. */
  path?: string | null;
  /** NEWS_POLL_SECONDS: the interval of feeds that do not set their own pollSeconds. */
  defaultPollSeconds?: number | null;
}

/** The feeds to poll: the checked-in default list, or the deployer's file. Throws FeedRegistryError on bad input. */
export function loadFeedRegistry(opts: LoadFeedRegistryOptions = {}): FeedConfig[] {
  const defaultPollSeconds = opts.defaultPollSeconds ?? DEFAULT_POLL_SECONDS;
  if (!Number.isInteger(defaultPollSeconds) || defaultPollSeconds < MIN_POLL_SECONDS) {
    throw new FeedRegistryError('NEWS_POLL_SECONDS', `must be an integer of at least ${MIN_POLL_SECONDS}`);
  }
  if (!opts.path) return parseFeedRegistry(defaultFeeds, DEFAULT_FEEDS_LABEL, defaultPollSeconds);
  let text: string;
  try {
    text = readFileSync(opts.path, 'utf8');
  } catch (error) {
    throw new FeedRegistryError(
      opts.path,
      `cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (text.length > MAX_FEEDS_FILE_BYTES) throw new FeedRegistryError(opts.path, 'is over 1 MiB');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedRegistryError(
      opts.path,
      `is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return parseFeedRegistry(json, opts.path, defaultPollSeconds);
}

/** Validates a feed list already read; `label` names its origin in errors. */
export function parseFeedRegistry(
  json: unknown,
  label: string,
  defaultPollSeconds: number = DEFAULT_POLL_SECONDS,
): FeedConfig[] {
  // Either { "feeds": [...] } or a bare array.
  // A schema per call, each parse its first: zod's generated fast path (new Function) would not pay for itself.
  const result = listSchema(defaultPollSeconds).safeParse(Array.isArray(json) ? { feeds: json } : json, {
    jitless: true,
  });
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`);
    throw new FeedRegistryError(label, issues.join('; '));
  }
  return result.data.feeds.map((feed) => ({
    id: feed.id,
    url: feed.url,
    language: feed.language,
    pollSeconds: feed.pollSeconds,
    enabled: feed.enabled,
    kind: feed.kind,
    ...(feed.name === undefined ? {} : { name: feed.name }),
  }));
}

/** One feed from an API request body, by the same rules as a feed list (core/ports/news.ts). */
export const validateFeed: FeedValidator = (input, defaultPollSeconds) => {
  try {
    const [feed] = parseFeedRegistry([input], 'the request body', defaultPollSeconds);
    return feed ? { feed } : { refused: 'the request body holds no feed' };
  } catch (err) {
    if (err instanceof FeedRegistryError) return { refused: err.message };
    throw err;
  }
};
