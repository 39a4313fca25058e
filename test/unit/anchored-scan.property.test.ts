import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches } from '../../functions/core/anchored-scan';
import { parseTermYears, TERM_SCAN } from '../../functions/core/dates';
import { LEXICON } from '../../functions/core/extract/lexicon';
import type { Language } from '../../functions/core/types';

/** What the plain global loop finds: every match, in order, with its groups. */
function plainMatches(text: string, pattern: RegExp): string[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(JSON.stringify([m.index, ...m]));
  return out;
}

function scannedMatches(text: string, sticky: RegExp, anchors: RegExp, reach: number): string[] {
  return [...anchoredMatches(text, sticky, anchors, reach)].map((m) => JSON.stringify([m.index, ...m]));
}

// The lexicon's plain words (entries without regex syntax) in every language: text as articles write it.
const LEXICON_WORDS = (Object.keys(LEXICON) as Language[]).flatMap((lang) =>
  Object.values(LEXICON[lang]).flatMap((entries: readonly string[]) =>
    entries.filter((e) => /^[\p{L}' -]+$/u.test(e)),
  ),
);
// Counts and units of a term, and what sits next to them in real text (numbers in figures and in words,
// hyphenated counts, astral letters that take two UTF-16 units, words that merely start like a unit).
const TERM_WORDS = [
  ...['5', '15', '2031', '0', 'five', 'fifteen', 'twenty-five', 'cinq', 'fünf', 'cinco', 'dieci', 'dez'],
  ...['year', 'years', 'yr', 'ans', 'an', 'années', 'annees', 'Jahre', 'Jahren', 'jährigen', 'jähriger'],
  ...['años', 'anni', 'anos', 'ano', 'and', 'annual', 'yearly', 'Jahresvertrag', 'past', 'ago', 'il y a'],
  ...['𝒜𝒷𝒸', 'ſix', 'multi', 'Xy'],
];
const SEPARATORS = [' ', '-', '', ', ', '. ', '\n', '  ', '’', '(', ')'];

const articleText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...TERM_WORDS) },
        { weight: 2, arbitrary: fc.constantFrom(...LEXICON_WORDS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('anchoredMatches: the term scan tries only the positions before a unit word', () => {
  it('finds exactly the matches of the plain TERM_RE loop, in order, on text built from the lexicon', () => {
    const { pattern, sticky, anchors, reach } = TERM_SCAN;
    fc.assert(
      fc.property(articleText, (text) => {
        expect(scannedMatches(text, sticky, anchors, reach)).toEqual(plainMatches(text, pattern));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same on arbitrary strings (any Unicode, lone surrogates included)', () => {
    const { pattern, sticky, anchors, reach } = TERM_SCAN;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom(...TERM_WORDS), (s, w) => {
        const text = `${s} 3-${w} ${s} fifteen ${w}`;
        expect(scannedMatches(text, sticky, anchors, reach)).toEqual(plainMatches(text, pattern));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the terms of real phrasings through the scan', () => {
    expect(parseTermYears('Under the five-year agreement, IREN will run GPUs.')?.years).toBe(5);
    expect(parseTermYears('un contrat de six ans avec Microsoft')?.years).toBe(6);
    expect(parseTermYears('over the past five years, then a 15-year lease')?.years).toBe(15);
    expect(parseTermYears('ein Vertrag über fünf Jahre')?.years).toBe(5);
    expect(parseTermYears('annual and yearly reports, no term')).toBeNull();
  });

  it('a match far from its anchor would be missed: the reach is what makes the scan exact', () => {
    // A toy pattern whose matches start 10 characters before the anchor: with too short a reach the scan
    // misses them, which is why TERM_REACH is derived from TERM_RE's longest count.
    const sticky = /\d{10}X/y;
    const anchors = /X/g;
    const text = 'a 0123456789X b';
    expect(scannedMatches(text, sticky, anchors, 10)).toEqual(plainMatches(text, /\d{10}X/));
    expect(scannedMatches(text, sticky, anchors, 5)).toEqual([]);
  });
});
