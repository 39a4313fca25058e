import type { Metrics } from '../core/ports/metrics';
import type { PollLoopReport } from '../use-cases/poll-edgar';
import type { NewsPollReport } from '../use-cases/poll-news';
import type { ProcessFilingStatus } from '../use-cases/process-filing';
import type { RecordReport } from '../use-cases/record-mentions';

// The use cases report what they did; these turn the reports into counters, so the use cases need no metrics
// dependency of their own.

/** A poll that read the feed without being interrupted (rate limit, EDGAR down) is the heartbeat. */
export function countEdgarLoop(metrics: Metrics, loop: PollLoopReport): void {
  let seen = 0;
  let queued = 0;
  let healthy = false;
  for (const report of loop.reports) {
    seen += report.entries;
    queued += report.queued;
    if (report.pages > 0 && report.interrupted === null) healthy = true;
  }
  metrics.count('FilingsSeen', seen);
  metrics.count('FilingsQueued', queued);
  if (healthy) metrics.count('EdgarPollSucceeded');
}

/** A news run that finished is the heartbeat, even when no feed was due (each failing feed logs its own error). */
export function countNewsPoll(metrics: Metrics, report: NewsPollReport): void {
  metrics.count('NewsItemsNew', report.newItems);
  metrics.count('Mentions', report.mentions);
  metrics.count('NewsPollSucceeded');
}

export function countFiling(
  metrics: Metrics,
  outcome: { status: ProcessFilingStatus; mentions: number },
): void {
  if (outcome.status === 'done') metrics.count('FilingsProcessed');
  if (outcome.status === 'skipped') metrics.count('FilingsSkipped');
  metrics.count('Mentions', outcome.mentions);
}

export function countDeals(metrics: Metrics, report: RecordReport): void {
  metrics.count('DealsCreated', report.created);
  metrics.count('DealsChanged', report.updated);
}
