import { alertChannel, alertQueue, instrument, platform } from './aws-runtime';
import { composeDeliverAlerts } from './compositions';

export const handler = instrument(
  composeDeliverAlerts(platform, { channel: alertChannel(), queue: alertQueue() }),
);
