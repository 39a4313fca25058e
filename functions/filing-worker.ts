import './regexp-engine';
import { edgarSource, filingWorkerPlatform, instrument } from './aws-runtime';
import { composeFilingWorker } from './compositions';
import { WORKER_EDGAR_TIMEOUT_MS } from './handlers/filing-worker';

export const handler = instrument(
  composeFilingWorker(filingWorkerPlatform(), {
    edgar: edgarSource({ lane: 'current', timeoutMs: WORKER_EDGAR_TIMEOUT_MS }),
    // One function serves both lanes' queues: a periodic report takes its place in the budget after the 8-Ks.
    periodicEdgar: edgarSource({ lane: 'periodic', timeoutMs: WORKER_EDGAR_TIMEOUT_MS }),
  }),
);
