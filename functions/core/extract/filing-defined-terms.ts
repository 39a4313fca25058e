// "In the third quarter, the Company entered into a lease for a data center … for $1.1 billion": a filing names the
// counterparty of a contract in the sentence that enters into it ("entered into X with Y"). When that sentence
// closes a contract and names no counterparty, the counterparty is undisclosed, and a company named sentences
// before (a supplier, a customer of another paragraph) is not it.
import { lazy } from '../lazy';
import { fastWordStarts } from '../word-start';

/** Entering into / concluding a contract, in the six languages (the filing's and the wire's wording). */
const ENTERS_INTO_RE = lazy(() =>
  fastWordStarts(
    String.raw`\b(?:entered into|has entered|concluded|a conclu|ont conclu|a sign[ée]|hat\s(?:[\p{L}\d-]+\s){0,14}(?:abgeschlossen|unterzeichnet)|suscribi[óo]|celebr[óo]|firm[óo]|ha (?:stipulato|firmato|sottoscritto)|celebrou|assinou)\b`,
    'iu',
  ),
);

/** A counterparty after its preposition: a name or a defined term ("with Fluidstack", "with the “Tenant”"),
 * not a term of the contract ("with a term of 12 years", "avec une durée de"). */
const COUNTERPARTY_AFTER_RE =
  /\b(?:with|avec|mit|con|com|from|auprès de|bei|de)\s+(?:(?:the|its|l[ae']|les|der|dem|den|die|el|los|la|il|lo|o|os|a|as)\s+)?[\p{Lu}“"«„]/u;

/** True when the sentence enters into a contract without naming who with. */
export function entersWithoutCounterparty(sentence: string): boolean {
  return ENTERS_INTO_RE().test(sentence) && !COUNTERPARTY_AFTER_RE.test(sentence);
}

/** A filing's defined term for its registrant opening a sentence ("In the third quarter, the Company entered…",
 * "On November 2, 2025, the Group entered…",
 * "la Société a conclu…", "die Gesellschaft hat…"): capitalised, it names the registrant, never a company of an
 * earlier sentence as a lower-case "the company" of a news article may. */
const REGISTRANT_TERM_RE =
  /^(?:(?:[^,.;]{0,40},\s){1,2}|(?:[\p{L}\d]{1,15}\s){1,4}(?:hat|hatte|ist|wird)\s)?(?:the|la|le|die|der|el|il|o|a)\s(?:Company|Registrant|Issuer|Corporation|Group|Groupe|Konzern|Grupo|Gruppo|Soci[ée]t[ée]|Gesellschaft|Emittentin|Sociedad|Emisora|Societ[àa]|Emittente|Companhia|Emissora)(?!\p{L})/u;

export function opensOnRegistrantTerm(sentence: string): boolean {
  return REGISTRANT_TERM_RE.test(sentence.slice(0, 80));
}

/** "The Tenant's obligations under the Lease are guaranteed by its parent": a guaranty told in the sentence after
 * a lease is credit support of that lease, not a backstop of unused capacity; the sentence after lends its kind
 * words (a lease, hosting) to the amount before it only when it guarantees nothing. A backstop worth an amount is
 * read from its own sentence. */
/** A guaranty or backstop, in the six languages. */
const GUARANTY_RE =
  /backstop|guarant|garant|fiadora?\b|fideiussion|respald|b[üu]rg(?:t|schaft|e)|ab(?:zu|ge)?sicher/i;

export function kindWordsAfter(after: string): string {
  return GUARANTY_RE.test(after) ? '' : after;
}
