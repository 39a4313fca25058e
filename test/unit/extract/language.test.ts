import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../functions/core/language';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The company signed an agreement with Microsoft for the supply of GPU capacity over five years.'],
    [
      'fr',
      "Meta a signé un accord cloud avec CoreWeave pour la fourniture de capacité de calcul jusqu'à fin 2031.",
    ],
    [
      'de',
      'Nebius liefert Microsoft für fünf Jahre Rechenleistung, die über das Rechenzentrum in New Jersey bereitgestellt wird.',
    ],
    [
      'es',
      'Nebius suministrará a Microsoft capacidad de cómputo por 17.400 millones de dólares durante los próximos cinco años.',
    ],
    [
      'it',
      'Nebius fornirà a Microsoft capacità di calcolo per 17,4 miliardi di dollari nel corso dei prossimi cinque anni.',
    ],
    [
      'pt',
      'A Nebius vai fornecer à Microsoft capacidade de computação por 17,4 mil milhões de dólares nos próximos cinco anos.',
    ],
  ])('%s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  // A short German sentence with one stop word of the first list read as English, and its "1 Billion Dollar" as 1e9.
  it.each([
    ['de', 'OpenAI hat mit Oracle einen Cloud-Vertrag über 1 Billion Dollar geschlossen.'],
    ['de', 'Sein Rivale OpenAI hat Verträge über mehr als 1 Billion Dollar geschlossen.'],
    ['en', 'OpenAI has signed a cloud contract with Oracle worth $300 billion.'],
  ])('a short sentence: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back to English on text without words', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('12 345 678 $ % --')).toBe('en');
  });
});
