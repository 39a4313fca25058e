// The counterparty named in the sentence after the amount (issue 8, recall): "Hut 8 signed a $7 billion lease for
// 245 MW at River Bend. The tenant is Fluidstack." The amount's sentence names one party; the next one opens on the
// other's role ("The tenant is", "The customer, X,", "Le locataire est", "Der Mieter ist", "El inquilino es",
// "L'inquilino è", "O inquilino é") and names it. Only that opening counts: a next sentence that merely names a
// company ("Fluidstack also rents from Cipher") is news of its own.
import { type CompanyEntry, findCompanyMentions } from '../companies';

/** The buyer's role named at the head of a sentence, then "is" or a comma, in six languages. */
const ROLE_OPENING_RE =
  /^(?:The|Its|That|Le|Son|Der|Sein|Die|El|Su|L['’]|Il|Suo|O|Seu|A|Sua)\s?(?:(?:sole|only|anchor|new|single|seul|unique|nouveau|nouvelle|einzige|neue|neuer|[úu]nico|nuevo|nueva|unico|nuovo|novo|nova)\s)?(?:tenant|customer|client|counterparty|lessee|locataire|preneur|cliente|Mieter|Mieterin|Kunde|Kundin|inquilino|inquilina|arrendatario|arrendat[áa]ria|locat[áa]rio|locataria|conduttore)(?:\s(?:is|was|will be|est|sera|ist|wird|es|ser[áa]|[èe]|sar[àa]|[ée])|,)\s(?:(?:the|la|le|l['’]|der|die|das|el|il|lo|o|a)\s?)?$/iu;

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
  const found = findCompanyMentions(text, start, Math.min(end, start + 120));
  const first = found[0];
  if (!first || first.company.id === named.id) return null;
  if (!ROLE_OPENING_RE.test(text.slice(start, first.start))) return null;
  return first;
}
