import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../functions/core/money';

// An amount with one decimal between 0.1 and 999.9, kept as tenths to avoid float noise.
const tenths = fc.integer({ min: 1, max: 9999 });
const decimal = (t: number, sep: string): string => `${Math.floor(t / 10)}${sep}${t % 10}`;

describe('parseMoney properties', () => {
  it('never throws and returns well-formed amounts on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        for (const m of parseMoney(s)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(m.start).toBeLessThan(m.end);
          expect(Number.isFinite(m.usd)).toBe(true);
          expect(s.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on strings made of money-like characters', () => {
    const chars = fc.constantFrom(...'0123456789$€£.,- ~bnMBmilliardsdeUS'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }), (a) => {
        parseMoney(a.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips "$X.Y billion", "X,Y milliards de dollars", "US$X.Ybn", "X,Y Mrd. US-Dollar"', () => {
    fc.assert(
      fc.property(tenths, fc.constantFrom('en', 'fr', 'de'), (t, lang) => {
        const usd = t * 1e8;
        const formats =
          lang === 'en'
            ? [`$${decimal(t, '.')} billion`, `US$${decimal(t, '.')}bn`]
            : lang === 'fr'
              ? [`${decimal(t, ',')} milliards de dollars`, `${decimal(t, ',')} Md$`]
              : [`${decimal(t, ',')} Mrd. US-Dollar`];
        for (const f of formats) {
          const found = parseMoney(`Le contrat: ${f}.`);
          expect(found.map((m) => m.usd)).toEqual([usd]);
          expect(found[0]!.text).toBe(f);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips whole millions written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const en = n.toLocaleString('en-US');
        expect(parseMoney(`$${en} million`).map((m) => m.usd)).toEqual([n * 1e6]);
      }),
      { numRuns: 300 },
    );
  });

  // Linear time: a backtracking regex would not finish these in any reasonable time; the scanner reads each
  // character a bounded number of times, so each call returns (the test would hang otherwise).
  it.each([
    ['digits', '9'.repeat(200_000)],
    ['dollar signs', '$'.repeat(200_000)],
    ['digit groups', '1,'.repeat(100_000)],
    ['amounts', '$1.5 billion '.repeat(16_000)],
    ['punctuation', '$.,-~'.repeat(40_000)],
    ['spaced groups', '1 000 '.repeat(33_000)],
  ])('handles 200k characters of %s', (_name, input) => {
    const found = parseMoney(input);
    expect(Array.isArray(found)).toBe(true);
    expect(found.length).toBeLessThanOrEqual(input.length);
  });

  it('does work proportional to the input: doubling it doubles the amounts found', () => {
    const unit = 'Deal of $2.5 billion; 17,4 milliards de dollars; ';
    const small = parseMoney(unit.repeat(2_000)).length;
    const large = parseMoney(unit.repeat(4_000)).length;
    expect(small).toBe(4_000);
    expect(large).toBe(2 * small);
  });
});
