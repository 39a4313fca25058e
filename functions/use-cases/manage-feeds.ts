import { decideUrl } from '../core/host-policy';
import type { FeedConfig } from '../core/ports/news';
import type { StateStore } from '../core/ports/store';
import { FeedRegistryError, parseFeedRegistry } from '../sources/news/feed-registry';

/** Feeds added (or default feeds overridden, e.g. disabled) through the API, kept in the state table. */
export const CUSTOM_FEEDS_KEY = 'news:feeds:custom';

/** Keeps the list far below DynamoDB's 400 KB item limit. */
export const MAX_CUSTOM_FEEDS = 200;

export class FeedRefusedError extends Error {
  override readonly name = 'FeedRefusedError';
}

/** The feeds to poll: the deployed list (default or NEWS_FEEDS), with the API's additions and overrides by id. */
export async function effectiveFeeds(state: StateStore, base: FeedConfig[]): Promise<FeedConfig[]> {
  const custom = (await state.get<FeedConfig[]>(CUSTOM_FEEDS_KEY)) ?? [];
  const byId = new Map(base.map((f) => [f.id, f]));
  for (const f of custom) byId.set(f.id, f);
  return [...byId.values()];
}

/**
 * Adds a feed, or replaces one with the same id. A feed added through the API must be on a public host: the
 * pollers run inside the deployer's network, and an API caller must not point them at internal addresses.
 */
export async function putFeed(
  state: StateStore,
  input: unknown,
  defaultPollSeconds: number,
): Promise<FeedConfig> {
  let feed: FeedConfig | undefined;
  try {
    [feed] = parseFeedRegistry([input], 'the request body', defaultPollSeconds);
  } catch (err) {
    if (err instanceof FeedRegistryError) throw new FeedRefusedError(err.message);
    throw err;
  }
  if (!feed) throw new FeedRefusedError('the request body holds no feed');
  const decision = decideUrl(feed.url);
  if (!decision.allow) throw new FeedRefusedError(`feed URL refused: ${decision.reason}`);
  const custom = ((await state.get<FeedConfig[]>(CUSTOM_FEEDS_KEY)) ?? []).filter((f) => f.id !== feed.id);
  if (custom.length >= MAX_CUSTOM_FEEDS)
    throw new FeedRefusedError(`at most ${MAX_CUSTOM_FEEDS} feeds can be added`);
  // Last writer wins between two concurrent admin calls; the list is small and edited by hand.
  await state.put(CUSTOM_FEEDS_KEY, [...custom, feed]);
  return feed;
}

/** Removes an added feed (an overridden default comes back as deployed); false when there was none. */
export async function removeFeed(state: StateStore, id: string): Promise<boolean> {
  const custom = (await state.get<FeedConfig[]>(CUSTOM_FEEDS_KEY)) ?? [];
  const kept = custom.filter((f) => f.id !== id);
  if (kept.length === custom.length) return false;
  await state.put(CUSTOM_FEEDS_KEY, kept);
  return true;
}
