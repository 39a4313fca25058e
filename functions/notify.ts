import { alertQueue, alertsPlatform, instrument } from './aws-runtime';
import { composeNotify } from './compositions';

export const handler = instrument(composeNotify(alertsPlatform(), { queue: alertQueue() }));
