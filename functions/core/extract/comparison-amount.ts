import { findCompanyMentions } from '../companies';
import type { Span } from './sentences';

// An amount told for comparison with another company's contract: "less than the $250 billion OpenAI committed to
// Azure", "deutlich weniger als die 250 Milliarden", "meno dei 250 miliardi promessi da OpenAI", "menos que los
// 250.000 millones", "menos que os US$ 250 bilhões", "moins que les 250 milliards". The comparative and an article
// (or a possessive) right before the amount tell it apart from a hedge on the deal's own value ("more than $20
// billion"). A comparison that tells the other deal in full (both its companies named after the comparative, "less
// than the $300 billion Oracle agreed with OpenAI") is a deal named in passing, as the house labels it; one that
// names a single company ("meno dei 250 miliardi promessi da OpenAI") would borrow the other from the sentence's
// own deal, a wrong pair: its amount is dropped.

/** A literal check first: most amounts have no comparative before them. */
const COMPARATIVE_WORD_RE =
  /than|compar|versus|\bvs\b|dwarf|weniger|mehr als|kleiner|gr[öo](?:ß|ss)er|vergleich|gegen[üu]ber|moins|plus (?:que|[ée]lev)|meno|pi[ùu]|rispetto|menos|mais|mayor|maior|menor|frente/i;

const ARTICLE =
  '(?:the|die|der|den|dem|les|des|aux|los|las|os|as|aos|às|dos|das|ai|agli|alle|dei|degli|delle|i|gli|le)';
const POSSESSIVE = String.raw`[\p{Lu}][\p{L}\d.&-]{1,30}['’]s`;

const COMPARED_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:less|more|smaller|bigger|larger|greater)\s(?:sum\s|amount\s)?than|\bcompared\s(?:with|to)|\bversus|\bvs\.?|\bdwarf(?:s|ing|ed)?|\bweniger\sals|\bmehr\sals|\bkleiner\sals|\bgr[öo](?:ß|ss)er\sals|\bim\sVergleich\szu|\bgegen[üu]ber|\bmoins\s(?:[ée]lev[ée]e?s?\s)?que|\bplus\s(?:[ée]lev[ée]e?s?\s)?que|\bcompar[ée]e?s?\s(?:à|a|avec)|\bmeno\s(?:di|che|de)|\bpi[ùu]\s(?:di|che|de)|\brispetto\sa|\bmenos\s(?:que|de|do\sque)|\bmais\s(?:que|do\sque)|\bmayor(?:es)?\sque|\bmaior(?:es)?\s(?:que|do\sque)|\bmenor(?:es)?\s(?:que|do\sque)|\bfrente\sa|\bcomparad[oa]s?\s(?:con|com|a))\s?(?:${ARTICLE}\s|${POSSESSIVE}\s)(?:(?:ca\.|rund|etwa|about|some|environ|unos|cerca\sde|circa)\s)?(?:US)?[$€£]?\s?(?:\d[\d.,]*\s)?$`,
  'iu',
);

const REACH = 80;

/**
 * "Zum Vergleich: Der Vertrag mit Nebius ist mit 17,4 Milliarden Dollar deutlich größer", "For comparison, …", "Per
 * confronto, …", "En comparación, …", "Em comparação, …", "Par comparaison, …": a sentence that opens on a
 * comparison recaps figures to measure the news against; none of its amounts is a deal of the text.
 */
const COMPARISON_LEAD_RE =
  /^\W{0,3}(?:(?:for|by|in) comparison|to compare|zum vergleich|im vergleich|vergleichsweise|(?:par|en|pour|à titre de) comparaison|(?:en|como|a modo de|por) comparaci[óo]n|(?:per|a titolo di|in) confronto|per fare un confronto|(?:em|para|a t[íi]tulo de|como) compara[çc][ãa]o)\b/i;

/** Does the sentence open on a comparison ("For comparison,", "Zum Vergleich:", "Per confronto:")? */
export function opensComparison(sentence: string): boolean {
  return COMPARISON_LEAD_RE.test(sentence.slice(0, 40));
}

/** Where the comparison starts (the sentence's start for a lead, the comparative's for an inline one), or -1. */
function comparisonStart(text: string, sentence: Span, start: number): number {
  if (opensComparison(text.slice(sentence.start, sentence.start + 40))) return sentence.start;
  const from = Math.max(sentence.start, start - REACH);
  const before = text.slice(from, start);
  if (!COMPARATIVE_WORD_RE.test(before)) return -1;
  const m = COMPARED_BEFORE_RE.exec(before);
  return m ? from + m.index : -1;
}

/** The amount starting at `start` is told for comparison with a deal whose pair the comparison does not name. */
export function isComparisonAmount(text: string, sentence: Span, start: number): boolean {
  const from = comparisonStart(text, sentence, start);
  if (from < 0) return false;
  const named = new Set(findCompanyMentions(text, from, sentence.end).map((m) => m.company.id));
  return named.size < 2;
}
