import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalisedFirstCharacter, normaliseTitle } from '../../../functions/core/news-identity';

const PUBLISHER_SUFFIX = /\s{1,3}[-–—|]\s{1,3}[^-–—|]{1,60}$/u;

/**
 * normaliseTitle as it was defined before its one-pass rewrite: the chain of Unicode replacements over the whole
 * text. Dedupe keys stored for news items depend on it, so the rewrite must give the same text for any input.
 */
function byDefinition(title: string): string {
  let text = title.slice(0, 2048).trim();
  const suffix = PUBLISHER_SUFFIX.exec(text);
  if (suffix && suffix.index >= 20) text = text.slice(0, suffix.index);
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/gu, '')
    .replace(/[^\p{L}\p{N}$€£%]+/gu, ' ')
    .trim();
}

// What headlines hold, and what makes folding hard: accents precomposed and combining, ligatures and fractions
// (NFKD expands them), apostrophes and dashes, capital sigma (lowercased by its neighbours), İ (lowercases to
// two units), astral letters and emoji (two units), lone surrogates, spacing marks, currency signs.
const PIECES = [
  ...['Meta', 'CoreWeave', 'signs', '$14.2', 'billion', 'AI', 'deal', 'milliards', 'décroche', 'Größe'],
  ...['É', 'é', 'e\u0301', 'ﬁ', '½', '²', '℃', 'Ǆ', 'ß', 'ẞ', 'İ', 'ΣΑΣ', 'Σ', 'ς', 'ϹϹ', 'ᾼ', 'ॉ'],
  ...["'", '’', '`', '“', '”', '«', '»', ' - ', ' | ', ' – ', ' — ', '…', '\u00a0', '\t', '  '],
  ...['€', '£', '%', '¥', '𝐀', '𝒳', '😀', '\ud800', '\udc00', '漢字', '한국'],
];

describe('normaliseTitle: the one-pass fold gives what the chain of replacements gives', () => {
  it('for text made of headline words, tricky characters and separators', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
            { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
            { weight: 1, arbitrary: fc.constant(' ') },
          ),
          { maxLength: 40 },
        ),
        (parts) => {
          const title = parts.join('');
          expect(normaliseTitle(title)).toBe(byDefinition(title));
          expect(normalisedFirstCharacter(title)).toBe(byDefinition(title.slice(0, 24)).charAt(0));
        },
      ),
      // Two lone surrogates that pair into one letter once the backtick between them is removed (found by a run).
      { numRuns: 3000, examples: [[['\ud800', '`', '\udc00']]] },
    );
  });

  it('for every character of the Basic Multilingual Plane, alone and between letters', () => {
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const c = String.fromCharCode(unit);
      for (const title of [c, `a${c}b`, `${c}${c}`, `Σ${c}`, `x ${c}\u0301 y`]) {
        if (normaliseTitle(title) !== byDefinition(title)) wrong.push(unit.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });
});
