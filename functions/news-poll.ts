import { clock, config, instrument, log, metrics, recordMentionsNow, store } from './aws-runtime';
import { extractMentions } from './core/extract';
import { detectLanguage } from './core/language';
import { countNewsPoll } from './handlers/run-metrics';
import { createScheduledPollHandler } from './handlers/scheduled-poll';
import { loadFeedRegistry } from './sources/news/feed-registry';
import { createHttpFeedSource, createNewsHttpClient } from './sources/news/feed-source';
import { effectiveFeeds } from './use-cases/manage-feeds';
import { pollNews } from './use-cases/poll-news';

const feeds = loadFeedRegistry({ path: config.newsFeedsPath, defaultPollSeconds: config.newsPollSeconds });
const userAgent = config.secUserAgent ?? 'compute-contract-alerts';
const deps = {
  fetchFeed: createHttpFeedSource({ http: createNewsHttpClient({ userAgent }) }),
  newsItems: store.newsItems,
  state: store.state,
  extract: extractMentions,
  recordMentions: recordMentionsNow,
  detectLanguage,
  clock,
  log,
};

// Feeds not reached before the invocation's deadline wait for the next tick (their status keeps them due).
export const handler = instrument(
  createScheduledPollHandler(
    'news poll',
    async (untilMs) =>
      pollNews(deps, await effectiveFeeds(store.state, feeds), { stopAt: new Date(untilMs) }),
    log,
    {
      lease: { store: store.leases, name: 'news-poll' },
      onSuccess: (report) => countNewsPoll(metrics, report),
    },
  ),
);
