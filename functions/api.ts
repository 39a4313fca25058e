import { handle } from 'hono/aws-lambda';
import { createApiApp } from './api/app';
import { alertChannel, log, store } from './aws-runtime';

export const handler = handle(
  createApiApp({
    deals: store.deals,
    filings: store.filings,
    subscriptions: store.subscriptions,
    channel: alertChannel(),
    log,
  }),
);
