import { edgarSource, instrument, platform } from './aws-runtime';
import { composeFilingWorker } from './compositions';
import { WORKER_EDGAR_TIMEOUT_MS } from './handlers/filing-worker';

export const handler = instrument(
  composeFilingWorker(platform, { edgar: edgarSource(WORKER_EDGAR_TIMEOUT_MS) }),
);
