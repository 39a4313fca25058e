// A small language guess from stop-word frequencies: enough to tell en/fr/de/es/it/pt prose apart.
import type { Language } from './types';

const STOP_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'the',
    'and',
    'of',
    'to',
    'with',
    'for',
    'that',
    'is',
    'on',
    'by',
    'its',
    'will',
    'has',
    'from',
    'this',
    'was',
    'are',
    'which',
  ],
  fr: [
    'le',
    'la',
    'les',
    'des',
    'et',
    'du',
    'un',
    'une',
    'pour',
    'avec',
    'dans',
    'qui',
    'sur',
    'est',
    'au',
    'aux',
    'par',
    'son',
    'ses',
    'cette',
    'selon',
    'de',
    'à',
    'milliards',
    'sont',
    'été',
    'ont',
    'leur',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'mit',
    'für',
    'von',
    'ist',
    'ein',
    'eine',
    'den',
    'dem',
    'auf',
    'zu',
    'im',
    'nicht',
    'sich',
    'des',
    // A short German sentence ("OpenAI hat mit Oracle einen Vertrag über 1 Billion Dollar geschlossen") has few of
    // the words above: its verbs and articles tell it too (and "Billion" is 1e12 only in German).
    'hat',
    'einen',
    'einem',
    'einer',
    'über',
    'wird',
    'werden',
    'wurde',
    'auch',
    'dass',
    'bei',
    'zum',
    'zur',
    'sind',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'con',
    'para',
    'por',
    'una',
    'que',
    'es',
    'su',
    'al',
    'como',
    'sus',
    'entre',
    'según',
    'de',
    'la',
    'millones',
    'años',
    'dólares',
  ],
  it: [
    'il',
    'lo',
    'gli',
    'della',
    'delle',
    'del',
    'e',
    'con',
    'per',
    'una',
    'che',
    'di',
    'è',
    'nel',
    'alla',
    'dei',
    'sono',
    'la',
    'miliardi',
    'anni',
    'dollari',
  ],
  pt: [
    'o',
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'e',
    'com',
    'para',
    'uma',
    'que',
    'em',
    'no',
    'na',
    'pelo',
    'ao',
    'não',
    'a',
    'à',
    'por',
    'nos',
    'vai',
    'pela',
    'também',
    'foi',
    'são',
    'milhões',
    'anos',
  ],
};

const WORD_TO_LANGS = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(STOP_WORDS) as [Language, readonly string[]][]) {
  for (const w of words) WORD_TO_LANGS.set(w, [...(WORD_TO_LANGS.get(w) ?? []), lang]);
}

/** Looks at most this many characters: a language shows within a few sentences. */
const SAMPLE_CHARS = 2_000;

const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Best guess of the text's language; English when nothing stands out (empty text, numbers, tables). */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const scores: Record<Language, number> = { en: 0, fr: 0, de: 0, es: 0, it: 0, pt: 0 };
  let i = 0;
  while (i < sample.length) {
    if (!isWordChar(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < sample.length && isWordChar(sample.charCodeAt(i))) i++;
    if (i - start > 12) continue;
    const w = sample.slice(start, i).toLowerCase();
    const langs = WORD_TO_LANGS.get(w);
    if (langs) for (const l of langs) scores[l] += 1 / langs.length;
    // Elided articles are a strong French signal: "l'accord", "d'euros", "qu'il".
    const next = sample.charCodeAt(i);
    if ((next === 39 || next === 0x2019) && (w === 'l' || w === 'd' || w === 'qu' || w === 'j' || w === 'n'))
      scores.fr += 0.5;
  }
  let best: Language = 'en';
  for (const l of Object.keys(scores) as Language[]) if (scores[l] > scores[best]) best = l;
  return scores[best] >= 1.5 && scores[best] > scores.en ? best : 'en';
}
