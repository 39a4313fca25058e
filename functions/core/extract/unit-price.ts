// A price or a value told per unit of capacity: "valuing a megawatt of colocation capacity at $8 million to $17
// million", "$27 million per megawatt", "$15 million of annual revenue per MW", "1,5 million de dollars par
// mégawatt", "10 Mio. Dollar pro Megawatt", "10 millones por megavatio", "10 milioni per megawatt", "US$ 10 milhões
// por megawatt", "$2 per GPU-hour". An analyst's yardstick or a rate, never the value of a contract of the
// companies named beside it (nor of the sentence before when the amount's own sentence names none).
import { lazy } from '../lazy';
import type { Span } from './sentences';

/** A literal check first: most amounts have no unit of capacity anywhere near them. */
const UNIT_WORD_RE = /megawatt|mégawatt|megavatio|gigawatt|gigavatio|kilowatt|\b[kmg]w\b|gpu/i;

/** Units priced with "per", "par", "pro", "je", "por" ("per" and "por" also mean "for": never before a plain GPU). */
const UNIT =
  '(?:megawatts?|mégawatts?|megavatios?|gigawatts?|gigavatios?|kilowatts?|MW|GW|kW|GPU[- ]?hours?|GPU-Stunden?|horas? de GPU|ore[- ]GPU)';
/** Units priced with an article ("$1.5 million a megawatt", "le mégawatt"): never a gigawatt, often a quantity. */
const SMALL_UNIT = '(?:megawatts?|mégawatts?|megavatios?|kilowatts?|MW|kW)';
/** A range's upper bound before the unit: "$8 million to $17 million per MW", "de 8 à 17 millions par MW". */
const RANGE_END = String.raw`(?:\s?(?:-|–|to|à|bis|a|al|y|e)\s?[$€£]?\s?[\d.,]+\s?(?:million|billion|milliards?|millions?|Mio\.?|Mrd\.?|Milliarden|Millionen|millones|mil millones|milioni|miliardi|milhões|bilhões)?)?`;
/** Just after the amount, in its clause: "per MW", "a megawatt", "par mégawatt", "pro MW", "por megavatio", "/MW". */
const PER_UNIT_AFTER_RE = lazy(
  () =>
    new RegExp(
      String.raw`^${RANGE_END}[^.;$€£\d]{0,30}?\s(?:per|par|pro|je|por)\s(?:each\s|chaque\s|cada\s|ogni\s)?${UNIT}(?![\p{L}])|^${RANGE_END}[^.;$€£\d]{0,20}?\s(?:a|an|le|du|al|el|o|the)\s${SMALL_UNIT}(?![\p{L}])|^${RANGE_END}\s?\/\s?${UNIT}(?![\p{L}])`,
      'iu',
    ),
);
/**
 * Before the amount: the unit valued or priced ("valuing a megawatt of critical IT capacity at", "each megawatt
 * costs", "chaque mégawatt vaut", "jedes Megawatt kostet", "cada megavatio cuesta", "ogni megawatt vale", "each
 * gigawatt requires", "cada gigawatt exige", "jedes Gigawatt erfordert", "ogni gigawatt richiede", "puts a
 * megawatt of colocation capacity at"); every
 * amount of that clause is a price per unit ("… at $8 million to $17 million and cloud capacity at up to $19 million").
 */
const UNIT_VALUED_BEFORE_RE = lazy(
  () =>
    new RegExp(
      String.raw`(?:\b(?:valu\p{L}*|pric\p{L}*|cost\p{L}*|worth|bewert\p{L}*|valoris\p{L}*|valor\p{L}*|valut\p{L}*|prezz\p{L}*|kostet|erfordert|ben[öo]tigt|braucht)\s(?:a|an|one|each|every|un|une|ein(?:en)?|jedes|uno?|cada|ogni)\s${UNIT}|(?:\beach|\bevery|chaque|jedes|cada|ogni)\s${UNIT}(?![\p{L}])[^.;$€£]{0,40}?(?:costs?|is worth|vaut|co[uû]te|kostet|cuesta|vale|costa|requires?|needs?|calls for|exige|n[ée]cessite|demande|erfordert|ben[öo]tigt|braucht|requiere|necesita|richiede|requer|precisa))(?![\p{L}])|(?<![\p{L}])(?:a|an|each|every|un|une|ein|jedes|uno?|um|cada|ogni)\s${SMALL_UNIT}(?![\p{L}])[^.;$€£\d]{0,70}?\s(?:at|à|auf|mit|en|a|em|in)\s?(?:up to\s|jusqu'à\s|bis zu\s|hasta\s|fino a\s|até\s)?$`,
      'iu',
    ),
);

/** A range's lower bound just before its upper one: "$8 million to ", "8 à ", "US$ 8 milhões a ". */
const RANGE_START_RE = /(?:US)?[$€£]?\s?[\d.,]+\s?(?:\p{L}+\.?\s?)?(?:to|-|–|à|bis|a|al|y|e)\s?$/u;

/** The first amount of the clause before this one (its price per unit, when the clause prices a unit). */
const EARLIER_AMOUNT_RE = /(?:US)?[$€£]\s?\d/;
/** Above this, an amount is no price of a megawatt or a GPU-hour. */
const MAX_UNIT_PRICE_USD = 1e9;

/** Characters read on either side of the amount. */
const AFTER_REACH = 90;
const BEFORE_REACH = 160;

export function isUnitPrice(text: string, sentence: Span, start: number, end: number, usd: number): boolean {
  const after = text.slice(end, Math.min(sentence.end, end + AFTER_REACH));
  // Read back to the clause's start only: "… bewerten jedes Megawatt mit 12 Mio., der Vertrag ist 3,7 Mrd. wert".
  const reach = text.slice(Math.max(sentence.start, start - BEFORE_REACH), start);
  const before = reach.slice(Math.max(reach.lastIndexOf(', '), reach.lastIndexOf('; ')) + 1);
  if (!UNIT_WORD_RE.test(after) && !UNIT_WORD_RE.test(before)) return false;
  // A range's upper bound reads past its lower bound: "puts a megawatt at $8 million to | $17 million".
  if (PER_UNIT_AFTER_RE().test(after) || UNIT_VALUED_BEFORE_RE().test(before.replace(RANGE_START_RE, '')))
    return true;
  // "… a megawatt of colocation capacity at $8 million and cloud capacity at up to $19 million": a later amount of
  // the clause that prices the unit is a price per unit too, when it can be one (no megawatt costs a billion).
  const earlier = before.search(EARLIER_AMOUNT_RE);
  return (
    usd < MAX_UNIT_PRICE_USD &&
    earlier > 0 &&
    UNIT_VALUED_BEFORE_RE().test(before.slice(0, earlier).replace(RANGE_START_RE, ''))
  );
}
