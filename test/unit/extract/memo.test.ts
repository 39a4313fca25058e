import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../../functions/core/extract';
import { negativeCue } from '../../../functions/core/extract/cues';
import { forgetAnswers, memoizeByStrings, perDocumentMap } from '../../../functions/core/extract/memo';
import { partiesIn, registrantEntry } from '../../../functions/core/extract/parties';

describe('memoizeByStrings: answers of a pure text test, remembered for one document', () => {
  it('gives the function’s answer and asks it once per distinct pair of strings', () => {
    const asked: string[] = [];
    const f = memoizeByStrings((a: string, b: string) => {
      asked.push(JSON.stringify([a, b]));
      return a.length > b.length ? null : `${a}${b}`;
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }))), (pairs) => {
        forgetAnswers();
        asked.length = 0;
        for (const [a, b] of [...pairs, ...pairs]) expect(f(a, b)).toBe(a.length > b.length ? null : a + b);
        // Pairs told apart by JSON, not by a separator the strings may hold: ("|", "") and ("", "|") are two pairs.
        expect(asked.length).toBe(new Set(pairs.map((pair) => JSON.stringify(pair))).size);
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

describe('partiesIn: the parties of a sentence, found once per document', () => {
  const text =
    'We signed a lease with IREN. Microsoft signed a $9.7 billion contract with IREN for GPU cloud capacity.';
  const second = { start: text.indexOf('Microsoft'), end: text.length };
  const companies = (ps: { company: { id: string } }[]) => ps.map((p) => p.company.id);

  it('answers a span asked again as the first time, in a list of its own', () => {
    forgetAnswers();
    const first = partiesIn(text, second, null);
    expect(companies(first)).toEqual(['microsoft', 'iren']);
    first.reverse();
    first.push(first[0]!);
    const again = partiesIn(text, second, null);
    expect(again).not.toBe(first);
    expect(companies(again)).toEqual(['microsoft', 'iren']);
    forgetAnswers();
    expect(companies(partiesIn(text, second, null))).toEqual(['microsoft', 'iren']);
  });

  it('keeps the answers for a registrant apart from those without one, and per text', () => {
    forgetAnswers();
    const firstSentence = { start: 0, end: text.indexOf('Microsoft') - 1 };
    const filer = registrantEntry({ name: 'Bench Filer Inc.' });
    expect(companies(partiesIn(text, firstSentence, null))).toEqual(['iren']);
    expect(companies(partiesIn(text, firstSentence, filer))).toEqual(['bench-filer', 'iren']);
    expect(companies(partiesIn(text, firstSentence, null))).toEqual(['iren']);
    const other = `${text.slice(0, firstSentence.end).replace('IREN', 'Meta')} ${text.slice(second.start)}`;
    expect(companies(partiesIn(other, firstSentence, null))).toEqual(['meta']);
  });

  it('a per-document map is emptied when a document starts', () => {
    const m = perDocumentMap<string, number>();
    m.set('a', 1);
    forgetAnswers();
    expect(m.size).toBe(0);
  });
});
