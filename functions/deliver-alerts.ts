import { alertChannel, alertQueue, clock, instrument, log, metrics, store } from './aws-runtime';
import { createDeliverAlertsHandler } from './handlers/deliver-alerts';

export const handler = instrument(
  createDeliverAlertsHandler({
    subscriptions: store.subscriptions,
    ledger: store.deliveries,
    channel: alertChannel(),
    queue: alertQueue(),
    log,
    metrics,
    clock,
  }),
);
