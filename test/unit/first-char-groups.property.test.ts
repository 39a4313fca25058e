import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPUTE_RE } from '../../functions/core/extract/cues';
import { COMPUTE_GLOBAL_RE } from '../../functions/core/extract/triggers';
import { groupByFirstChar } from '../../functions/core/first-char-groups';

/** Every match of the global loop, in order: index, text and the lastIndex it leaves. */
function globalMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(JSON.stringify([m.index, m[0], g.lastIndex]));
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

/** The words of a pattern's alternation as text writes them: prefixes, extensions, other cases. */
function wordsOf(re: RegExp): string[] {
  const plain = re.source
    .replace(/^\\b\(\?:|\)$/g, '')
    .split('|')
    .map((w) => w.replace(/\[([^\]])[^\]]*\]/g, '$1').replace(/[\\?()]|:/g, ''));
  return plain.flatMap((w) => [w, w.toUpperCase(), w.slice(0, 3), `${w}s`, `x${w}`]);
}

const textOf = (words: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...words) },
          { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
        ),
        fc.constantFrom(' ', '', '-', '. ', '\n', 'é', '_'),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.map(([w, sep]) => w + sep).join(''));

describe('groupByFirstChar: an alternation grouped by first character matches the same', () => {
  it('the compute-word scan finds the same matches, lengths and positions as the plain pattern', () => {
    const plain = new RegExp(COMPUTE_RE.source, 'gi');
    expect(COMPUTE_GLOBAL_RE.source).not.toBe(plain.source);
    fc.assert(
      fc.property(textOf(wordsOf(COMPUTE_RE)), (text) => {
        expect(globalMatches(COMPUTE_GLOBAL_RE, text)).toEqual(globalMatches(plain, text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the order of same-letter alternatives, with or without case', () => {
    // "ab" before "abc" wins where both match; "b" words interleave; a class and an optional letter are fences.
    const patterns = [/\b(?:ab|b|abc|Ab|ac|[ab]x|a?z|bc|abcd)/gi, /ab|b|abc|\bac|bz|a|b\w|éa|Éb|1|12/g];
    const words = ['a', 'b', 'c', 'd', 'x', 'z', 'A', 'B', 'é', 'É', '1', '2', ' ', 'ab', 'abc', 'bc'];
    for (const re of patterns) {
      const grouped = groupByFirstChar(re);
      expect(grouped.source).not.toBe(re.source);
      fc.assert(
        fc.property(textOf(words), (text) => {
          expect(globalMatches(grouped, text)).toEqual(globalMatches(re, text));
        }),
        { numRuns: 1000 },
      );
    }
  });

  it('regroups what it can and leaves other shapes alone', () => {
    expect(groupByFirstChar(/\b(?:cloud|compute|gpu|cpu)/i).source).toBe('\\b(?:c(?:loud|ompute|pu)|gpu)');
    // A class or an optional first character keeps its place; nothing moves across it.
    expect(groupByFirstChar(/ab|[ab]c|ad|a?e|af/).source).toBe('ab|[ab]c|ad|a?e|af');
    // Capture groups would be renumbered.
    const captures = /(ab)|ac|ad/;
    expect(groupByFirstChar(captures)).toBe(captures);
    const notOneGroup = /(?:ab)|(?:ac)x/;
    expect(groupByFirstChar(notOneGroup)).toBe(notOneGroup);
  });
});
