// The API's public read function: the public GET routes only, with read-only grants (infra/http-api.ts).
import { createApiApp } from './api/app';
import { config, instrument, log, store } from './aws-runtime';
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
      news: { baseFeeds, state: store.state, defaultPollSeconds: config.newsPollSeconds },
      log,
      publicBaseUrl: config.publicBaseUrl,
    }),
  ),
);
