import { edgarPollPlatform, edgarSource, filingQueue, instrument } from './aws-runtime';
import { composeEdgarPoll } from './compositions';

// EventBridge fires once a minute; the composition loops inside the invocation while EDGAR disseminates.
export const handler = instrument(
  composeEdgarPoll(edgarPollPlatform(), { edgar: edgarSource(), queue: filingQueue() }),
);
