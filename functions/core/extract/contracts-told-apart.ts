// Contracts of one pair told apart (issue 8, aggregates and recall). The rule: when a text tells two or more
// contracts of one company pair apart ("a separate $200 million deal", "deux contrats", "zwei Mietverträge", "dos
// contratos", "un secondo contratto", "São dois contratos"), each firm amount of the pair is a contract of its own,
// and a figure that adds two or more of them up ("Nvidia rents back its chips from Lambda for $1.5 billion" over
// "$1.3 billion … and a separate $200 million deal"; "Somados, … chegam a US$ 1,5 bilhão") is their sum: no
// contract's value, whatever words it is told with (the arithmetic shows it). A firm amount and its option ("$12
// billion, and up to $15 billion more"), and an expansion's increment and running total, are one contract's
// figures: the text does not tell them apart.
// The rule is read twice, where the facts it needs are at hand: over the whole document before the merge (a sum
// told in the headline or another sentence than its parts, the two contracts counted in a sentence that names
// neither company) and over one pair's candidates while they merge (both contracts told in the pair's sentences).
import { lazy } from '../lazy';
import { parseMoney } from '../money';
import type { MentionStatus } from '../types';
import { byPair, type Candidate, pairKey } from './candidate';

/** Per language: the words that count a pair's contracts as two or more, or set one apart from the other. */
const SEPARATE_CONTRACT_CUES: readonly string[] = [
  // en
  '(?:separate|second|another|two|both),? (?:[\\w$.,-]+ ){0,3}?(?:contracts?|deals?|agreements?|leases?|orders?)',
  'the other (?:one |for |of |worth |covers |is )',
  '(?:also|separately) (?:signed|agreed|inked|struck|entered|awarded|booked)',
  '(?:a|its|their) (?:new|further|fresh) (?:[\\w$.,-]+ ){0,3}?(?:contract|deal|agreement|lease|order)',
  // fr
  '(?:second|seconde|deuxi[èe]me|deux|autre),? (?:[\\p{L}$.,-]+ ){0,2}?(?:contrats?|accords?|baux|bail|commandes?)',
  '(?:contrat|accord|bail) (?:distinct|s[ée]par[ée])',
  '(?:un|son|leur) nouveau (?:[\\p{L}$.,-]+ ){0,2}?(?:contrat|accord|bail)',
  '(?:a|ont) (?:[ée]galement|aussi) (?:sign[ée]|conclu|paraph[ée])',
  // de
  '(?:einen|ein) (?:neuen|neues) (?:[\\p{L}.,-]+ ){0,2}?(?:Vertrag|Mietvertrag|Abkommen|Auftrag)',
  '(?:zweite[nrs]?|separate[nrs]?|gesonderte[nrs]?|zwei|beide[n]?),? (?:[\\p{L}.,-]+ ){0,2}?(?:Vertr[äa]ge?|Mietvertr[äa]ge?|Vereinbarung(?:en)?|Abkommen|Auftr[äa]ge?)',
  // es
  '(?:segundo|otro|dos|ambos),? (?:[\\p{L}.,-]+ ){0,2}?(?:contratos?|acuerdos?|arrendamientos?|pedidos?)',
  '(?:contrato|acuerdo) (?:aparte|separado|distinto)',
  '(?:un|su) nuevo (?:[\\p{L}.,-]+ ){0,2}?(?:contrato|acuerdo)',
  'tambi[ée]n (?:firm[óo]|cerr[óo]|suscribi[óo]|acord[óo])',
  // it
  '(?:second[oa]|altro|due|entrambi),? (?:[\\p{L}.,-]+ ){0,2}?(?:contratt[oi]|accord[oi]|intesa|ordini|ordine)',
  '(?:contratto|accordo) (?:separato|distinto|a parte)',
  '(?:un|il suo) nuovo (?:[\\p{L}.,-]+ ){0,2}?(?:contratto|accordo)',
  'ha(?:nno)? anche (?:firmato|siglato|concluso|sottoscritto)',
  // pt
  '(?:segundo|outro|dois|ambos),? (?:[\\p{L}.,-]+ ){0,2}?(?:contratos?|acordos?|arrendamentos?|pedidos?)',
  '(?:contrato|acordo) (?:separado|distinto|[àa] parte)',
  '(?:um|seu) novo (?:[\\p{L}.,-]+ ){0,2}?(?:contrato|acordo)',
  'tamb[ée]m (?:assinou|fechou|firmou|celebrou)',
];

const SEPARATE_CONTRACT_RE = lazy(
  () => new RegExp(`(?<![\\p{L}\\d])(?:${SEPARATE_CONTRACT_CUES.join('|')})`, 'iu'),
);

