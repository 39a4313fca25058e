import type { Logger } from '../core/ports/log';

/**
 * Says once that the database is unreachable, and once that it is back: an outage answers every request
 * with a 503, and one error line per request would bury the news.
 */
export function createOutageMonitor(log: Logger) {
  let downSince: string | null = null;
  return {
    down(reason: string): void {
      if (downSince) return;
      downSince = new Date().toISOString();
      log.error('database unreachable: the API answers 503 until it is back', { reason });
    },
    up(): void {
      if (!downSince) return;
      log.info('database reachable again', { downSince });
      downSince = null;
    },
  };
}
