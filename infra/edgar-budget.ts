// SEC fair access: at most 10 requests/s from us in total, however many Lambda instances run at once.
// EDGAR_MAX_RPS is that total (default 5, at least 3, never above 10), given to every EDGAR caller: the poller (one
// lease holder at a time) keeps 1 request/s of it in-process (EDGAR_POLLER_RPS), and the filing worker's
// instances of both lanes share the rest as slots of 1/(rest - 1) s claimed in the state table
// (functions/store/edgar-budget.ts). The current-reports lane may take every slot; the periodic lane leaves the
// first slot of each second to it and takes whatever else is free, so one busy lane can use nearly all of it.

/** SQS's smallest maxConcurrency, for each lane: bounds the slot claims racing each other, not the rate. */
export const FILING_WORKER_MAX_CONCURRENCY = 2;
export const PERIODIC_WORKER_MAX_CONCURRENCY = 2;
