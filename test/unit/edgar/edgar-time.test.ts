import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EdgarTimeError,
  easternDate,
  easternDstBounds,
  easternToUtcIso,
  isoDateRange,
  offsetTimeToUtcIso,
  quarterOf,
} from '../../../functions/core/edgar-time';

describe('Eastern -> UTC', () => {
  it('knows the DST changes of recent years', () => {
    const b2025 = easternDstBounds(2025);
    expect(new Date(b2025.start).toISOString()).toBe('2025-03-09T07:00:00.000Z');
    expect(new Date(b2025.end).toISOString()).toBe('2025-11-02T06:00:00.000Z');
    const b2026 = easternDstBounds(2026);
    expect(new Date(b2026.start).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(new Date(b2026.end).toISOString()).toBe('2026-11-01T06:00:00.000Z');
    const b2006 = easternDstBounds(2006);
    expect(new Date(b2006.start).toISOString()).toBe('2006-04-02T07:00:00.000Z');
    expect(new Date(b2006.end).toISOString()).toBe('2006-10-29T06:00:00.000Z');
  });

  it('converts ACCEPTANCE-DATETIME in winter (EST, -5) and summer (EDT, -4)', () => {
    expect(easternToUtcIso('20251219163015')).toBe('2025-12-19T21:30:15.000Z');
    expect(easternToUtcIso('20250715060102')).toBe('2025-07-15T10:01:02.000Z');
  });

  it('converts across the March and November changes', () => {
    // 2025-03-09: 01:59:59 EST, then 03:00:00 EDT.
    expect(easternToUtcIso('20250309015959')).toBe('2025-03-09T06:59:59.000Z');
    expect(easternToUtcIso('20250309030000')).toBe('2025-03-09T07:00:00.000Z');
    expect(easternToUtcIso('20250308170000')).toBe('2025-03-08T22:00:00.000Z');
    expect(easternToUtcIso('20250310170000')).toBe('2025-03-10T21:00:00.000Z');
    // 2025-11-02: 01:30 happens twice; we read the first (EDT). 02:30 is EST.
    expect(easternToUtcIso('20251102013000')).toBe('2025-11-02T05:30:00.000Z');
    expect(easternToUtcIso('20251102023000')).toBe('2025-11-02T07:30:00.000Z');
    expect(easternToUtcIso('20251031173000')).toBe('2025-10-31T21:30:00.000Z');
    expect(easternToUtcIso('20251103173000')).toBe('2025-11-03T22:30:00.000Z');
  });

  it('agrees with Intl America/New_York for any instant (property)', () => {
    const fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/New_York',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2007, 0, 1), max: Date.UTC(2035, 0, 1) }), (ms) => {
        const utc = Math.floor(ms / 1000) * 1000;
        const parts = Object.fromEntries(fmt.formatToParts(new Date(utc)).map((p) => [p.type, p.value]));
        const compact = `${parts.year}${parts.month}${parts.day}${parts.hour}${parts.minute}${parts.second}`;
        const back = Date.parse(easternToUtcIso(compact));
        // The repeated hour in November is ambiguous; we take the earlier reading.
        expect(back === utc || back === utc - 3_600_000).toBe(true);
        expect(easternDate(new Date(utc))).toBe(`${parts.year}-${parts.month}-${parts.day}`);
      }),
    );
  });

  it('reads the feed offset across the change', () => {
    expect(offsetTimeToUtcIso('2026-01-12T11:27:39-05:00')).toBe('2026-01-12T16:27:39.000Z');
    expect(offsetTimeToUtcIso('2025-11-03T09:00:00-05:00')).toBe('2025-11-03T14:00:00.000Z');
    expect(offsetTimeToUtcIso('2025-10-31T09:00:00-04:00')).toBe('2025-10-31T13:00:00.000Z');
  });

  it('rejects garbage with a typed error', () => {
    expect(() => easternToUtcIso('2025-13-40 99:00:00')).toThrow(EdgarTimeError);
    expect(() => easternToUtcIso('yesterday')).toThrow(EdgarTimeError);
    expect(() => offsetTimeToUtcIso('2026-01-12T11:27:39')).toThrow(EdgarTimeError);
  });

  it('gives quarters and date ranges for the daily index', () => {
    expect(quarterOf('2026-01-12')).toBe(1);
    expect(quarterOf('2025-12-12')).toBe(4);
    expect(isoDateRange('2025-12-30', '2026-01-02')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
  });
});
