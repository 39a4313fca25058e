// Two contracts, each named by one company as its label, in one sentence (issue 8, wrong pair): "the Meta deal
// follows the Microsoft contract of $17.4 billion", "Meta's agreement is far smaller than Microsoft's contract",
// "le contrat Meta s'ajoute au contrat Microsoft", "der Meta-Deal folgt auf den Microsoft-Vertrag". Each name is one
// party of its own contract: the two labels are never one pair (the restated deal's other party is the article's
// subject, not the new deal's buyer).
import type { Party } from './parties';
import { opensLineUnderHeading } from './sentences';
import { textBefore } from './text-window';

const CONTRACT = `(?:contracts?|deals?|agreements?|pacts?|accords?|contrats?|vertrag(?:e?s)?|vertr[äa]ge|auftrag|auftr[äa]ge|deal|vereinbarung|acuerdos?|contratos?|contratt[oi]|accord[oi]|acordos?)`;
/** The name, then the noun: "Microsoft contract", "Meta's agreement", "Microsoft-Vertrag", "Meta-Deal". */
const NOUN_AFTER_RE = new RegExp(String.raw`^(?:['’]s?\s|\s|-)${CONTRACT}\b`, 'iu');
/** The noun, then the name: "le contrat Microsoft", "il contratto Meta", "o contrato Microsoft" (no "with"). */
const NOUN_BEFORE_RE = new RegExp(String.raw`\b${CONTRACT}\s$`, 'iu');

/**
 * The noun, then "with" and the name: "its first agreement with Meta", "son premier accord avec Meta", "den ersten
 * Vertrag mit Meta", "el acuerdo con Meta". The counterparty is named as its contract's label; the group ends at
 * the noun, where a "Microsoft contract" form puts it too ("the Microsoft contract with Nebius": one contract).
 */
const NOUN_WITH_BEFORE_RE = new RegExp(
  String.raw`(\b${CONTRACT})\s(?:with|avec|mit|con|com)\s(?:(?:the|la|le|l['’]|el|a|o|der|dem|den)\s?)?$`,
  'iu',
);

/** Characters before a name read for "agreement with". */
const WITH_REACH = 32;

/**
 * Is the company named as a contract's label, right beside its noun ("the Microsoft Agreement", "Microsoft-Vertrag",
 * "le Contrat Microsoft"), not as its "with" object?
 */
export const namesContractLabel = (text: string, p: Party): boolean =>
  NOUN_AFTER_RE.test(text.slice(p.end, p.end + 20)) || NOUN_BEFORE_RE.test(textBefore(text, p.start, 20));

/** Where the contract noun that the company labels stands, or -1 when it labels none. */
export function labelledDeal(text: string, p: Party): number {
  const m = NOUN_AFTER_RE.exec(text.slice(p.end, p.end + 20));
  if (m) return p.end + m[0].length;
  // Under a heading, the words before the name are the heading's ("Lambda signs Amazon deal" / "Lambda said …").
  if (opensLineUnderHeading(text, p.start)) return -1;
  const before = textBefore(text, p.start, 20);
  // The noun's end, as the other forms give it: "the Microsoft deal Nebius announced" labels one deal, not two.
  if (NOUN_BEFORE_RE.test(before)) return p.start - 1;
  const from = Math.max(0, p.start - WITH_REACH);
  const w = NOUN_WITH_BEFORE_RE.exec(text.slice(from, p.start));
  return w ? from + w.index + w[1]!.length : -1;
}

/** Do the two companies each label a contract of their own (two different contract nouns)? */
export function labelTwoDeals(text: string, a: Party, b: Party): boolean {
  const da = labelledDeal(text, a);
  const db = labelledDeal(text, b);
  return da >= 0 && db >= 0 && da !== db;
}
