// A contract's term told in the sentence right after its amount, opening on the contract itself: "El contrato a
// siete años …", "O contrato, com duração de cinco anos, …", "L'accordo, della durata di cinque anni, …", "The
// five-year contract …". Real copy often gives the amount and the pair first and the length next.
import { findCompanyMentions } from '../companies';
import { parseTermYears } from '../dates';

/**
 * The next sentence opens on a definite reference to a contract: an article or a demonstrative, at most one
 * qualifier ("new", "five-year", "nuevo"), then a contract word. Anchored at the sentence's start, so it is tried
 * once per sentence read.
 */
const CONTRACT_REFERENCE_RE =
  /^[\s"“«„]*(?:the|this|that|el|este|ese|dicho|la|esta|il|questo|tale|l['’]|o|esse|a|le|ce|cet|cette|der|dieser|die|diese|das|dieses)\s*(?:(?:new|nuevo|nueva|novo|nova|nuovo|nuova|nouveau|nouvel|nouvelle|neue|neuen|same|mismo|mesmo|stesso|même|multi-?year|plurianual|pluriennale|pluriannuel|[a-z]+-year|\d+-year)\s+)?(?:contracts?|agreement|deal|lease|contrato|acuerdo|pacto|convenio|arrendamiento|contratto|accordo|intesa|commessa|acordo|contrat|accord|bail|vertrag|mietvertrag|abkommen|vereinbarung|auftrag)\b/iu;

/** A length told of the past, not of the contract: "cinco años después", "five years after", "cinque anni fa". */
const PAST_AFTER_RE =
  /^[\s,]{0,3}(?:ago|after|later|earlier|before|después|despues|atrás|antes|dopo|fa|prima|depois|atrás|plus tôt|après|später|zuvor|nach)\b/iu;

/**
 * The term in years the sentence after the deal's (`after`) tells of that deal, else null: it opens on the
 * contract, holds no amount (the caller passes no sentence with an amount), names no company the deal's sentence
 * does not name (that would be another company's contract), and its length is no span of the past.
 */
export function termToldNext(evidence: string, after: string): number | null {
  if (!after || !CONTRACT_REFERENCE_RE.test(after)) return null;
  const term = parseTermYears(after);
  if (!term || PAST_AFTER_RE.test(after.slice(term.end, term.end + 16))) return null;
  const own = new Set(findCompanyMentions(evidence).map((c) => c.company.id));
  if (findCompanyMentions(after).some((c) => !own.has(c.company.id))) return null;
  return term.years;
}
