import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { negativeCue } from '../../../functions/core/extract/cues';
import { forgetAnswers, memoizeByStrings } from '../../../functions/core/extract/memo';

describe('memoizeByStrings: answers of a pure text test, remembered for one document', () => {
  it('gives the function’s answer and asks it once per distinct pair of strings', () => {
    const asked: string[] = [];
    const f = memoizeByStrings((a: string, b: string) => {
      asked.push(`${a}|${b}`);
      return a.length > b.length ? null : `${a}${b}`;
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }))), (pairs) => {
        forgetAnswers();
        asked.length = 0;
        for (const [a, b] of [...pairs, ...pairs]) expect(f(a, b)).toBe(a.length > b.length ? null : a + b);
        expect(asked.length).toBe(new Set(pairs.map(([a, b]) => `${a}|${b}`)).size);
      }),
    );
  });

  it('forgets everything when a document starts, and stays bounded within one', () => {
    let calls = 0;
    const f = memoizeByStrings((a: string) => {
      calls++;
      return a.length;
    }, 2);
    f('a', '');
    f('a', '');
    expect(calls).toBe(1);
    forgetAnswers();
    f('a', '');
    expect(calls).toBe(2);
    // Past its size the memory starts over rather than growing: 'a' is asked again after 'b' and 'c'.
    f('b', '');
    f('c', '');
    f('a', '');
    expect(calls).toBe(5);
  });

  it('leaves the negative cues what they were: the same sentence asked twice, or after another document', () => {
    const deal = 'Microsoft signed a $9.7 billion contract with IREN for GPU cloud capacity.';
    const stake = 'Nvidia took a stake in the company, investing $2 billion.';
    expect(negativeCue(deal)).toBeNull();
    expect(negativeCue(stake)).toBe('equity-investment');
    expect(negativeCue(deal)).toBeNull();
    expect(negativeCue(stake)).toBe('equity-investment');
    expect(negativeCue('', stake)).toBe('equity-investment');
    expect(negativeCue(stake, '')).toBeNull();
    extractMentions({ text: stake });
    expect(negativeCue(stake)).toBe('equity-investment');
  });
});
