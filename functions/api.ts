// The API's write function: every route, in AWS only the IAM-signed ones (subscriptions, feeds, corrections).
import { createApiApp } from './api/app';
import { alertChannel, config, instrument, log, store } from './aws-runtime';
import { createHttpApiHandler } from './handlers/http-api';
import { loadFeedRegistry } from './sources/news/feed-registry';

const baseFeeds = loadFeedRegistry({
  path: config.newsFeedsPath,
  defaultPollSeconds: config.newsPollSeconds,
});

export const handler = instrument(
  createHttpApiHandler(
    createApiApp({
      deals: store.deals,
      filings: store.filings,
      subscriptions: store.subscriptions,
      channel: alertChannel(),
      news: { baseFeeds, state: store.state, defaultPollSeconds: config.newsPollSeconds },
      log,
      publicBaseUrl: config.publicBaseUrl,
    }),
  ),
);
