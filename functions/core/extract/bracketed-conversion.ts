// An amount's conversion in brackets sits between the amount and the words that qualify it; both read those words.
import { textBefore } from './text-window';

/**
 * An opening bracket, a word for "about" and a currency (the alternation left open for more): the start of a
 * conversion in brackets, for this file's pattern and converted-amount.ts's (written once).
 */
export const CONVERSION_OPENING = String.raw`^\s?[([]\s?(?:(?:[≈~]|approx\.?|approximately|about|roughly|environ|env\.|soit|rund|ca\.|etwa|circa|aprox\.?|aproximadamente|cerca de|unos|unas|quase|pr[èe]s de)\s?)?(?:R\$|[A-Z]{1,3}\$|[€£¥]|EUR|BRL|GBP|CHF`;

/**
 * "em até dois mil milhões de dólares (1,7 mil milhões de euros) adicionais", "$1 billion (€0.9 billion) a year":
 * the words that qualify an amount (an increment, a rate) may follow the conversion in brackets after it. The text
 * after the amount with that conversion skipped (or, for the conversion itself, its closing bracket), so the amount
 * and its conversion read the same words.
 */
const BRACKETED_CONVERSION_RE = new RegExp(
  String.raw`${CONVERSION_OPENING}|USD)?\s?\d[\d.,\s]{0,12}(?:[A-Za-zÀ-ÿ$€£.'’]{1,12}\s?){0,4}[)\]]`,
);

export function textAfterConversion(text: string, end: number, length: number): string {
  const after = text.slice(end, end + 60 + length);
  const bracket = BRACKETED_CONVERSION_RE.exec(after) ?? /^\s?[)\]]/.exec(after);
  return (bracket ? after.slice(bracket[0].length) : after).slice(0, length);
}

/** An amount's conversion in brackets ending right before a word: "(1.708 millones de euros) adicionales". */
const CONVERSION_BEFORE_RE = /[([][^()[\]\d]{0,12}\d[^()[\]]{0,40}[)\]]\s?$/;

/**
 * The length of the bracketed conversion that ends right before `at` in `text`, else 0: the words before the
 * conversion read the word after it as if the brackets were not there.
 */
export function conversionLengthBefore(text: string, at: number): number {
  return CONVERSION_BEFORE_RE.exec(textBefore(text, at, 60))?.[0].length ?? 0;
}
