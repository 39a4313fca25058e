// Two contracts of one pair told side by side: "Nvidia will lease 10,000 servers from Lambda for $1.3 billion, and
// 8,000 more in a separate $200 million deal", "Ein zweiter Vertrag über 200 Millionen Dollar", "São dois contratos:
// US$ 1,3 bilhão … e mais US$ 200 milhões". Each amount is a contract of its own; a figure that is their sum
// ("Nvidia rents back its chips from Lambda for $1.5 billion", "Somados, … chegam a US$ 1,5 bilhão") is the pair's
// total across them, no contract's value.
import { lazy } from '../lazy';
import type { MentionStatus } from '../types';
import type { Candidate } from './candidate';

/** The hedges a story puts on all it tells, strongest first. */
const HEDGES: readonly MentionStatus[] = ['in_talks', 'reported'];

/** Per language: the words that count a pair's contracts as two or more, or set one apart from the other. */
const SEPARATE_CONTRACT_CUES: readonly string[] = [
  // en
  '(?:separate|second|two|both) (?:[\\w$.,-]+ ){0,3}?(?:contracts?|deals?|agreements?|leases?|orders?)',
  'the other (?:one |for |of |worth |covers |is )',
  // fr
  '(?:second|seconde|deuxi[èe]me|deux|autre) (?:[\\p{L}$.,-]+ ){0,2}?(?:contrats?|accords?|baux|bail|commandes?)',
  '(?:contrat|accord|bail) (?:distinct|s[ée]par[ée])',
  // de
  '(?:zweite[nrs]?|separate[nrs]?|gesonderte[nrs]?|zwei|beide[n]?) (?:[\\p{L}.,-]+ ){0,2}?(?:Vertr[äa]ge?|Mietvertr[äa]ge?|Vereinbarung(?:en)?|Auftr[äa]ge?)',
  // es
  '(?:segundo|dos|ambos) (?:[\\p{L}.,-]+ ){0,2}?(?:contratos?|acuerdos?|arrendamientos?|pedidos?)',
  '(?:contrato|acuerdo) (?:aparte|separado|distinto)',
  // it
  '(?:secondo|due|entrambi) (?:[\\p{L}.,-]+ ){0,2}?(?:contratt[oi]|accord[oi]|ordini|ordine)',
  '(?:contratto|accordo) (?:separato|distinto|a parte)',
  // pt
  '(?:segundo|dois|ambos) (?:[\\p{L}.,-]+ ){0,2}?(?:contratos?|acordos?|arrendamentos?|pedidos?)',
  '(?:contrato|acordo) (?:separado|distinto|[àa] parte)',
];

const SEPARATE_CONTRACT_RE = lazy(
  () => new RegExp(`(?<![\\p{L}\\d])(?:${SEPARATE_CONTRACT_CUES.join('|')})`, 'iu'),
);

const SAME_VALUE = 0.02;
const sameValue = (x: number, y: number): boolean => Math.abs(x - y) <= Math.max(x, y) * SAME_VALUE;

/** "$8.7 billion if both renewal options are exercised", "8,7 milliards avec les prolongations": an option's value. */
const OPTION_AFTER_RE =
  /^[^.;]{0,40}?(?:\b(?:if|should|were|options?|renewals?|extensions?)\b|\bsi\b|\bfalls\b|\bwenn\b|option|opci[óo]n|opzion|op[çc][õoã]|prolong|renouvel|pr[óo]rrog|proroga|verl[äa]ngerung)/i;

/** A firm amount of its own (no option, no running total, no increment of an expansion). */
function firmValue(c: Candidate): number | null {
  const m = c.mention;
  if (m.valueUsd === null || c.hypothetical || c.total || c.increment) return null;
  const at = m.valueText ? m.evidence.indexOf(m.valueText) : -1;
  if (at >= 0 && OPTION_AFTER_RE.test(m.evidence.slice(at + m.valueText!.length))) return null;
  return m.valueUsd;
}

/** Is `v` the sum of two or more of `parts` (each part another value)? Subsets of a handful, by bits. */
function isSumOf(v: number, parts: readonly number[]): boolean {
  const others = parts.filter((p) => !sameValue(p, v) && p < v);
  if (others.length < 2 || others.length > 8) return false;
  for (let mask = 1; mask < 1 << others.length; mask++) {
    if ((mask & (mask - 1)) === 0) continue;
    let sum = 0;
    for (let i = 0; i < others.length; i++) if (mask & (1 << i)) sum += others[i]!;
    if (sameValue(sum, v)) return true;
  }
  return false;
}

/**
 * One pair's candidates split into its side-by-side contracts, or null when the text does not tell two: the body
 * states two or more firm amounts of the pair, a sentence of the pair counts or sets its contracts apart, and no
 * amount is an expansion's (an increment and its total are one contract: expansion.ts). The amounts that sum
 * others are dropped; the candidates without an amount join the first contract.
 */
export function splitSeparateContracts(list: readonly Candidate[]): Candidate[][] | null {
  if (list.some((c) => c.mention.status === 'expanded' || c.total || c.increment || c.earlierLead))
    return null;
  const body = list.filter((c) => !c.fromTitle && firmValue(c) !== null);
  const values: number[] = [];
  for (const c of body)
    if (!values.some((v) => sameValue(v, c.mention.valueUsd!))) values.push(c.mention.valueUsd!);
  if (values.length < 2) return null;
  if (!list.some((c) => SEPARATE_CONTRACT_RE().test(c.mention.evidence))) return null;
  const parts = values.filter((v) => !isSumOf(v, values));
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
