// A pair's sum beside its parts (issue 8, aggregates): "Nvidia to rent back its own chips from Lambda for $1.5
// billion" over a body that tells "about $1.3 billion … and a further $200 million in a separate deal". The
// headline's figure is the two contracts added up, no contract of its own; whatever words a text uses for the sum
// ("across two agreements", "insgesamt", "somados", or none at all), the arithmetic shows it.
import { parseMoney } from '../money';
import type { Candidate } from './candidate';

/**
 * Words that tell two contracts of a pair apart, in six languages: without them the parts may be one contract's
 * firm amount and its option ("$12 billion, and up to $15 billion more", whose sum is the contract's value) or an
 * expansion and the earlier contract (whose sum is a running total).
 */
const TWO_CONTRACTS_RE =
  /\b(?:(?:separate|second|another) (?:[^\s.]+ ){0,3}(?:deal|contract|agreement|lease)|two (?:deals|contracts|agreements|leases)|deux (?:contrats|accords|baux)|(?:second|deuxi[èe]me|autre) (?:[^\s.]+ ){0,3}(?:contrat|accord|bail)|contrat distinct|zwei (?:Vertr[äa]ge|Mietvertr[äa]ge|Vereinbarungen|Abkommen)|zweite[rn]? (?:[^\s.]+ ){0,3}(?:Vertrag|Mietvertrag|Vereinbarung|Abkommen)|dos (?:contratos|acuerdos)|(?:segundo|otro) (?:[^\s.]+ ){0,3}(?:contrato|acuerdo)|due (?:contratti|accordi)|(?:second[oa]|altro) (?:[^\s.]+ ){0,3}(?:contratto|accordo|intesa)|dois (?:contratos|acordos)|(?:segundo|outro) (?:[^\s.]+ ){0,3}(?:contrato|acordo))\b/i;

/** How near the parts must add up to the sum: "about $1.3 billion" and "$200 million" make "$1.5 billion". */
const ROUNDING = 0.03;

/** The most sentences about one pair that are read for a sum. */
const MAX_SENTENCES = 12;

const pairKey = (c: Candidate): string => [c.mention.buyer.id, c.mention.provider.id].sort().join('|');

/** The smaller of two of `parts` (each smaller than `sum`) that add up to it, or null. */
function smallerPartOf(sum: number, parts: readonly number[]): number | null {
  const smaller = parts.filter((p) => p < sum);
  for (let i = 0; i < smaller.length; i++)
    for (let j = i + 1; j < smaller.length; j++)
      if (Math.abs(smaller[i]! + smaller[j]! - sum) <= sum * ROUNDING)
        return Math.min(smaller[i]!, smaller[j]!);
  return null;
}

/**
 * The candidates left once every amount that is the sum of two amounts told in the other sentences about the same
 * pair is dropped, when `text` tells two contracts apart; the smaller of the two is then a contract of its own. A pair told in one sentence only is left alone (its sum
 * has no parts to be checked against).
 */
export function withoutSumsOfParts(candidates: readonly Candidate[], text: string): Candidate[] {
  const byPair = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byPair.get(pairKey(c));
    if (list) list.push(c);
    else byPair.set(pairKey(c), [c]);
  }
  // "pair|value" of each sum found, and of the smaller contract it adds (told apart from the larger one).
  const sums = new Set<string>();
  const apart = new Set<string>();
  for (const [key, list] of byPair) {
    if (list.length < 2) continue;
    // Each sentence is read once; a pair told in very many sentences is a long filing's, not a headline's sum.
    const amountsOf = new Map<string, number[]>();
    for (const c of list) if (!amountsOf.has(c.mention.evidence)) amountsOf.set(c.mention.evidence, []);
    if (amountsOf.size < 2 || amountsOf.size > MAX_SENTENCES) continue;
    for (const evidence of amountsOf.keys())
      amountsOf.set(
        evidence,
        parseMoney(evidence).map((m) => m.usd),
      );
    for (const c of list) {
      const sum = c.mention.valueUsd;
      // A running total is a sum the text means as one (the expansion's step reads it, expansion.ts).
      if (sum === null || c.total || sums.has(`${key}|${sum}`)) continue;
      const parts = new Set<number>();
      for (const [evidence, amounts] of amountsOf)
        if (evidence !== c.mention.evidence) for (const a of amounts) parts.add(a);
      const smaller = smallerPartOf(sum, [...parts]);
      if (smaller !== null) {
        sums.add(`${key}|${sum}`);
        apart.add(`${key}|${smaller}`);
      }
    }
  }
  if (sums.size === 0 || !TWO_CONTRACTS_RE.test(text)) return [...candidates];
  const at = (c: Candidate): string => `${pairKey(c)}|${c.mention.valueUsd}`;
  // The smaller contract is another contract of the pair, merged apart (distinct-contracts.ts).
  return candidates
    .filter((c) => c.total || !sums.has(at(c)))
    .map((c) => (apart.has(at(c)) ? { ...c, earlier: true, ownSentence: true } : c));
}
