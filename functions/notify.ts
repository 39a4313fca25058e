import { alertChannel, log, store } from './aws-runtime';
import { createNotifyHandler } from './handlers/notify';

export const handler = createNotifyHandler({
  subscriptions: store.subscriptions,
  ledger: store.deliveries,
  channel: alertChannel(),
  log,
});
