import {
  type DailyIndexEntry,
  EdgarMalformedError,
  EdgarRateLimitedError,
  type EdgarSource,
  EdgarUnavailableError,
} from '../core/ports/edgar';

/**
 * A day's index as the poller and the backfill read it: its entries (null when EDGAR has none for the day), or
 * why not: EDGAR asked us to stop (the whole run stops), or the day failed (it is retried or reported).
 */
export type DailyIndexRead =
  | { kind: 'read'; entries: DailyIndexEntry[] | null }
  | { kind: 'rate_limited'; error: EdgarRateLimitedError }
  | { kind: 'failed'; error: EdgarUnavailableError | EdgarMalformedError };

/** Reads a day's index; any other error than the port's rate limit, outage or malformed index is thrown. */
export async function readDailyIndex(edgar: EdgarSource, date: string): Promise<DailyIndexRead> {
  try {
    return { kind: 'read', entries: await edgar.dailyIndex(date) };
  } catch (error) {
    if (error instanceof EdgarRateLimitedError) return { kind: 'rate_limited', error };
    if (error instanceof EdgarUnavailableError || error instanceof EdgarMalformedError) {
      return { kind: 'failed', error };
    }
    throw error;
  }
}

/** The first entry of each accession (an index lists a filing once per company named in it). */
export function uniqueAccessions(entries: DailyIndexEntry[]): DailyIndexEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.accession) && seen.add(e.accession));
}
