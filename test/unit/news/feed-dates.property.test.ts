import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toIsoDate, ZONE_NAMES } from '../../../functions/sources/news/feed-parse';

/** toIsoDate as it was before its own reading of the common shapes: Date.parse for everything. */
function byDateParse(raw: string): string | null {
  let text = raw.trim();
  if (text === '' || text.length > 64) return null;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/.test(text))
    text = `${text.replace(' ', 'T')}Z`;
  const zone = /\s([A-Z]{3,4})$/.exec(text)?.[1];
  const offset = zone ? ZONE_NAMES[zone] : undefined;
  if (offset) text = `${text.slice(0, -(zone as string).length)}${offset}`;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1990 && year <= 2200 ? new Date(ms).toISOString() : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Parts as feeds write them, in range and out of it (31 February, 24:00, second 60, offset +2400, year 0099).
const parts = fc.record({
  year: fc.oneof(fc.integer({ min: 1985, max: 2210 }), fc.constantFrom(99, 2024, 2028, 2100)),
  month: fc.integer({ min: 0, max: 12 }),
  day: fc.integer({ min: 0, max: 32 }),
  hour: fc.integer({ min: 0, max: 25 }),
  minute: fc.integer({ min: 0, max: 60 }),
  second: fc.option(fc.integer({ min: 0, max: 61 })),
  fraction: fc.option(fc.stringMatching(/^\d{1,6}$/)),
  weekday: fc.option(fc.integer({ min: 0, max: 6 })),
  zone: fc.oneof(
    fc.constantFrom('GMT', 'UT', 'UTC', 'Z', 'EST', 'PDT', 'CEST', 'BST', 'gmt', ''),
    fc
      .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }))
      .map(([sign, h, m]) => `${sign}${pad(h)}${pad(m)}`),
  ),
  spaced: fc.boolean(),
});

describe('toIsoDate: the common shapes read without Date.parse give what Date.parse gives', () => {
  it('for RFC 822 dates (RSS), valid or not', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const month = MONTHS[p.month] ?? 'Foo';
        const time = `${pad(p.hour)}:${pad(p.minute)}${p.second === null ? '' : `:${pad(p.second)}`}`;
        const day = p.weekday === null ? '' : `${DAYS[p.weekday]},${p.spaced ? ' ' : ''}`;
        const raw = `${day}${p.day} ${month} ${pad(p.year, 4)} ${time} ${p.zone}`.trim();
        expect(toIsoDate(raw)).toBe(byDateParse(raw));
      }),
      { numRuns: 4000 },
    );
  });

  it('for RFC 3339 dates (Atom, dc:date), valid or not', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const zone = /^[+-]\d{4}$/.test(p.zone) ? `${p.zone.slice(0, 3)}:${p.zone.slice(3)}` : p.zone;
        const seconds =
          p.second === null ? '' : `:${pad(p.second)}${p.fraction === null ? '' : `.${p.fraction}`}`;
        const raw = `${pad(p.year, 4)}-${pad(p.month + 1)}-${pad(p.day)}${p.spaced ? 'T' : ' '}${pad(p.hour)}:${pad(p.minute)}${seconds}${zone}`;
        expect(toIsoDate(raw)).toBe(byDateParse(raw));
      }),
      { numRuns: 4000 },
    );
  });

  it('writes any instant of 1990-2200 as Date#toISOString does (its own arithmetic, not the builtin)', () => {
    const first = Date.UTC(1990, 0, 1);
    const last = Date.UTC(2201, 0, 1) - 1;
    const edges = [
      first,
      last,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(2100, 1, 28),
      Date.UTC(2100, 2, 1),
    ];
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: first, max: last }), fc.constantFrom(...edges)), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(toIsoDate(iso)).toBe(iso);
        const shifted = ms - 19_800_000;
        expect(toIsoDate(iso.replace('Z', '+05:30'))).toBe(
          shifted >= first ? new Date(shifted).toISOString() : null,
        );
      }),
      { numRuns: 5000 },
    );
    expect(toIsoDate(new Date(first - 1).toISOString())).toBeNull();
    expect(toIsoDate(new Date(last + 1).toISOString())).toBeNull();
  });
});
