import { edgarSource, filingQueue, instrument, platform } from './aws-runtime';
import { composeEdgarPoll } from './compositions';

// EventBridge fires once a minute; the composition loops inside the invocation while EDGAR disseminates.
export const handler = instrument(composeEdgarPoll(platform, { edgar: edgarSource(), queue: filingQueue() }));
