import { alertChannel, alertQueue, alertsPlatform, instrument } from './aws-runtime';
import { composeDeliverAlerts } from './compositions';

export const handler = instrument(
  composeDeliverAlerts(alertsPlatform(), { channel: alertChannel(), queue: alertQueue() }),
);
