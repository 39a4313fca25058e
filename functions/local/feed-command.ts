// `cli feed FILE|URL`: prints, as JSON, what the news poller would take from a feed, for users and operators
// checking a feed before they add it. A URL goes through the same host policy as a feed added through the API,
// then the poller's own feed source (HTTP client, per-host rate limit, timeout, size bound, decoding, parser).
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { FeedConfig, ParsedFeed } from '../core/ports/news';
import { LANGUAGES, type Language } from '../core/types';
import { decodeText, type HostGuard, PUBLIC_HOSTS } from '../sources/http';
import { MAX_FEED_CHARS, parseFeed } from '../sources/news/feed-parse';
import { createHttpFeedSource, createNewsHttpClient } from '../sources/news/feed-source';
import { fileErrorText } from './file-error-text';

const USAGE = 'usage: cli feed FILE|URL [--lang en|fr|de|es|it|pt]';

export interface FeedCommandOptions {
  userAgent: string;
  /** Where the fetch may go, on every hop: the poller's public-hosts guard unless a test allows its server. */
  hostGuard?: HostGuard;
}

class FeedCommandError extends Error {
  override readonly name = 'FeedCommandError';
}

/** The fields the poller keeps of each item, and what the parser cut. */
export function feedOutput(feed: ParsedFeed) {
  return {
    items: feed.items.map(({ title, link, publishedAt, language, summary }) => ({
      title,
      link,
      publishedAt,
      language,
      summary,
    })),
    dropped: feed.dropped,
    warnings: feed.warnings,
  };
}

async function readFeedFile(file: string, language: Language | null): Promise<ParsedFeed> {
  const info = await stat(file).catch((error: unknown) => {
    throw new FeedCommandError(`cannot read ${file}: ${fileErrorText(error)}`);
  });
  if (!info.isFile()) throw new FeedCommandError(`${file} is not a regular file`);
  if (info.size > MAX_FEED_CHARS)
    throw new FeedCommandError(`${file} is larger than the poller's ${MAX_FEED_CHARS}-byte bound`);
  const body = await readFile(file);
  // A file has no Content-Type: the BOM, then the XML declaration, name its encoding, as for a bare HTTP body.
  return parseFeed(decodeText(body, null), {
    feedUrl: pathToFileURL(resolve(file)).href,
    declaredLanguage: language,
  });
}

async function fetchFeed(
  url: string,
  language: Language | null,
  opts: FeedCommandOptions,
): Promise<ParsedFeed> {
  const hostGuard = opts.hostGuard ?? PUBLIC_HOSTS;
  const decision = hostGuard.decideUrl(url);
  if (!decision.allow) throw new FeedCommandError(`${url} refused: ${decision.reason}`);
  const source = createHttpFeedSource({
    http: createNewsHttpClient({ userAgent: opts.userAgent, hostGuard }),
  });
  const feed: FeedConfig = { id: 'cli', url, language, pollSeconds: 300, enabled: true, kind: 'newsroom' };
  const result = await source.fetch(feed, { etag: null, lastModified: null });
  if (result.notModified) throw new FeedCommandError(`${url} answered 304 to an unconditional request`);
  return result.feed;
}

export async function runFeedCommand(
  args: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  opts: FeedCommandOptions,
): Promise<number> {
  const fail = (message: string, usage = false) => {
    io.stderr.write(`feed: ${message.replace(/\s+/g, ' ').trim()}\n${usage ? `${USAGE}\n` : ''}`);
    return 2;
  };
  let parsed: ReturnType<typeof parseFeedArgs>;
  try {
    parsed = parseFeedArgs(args);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), true);
  }
  if (parsed.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { target, language } = parsed;
  try {
    const feed = /^https?:\/\//i.test(target)
      ? await fetchFeed(target, language, opts)
      : await readFeedFile(target, language);
    io.stdout.write(`${JSON.stringify(feedOutput(feed), null, 2)}\n`);
    return 0;
  } catch (error) {
    // Every failure is the input's (not a feed, unreachable, refused, too large): one line, no stack.
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function parseFeedArgs(args: string[]): { target: string; language: Language | null; help: boolean } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return { target: '', language: null, help: true };
  const lang = values.lang ?? null;
  if (lang !== null && !(LANGUAGES as readonly string[]).includes(lang))
    throw new Error(`--lang must be one of ${LANGUAGES.join(', ')}`);
  if (positionals.length !== 1)
    throw new Error(positionals.length === 0 ? 'missing FILE or URL' : 'one FILE or URL only');
  return { target: positionals[0] as string, language: lang as Language | null, help: false };
}
