import { deployedFeeds, feedSource, instrument, platform } from './aws-runtime';
import { composeNewsPoll } from './compositions';

export const handler = instrument(
  composeNewsPoll(platform, { fetchFeed: feedSource(), feeds: deployedFeeds() }),
);
