import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { LeaseStore } from '../core/ports/lease';
import type { Logger } from '../core/ports/log';

/** Leave this much of the Lambda's time unused, so a poll loop ends cleanly before the timeout. */
const SAFETY_MS = 10_000;

export interface PollerLease {
  store: LeaseStore;
  /** One name per poller: the EDGAR and news pollers do not exclude each other. */
  name: string;
}

export interface ScheduledPollOptions<R> {
  /** Longest run, so that a loop ends before the next scheduled invocation starts (default 50 s). */
  maxRunMs?: number;
  /**
   * Single-poller guarantee in Lambda (one cursor, one share of the EDGAR budget): a run polls only while it
   * holds this lease; a tick that finds it taken returns at once. Local mode runs one poller and needs none.
   */
  lease?: PollerLease;
  /** Called with a finished run's report (metrics, heartbeats); not for a skipped or failed run. */
  onSuccess?: (result: R) => void;
}

/** What a run returned, or that it did not poll because another invocation holds the lease. */
export type PollOutcome<R> = R | { skipped: 'lease held by another poller' };

/**
 * A scheduled poller's entry: runs the use case until shortly before the invocation's deadline (EventBridge
 * fires once a minute; the poller loops inside for sub-minute freshness). Called without a Lambda context (a
 * local timer's tick), the run has no deadline: `untilMs` is null and the use case makes one pass. The use case
 * logs its report and records its own per-item failures; anything thrown here fails the whole run, and the
 * next tick takes over.
 */
export function createScheduledPollHandler<R>(
  name: string,
  run: (untilMs: number | null) => Promise<R>,
  log: Logger,
  opts: ScheduledPollOptions<R> = {},
): (event: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>) => Promise<PollOutcome<R>> {
  const maxRunMs = opts.maxRunMs ?? 50_000;
  return async (_event, context) => {
    const remaining = context?.getRemainingTimeInMillis?.() ?? 0;
    const startedMs = Date.now();
    const untilMs = context ? startedMs + Math.min(maxRunMs, Math.max(0, remaining - SAFETY_MS)) : null;
    const owner = randomUUID();
    if (opts.lease) {
      // Held until this invocation cannot be running any more: a holder killed by its timeout frees it then.
      const until = new Date(startedMs + Math.max(remaining, maxRunMs));
      if (!(await opts.lease.store.acquire(opts.lease.name, owner, until))) {
        log.info(`${name} skipped: another invocation holds the poller lease`);
        return { skipped: 'lease held by another poller' };
      }
    }
    try {
      const result = await run(untilMs);
      opts.onSuccess?.(result);
      return result;
    } catch (err) {
      log.error(`${name} failed`, {
        error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      });
      throw err;
    } finally {
      // A lease not given back expires by itself: the next tick then waits that long, nothing is lost.
      if (opts.lease)
        await opts.lease.store
          .release(opts.lease.name, owner)
          .catch((err: unknown) => log.warn(`${name}: poller lease not released`, { error: String(err) }));
    }
  };
}
