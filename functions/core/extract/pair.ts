// Binding an amount to its two parties: its own clause first, then earlier clauses without an amount of their
// own, then the sentence's subject.
import { HARDWARE_RE } from './cues';
import { isPurchase, type Party } from './parties';
import { clauseBreaks, type Span } from './sentences';

/** Picks the two parties of the amount at `pos`: its own clause first, then earlier clauses without an amount. */
export function choosePair(
  text: string,
  sentence: Span,
  parties: Party[],
  pos: number,
  otherTriggers: number[],
  registrantId: string | null,
): Party[] {
  // "buys chips for $40bn to fill the campus it will lease to OpenAI": OpenAI is not a party of the purchase.
  const purchaseBefore = isPurchase(text, sentence, pos);
  const inView = purchaseBefore ? parties.filter((p) => !(p.downstream && p.start > pos)) : parties;
  const strong = inView.filter((p) => !p.weak);
  // A brand named as the product ("NVIDIA GB300 GPUs") is a party only when the sentence buys hardware.
  const weakAllowed = purchaseBefore || HARDWARE_RE.test(text.slice(sentence.start, sentence.end));
  let pool =
    new Set(strong.map((p) => p.company.id)).size >= 2
      ? strong
      : inView.filter((p) => !p.weak || p.tenant || weakAllowed);
  const beside = besideAmount(text, pool, pos);
  if (beside) return beside;
  let breaks = clauseBreaks(text, sentence, pool);
  const clauseOf = (x: number): number => {
    let i = 0;
    while (i < breaks.length && breaks[i]! < x) i++;
    return i;
  };
  let own = clauseOf(pos);
  // "…, which is buying $40 billion of Nvidia GB200 chips": the maker of the goods the amount's own clause buys
  // is a party of that amount, even when two other companies are named around it.
  if (pool === strong && purchaseBefore) {
    const clauseStart = own > 0 ? breaks[own - 1]! : sentence.start;
    const makers = inView.filter(
      (p) => p.product && !p.tenant && clauseOf(p.start) === own && p.start > clauseStart,
    );
    if (makers.length > 0 && isPurchase(text, { start: clauseStart, end: sentence.end }, pos)) {
      pool = [...strong, ...makers].sort((x, y) => x.start - y.start);
      breaks = clauseBreaks(text, sentence, pool);
      own = clauseOf(pos);
    }
  }
  const clausesWithAmounts = new Set(otherTriggers.filter((t) => t !== pos).map(clauseOf));
  const picked: Party[] = [];
  const add = (p: Party): void => {
    if (picked.length < 2 && !picked.some((q) => q.company.id === p.company.id)) picked.push(p);
  };
  const byDistance = (list: Party[]): Party[] =>
    [...list].sort((x, y) => Math.abs(x.start - pos) - Math.abs(y.start - pos));
  for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === own))) add(p);
  for (let c = own - 1; c >= 0 && picked.length < 2; c--) {
    if (clausesWithAmounts.has(c)) continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  for (let c = own + 1; c <= breaks.length && picked.length < 2; c++) {
    if (clausesWithAmounts.has(c)) continue;
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // The sentence's subject (its first party) takes part in every clause's deal.
  if (picked.length < 2 && pool[0]) add(pool[0]);
  // "extends its contract with OpenAI by $6.5 billion, bringing the total to $22.4 billion": same parties.
  for (let c = own - 1; c >= 0 && picked.length < 2; c--) {
    for (const p of byDistance(pool.filter((q) => clauseOf(q.start) === c))) add(p);
  }
  // A filing discloses the registrant's own contracts: when the registrant is in view, it is a party.
  const reg = registrantId ? pool.find((p) => p.company.id === registrantId) : undefined;
  if (reg && picked.length === 2 && !picked.some((p) => p.company.id === registrantId)) {
    const other = picked.find((p) => p.company.id !== registrantId)!;
    return [other, reg];
  }
  return picked;
}

/**
 * A roundup's element: "signed with AWS ($38 billion), Oracle ($300 billion) and Microsoft", "signs IREN for $9.7B
 * and Lambda for …": the amount binds to the company it stands beside and the sentence's subject (its first
 * party), never to the next element's company.
 */
const BESIDE_BEFORE_RE =
  /^(?:['’]s?)?\s?(?:\(\s?|\s(?:for|pour|f[üu]r|por|per)\s|:\s)(?:about\s|roughly\s|around\s|some\s|up to\s|environ\s|pr[èe]s de\s|jusqu['’]à\s|rund\s|etwa\s|bis zu\s|unos\s|hasta\s|circa\s|cerca de\s|até\s)?$/i;

function besideAmount(text: string, pool: Party[], pos: number): Party[] | null {
  const before = pool.filter((p) => p.end <= pos && pos - p.end <= 24);
  const next = before[before.length - 1];
  if (!next || !BESIDE_BEFORE_RE.test(text.slice(next.end, pos))) return null;
  const subject = pool.find((p) => p.start < next.start && p.company.id !== next.company.id);
  return subject ? [subject, next] : null;
}
