import { alertQueue, instrument, log, metrics, store } from './aws-runtime';
import { createNotifyHandler } from './handlers/notify';

export const handler = instrument(
  createNotifyHandler({ subscriptions: store.subscriptions, queue: alertQueue(), log, metrics }),
);
