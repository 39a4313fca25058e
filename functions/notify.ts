import { alertQueue, instrument, platform } from './aws-runtime';
import { composeNotify } from './compositions';

export const handler = instrument(composeNotify(platform, { queue: alertQueue() }));
