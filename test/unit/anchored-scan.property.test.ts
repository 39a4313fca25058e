import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchoredMatches } from '../../functions/core/anchored-scan';
import { END_SCAN, parseEndDate, parseTermYears, TERM_SCAN } from '../../functions/core/dates';
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
    // misses them, which is why the term scan's reach is derived from TERM_RE's longest count.
    const sticky = /\d{10}X/y;
    const anchors = /X/g;
    const text = 'a 0123456789X b';
    expect(scannedMatches(text, sticky, anchors, 10)).toEqual(plainMatches(text, /\d{10}X/));
    expect(scannedMatches(text, sticky, anchors, 5)).toEqual([]);
  });
});

// The parts of a stated end, longest first where it matters (the reach is derived from the longest), and what
// sits next to them: digits that run into a year, astral letters, capitals (the pattern ignores case).
const END_WORDS = [
  ...['through', 'THROUGH', 'Thru', 'until', 'ending in', 'expiring in', 'runs to', 'to the end of'],
  ...["jusqu'à la fin de", 'jusqu’à fin', "jusqu'en", 'prenant fin en', 'bis Ende', 'bis zum', 'bis'],
  ...[
    'hasta finales de',
    'hasta el',
    'fino alla fine del',
    'fino a',
    'até ao final de',
    'até o final de',
    'até',
  ],
  ...['the end of', 'end of', 'fin', 'finales de', 'Ende', 'fiscal', "l'année", 'l’exercice', 'de', 'del'],
  ...['December', 'Dec.', 'décembre', 'Dezember', 'diciembre', 'dicembre', 'dezembro', 'septembre'],
  ...['𝒜𝒷𝒸𝒹𝑒𝒻𝑔𝒽𝒾𝒿', 'ſeptember', 'Septembers', '1er', '31,', '12', '1'],
  ...['2031', '1999', '2100', '20311', '12031', '2031,', '1931'],
];
const endText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...END_WORDS) },
        { weight: 1, arbitrary: fc.constantFrom(...LEXICON_WORDS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
      ),
      fc.constantFrom(' ', '  ', '', ', ', '. ', '\n', '-'),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('anchoredMatches: the end-date scan tries only the positions before a year', () => {
  it('finds exactly the matches of the plain END_RE loop, in order, on text built from its words', () => {
    const { pattern, sticky, anchors, reach } = END_SCAN();
    fc.assert(
      fc.property(endText, (text) => {
        expect(scannedMatches(text, sticky, anchors, reach)).toEqual(plainMatches(text, pattern));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same on the longest end the pattern takes and on arbitrary strings', () => {
    const { pattern, sticky, anchors, reach } = END_SCAN();
    const longest = `fino alla fine del  finales de 31er  ${'𝒜'.repeat(10)}.,  31,  del l'exercice 2031`;
    expect(plainMatches(longest, pattern)).toHaveLength(1);
    expect(scannedMatches(longest, sticky, anchors, reach)).toEqual(plainMatches(longest, pattern));
    // Its year starts 81 units after it: a reach of 80 would miss it.
    expect(scannedMatches(longest, sticky, anchors, 80)).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.constantFrom(...END_WORDS), (s, w) => {
        const text = `${s} through ${w} 2031 ${s} bis Ende ${w} 1999`;
        expect(scannedMatches(text, sticky, anchors, reach)).toEqual(plainMatches(text, pattern));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the ends of real phrasings through the scan', () => {
    expect(parseEndDate('This obligation continues through April 13, 2032.')?.date).toBe('2032-04-13');
    expect(parseEndDate('un contrat qui court jusqu’à fin 2030')?.date).toBe('2030-12-31');
    expect(parseEndDate('Until the end of 2029, the lease runs.')?.date).toBe('2029-12-31');
    expect(parseEndDate('founded in 2019, no end stated')).toBeNull();
  });
});
