// A small language guess from stop-word frequencies: enough to tell en/fr/de/es/it/pt prose apart.
import type { Language } from './types';

const STOP_WORDS: Readonly<Record<Language, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'with', 'for', 'that', 'is', 'on', 'by', 'its', 'will', 'has', 'from', 'this', 'was', 'are', 'which'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'pour', 'avec', 'dans', 'qui', 'sur', 'est', 'au', 'aux', 'par', 'son', 'ses', 'cette', 'selon'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'von', 'ist', 'ein', 'eine', 'den', 'dem', 'auf', 'zu', 'im', 'nicht', 'sich', 'des'],
  es: ['el', 'los', 'las', 'del', 'y', 'con', 'para', 'por', 'una', 'que', 'es', 'su', 'al', 'como', 'sus', 'entre', 'según'],
  it: ['il', 'lo', 'gli', 'della', 'delle', 'del', 'e', 'con', 'per', 'una', 'che', 'di', 'è', 'nel', 'alla', 'dei', 'sono'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'com', 'para', 'uma', 'que', 'em', 'no', 'na', 'pelo', 'ao', 'não'],
};

const WORD_TO_LANGS = new Map<string, Language[]>();
for (const [lang, words] of Object.entries(STOP_WORDS) as [Language, readonly string[]][]) {
  for (const w of words) WORD_TO_LANGS.set(w, [...(WORD_TO_LANGS.get(w) ?? []), lang]);
}

/** Looks at most this many characters: a language shows within a few sentences. */
const SAMPLE_CHARS = 20_000;

/** Best guess of the text's language; English when nothing stands out (empty text, numbers, tables). */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_CHARS).toLowerCase();
  const scores: Record<Language, number> = { en: 0, fr: 0, de: 0, es: 0, it: 0, pt: 0 };
  const words = sample.match(/[\p{L}]{1,20}/gu) ?? [];
  for (const w of words) {
    const langs = WORD_TO_LANGS.get(w);
    if (!langs) continue;
    for (const l of langs) scores[l] += 1 / langs.length;
  }
  // Elided articles are a strong French signal: "l'accord", "d'euros", "qu'il".
  scores.fr += (sample.match(/\b[ldjqn][’']\p{L}/gu) ?? []).length * 0.5;
  let best: Language = 'en';
  for (const l of Object.keys(scores) as Language[]) if (scores[l] > scores[best]) best = l;
  return scores[best] >= 2 ? best : 'en';
}
