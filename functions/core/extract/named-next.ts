// The counterparty named in the sentence after the amount (issue 8, recall): "Hut 8 signed a $7 billion lease for
// 245 MW at River Bend. The tenant is Fluidstack." The amount's sentence names one party; the next one opens on the
// other's role ("The tenant is", "The customer, X,", "Le locataire est", "Der Mieter ist", "El inquilino es",
// "L'inquilino è", "O inquilino é") and names it, maybe hedged ("The customer is believed to be", "Microsoft sería el
// cliente", "il s'agirait de Microsoft": the hedge makes the deal reported). Only those openings count: a next
// sentence that merely names a company ("Fluidstack also rents from Cipher") is news of its own.
import { type CompanyEntry, findCompanyMentions } from '../companies';

/** The buyer's role named at the head of a sentence, then "is" or a comma, in six languages; or hedged ("The customer
 * is believed to be", "People familiar with the matter said the tenant is", "le client serait"). */
const ROLE_OPENING_RE =
  /^(?:[^.;]{0,80}?\b(?:said|say|says|reported|dit|selon|laut|seg[úu]n|secondo|segundo)\b,?\s(?:that\s|que\s|dass\s|che\s)?)?(?:The|the|Its|its|That|Le|le|Son|son|Der|der|Sein|Die|die|El|el|Su|su|L['’]|l['’]|Il|il|Suo|O|o|Seu|A|a|Sua)\s?(?:(?:sole|only|anchor|new|single|seul|unique|nouveau|nouvelle|einzige|neue|neuer|[úu]nico|nuevo|nueva|unico|nuovo|novo|nova)\s)?(?:tenant|customer|client|counterparty|lessee|hyperscaler|locataire|preneur|cliente|Mieter|Mieterin|Kunde|Kundin|inquilino|inquilina|arrendatario|arrendat[áa]ria|locat[áa]rio|locataria|conduttore)(?:\s(?:is|was|will be|is believed to be|is said to be|is understood to be|is reported to be|is reportedly|would be|est|sera|serait|ist|wird|soll|wäre|es|ser[áa]|ser[íi]a|[èe]|sar[àa]|sarebbe|[ée])|,)\s(?:(?:the|la|le|l['’]|der|die|das|el|il|lo|o|a)\s?)?$/iu;
/** Or the company first, the role after it: "Microsoft would be the customer", "Microsoft sería el cliente". */
const ROLE_AFTER_RE =
  /^\s(?:is|was|would be|is believed to be|is said to be|is reportedly|est|serait|ist|wäre|soll|es|ser[íi]a|[èe]|sarebbe|[ée]|seria)\s(?:the|le|la|l['’]|der|die|el|il|lo|o|a)\s?(?:(?:anchor|sole|main|seul|principal|einzige|[úu]nico|unico)\s)?(?:tenant|customer|client|lessee|locataire|cliente|Mieter|Kunde|inquilino|arrendatario|locat[áa]rio|conduttore)\b/iu;
/** Or "it would be Microsoft": "il s'agirait de", "se trataría de", "si tratterebbe di", "es handelt
 * sich um". Not Portuguese "trata-se da Microsoft": its "da" reads as a seller named. */
const WHO_IT_IS_RE =
  /^(?:[^.;]{0,60}?\b)?(?:il s['’]agi(?:rait|t)|se tratar[íi]a|se trata|si tratterebbe|si tratta|es handelt sich|es soll sich)\s(?:de|d['’]|di|da|do|um|bei)\s(?:la\s|l['’]|el\s|il\s|a\s|o\s|der\s|die\s)?$/iu;

/**
 * The one company the sentence at [start, end) names right after opening on a buyer's role, if it is not `named`
 * (the amount sentence's own party); else null.
 */
export function counterpartyNamedNext(
  text: string,
  start: number,
  end: number,
  named: CompanyEntry,
): { company: CompanyEntry; start: number; end: number } | null {
  const found = findCompanyMentions(text, start, Math.min(end, start + 160));
  const first = found[0];
  if (!first || first.company.id === named.id) return null;
  const before = text.slice(start, first.start);
  if (ROLE_OPENING_RE.test(before) || WHO_IT_IS_RE.test(before)) return first;
  return before.trim() === '' && ROLE_AFTER_RE.test(text.slice(first.end, first.end + 60)) ? first : null;
}

/** A naming told as hearsay or a guess ("is believed to be", "sería", "il s'agirait de", "es soll sich um"). */
const HEDGED_NAMING_RE =
  /\b(?:believed|said to be|reportedly|understood to be|reported to be|would be|people familiar|sources?|serait|s['’]agirait|selon|ser[íi]a|se tratar[íi]a|seg[úu]n|sarebbe|si tratterebbe|secondo|tratar-se-ia|segundo|soll|wäre|laut)\b/iu;

/** Is the sentence that names the counterparty by its role a guess or hearsay? The deal is then reported. */
export function namesHedged(sentence: string): boolean {
  return HEDGED_NAMING_RE.test(sentence);
}
