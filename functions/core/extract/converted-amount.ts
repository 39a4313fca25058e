// "aumentando a fortuna … em mais de US$ 100 bilhões (R$ 540,44 bilhões)", "14,2 Md$ (12,1 Md€)": an amount in
// brackets right after another is that amount in another currency. It tells no money of its own, so it shares the
// fate of the amount it converts: when that one is dropped (a fortune, a stake, a sum), the conversion goes too.
import { CONVERSION_OPENING } from './bracketed-conversion';
import type { Trigger } from './triggers';

/** What may stand between an amount and its conversion: an opening bracket and a word for "about". */
const CONVERSION_GAP_RE = new RegExp(String.raw`${CONVERSION_OPENING})?\s?$`, 'i');

/** The kept amounts without those that only convert a dropped amount into another currency. */
export function withoutConversionsOfDropped(text: string, all: Trigger[], kept: Trigger[]): Trigger[] {
  if (kept.length === all.length) return kept;
  const keptSet = new Set(kept);
  return kept.filter((t) => {
    if (!t.money) return true;
    const converted = all.find(
      (d) =>
        d.money &&
        d.end <= t.start &&
        t.start - d.end <= 24 &&
        CONVERSION_GAP_RE.test(text.slice(d.end, t.start)),
    );
    return converted === undefined || keptSet.has(converted);
  });
}

/** `later` stands in brackets right after `earlier`: the same money told in another currency. */
function convertsInBrackets(text: string, earlier: Trigger, later: Trigger): boolean {
  return (
    later.start >= earlier.end &&
    later.start - earlier.end <= 24 &&
    CONVERSION_GAP_RE.test(text.slice(earlier.end, later.start))
  );
}

/** From a dollar amount to a bracket opened later in its clause: words only, no figure, no break. */
const CLAUSE_TO_BRACKET_RE =
  /^[^.;:()[\]\d]{0,80}[([]\s?(?:about|approximately|roughly|around|some|environ|soit|rund|etwa|ca\.|circa|cerca de|aproximadamente|unos|unas|quase)?\s?$/i;

/** Another contract told between them ("and a separate contract with Nebius (5 billion euros)") has its own value. */
const CONTRACT_NOUN_RE =
  /\b(?:contracts?|deals?|agreements?|leases?|orders?|accords?|contrats?|vertr[äa]ge?|vereinbarung|acuerdos?|contratos?|accord[oi]|contratt[oi]|acordos?)\b/i;

/**
 * "more than $6 billion of services from CoreWeave (about 5.05 billion euros)": a foreign amount alone in brackets
 * at the end of the dollar amount's clause converts it, though words stand between them.
 */
function convertsAfterClause(text: string, dollar: Trigger, foreign: Trigger): boolean {
  return (
    foreign.start > dollar.end &&
    CLAUSE_TO_BRACKET_RE.test(text.slice(dollar.end, foreign.start)) &&
    !CONTRACT_NOUN_RE.test(text.slice(dollar.end, foreign.start)) &&
    /^\s?[)\]]/.test(text.slice(foreign.end, foreign.end + 3))
  );
}

/**
 * "8,3 milliards d'euros (9,7 milliards de dollars)", "12 Mrd. Euro (14 Mrd. Dollar)": a foreign amount with its
 * dollar figure in brackets right after it. The dollar figure is the one the text states, the converted euro amount
 * only an estimate at today's rate: the foreign amount gives way to it. The other way round, "hasta 19.400 millones
 * de dólares (16.564 millones de euros)", the bracketed euro figure is the conversion: the dollar figure stays and
 * the conversion goes, or it would come out as a second contract of the pair at the euro rate's value.
 */
export function withDollarConversionsPreferred(text: string, kept: Trigger[]): Trigger[] {
  const foreign = kept.filter((t) => t.money && t.money.currency !== 'USD');
  if (foreign.length === 0) return kept;
  const dollars = kept.filter((u) => u.money?.currency === 'USD');
  const replaced = new Set(
    foreign.filter((t) =>
      dollars.some(
        (u) =>
          convertsInBrackets(text, t, u) || convertsInBrackets(text, u, t) || convertsAfterClause(text, u, t),
      ),
    ),
  );
  return replaced.size === 0 ? kept : kept.filter((t) => !replaced.has(t));
}
