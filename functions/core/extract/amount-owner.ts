// The company an amount is told as the deal of. "(OpenAI commitments totaling ~$22.4B and a Meta deal of ~$14.2B),
// with Microsoft falling below half of revenue": each amount is named as one customer's deal; a pair that leaves
// that customer out binds the amount to the wrong companies, and the mention is better left unsaid.
import type { Party } from './parties';
import { textBefore } from './text-window';

/** Between the owner and the amount, English: "OpenAI commitments totaling ~", "a Meta deal of about ". */
const OWNER_NOUN_GAP_RE =
  /^(?:['’]s)?\s(?:[\p{L}-]+\s)?(?:commitments?|deals?|contracts?|agreements?|pacts?)\s(?:of|totall?ing|worth|valued at)\s(?:about\s|approximately\s|roughly\s|around\s|some\s|nearly\s|~)?(?:US)?[$€£]?\s?~?$/iu;

/** The other languages name the deal first: "des engagements d'OpenAI de", "un acuerdo de Meta por", "Zusagen von Meta über". */
const DEAL_OF_BEFORE_RE =
  /(?:engagements?|contrats?|accords?|compromisos?|acuerdos?|contratos?|impegni|impegno|accord[oi]|contratt[oi]|compromissos?|acordos?|Zusagen?|Vertrag|Vertr[äa]ge|Deals?)\s(?:d['’]|de\s|da\s|do\s|di\s|del\s|della\s|dell['’]|von\s|der\s)(?:la\s|le\s|el\s|il\s|a\s|o\s|l['’])?$/iu;
const SHORT_GAP_RE =
  /^\s(?:de|d['’]un montant de|por|da|di|per|par|über|von|in Höhe von)\s(?:environ\s|pr[èe]s de\s|unos\s|cerca de\s|circa\s|quasi\s|rund\s|etwa\s|~)?(?:US)?[$€£]?\s?$/iu;

/** How far before the amount its owner is looked for. */
const OWNER_REACH = 48;

/** The party the amount at `at` is told as the deal of, or null. */
function ownerOf(text: string, parties: readonly Party[], at: number): Party | null {
  const before = parties.filter((p) => !p.pronoun && p.end <= at && at - p.end <= OWNER_REACH).at(-1);
  if (!before) return null;
  const gap = text.slice(before.end, at);
  if (OWNER_NOUN_GAP_RE.test(gap)) return before;
  if (SHORT_GAP_RE.test(gap) && DEAL_OF_BEFORE_RE.test(textBefore(text, before.start, 40))) return before;
  return null;
}

/**
 * The amount at `at` is told as the deal of a company outside the pair, or as its owner's deal with a company named
 * only after a clause break ("… and a Meta deal of $14.2B), with Microsoft falling below half": Microsoft is
 * another customer, not Meta's seller).
 */
export function ownedOutsidePair(
  text: string,
  parties: readonly Party[],
  at: number,
  pair: readonly [Party, Party],
): boolean {
  const owner = ownerOf(text, parties, at);
  if (owner === null) return false;
  if (!pair.some((p) => p.company.id === owner.company.id)) return true;
  const other = pair.find((p) => p.company.id !== owner.company.id);
  return other !== undefined && other.start > at && /[,;()]/.test(text.slice(at, other.start));
}
