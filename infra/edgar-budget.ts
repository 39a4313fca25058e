// SEC fair access: at most 10 requests/s from us in total, however many Lambda instances run at once. Every
// instance that calls EDGAR (the poller, one lease holder at a time; the filing worker, at most two instances per
// lane) takes its requests out of one budget for the whole deployment: slots of 1/(total - 1) s claimed as items
// of the state table (functions/store/edgar-budget.ts). EDGAR_MAX_RPS is that total (default 5, never above 10,
// at least 2). The current-reports lane may take every slot; the periodic lane leaves the first slot of each
// second to it and takes whatever else is free, so one busy lane can use nearly the whole budget (issue 15).

/** SQS's smallest maxConcurrency, for each lane: bounds DynamoDB slot claims racing each other, not the rate. */
export const FILING_WORKER_MAX_CONCURRENCY = 2;
export const PERIODIC_WORKER_MAX_CONCURRENCY = 2;
