// SEC fair access: at most 10 requests/s from us in total, however many Lambda instances run at once. Each
// instance has its own in-process token bucket (functions/sources/edgar/client.ts), so the total is split into
// per-instance shares by the number of instances that can call EDGAR at the same time:
//   edgar-poll     one lease holder at a time     -> 1 instance (store/lease.ts; not reserved concurrency)
//   filing-worker  SQS maxConcurrency 2 per lane   -> at most 2 + 2 instances (each event source mapping's own
//                                                    cap, which needs no reserved concurrency either): the
//                                                    current-reports lane and the periodic lane (issue 15)
//   sum over functions of (instances x EDGAR_MAX_RPS share) <= total (default 5, never above 10).
// With 5 instances each gets total/5 (rounded down), e.g. 1 request/s at the default total of 5. Shares are
// static in AWS: the periodic lane cannot borrow what the current lane leaves (locally one process does, with a
// PriorityRateLimiter), but it can never delay an 8-K either, as each lane has its own queue and instances.

export const EDGAR_POLLER_INSTANCES = 1;
export const FILING_WORKER_MAX_CONCURRENCY = 2;
/** SQS's smallest maxConcurrency. */
export const PERIODIC_WORKER_MAX_CONCURRENCY = 2;
export const EDGAR_INSTANCES =
  EDGAR_POLLER_INSTANCES + FILING_WORKER_MAX_CONCURRENCY + PERIODIC_WORKER_MAX_CONCURRENCY;

/** Per-instance requests/s, rounded down to 1/100 so that the shares never add up to more than the total. */
export function edgarRpsShare(totalRps: number, instances: number = EDGAR_INSTANCES): number {
  if (!(totalRps > 0 && totalRps <= 10))
    throw new RangeError(`EDGAR total must be in (0, 10], got ${totalRps}`);
  if (!(Number.isInteger(instances) && instances > 0))
    throw new RangeError(`bad instance count ${instances}`);
  const share = Math.floor((totalRps / instances) * 100) / 100;
  if (share <= 0) throw new RangeError(`EDGAR total ${totalRps} is too small to share among ${instances}`);
  return share;
}
