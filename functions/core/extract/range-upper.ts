// A range told with two full amounts, "$17.4 billion to $19.4 billion", "between $5.5 billion and $8.1 billion",
// "de 17,4 milliards à 19,4 milliards", "zwischen 17,4 Milliarden und 19,4 Milliarden": one contract's value, read
// as its lower bound like "$70-72 billion" (money.ts). The upper figure is no second amount: read as one, it made a
// second mention of the pair, or a running total ("à 19,4 milliards" read as "to a total of").
// Growth told the same way ("raised from $14 billion to $22 billion", "by $6.5 billion to $22.4 billion") is no range.
import type { MoneyAmount } from '../money';
import { textBefore } from './text-window';

/** The words joining a range's two bounds: "to", "à", "bis", "a", a dash; "and", "et", "und", "y", "e" after "between". */
const TO_GAP_RE = /^\s?(?:to|à|bis|a|-|–)\s?$/;
const AND_GAP_RE = /^\s(?:and|et|und|y|e)\s$/;
/** What opens a range before its lower bound: "between", "entre", "zwischen", "tra", "fra" (with "and"). */
const BETWEEN_BEFORE_RE = /(?:^|[\s(])(?:between|entre|zwischen|tra|fra)\s(?:US)?$/i;
/** An increment before its running total: "by $6.5 billion to", "de 6,5 milliards" after a growth verb, "um". */
const BY_BEFORE_RE = /(?:^|\s)(?:by|um|en|di|em|of)\s(?:US)?$/i;

/**
 * A growth verb in the words before the lower bound ("raised its commitment to CoreWeave from", "a porté son contrat
 * avec OpenAI de", "hat den Vertrag … von … auf"): the second figure is the new total.
 */
const GROWTH_RE =
  /\b(?:rais|increas|expand|extend|grew|grow|rose|risen|lift|boost|bump|upsiz|top\s?up|port[ée]|relev|augment|erh[öo]h|aufgestockt|ausgeweitet|ampli|aument|elev|salit|cresc|pass[ée]|passad|passat)\p{L}*/iu;

/** Is `upper` the upper bound of a range whose lower bound is `lower` (the amount right before it)? */
export function isRangeUpper(text: string, lower: MoneyAmount, upper: MoneyAmount): boolean {
  if (upper.currency !== lower.currency || upper.usd < lower.usd) return false;
  const gap = text.slice(lower.end, upper.start);
  if (gap.length > 6) return false;
  const before = textBefore(text, lower.start, 60);
  if (AND_GAP_RE.test(gap)) return BETWEEN_BEFORE_RE.test(before);
  if (!TO_GAP_RE.test(gap)) return false;
  return !BY_BEFORE_RE.test(before) && !GROWTH_RE.test(before);
}
