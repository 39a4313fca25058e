import { clock, edgarSource, instrument, log, metrics, recordMentionsNow, store } from './aws-runtime';
import { extractMentions } from './core/extract';
import { createFilingWorkerHandler, WORKER_EDGAR_TIMEOUT_MS } from './handlers/filing-worker';
import { countFiling } from './handlers/run-metrics';
import { processFiling } from './use-cases/process-filing';

const deps = {
  edgar: edgarSource(WORKER_EDGAR_TIMEOUT_MS),
  filings: store.filings,
  extract: extractMentions,
  recordMentions: recordMentionsNow,
  clock,
  log,
};

export const handler = instrument(
  createFilingWorkerHandler(async (job) => {
    const outcome = await processFiling(deps, job);
    countFiling(metrics, outcome);
    return outcome;
  }, log),
);
