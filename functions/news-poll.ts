import './regexp-engine';
import { deployedFeeds, feedSource, instrument, newsPollPlatform } from './aws-runtime';
import { composeNewsPoll } from './compositions';
import { lazy } from './core/lazy';

// The extractor is loaded at the first new item, not at import: most polls find no new item, and a cold start
// then skips building the extractor's patterns and tables (~40 ms of CPU; docs/performance.md, "Cold start",
// sixth pass). Only here: a dynamic import anywhere in the filing worker's graph would make esbuild wrap the
// extractor's modules in its bundle too, which extracts at every job.
const extractor = lazy(() => import('./core/extract'));

export const handler = instrument(
  composeNewsPoll(newsPollPlatform(), {
    fetchFeed: feedSource(),
    feeds: deployedFeeds(),
    extract: async (input) => (await extractor()).extractMentions(input),
  }),
);