/** The text counts a pair's contracts as two or more, or sets one apart from another. */
export const countsContractsApart = (text: string): boolean => SEPARATE_CONTRACT_RE().test(text);

/** How near the parts must add up to the sum: "about $1.3 billion" and "$200 million" make "$1.5 billion". */
const ROUNDING = 0.03;
/** How near two figures must be to be one contract's. */
const SAME_VALUE = 0.02;
const sameValue = (x: number, y: number): boolean => Math.abs(x - y) <= Math.max(x, y) * SAME_VALUE;

/** Does `x`, rounded to the significant digits `round` is written with, give `round` ("$2.9 billion" → "$3 billion")? */
function roundsTo(x: number, round: number): boolean {
  const digits = Math.max(1, String(round).replace(/0+$/, '').length);
  const step = 10 ** (String(Math.trunc(round)).length - digits);
  return step > 0 && Math.round(x / step) * step === round;
}

/** The most sentences about one pair that are read for a sum. */
const MAX_SENTENCES = 12;

/** The hedges a story puts on all it tells, strongest first. */
const HEDGES: readonly MentionStatus[] = ['in_talks', 'reported'];

/** "$8.7 billion if both renewal options are exercised", "8,7 milliards avec les prolongations": an option's value. */
const OPTION_AFTER_RE =
  /^[^.;]{0,40}?(?:\b(?:if|should|were|options?|renewals?|extensions?)\b|\bsi\b|\bfalls\b|\bwenn\b|option|opci[óo]n|opzion|op[çc][õoã]|prolong|renouvel|pr[óo]rrog|proroga|verl[äa]ngerung)/i;

/**
 * The parts (each another value, smaller than `sum`) that add up to it within `tolerance`, or null: "about $1.3
 * billion" and "$200 million" make "$1.5 billion". Two parts are tried first; up to `most` of a handful, by bits.
 */
function partsOf(sum: number, values: readonly number[], tolerance: number, most: number): number[] | null {
  const others = values.filter((p) => p < sum && !sameValue(p, sum));
  const adds = (parts: readonly number[]): boolean =>
    Math.abs(parts.reduce((a, b) => a + b, 0) - sum) <= sum * tolerance;
  for (let i = 0; i < others.length; i++)
    for (let j = i + 1; j < others.length; j++)
      if (adds([others[i]!, others[j]!])) return [others[i]!, others[j]!];
  if (most <= 2 || others.length < 3 || others.length > 8) return null;
  for (let mask = 1; mask < 1 << others.length; mask++) {
    const parts = others.filter((_, i) => mask & (1 << i));
    if (parts.length > 2 && parts.length <= most && adds(parts)) return parts;
  }
  return null;
}

/** A firm amount of its own (no option, no running total, no increment of an expansion). */
function firmValue(c: Candidate): number | null {
  const m = c.mention;
  if (m.valueUsd === null || c.hypothetical || c.total || c.increment) return null;
  const at = m.valueText ? m.evidence.indexOf(m.valueText) : -1;
  if (at >= 0 && OPTION_AFTER_RE.test(m.evidence.slice(at + m.valueText!.length))) return null;
  return m.valueUsd;
}

/**
 * The whole document's reading, before the merge: a pair's amount that adds up amounts told in the pair's other
 * sentences is dropped when the text tells contracts apart anywhere; the smallest part is set apart as a contract
 * of its own (distinct-contracts.ts keeps it apart from the larger one). A pair told in one sentence only is left
 * alone (its sum has no parts to be checked against), and so is a running total (the expansion's step reads it).
 */
