// "Il gigante … supporterà con USD 1.800 milioni un accordo tra TeraWulf e Fluidstack", "Google will back with $1.4
// billion the lease between …": the amount a third party puts behind a deal is its backing (a guarantee, a loan),
// not the deal's value. The deal keeps its companies and takes its value from elsewhere, or none.
import { SUPPORTS_OBLIGATIONS_RE } from './cues';
import type { Span } from './sentences';
import type { Trigger } from './triggers';

/** A support verb and its "with" right before the amount: the amount is the backer's. */
const BACKS_WITH_BEFORE_RE =
  /\b(?:support|back|sosten|sosterr|supporter|soutien|soutiendr|apoi|apoy|respald|unterst[üu]tz)[a-zà-ÿ]{0,6}\s(?:(?:con|with|com|mit|avec)\s|à hauteur de\s|a hauteur de\s)(?:USD\s?|US\$\s?)?$/i;

export function backsWithAmount(text: string, sentence: Span, t: Trigger): boolean {
  if (!t.money) return false;
  if (!BACKS_WITH_BEFORE_RE.test(text.slice(Math.max(sentence.start, t.start - 40), t.start))) return false;
  // Backing a tenant's leases or lease obligations is the guarantee itself: the amount is its value.
  return !SUPPORTS_OBLIGATIONS_RE.test(text.slice(sentence.start, sentence.end));
}
