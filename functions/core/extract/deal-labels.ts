// Two contracts, each named by one company as its label, in one sentence (issue 8, wrong pair): "the Meta deal
// follows the Microsoft contract of $17.4 billion", "Meta's agreement is far smaller than Microsoft's contract",
// "le contrat Meta s'ajoute au contrat Microsoft", "der Meta-Deal folgt auf den Microsoft-Vertrag". Each name is one
// party of its own contract: the two labels are never one pair (the restated deal's other party is the article's
// subject, not the new deal's buyer).
import type { Party } from './parties';

const CONTRACT = `(?:contracts?|deals?|agreements?|pacts?|accords?|contrats?|vertrag|vertr[äa]ge|deal|vereinbarung|acuerdos?|contratos?|contratt[oi]|accord[oi]|acordos?)`;
/** The name, then the noun: "Microsoft contract", "Meta's agreement", "Microsoft-Vertrag", "Meta-Deal". */
const NOUN_AFTER_RE = new RegExp(String.raw`^(?:['’]s?\s|\s|-)${CONTRACT}\b`, 'iu');
/** The noun, then the name: "le contrat Microsoft", "il contratto Meta", "o contrato Microsoft" (no "with"). */
const NOUN_BEFORE_RE = new RegExp(String.raw`\b${CONTRACT}\s$`, 'iu');

/** Where the contract noun that the company labels stands, or -1 when it labels none. */
export function labelledDeal(text: string, p: Party): number {
  const after = text.slice(p.end, p.end + 20);
  const m = NOUN_AFTER_RE.exec(after);
  if (m) return p.end + m[0].length;
  const before = text.slice(Math.max(0, p.start - 20), p.start);
  return NOUN_BEFORE_RE.test(before) ? p.start : -1;
}

/** Do the two companies each label a contract of their own (two different contract nouns)? */
export function labelTwoDeals(text: string, a: Party, b: Party): boolean {
  const da = labelledDeal(text, a);
  const db = labelledDeal(text, b);
  return da >= 0 && db >= 0 && da !== db;
}
