// Amounts written in words (functions/core/extract/word-amounts.ts), in six languages.
import { describe, expect, it } from 'vitest';
import { wordAmounts } from '../../functions/core/extract/word-amounts';
import type { Language } from '../../functions/core/types';

const read = (text: string, lang: Language, inherit: 'USD' | null = null) =>
  wordAmounts(
    text,
    () => lang,
    0,
    text.length,
    10_000_000,
    () => inherit,
  ).map((m) => [m.usd, m.qualifier]);

describe('amounts in words', () => {
  it.each([
    ['Anthropic will spend two billion dollars on compute.', 'en', 2e9],
    ['un contrat de deux milliards de dollars', 'fr', 2e9],
    ['ein Vertrag über zehn Milliarden Dollar', 'de', 10e9],
    ['un acuerdo de dos mil millones de dólares', 'es', 2e9],
    ['un contratto da dieci miliardi di dollari', 'it', 10e9],
    ['um negócio avaliado em nove mil milhões de dólares', 'pt', 9e9],
    ['um contrato de três bilhões de dólares', 'pt', 3e9],
  ] as const)('%s', (text, lang, usd) => {
    expect(read(text, lang)[0]?.[0]).toBe(usd);
  });

  it('converts euros at the fixed rate and reads the qualifier before the amount', () => {
    expect(read('bis zu fünf Milliarden Euro', 'de')).toEqual([[5.4e9, 'up_to']]);
    expect(read('mehr als zehn Milliarden Dollar', 'de')).toEqual([[10e9, 'more_than']]);
  });

  it('needs a currency, written or stated shortly before', () => {
    expect(read('zwei Milliarden Menschen nutzen die Dienste', 'de')).toEqual([]);
    expect(read('et Nvidia jusqu’à dix milliards', 'fr', 'USD')).toEqual([[10e9, 'up_to']]);
  });

  it('reads "billion" as 1e12 in French and German, so it never passes for a contract', () => {
    expect(read('zwei Billionen Dollar', 'de')).toEqual([]);
    expect(read('deux billions de dollars', 'fr')[0]?.[0]).toBe(2e12);
  });

  it('reads the teens, the tens and hyphenated compounds whole, in every language', () => {
    expect(read('dix-sept milliards de dollars', 'fr')[0]?.[0]).toBe(17e9);
    expect(read('twenty-five billion dollars', 'en')[0]?.[0]).toBe(25e9);
    expect(read('vierzehn Milliarden Dollar', 'de')[0]?.[0]).toBe(14e9);
    expect(read('catorce mil millones de dólares', 'es')[0]?.[0]).toBe(14e9);
    expect(read('diciassette miliardi di dollari', 'it')[0]?.[0]).toBe(17e9);
    expect(read('dezessete bilhões de dólares', 'pt')[0]?.[0]).toBe(17e9);
    // A compound with a part that is no number is left alone rather than read as its last word.
    expect(read('quasi-sept milliards de dollars', 'fr')).toEqual([]);
  });

  it('reads approximate qualifiers of Spanish, Portuguese, Italian, German and French copy', () => {
    expect(read('alrededor de diez mil millones de dólares', 'es')).toEqual([[10e9, 'approximately']]);
    expect(read('por volta de dez bilhões de dólares', 'pt')).toEqual([[10e9, 'approximately']]);
    expect(read('ungefähr zehn Milliarden Dollar', 'de')).toEqual([[10e9, 'approximately']]);
  });

  it('reads an amount hyphenated into a compound noun, in German and English', () => {
    expect(read('eine Drei-Milliarden-Dollar-Vereinbarung mit Meta', 'de')).toEqual([[3e9, null]]);
    expect(read('a three-billion-dollar agreement with Meta', 'en')).toEqual([[3e9, null]]);
    expect(read('ein Zwei-Milliarden-Euro-Auftrag', 'de')[0]?.[0]).toBe(2.16e9);
    // A scale word joined to another noun is no amount: "Milliarden-Markt", "billion-user".
    expect(read('ein Drei-Milliarden-Markt', 'de')).toEqual([]);
  });

  it('ignores a number word glued to another word and amounts below the floor', () => {
    expect(read('a billion-dollar deal', 'en')).toEqual([]);
    expect(read('cinco millones de dólares', 'es')).toEqual([]);
  });
});
