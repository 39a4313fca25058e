// Every pattern the extractor hands to fastWordStarts, read from its source file as written, matches the same as
// its rewritten form on sentences of the tuning corpus and on text built from the lexicon's words, the corpus's
// words and the characters that make "\b" under "iu" special ("ſ", Kelvin "K"). The patterns are read from the
// source so that the test follows their edits: a new wrapped pattern is checked without being listed here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../functions/core/extract/lexicon';
import type { Language } from '../../functions/core/types';
import { fastWordStarts } from '../../functions/core/word-start';
import { globalMatches } from '../support/regex-matches';

const EXTRACT_DIR = new URL('../../functions/core/extract/', import.meta.url).pathname;
const CORPUS_DOCS = new URL('../corpus/docs/', import.meta.url).pathname;

/**
 * The patterns written as "fastWordStarts(/…/flags" or as their text, "fastWordStarts(String.raw`…`, 'flags'", in
 * the extractor's files (a text with "${…}" in it is left out: its parts are only known at run time).
 */
function wrappedPatterns(): Array<{ file: string; re: RegExp }> {
  const literal = /fastWordStarts\(\s*\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n])+)\/([a-z]*)/g;
  const text = /fastWordStarts\(\s*String\.raw`([^`]+)`,\s*'([a-z]*)'/g;
  const out: Array<{ file: string; re: RegExp }> = [];
  for (const file of readdirSync(EXTRACT_DIR).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(EXTRACT_DIR, file), 'utf8');
    for (const m of [...source.matchAll(literal), ...source.matchAll(text)])
      if (!m[1]!.includes('${')) out.push({ file, re: new RegExp(m[1]!, m[2]) });
  }
  return out;
}

/** The global loop's matches as one string, compared whole. */
const matchesOf = (re: RegExp, text: string): string => globalMatches(re, text).join('\n');

/** Sentences of the tuning corpus's plain-text documents (never the held-out set). */
const SENTENCES = readdirSync(CORPUS_DOCS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(join(CORPUS_DOCS, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .filter((s) => s.length >= 20 && s.length <= 600);

const LEXICON_WORDS = (Object.keys(LEXICON) as Language[]).flatMap((lang) =>
  Object.values(LEXICON[lang]).flatMap((entries: readonly string[]) =>
    entries.filter((e) => /^[\p{L}' -]+$/u.test(e)),
  ),
);
const CORPUS_WORDS = [...new Set(SENTENCES.slice(0, 400).flatMap((s) => s.split(/\s+/)))].filter(Boolean);
const PIECES = [' ', ' ', ' ', ',', '.', '-', '’', "'", '$', '5', 'ſ', '\u212a', 'K', 's', 'é', '_', '\n'];
const textOf = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...CORPUS_WORDS) },
      { weight: 3, arbitrary: fc.constantFrom(...LEXICON_WORDS) },
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.constantFrom(...SENTENCES) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe("the extractor's patterns under fastWordStarts match the same as written", () => {
  const patterns = wrappedPatterns();

  it('finds the wrapped patterns in the source', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(25);
    expect(SENTENCES.length).toBeGreaterThan(1000);
  });

  // A hang guard, not a speed test: some 30 patterns over thousands of sentences on a loaded machine.
  it('on every sentence of the tuning corpus', { timeout: 120_000 }, () => {
    for (const { file, re } of patterns) {
      const fast = fastWordStarts(re);
      for (const s of SENTENCES) {
        if (matchesOf(fast, s) !== matchesOf(re, s)) expect({ file, re: re.source, s }).toBe('same');
      }
    }
  });

  it('on text built from the lexicon, the corpus and the characters that fold under "iu"', {
    timeout: 120_000,
  }, () => {
    fc.assert(
      fc.property(textOf, (text) => {
        for (const { re } of patterns) expect(matchesOf(fastWordStarts(re), text)).toBe(matchesOf(re, text));
      }),
      { numRuns: 600 },
    );
  });
});
