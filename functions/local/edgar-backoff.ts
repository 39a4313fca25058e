/** What the schedule reads of a scheduled EDGAR poll's outcome (its loop report, or a skip for a held lease). */
type EdgarPollOutcome =
  | { reports: readonly { pages: number; rateLimited: boolean; interrupted: string | null }[] }
  | { skipped: string };

/** Longest wait between two local EDGAR polls while EDGAR cannot be reached. */
export const MAX_EDGAR_BACKOFF_MS = 5 * 60_000;

/**
 * The wait before the next local EDGAR poll: the poll interval while EDGAR answers; while it cannot be reached
 * (no network, DNS, an outage) twice as long after each failed poll, up to 5 minutes, so a laptop offline does
 * not retry every 10 s. A rate limit is not counted here: the EDGAR client already holds every request back.
 */
export function nextEdgarPollMs(intervalMs: number, failures: number): number {
  if (failures <= 0) return intervalMs;
  return Math.min(MAX_EDGAR_BACKOFF_MS, intervalMs * 2 ** Math.min(failures, 20));
}

/** Why a poll read nothing because EDGAR could not be reached, or null when it read the feed (or was skipped). */
export function edgarUnreachable(outcome: EdgarPollOutcome): string | null {
  if (!('reports' in outcome)) return null;
  const last = outcome.reports.at(-1);
  if (!last || last.rateLimited || last.pages > 0 || last.interrupted === null) return null;
  return last.interrupted;
}
