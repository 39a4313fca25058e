import { easternOffsetHoursAt } from './edgar-time';

/** EDGAR accepts and disseminates filings 06:00-22:00 Eastern time on weekdays (SEC EDGAR filer manual). */
const OPEN_HOUR = 6;
const CLOSE_HOUR = 22;

/**
 * Whether EDGAR is disseminating filings now. Outside these hours the current-filings feed does not change, so
 * the poller polls once a tick instead of looping every EDGAR_POLL_SECONDS for 50 s: that loop is most of the
 * idle bill (docs/cost.md). A federal holiday counts as a weekday (it only costs the loop).
 */
export function edgarDisseminating(now: Date): boolean {
  const eastern = new Date(now.getTime() + easternOffsetHoursAt(now.getTime()) * 3_600_000);
  const day = eastern.getUTCDay();
  const hour = eastern.getUTCHours();
  return day >= 1 && day <= 5 && hour >= OPEN_HOUR && hour < CLOSE_HOUR;
}
