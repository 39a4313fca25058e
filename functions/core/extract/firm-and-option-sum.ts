// A firm amount and an option told beside it ("$12 billion of dedicated capacity … and up to $15 billion more if
// Nebius cannot sell it", "12 milliards … et jusqu'à 15 milliards", "12.000 millones … y hasta 15.000 millones") make
// one pair's contract and its option; the figure they add up to ("up to $27 billion", "peut atteindre 27
// milliards", "bis zu 27 Milliarden") is what the whole could reach, the option's ceiling: no contract's value, as
// option-ceiling.ts drops a ceiling told with its options. The arithmetic shows it wherever the ceiling is told (the
// headline, a lead, a closing sum), so it is read over the pair's candidates, before the merge: the pair keeps its
// firm amount. A running total (an expansion's increment and the total reached) is left to the expansion's step.
// The option itself, when it is a promise to buy what the seller cannot sell to other customers ("if Nebius cannot
// sell that capacity to other customers", "si Nebius ne la vend pas à d'autres clients", "falls der Anbieter sie
// nicht an andere Kunden verkauft"), backs the seller's build as a guarantee does: a `capacity_backstop` of its own
// beside the firm contract (the corpus's convention since h6), kept apart in the merge (distinct-contracts.ts).
import { byPair, type Candidate, pairKey } from './candidate';

/** The seller's capacity left unsold, in six languages: "cannot sell … to other customers", "unsold", "invendue". */
const UNSOLD_RE =
  /\bunsold\b|invendu|non vendut|no vendid|n[ãa]o vendid|sin vender|nicht anderweitig|pas ailleurs|(?:\b(?:not|no|non|não|nicht|pas|ne)|cannot|can['’]t|unable)\s[^.;]{0,50}?(?:other|d['’]autres?|autres?|andere[nr]?|otros|otras|altri|altre|outros|outras)\s(?:\S+\s)?(?:customers|clients|buyers|takers|preneurs?|acheteurs|Kunden|Abnehmer|clientes|compradores|clienti|acquirenti)\b/iu;

/** How far after an option's amount its condition is read. */
const CONDITION_CHARS = 200;

/** How near a firm amount and an option must add up to the ceiling ("about $12 billion" and "$15 billion"). */
const ROUNDING = 0.03;

/** A firm amount of the body: stated, no option, no possibility, no running total, no increment. */
const isFirm = (c: Candidate): boolean =>
  c.mention.valueUsd !== null &&
  !c.fromTitle &&
  !c.hypothetical &&
  !c.total &&
  !c.increment &&
  c.mention.cumulative &&
  c.mention.qualifier !== 'up_to';

/** An option of the body: an amount told as a ceiling ("up to $15 billion"), no running total. */
const isOption = (c: Candidate): boolean =>
  c.mention.valueUsd !== null && !c.fromTitle && !c.total && c.mention.qualifier === 'up_to';

/** The candidates without those whose amount is a firm amount of their pair plus an option of it. */
export function withoutFirmAndOptionSums(candidates: readonly Candidate[]): Candidate[] {
  const groups = byPair(candidates);
  const sums = new Set<Candidate>();
  for (const list of groups.values()) {
    const firm = list.filter(isFirm).map((c) => c.mention.valueUsd!);
    const options = list.filter(isOption).map((c) => c.mention.valueUsd!);
    if (firm.length === 0 || options.length === 0) continue;
    for (const c of list) {
      const sum = c.mention.valueUsd;
      if (sum === null || c.total) continue;
      const adds = firm.some(
        (f) => f < sum && options.some((o) => o < sum && Math.abs(f + o - sum) <= sum * ROUNDING),
      );
      if (adds) sums.add(c);
    }
  }
  return sums.size === 0 ? [...candidates] : candidates.filter((c) => !sums.has(c));
}

/**
 * An option's amount told as a promise to buy the seller's unsold capacity, beside a firm amount of the same pair:
 * marked a `capacity_backstop` contract of its own. An option's promise is read after its amount, in its own
 * sentence; a firm amount's in its own clause before it, beside another firm amount of the pair.
 */
export function withUnsoldCapacityApart(candidates: readonly Candidate[]): Candidate[] {
  const firm = candidates.filter(isFirm);
  if (firm.length === 0) return [...candidates];
  const firmPairs = new Set(firm.map(pairKey));
  // Another firm amount of the pair than the candidate's own.
  const besideFirm = (c: Candidate): boolean =>
    firm.some((f) => pairKey(f) === pairKey(c) && f.mention.valueUsd !== c.mention.valueUsd);
  return candidates.map((c) => {
    if (!c.mention.valueText || !(isOption(c) ? firmPairs.has(pairKey(c)) : isFirm(c) && besideFirm(c)))
      return c;
    const at = c.mention.evidence.indexOf(c.mention.valueText);
    if (at < 0) return c;
    const after = c.mention.evidence.slice(at + c.mention.valueText.length, at + CONDITION_CHARS);
    const own = after.search(/[.!?](?:\s|$)/);
    // A firm amount is such a promise by the words of its own clause before it: "and more recently committed to buy
    // any of CoreWeave's unsold capacity through 2032 under an order worth $6.3 billion".
    const unsold = isOption(c)
      ? UNSOLD_RE.test(own >= 0 ? after.slice(0, own) : after)
      : UNSOLD_RE.test(ownClauseBefore(c.mention.evidence.slice(Math.max(0, at - CONDITION_CHARS), at)));
    if (!unsold) return c;
    return { ...c, unsold: true, mention: { ...c.mention, kind: 'capacity_backstop' } };
  });
}

/** An amount's figure, for where the clause before another amount starts. */
const FIGURE_RE =
  /\d[\d.,]*\s?(?:billion|million|bn|mn|Mrd\.?|Mio\.?|Milliarden|Millionen|milliards?|millions?|millones|mil millones|miliardi|milioni|bilh(?:ão|ões)|milh(?:ão|ões))/giu;

const CLAUSE_END_RE = /[.!?;]\s/g;

/** The words before an amount back to the sentence's start or the amount before it. */
function ownClauseBefore(before: string): string {
  let from = 0;
  for (const m of before.matchAll(CLAUSE_END_RE)) from = m.index + m[0].length;
  for (const m of before.matchAll(FIGURE_RE)) from = Math.max(from, m.index + m[0].length);
  return before.slice(from);
}
