// An amount told for comparison with another company's contract: "less than the $250 billion OpenAI committed to
// Azure", "deutlich weniger als die 250 Milliarden", "meno dei 250 miliardi promessi da OpenAI", "menos que los
// 250.000 millones", "menos que os US$ 250 bilhões", "moins que les 250 milliards". The comparative and an article
// (or a possessive) right before the amount tell it apart from a hedge on the deal's own value ("more than $20
// billion"): the amount measures the deal of the sentence against another, and is no deal of this text.

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

/** Whether the amount starting at `start` in `text` is told for comparison (the text before it, within a reach). */
export function isComparisonAmount(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - REACH), start);
  return COMPARATIVE_WORD_RE.test(before) && COMPARED_BEFORE_RE.test(before);
}
