import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEndDate, parseEndDates, parseTermYears } from '../../functions/core/dates';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const WORDS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const WORDS_FR = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix'];
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe('date parser properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        parseEndDates(s);
        parseTermYears(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips "through <Month> <year>" and "jusqu’en <mois> <année>"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(lastDay(year, month)).padStart(2, '0')}`;
        expect(parseEndDate(`capacity through ${MONTHS_EN[month - 1]} ${year}.`)?.date).toBe(iso);
        expect(parseEndDate(`de la capacité jusqu'en ${MONTHS_FR[month - 1]} ${year}.`)?.date).toBe(iso);
        expect(parseEndDate(`jusqu’à fin ${year}`)?.date).toBe(`${year}-12-31`);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips "N-year" and "sur N ans"', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (n) => {
        expect(parseTermYears(`a ${WORDS_EN[n - 1]}-year contract`)?.years).toBe(n);
        expect(parseTermYears(`a ${n}-year contract`)?.years).toBe(n);
        expect(parseTermYears(`un contrat sur ${WORDS_FR[n - 1]} ans`)?.years).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ['digits', '2'.repeat(200_000)],
    ['through-runs', 'through '.repeat(25_000)],
    ['letters', 'a'.repeat(200_000)],
    ['year-words', 'year-'.repeat(40_000)],
    ['punctuation', "jusqu'à ,. ".repeat(18_000)],
  ])('finishes on 200k characters of %s', (_name, input) => {
    expect(parseEndDates(input).length).toBeLessThan(input.length);
    expect(parseTermYears(input)).toBeNull();
  });
});
