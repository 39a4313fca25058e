// "CoreWeave: a full order book. … Google alone accounts for a five-year contract worth $8 billion, alongside a
// $2 billion agreement with Mistral": a customer told as its share of the article subject's book is the subject's
// customer for the amount told right after it; it signs none of the other deals the sentence adds.
import type { Span } from './sentences';
import { textBefore } from './text-window';

/** After the customer: "alone accounts for", "représente à lui seul", "da sola vale", "sozinho responde por". */
const SHARE_AFTER_RE =
  /^\s(?:alone\s)?(?:accounts? for|repr[ée]sente(?:nt)?(?:\s[àa] (?:lui|elle) seule?)?|(?:da sol[oa]\s)?(?:vale|rappresenta)|(?:sozinh[oa]\s)?(?:responde por|representa))\s/iu;
/** Before it: "Allein auf Google entfällt", "Solo a Google corresponde". */
const SHARE_BEFORE_RE = /(?:\ballein auf|\bs[óo]lo a)\s$/iu;

/** The company is told as a customer's share of someone's book. */
export function sharesSubjectsBook(text: string, company: Span): boolean {
  return (
    SHARE_AFTER_RE.test(text.slice(company.end, company.end + 40)) ||
    SHARE_BEFORE_RE.test(textBefore(text, company.start, 12))
  );
}
