import { handle } from 'hono/aws-lambda';
import { createApiApp } from './api/app';
import { alertChannel, config, instrument, log, store } from './aws-runtime';
import { loadFeedRegistry } from './sources/news/feed-registry';

const baseFeeds = loadFeedRegistry({
  path: config.newsFeedsPath,
  defaultPollSeconds: config.newsPollSeconds,
});

export const handler = instrument(
  handle(
    createApiApp({
      deals: store.deals,
      filings: store.filings,
      subscriptions: store.subscriptions,
      channel: alertChannel(),
      news: { baseFeeds, state: store.state, defaultPollSeconds: config.newsPollSeconds },
      log,
    }),
  ),
);
