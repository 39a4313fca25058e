import { decideUrl } from '../core/host-policy';
import type { FeedConfig, FeedValidator } from '../core/ports/news';
import type { StateStore } from '../core/ports/store';

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
  deps: { state: StateStore; validateFeed: FeedValidator; defaultPollSeconds: number },
  input: unknown,
): Promise<FeedConfig> {
  const { state } = deps;
  const checked = deps.validateFeed(input, deps.defaultPollSeconds);
  if ('refused' in checked) throw new FeedRefusedError(checked.refused);
  const { feed } = checked;
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
