// A company's results told beside deals: "Nvidia meldet einen Rekordumsatz von 57 Mrd. Dollar", "Oracle ha
// registrato ricavi per 16 miliardi", "revenue of $57 billion". In a roundup the amount sits in a clause of its own
// next to the week's contracts, and would otherwise borrow a pair from a sibling clause; revenue a contract is
// expected to bring ("the lease is expected to generate $7 billion of revenue") stays that contract's value.
import { revenueOfAContract } from './cues';
import type { Span } from './sentences';

/** A revenue or sales word (German glues it into compounds: "Rekordumsatz", "Quartalsumsätze"). */
const RESULTS_WORD_RE =
  /(?:\brevenues?|\bsales|ums[äa]tz(?:e|en|es)?|\berl[öo]se?|\bingresos|\bventas|\bricavi|\bfatturato|\breceitas?|\bfaturamento|\bfactura(?:ci[óo]n|do)|chiffre d['’]affaires)\b/iu;
/** How far before the amount the word is read, within the amount's clause. */
const RESULTS_REACH = 48;

export function isCompanyResultsAmount(text: string, sentence: Span, at: number): boolean {
  const from = Math.max(sentence.start, at - RESULTS_REACH);
  const near = text.slice(from, at);
  if (!RESULTS_WORD_RE.test(near)) return false;
  // The amount's own clause: from the last semicolon (a roundup's separator) or the sentence start.
  const head = text.slice(sentence.start, at);
  const clause = head.slice(head.lastIndexOf(';') + 1);
  const word = RESULTS_WORD_RE.exec(clause);
  return word !== null && !revenueOfAContract(clause, word.index);
}
