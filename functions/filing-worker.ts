import { clock, edgarSource, log, recordMentionsNow, store } from './aws-runtime';
import { extractMentions } from './core/extract';
import { createFilingWorkerHandler } from './handlers/filing-worker';
import { processFiling } from './use-cases/process-filing';

const deps = {
  edgar: edgarSource(),
  filings: store.filings,
  extract: extractMentions,
  recordMentions: recordMentionsNow,
  clock,
  log,
};

export const handler = createFilingWorkerHandler((job) => processFiling(deps, job), log);
