// EDGAR speaks US Eastern time. These helpers turn its timestamps into UTC without a timezone library:
// the US daylight-saving rules are simple enough to compute (and testable across every change).

export class EdgarTimeError extends Error {
  override readonly name = 'EdgarTimeError';
}

const HOUR_MS = 3_600_000;

/** Day of month of the n-th Sunday (n >= 1) of a month (1-12); n = -1 gives the last Sunday. */
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const firstDow = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - firstDow) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lastDow = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - lastDow;
}

/** The UTC instants at which Eastern daylight time starts and ends in a year (both at 02:00 local). */
export function easternDstBounds(year: number): { start: number; end: number } {
  // Energy Policy Act of 2005 (from 2007): 2nd Sunday of March to 1st Sunday of November.
  // 1987-2006: 1st Sunday of April to last Sunday of October. Earlier years use the latter too (approximation).
  const [startMonth, startDay, endMonth, endDay] =
    year >= 2007
      ? [3, nthSunday(year, 3, 2), 11, nthSunday(year, 11, 1)]
      : [4, nthSunday(year, 4, 1), 10, nthSunday(year, 10, -1)];
  return {
    // 02:00 EST = 07:00 UTC; 02:00 EDT = 06:00 UTC.
    start: Date.UTC(year, startMonth - 1, startDay, 7),
    end: Date.UTC(year, endMonth - 1, endDay, 6),
  };
}

/** Eastern offset from UTC in hours (-4 or -5) at a UTC instant. */
export function easternOffsetHoursAt(utcMs: number): -4 | -5 {
  const { start, end } = easternDstBounds(new Date(utcMs).getUTCFullYear());
  return utcMs >= start && utcMs < end ? -4 : -5;
}

/**
 * UTC instant of an Eastern wall-clock time. In the repeated hour of November the earlier (daylight) reading
 * wins; a time skipped in March is read as standard time.
 */
export function easternWallTimeToUtcMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new EdgarTimeError(`not a valid date-time: ${year}-${month}-${day} ${hour}:${minute}:${second}`);
  }
  const asDaylight = wall + 4 * HOUR_MS;
  if (easternOffsetHoursAt(asDaylight) === -4) return asDaylight;
  return wall + 5 * HOUR_MS;
}

const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const SPACED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/**
 * The submission header's ACCEPTANCE-DATETIME ("20251219163015", Eastern, no offset), or the same written
 * "2025-12-19 16:30:15", as a UTC ISO string.
 */
export function easternToUtcIso(text: string): string {
  const match = COMPACT.exec(text.trim()) ?? SPACED.exec(text.trim());
  if (!match)
    throw new EdgarTimeError(`not an EDGAR Eastern date-time: ${JSON.stringify(text.slice(0, 40))}`);
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  return new Date(easternWallTimeToUtcMs(y, mo, d, h, mi, s)).toISOString();
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO-8601 time with an offset (the Atom feed's `updated`: "2026-01-12T11:27:39-05:00") as UTC ISO. */
export function offsetTimeToUtcIso(text: string): string {
  const trimmed = text.trim();
  if (!WITH_OFFSET.test(trimmed)) {
    throw new EdgarTimeError(`not an ISO time with offset: ${JSON.stringify(trimmed.slice(0, 40))}`);
  }
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) throw new EdgarTimeError(`invalid time: ${trimmed}`);
  return new Date(ms).toISOString();
}

/** The Eastern calendar date (YYYY-MM-DD) of a UTC instant: the day whose daily index lists the filing. */
export function easternDate(utc: Date): string {
  const local = new Date(utc.getTime() + easternOffsetHoursAt(utc.getTime()) * HOUR_MS);
  return local.toISOString().slice(0, 10);
}

/** Calendar quarter (1-4) of an ISO date, as in the daily-index path (…/YYYY/QTRn/…). */
export function quarterOf(isoDate: string): 1 | 2 | 3 | 4 {
  const month = Number(isoDate.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** ISO dates from `from` to `to` inclusive (both YYYY-MM-DD), bounded to `maxDays`. */
export function isoDateRange(from: string, to: string, maxDays = 4000): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) throw new EdgarTimeError(`invalid date range ${from}..${to}`);
  const days: string[] = [];
  for (let t = start; t <= end && days.length < maxDays; t += 24 * HOUR_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}
