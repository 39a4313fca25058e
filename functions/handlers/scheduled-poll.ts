import type { Context } from 'aws-lambda';
import type { Logger } from '../core/ports/log';

/** Leave this much of the Lambda's time unused, so a poll loop ends cleanly before the timeout. */
const SAFETY_MS = 10_000;

/**
 * A scheduled poller's entry: runs the use case until shortly before the invocation's deadline (EventBridge
 * fires once a minute; the poller loops inside for sub-minute freshness). The use case logs its report and
 * records its own per-item failures; anything thrown here fails the whole run, and the next tick takes over.
 */
export function createScheduledPollHandler<R>(
  name: string,
  run: (untilMs: number) => Promise<R>,
  log: Logger,
  /** Longest run, so that a loop ends before the next scheduled invocation starts. */
  maxRunMs = 50_000,
): (event: unknown, context?: Pick<Context, 'getRemainingTimeInMillis'>) => Promise<R> {
  return async (_event, context) => {
    const remaining = context?.getRemainingTimeInMillis?.() ?? 0;
    const untilMs = Date.now() + Math.min(maxRunMs, Math.max(0, remaining - SAFETY_MS));
    try {
      return await run(untilMs);
    } catch (err) {
      log.error(`${name} failed`, {
        error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
      });
      throw err;
    }
  };
}
