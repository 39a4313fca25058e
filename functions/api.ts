import type { Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { createApiApp } from './api/app';
import { alertChannel, config, instrument, log, store } from './aws-runtime';
import { withCacheControl } from './handlers/cache-control';
import { loadFeedRegistry } from './sources/news/feed-registry';

const baseFeeds = loadFeedRegistry({
  path: config.newsFeedsPath,
  defaultPollSeconds: config.newsPollSeconds,
});

const app = handle(
  createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: alertChannel(),
    news: { baseFeeds, state: store.state, defaultPollSeconds: config.newsPollSeconds },
    log,
    publicBaseUrl: config.publicBaseUrl,
    // Behind API Gateway every /subscriptions route is IAM-only: the page's form works only through the flag.
    subscribeForm: config.publicSubscribe ? 'public' : 'off',
  }),
);

// HTTP API payload 2.0 (infra/http-api.ts); the v1 shape hono also accepts never reaches this function.
export const handler = instrument(async (event: Parameters<typeof app>[0], context: Context) => {
  const result = await app(event, context);
  return 'rawPath' in event ? withCacheControl(event, result) : result;
});