export function withoutSumsOfParts(candidates: readonly Candidate[], text: string): Candidate[] {
  const groups = byPair(candidates);
  // "pair|value" of each sum found, and of the smaller contract it adds (told apart from the larger one).
  const sums = new Set<string>();
  const apart = new Set<string>();
  // Every part of a sum: a contract the text tells, though its sentence borrows a party ("The larger of the two is
  // a $1.3 billion agreement under which the chipmaker will lease …").
  const counted = new Set<string>();
  // A part told apart with more goods ("In a second, smaller contract, Nvidia will rent 8,000 additional chips … for
  // $200 million") is no expansion: it takes the status the sum was told with.
  const sumStatus = new Map<string, MentionStatus>();
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    // Each sentence is read once; a pair told in very many sentences is a long filing's, not a headline's sum.
    const amountsOf = new Map<string, number[]>();
    for (const c of list) if (!amountsOf.has(c.mention.evidence)) amountsOf.set(c.mention.evidence, []);
    if (amountsOf.size < 2 || amountsOf.size > MAX_SENTENCES) continue;
    // An option, a ceiling or a running total told beside a firm amount ("and may buy up to $15 billion more",
    // "hasta 15.000 millones adicionales") is the same contract's, no part of a sum.
    const notFirm = new Set(
      list
        .filter((c) => firmValue(c) === null || c.mention.qualifier === 'up_to')
        .map((c) => c.mention.valueUsd),
    );
    for (const evidence of amountsOf.keys())
      amountsOf.set(
        evidence,
        parseMoney(evidence)
          .map((m) => m.usd)
          .filter((v) => !notFirm.has(v)),
      );
    for (const c of list) {
      const sum = c.mention.valueUsd;
      if (sum === null || c.total || c.mention.qualifier === 'up_to' || sums.has(`${key}|${sum}`)) continue;
      const told = new Set<number>();
      for (const [evidence, amounts] of amountsOf)
        if (evidence !== c.mention.evidence) for (const a of amounts) told.add(a);
      const parts = partsOf(sum, [...told], ROUNDING, 2);
      if (parts) {
        sums.add(`${key}|${sum}`);
        apart.add(`${key}|${Math.min(...parts)}`);
        // A running total's parts are its increments, told by the expansion's step.
        if (list.some((x) => x.total || x.increment)) continue;
        for (const p of parts) {
          counted.add(`${key}|${p}`);
          if (c.mention.status !== 'expanded') sumStatus.set(`${key}|${p}`, c.mention.status);
        }
      }
    }
  }
  if (sums.size === 0 || !countsContractsApart(text)) return [...candidates];
  const at = (c: Candidate): string => `${pairKey(c)}|${c.mention.valueUsd}`;
  return candidates
    .filter((c) => c.total || !sums.has(at(c)))
    .map((c) => {
      const status =
        c.mention.status === 'expanded' && countsContractsApart(c.mention.evidence)
          ? sumStatus.get(at(c))
          : undefined;
      const told = status ? { ...c, mention: { ...c.mention, status } } : c;
      return apart.has(at(c))
        ? { ...told, earlier: true, ownSentence: true }
        : counted.has(at(c))
          ? { ...told, ownSentence: true }
          : c;
    });
}

/**
 * One pair's reading, while it merges: its candidates split into its side-by-side contracts, or null when the
 * pair's sentences do not tell two apart (two or more firm amounts in the body, a sentence of the pair counting or
 * setting its contracts apart, no expansion's figures: an increment and its total are one contract). The amounts
 * that sum others are dropped; the candidates without an amount join the first contract.
 */
export function splitSeparateContracts(list: readonly Candidate[]): Candidate[][] | null {
  if (list.some((c) => c.mention.status === 'expanded' || c.total || c.increment || c.earlierLead))
    return null;
  const body = list.filter((c) => !c.fromTitle && firmValue(c) !== null);
  const values: number[] = [];
  // "approximately $3 billion" in the highlights and "$2.9 billion" in the body: one figure, rounded once.
  const hedged = new Set(
    body.filter((c) => c.mention.qualifier === 'approximately').map((c) => c.mention.valueUsd),
  );
  const same = (x: number, y: number): boolean =>
    sameValue(x, y) || (hedged.has(x) && roundsTo(y, x)) || (hedged.has(y) && roundsTo(x, y));
  for (const c of body)
    if (!values.some((v) => same(v, c.mention.valueUsd!))) values.push(c.mention.valueUsd!);
  if (values.length < 2) return null;
  if (!list.some((c) => countsContractsApart(c.mention.evidence))) return null;
  const parts = values.filter((v) => partsOf(v, values, SAME_VALUE, values.length) === null);
  if (parts.length < 2) return null;
  const groups: Candidate[][] = parts.map(() => []);
  // One story tells both contracts: its hedge ("The Information reported") is each one's.
  const hedge = HEDGES.find((h) => list.some((c) => c.mention.status === h));
  for (const told of list) {
    const c =
      hedge && told.mention.status === 'signed'
        ? { ...told, mention: { ...told.mention, status: hedge } }
        : told;
    const v = c.mention.valueUsd;
    if (v === null) {
      groups[0]!.push(c);
      continue;
    }
    const i = firmValue(c) === null && !c.fromTitle ? -1 : parts.findIndex((p) => sameValue(p, v));
    // A sum of the parts (the headline's "$1.5 billion", "together $1.5 billion") or an option: no contract's.
    if (i >= 0) groups[i]!.push(c);
  }
  return groups.filter((g) => g.length > 0);
}
