// A purchase told with its buyer left unsaid, right after the deal it serves: "IREN signs $9.7 billion with
// Microsoft. To deliver it, it will buy equipment from Dell for about $5.8 billion", "Para cumplirlo comprará
// equipos a Dell", "Per onorarlo comprerà apparecchiature da Dell", "Dafür kauft es Ausrüstung bei Dell". The one
// company the sentence names is the seller, after the purchase verb; the buyer is the subject of the sentence
// before, not the article's subject.
import type { Party } from './parties';
import { isChipMaker, isPurchase } from './parties';
import type { Span } from './sentences';

export function buysFromNamedSellerOnly(
  text: string,
  sentence: Span,
  seller: Party,
  own: readonly Party[],
): boolean {
  // The sentence names no other company (a pronoun or an anaphor may stand for the buyer).
  if (own.some((p) => !p.weak && !p.pronoun && p.company.id !== seller.company.id)) return false;
  // The seller sells goods (a hardware vendor or a chip maker), named after the verb that buys them.
  if (!isChipMaker(seller.company)) return false;
  return isPurchase(text, { start: sentence.start, end: sentence.end }, seller.start);
}
