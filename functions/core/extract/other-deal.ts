// A company named only as the party of another contract that the sentence sets beside its own: "a $3 billion
// agreement with Meta, in addition to the Microsoft contract signed in September", "en plus du contrat avec
// Microsoft", "zusätzlich zum Microsoft-Vertrag", "parallel zum Microsoft-Vertrag", "además del contrato con
// Microsoft", "oltre al contratto con Microsoft", "além do contrato com a Microsoft", "alongside the Microsoft
// contract". It is no party of the amount told beside it. "Auf Microsoft entfällt ein Vertrag über 19 Milliarden,
// flankiert von einer Drei-Milliarden-Dollar-Vereinbarung mit Meta", "accompagné d'un accord avec Meta", "flanked
// by a deal with Meta": the second customer of a roundup is no party of the first one's contract.
import { textBefore } from './text-window';

/** A literal check first: most names have no such lead-in before them. */
const LEAD_WORD_RE =
  /addition|besides|alongside|on top|en plus|outre|parall|zus[äa]tzlich|neben|adem[áa]s|oltre|al[ée]m|flank|accompa|acompa|begleit|affianc/i;

const LEAD = `(?:in addition to|besides|alongside|on top of|en plus d(?:u|e l['’]|e la|es)|outre (?:le|la|l['’]|les)|en parall[èe]le (?:du|de l['’]|de la|des|au|à la)|zus[äa]tzlich zu(?:m|r)?|neben (?:dem|der|den)|parallel zu(?:m|r)?|adem[áa]s de(?:l| la| los| las)?|(?:paralelamente|en paralelo) a(?:l| la| los| las)?|oltre (?:al|alla|all['’]|ai|agli|il|la)|(?:parallelamente|in parallelo) (?:al|alla|all['’]|ai|agli)|al[ée]m d(?:o|a|os|as)|(?:paralelamente|em paralelo) (?:ao|à|aos|às)|(?:flanked|accompanied) by|flankiert von|begleitet von|flanqu[ée]e?s? d['’]|accompagn[ée]e?s? d['’]|acompa(?:ñ|nh)ad[oa]s? (?:de|por)|affiancat[oaie] da|accompagnat[oaie] da)`;
// No possessive and no "existing": "in addition to its existing contract with Meta" is the same pair's, grown.
const ARTICLE = `(?:the|an?|einem|einer|une?|el|la|le|l['’]|il|o|a|una|uma|um)`;
const OWN_WORD_RE =
  /\b(?:its|their|our|his|her|son|sa|ses|leur|seine[mn]?|ihre[mn]?|su|sus|suo|sua|seu|existing|current|bestehend|bisherig|existant|actuel|existente|actual|attuale|vigente|atual)\b/i;
const CONTRACT = `(?:contracts?|deals?|agreements?|contrats?|accords?|vertr[äa]ge?n?|vertrags?|vereinbarung(?:en)?|acuerdos?|contratos?|contratt[oi]|accord[oi]|acordos?)`;
const WITH = `(?:with|avec|mit|con|com)`;

/** "in addition to the contract with ", "oltre al contratto con ", "além do acordo com a ": the name follows. */
const CONTRACT_WITH_BEFORE_RE = new RegExp(
  String.raw`${LEAD}\s?(?:${ARTICLE}\s?)?(?:[\p{L}\d,.$€-]{1,15}\s){0,3}?(?:[\p{L}\d,]{1,12}-){0,4}${CONTRACT}\s(?:[\p{L}-]{1,15}\s)?(?:[$€]?\d[\d.,]*\s(?:[\p{L}.]{1,12}\s){0,2})?${WITH}\s(?:${ARTICLE}\s?)?$`,
  'iu',
);
/** "in addition to the ", "zusätzlich zum ": the name, then the contract noun ("Microsoft contract", "-Vertrag"). */
const LEAD_BEFORE_RE = new RegExp(String.raw`${LEAD}\s?(?:${ARTICLE}\s?)?(?:[\p{L}-]{1,15}\s)?$`, 'iu');
const CONTRACT_AFTER_RE = new RegExp(String.raw`^(?:['’]s)?[\s-](?:[\p{L}-]{1,15}\s)?${CONTRACT}\b`, 'iu');

/** Characters before a name read for the lead-in. */
const REACH = 70;

export function namedForOtherDeal(text: string, start: number, end: number): boolean {
  const before = textBefore(text, start, REACH);
  if (!LEAD_WORD_RE.test(before) || OWN_WORD_RE.test(before.slice(-40))) return false;
  if (CONTRACT_WITH_BEFORE_RE.test(before)) return true;
  return LEAD_BEFORE_RE.test(before) && CONTRACT_AFTER_RE.test(text.slice(end, end + 40));
}
