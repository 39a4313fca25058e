// The pair's earlier contracts told beside its expansion: "Meta agreed to buy an additional $21 billion … The two
// had booked up to $14.2 billion in September", "Il primo contratto, da 11,9 miliardi, risale a marzo; a maggio si
// era aggiunta un'estensione da 4 miliardi". The article is about the addition; what the pair signed before is the
// base it grows from (inside the running total when one is told), history rather than a contract of its own. A
// new contract of the pair that grows nothing ("a new $27 billion agreement … after a $3 billion contract in
// November") keeps its earlier one apart (distinct-contracts.ts).
import type { Candidate } from './candidate';
import { textBefore } from './text-window';

const firm = (c: Candidate): boolean =>
  c.mention.valueUsd !== null && !c.hypothetical && !c.earlier && !c.earlierLead;

const SAME = 0.03;

const FIRST_CONTRACT_RE =
  /\b(?:first|initial|original) (?:contract|agreement|deal|order|lease)|\bpremi(?:er|[èe]re) (?:contrat|accord|bail|commande)|\b(?:contrat|accord|bail) (?:initial|original)|\berste[nmrs]? (?:Vertrag|Auftrag|Vereinbarung|Mietvertrag)|\bprimer (?:contrato|acuerdo|pedido)|\bprim[oa] (?:contratto|accordo|ordine)|\bprimeir[oa] (?:contrato|acordo|encomenda)|\b(?:contrato|acuerdo|acordo|contratto|accordo) (?:inicial|iniziale|original|originale)/i;

/** How far before its amount the words naming the first contract are read (within the amount's clause). */
const FIRST_REACH = 100;

/** The amount's clause names it as the pair's first contract. */
function namedFirstContract(c: Candidate): boolean {
  const { evidence, valueText } = c.mention;
  const at = valueText ? evidence.indexOf(valueText) : -1;
  if (at < 0) return false;
  const before = textBefore(evidence, at, FIRST_REACH);
  return FIRST_CONTRACT_RE.test(before.slice(before.lastIndexOf(';') + 1));
}

/**
 * The pair's article contract grows: its largest firm amount (a running total aside) is an increment ("an
 * additional $21 billion", "weitere 21 Milliarden"), a running total comes with its increment, or a figure of the
 * pair is the earlier contracts plus an increment ("… 21 Milliarden … summierten sich auf gut 35 Milliarden … im
 * September 14,2 Milliarden"), a total the words did not mark. A tranche told as "additional" inside a larger new
 * contract ("up to $27 billion: $12 billion dedicated and up to $15 billion more") is no growth of anything.
 */
function grows(rest: readonly Candidate[], earlier: readonly Candidate[]): boolean {
  const firmRest = rest.filter(firm);
  if (firmRest.some((c) => c.total && c.increment != null)) return true;
  let largest: Candidate | undefined;
  for (const c of firmRest)
    if (!c.total && (!largest || c.mention.valueUsd! > largest.mention.valueUsd!)) largest = c;
  if (largest?.mention.status === 'expanded') return true;
  const before = [...new Set(earlier.map((c) => c.mention.valueUsd!))].reduce((x, y) => x + y, 0);
  // The sum is the running total when the words mark either part: the increment ("additional") or the total.
  return firmRest.some((inc) =>
    firmRest.some(
      (t) =>
        t !== inc &&
        (inc.mention.status === 'expanded' || t.total) &&
        Math.abs(t.mention.valueUsd! - before - inc.mention.valueUsd!) <= t.mention.valueUsd! * SAME,
    ),
  );
}

/**
 * The earlier contracts to leave out: the pair's article contract grows, and the earlier one is told in a clause of
 * its own ("already", a month, a pluperfect) without a term of its own. A running total's lead-in ("Including the
 * two initial leases, which …") is another grammar, read by distinct-contracts.ts.
 */
export function backgroundOfExpansion(
  rest: readonly Candidate[],
  earlier: readonly Candidate[],
): Candidate[] {
  if (!grows(rest, earlier)) return [];
  // Told in full, with a term of its own ("verpflichtete sich OpenAI, über fünf Jahre … für 11,9 Milliarden
  // abzunehmen", "einen Vertrag über 14,2 Milliarden Dollar mit Laufzeit bis Ende 2031"), or named as the first contract ("Le premier contrat date de mars : OpenAI s'était engagé à acheter
  // pour 11,9 milliards", "dem ersten Vertrag über 14,2 Milliarden"), the earlier contract is stated as a contract of
  // its own, not recalled as the base.
  return earlier.filter(
    (c) => !c.earlierLead && c.mention.termYears == null && !ownEndDate(c) && !namedFirstContract(c),
  );
}

/** An end date told in the amount's own sentence (one read from the sentence after may be the new contract's). */
function ownEndDate(c: Candidate): boolean {
  const { endDate, evidence } = c.mention;
  return endDate !== null && evidence.includes(endDate.slice(0, 4));
}
