// The cue lexicon (functions/core/extract/lexicon.ts): one table per language, compiled into one regex per kind.
import { describe, expect, it } from 'vitest';
import { cueRe, LEXICON } from '../../functions/core/extract/lexicon';

describe('cue lexicon', () => {
  it('has a table for each of the six languages, with every kind filled', () => {
    expect(Object.keys(LEXICON).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'pt']);
    for (const table of Object.values(LEXICON)) {
      for (const [kind, words] of Object.entries(table)) expect(words.length, kind).toBeGreaterThan(0);
    }
  });

  it('finds German contract words inside compounds', () => {
    const deal = cueRe('deal');
    expect(deal.test('einen Zehnjahresvertrag über rund 3,7 Milliarden Dollar')).toBe(true);
    expect(deal.test('meldet den Abschluss eines Mietvertrags mit Amazon')).toBe(true);
    expect(cueRe('investment').test('Teil einer Investitionsoffensive')).toBe(true);
  });

  it('reads bounded words only as whole words', () => {
    const terminated = cueRe('terminated');
    expect(terminated.test('xAI rompe las negociaciones con Oracle')).toBe(true);
    expect(terminated.test('un rompecabezas para Oracle')).toBe(false);
    // "angekündigt" (announced) is not "gekündigt" (terminated).
    expect(terminated.test('Nvidia hat angekündigt, zu investieren')).toBe(false);
    expect(terminated.test('Der Vertrag wurde gekündigt')).toBe(true);
  });

  it('tells status words apart in several languages', () => {
    expect(cueRe('reported').test('Laut Insidern verhandelt xAI mit Oracle')).toBe(true);
    expect(cueRe('reported').test('Oracle estaria negociando um contrato')).toBe(true);
    expect(cueRe('reported').test("L'intesa avrebbe ampliato l'affitto")).toBe(true);
    expect(cueRe('inTalks').test('Talks over the project stalled')).toBe(true);
    expect(cueRe('terminated').test('le trattative sono naufragate')).toBe(true);
    // "according to the agreement" is no hedge.
    expect(cueRe('reported').test('según el acuerdo, CoreWeave proporcionará capacidad')).toBe(false);
    expect(cueRe('reported').test('secondo il contratto, Nscale fornirà GPU')).toBe(false);
  });
});
