import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastWordStarts } from '../../functions/core/word-start';
import { globalMatches } from '../support/regex-matches';

// The characters that make "\b" under "iu" differ from ASCII: "ſ" and "K" (Kelvin) fold to "s" and "k".
const PIECES = ['a', 'b', 's', 'k', 'K', 'S', 'ſ', '\u212a', '_', '0', '7', 'é', 'É', ' ', '-', '.', '\n'];
const WORDS = ['across', 'acro', 'sacross', 'kin', 'skin', 'two', 'three', 'deals', 'ſkin', '\u212ain', 'é2'];
const textOf = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, fc.constantFrom(...WORDS)), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('fastWordStarts: "\\b" before a word character, as a look-behind, matches the same', () => {
  const patterns = [
    /\bacross\b|\bkin|\b7/iu,
    /\b(?:two|three|kin)\s(?:\p{L}{1,9}\s)?deals\b/iu,
    /x\b(?:a(?:b|cross)|s)|\b(?:two|(?:kin|s))/giu,
    /(?<!\b(?:two|kin)[ -])\bacross(?! \d)/iu,
    // Left alone: an optional start, an optional group, a class, an escaped backslash, a non-ASCII letter.
    /\bs?kin|\b(?:a|b?)x|\b(?:two )?kin|[\b]a|\\bkin|\bé/iu,
  ];

  it('gives the same matches, groups and positions as the plain pattern', () => {
    for (const re of patterns) {
      const fast = fastWordStarts(re);
      fc.assert(
        fc.property(textOf, (text) => {
          expect(globalMatches(fast, text)).toEqual(globalMatches(re, text));
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('agrees with "\\b" for every character of the basic plane before and after a word start', () => {
    for (const letter of ['a', 'k', 's', 'K', 'S', '0']) {
      const plain = new RegExp(`\\b${letter}`, 'iu');
      const fast = fastWordStarts(plain);
      expect(fast.source).toBe(`(?<!\\w)${letter}`);
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c < 0xe000) continue;
        const ch = String.fromCharCode(c);
        for (const text of [`${ch}${letter}`, `${letter}${ch}`]) {
          if (plain.exec(text)?.index !== fast.exec(text)?.index) expect([c, text]).toBe('same match');
        }
      }
    }
  });

  it('rewrites only the boundaries it can prove, and only under "i" and "u" together', () => {
    expect(fastWordStarts(/\bacross|\b(?:two|kin)x|\bs?x|\b(?:a|b?)|[\b]a|\\bfoo|x\b/iu).source).toBe(
      String.raw`(?<!\w)across|(?<!\w)(?:two|kin)x|\bs?x|\b(?:a|b?)|[\b]a|\\bfoo|x\b`,
    );
    expect(fastWordStarts(/\b(?:a|b)*c|\b(?:a(?:b|c)|d)/giu).source).toBe(
      String.raw`\b(?:a|b)*c|(?<!\w)(?:a(?:b|c)|d)`,
    );
    const onlyI = /\bacross/i;
    expect(fastWordStarts(onlyI)).toBe(onlyI);
    const onlyU = /\bacross/u;
    expect(fastWordStarts(onlyU)).toBe(onlyU);
    expect(fastWordStarts(/\bx/giu).flags).toBe('giu');
  });

  it("given the pattern's text and flags, builds what the literal's form builds", () => {
    const cases: RegExp[] = [
      /\bacross|\b(?:two|kin)x|\bs?x|[\b]a|x\b/iu,
      /\b(?:a|b)*c|\b(?:a(?:b|c)|d)/giu,
      /\bacross/i,
      /\b[/]x/u,
    ];
    for (const re of cases) {
      const fromText = fastWordStarts(re.source, re.flags);
      expect([fromText.source, fromText.flags]).toEqual([fastWordStarts(re).source, re.flags]);
    }
  });
});
