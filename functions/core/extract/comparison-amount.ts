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

/**
 * A comparative in six languages, an adjective allowed in between ("plus modeste que", "molto più piccolo di"), a
 * quotation closed before its second word ("seria "bem menor" que", "« nettement plus petit » que").
 */
const QUOTE_END = String.raw`\s?[»”"]?`;
const COMPARATIVE = String.raw`(?:smaller|bigger|larger|greater|less|more)${QUOTE_END}\s(?:\p{L}+${QUOTE_END}\s)?than|(?:plus|moins)\s(?:\p{L}+${QUOTE_END}\s)?(?:que|qu['’])|(?:menor|mayor|maior)(?:es)?${QUOTE_END}\s(?:que|do\sque)|(?:pi[ùu]|meno)\s(?:\p{L}+${QUOTE_END}\s)?(?:di|che|de[il]|degli|dell[ae])|kleiner${QUOTE_END}\sals|gr[öo](?:ß|ss)er${QUOTE_END}\sals`;

/**
 * A comparative naming another company's deal as what it compares with: "far smaller than Microsoft's, which has
 * committed about $10 billion to CoreWeave", "plus modeste que celui de Microsoft", "mucho menor que el de Microsoft",
 * "kleiner als der von Microsoft", "più piccolo di quello di Microsoft", "menor que o da Microsoft". What follows it in
 * the sentence tells that other deal, whatever stands between the comparative and the amount.
 */
const COMPARED_TO_COMPANY_RE = new RegExp(
  String.raw`\b(?:${COMPARATIVE}|compared\s(?:with|to)|dwarf(?:s|ed|ing)?)\s(?:(?:celui|celle|ceux)\s(?:de|d['’])\s?|(?:el|la|los|las)\s(?:de|del)\s|(?:quello|quella|quelli)\s(?:di|della|del|dell['’])\s?|(?:der|die|das|dem|den)\s(?:von|des)\s|(?:o|a|os|as)\s(?:d[aoe]s?)\s|(?:the\sone|those|that)\sof\s)?(?:(?:la|le|l['’]|el|il|the)\s?)?(?=\p{Lu})`,
  'giu',
);

/**
 * The comparative (or its second term: "… e que o contrato de US$ 11,9 bilhões da OpenAI"), then the other deal's noun
 * and its amount: "menor que o compromisso de US$ 10 bilhões da Microsoft",
 * "smaller than the commitment of $10 billion", "plus modeste que l'engagement de 10 milliards".
 */
const COMPARED_NOUN_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:${COMPARATIVE})|\b(?:and|et|e|y|und)\s(?:than|que|qu['’]|als|di|che))\s(?:(?:${ARTICLE}|o|a|el|la|il|lo|un|une|um|uma|an?)\s|l['’])(?:compromisso|compromiso|commitment|engagement|impegno|contrato|contrat|contratto|contract|Vertrag|acuerdo|acordo|accord|accordo|deal)\s(?:de|of|di|von|d['’])\s?(?:(?:about|some|environ|unos|cerca\sde|circa|rund)\s)?(?:US)?[$€£]?\s?$`,
  'iu',
);

/**
 * Where a comparison with another company's deal starts before `start` in its sentence (the comparative, the company
 * it names right after it), or -1.
 */
function comparedDealStart(text: string, sentence: Span, start: number): number {
  const before = text.slice(sentence.start, start);
  // "plus modeste que": French puts the adjective between "plus" and "que".
  if (!COMPARATIVE_WORD_RE.test(before) && !/\bplus\s/i.test(before)) return -1;
  const tail = before.slice(-REACH);
  const noun = COMPARED_NOUN_BEFORE_RE.exec(tail);
  if (noun) return start - tail.length + noun.index;
  let found = -1;
  COMPARED_TO_COMPANY_RE.lastIndex = 0;
  for (let m = COMPARED_TO_COMPANY_RE.exec(before); m !== null; m = COMPARED_TO_COMPANY_RE.exec(before)) {
    const at = sentence.start + m.index + m[0].length;
    const named = findCompanyMentions(text, at, Math.min(sentence.end, at + 40));
    if (named[0]?.start === at) found = sentence.start + m.index;
  }
  return found;
}

/** The amount starting at `start` is told for comparison with a deal whose pair the comparison does not name. */
export function isComparisonAmount(text: string, sentence: Span, start: number): boolean {
  const from = comparisonStart(text, sentence, start);
  // Another company's deal named as the yardstick, its amount told further on ("smaller than Microsoft's, which has
  // committed about $10 billion to CoreWeave"), recaps its figures, as a sentence opening on a comparison does.
  if (from < 0) return comparedDealStart(text, sentence, start) >= 0;
  const named = new Set(findCompanyMentions(text, from, sentence.end).map((m) => m.company.id));
  return named.size < 2;
}

/** A comparative that sizes one deal against another: an amount or a deal's noun follows it closely. */
const COMPARATIVE_RE = new RegExp(
  String.raw`\b(?:${COMPARATIVE}|compared\s(?:with|to)|im\sVergleich\szu|rispetto\sa|par\srapport\sà|comparad[oa]s?\s(?:con|com|a))\b(?=[^.;]{0,40}?(?:\d|[$€£]|commitment|deal|contract|agreement|order|engagement|contrat|accord|Vertrag|Zusage|Auftrag|acuerdo|contrato|acordo|compromiso|compromisso|impegno|accordo|contratto))`,
  'iu',
);

/**
 * A comparative stands between `from` and `to`: "The $30 billion commitment is far smaller than the … $250 billion of
 * Azure services that OpenAI agreed to buy from Microsoft". A company named after it is the yardstick's, no party of an
 * amount told before it.
 */
export function comparativeBetween(text: string, from: number, to: number): boolean {
  return to - from <= COMPARED_REACH && COMPARATIVE_RE.test(text.slice(from, to));
}

/** How far after an amount its sentence is read for a comparative. */
const COMPARED_REACH = 200;
