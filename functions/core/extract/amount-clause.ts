// The clause of one amount among several in a sentence: "Cipher signed a lease worth $3 billion, and Google agreed
// to backstop $1.4 billion of the lease obligations" holds two deals of two kinds, and each amount's kind comes
// from the words nearest it, not from the other deal's words.
import { hasKindWord } from './cues';
import { guaranteeClauseAt } from './guarantee-clause';
import type { Span } from './sentences';
import type { Trigger } from './triggers';

/** A clause ends at a semicolon or a comma (the last one before the next amount, the first one after this one). */
const CLAUSE_END_RE = /[;,]/g;

/**
 * The part of `sentence` that belongs to `amount`: from the last clause break after the previous amount (or the
 * sentence start) to the first clause break before the next amount (or the sentence end). A sentence with one
 * amount is one clause.
 */
function amountClause(
  text: string,
  sentence: Span,
  amounts: readonly Trigger[],
  amount: Trigger,
): { text: string; end: number } {
  const money = amounts.filter((t) => t.money);
  const i = money.indexOf(amount);
  if (money.length < 2 || i < 0) return { text: text.slice(sentence.start, sentence.end), end: sentence.end };
  const prev = money[i - 1];
  const next = money[i + 1];
  let start = sentence.start;
  if (prev) {
    const between = text.slice(prev.end, amount.start);
    const breaks = [...between.matchAll(CLAUSE_END_RE)];
    const last = breaks.at(-1);
    start = last ? prev.end + last.index + 1 : prev.end;
  }
  let end = sentence.end;
  if (next) {
    const between = text.slice(amount.end, next.start);
    CLAUSE_END_RE.lastIndex = 0;
    const first = CLAUSE_END_RE.exec(between);
    // "… 3 milliards de dollars garanti à hauteur de 1,4 milliard": the guarantee's participle ends the clause too.
    const guarantee = first ? -1 : guaranteeClauseAt(between);
    end = first ? amount.end + first.index : guarantee >= 0 ? amount.end + guarantee : next.start;
  }
  return { text: text.slice(start, end), end };
}

/**
 * The words an amount's kind is read from: its own clause when that clause says what the deal is ("lease",
 * "backstop"), else everything from the sentence start to its clause's end ("Google amplía su respaldo … hasta 3.200
 * millones, frente a los 1.800 millones iniciales": the later amount is still the guarantee's), never a later
 * clause's words.
 */
export function kindWordsOf(
  text: string,
  sentence: Span,
  amounts: readonly Trigger[],
  amount: Trigger,
): string {
  const clause = amountClause(text, sentence, amounts, amount);
  if (hasKindWord(clause.text)) return clause.text;
  return text.slice(sentence.start, clause.end);
}
