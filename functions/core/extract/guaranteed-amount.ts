// The amount a guarantee verb governs ("The company has agreed to backstop $1.4 billion of obligations owed by
// Fluidstack", "s'est engagé à garantir 1,4 milliard de dollars des loyers de Fluidstack", "garantizará 1.400
// millones", "garantirà 1,4 miliardi", "vai garantir 1,4 mil milhões", "sichert 1,4 Milliarden Dollar … ab"): it is
// the guarantor's amount. When the pair read from the sentence is the tenant and its landlord (the guarantor named
// only as "the company", "the search giant"), that amount is no value of their lease: the lease takes its value from
// its own sentence, or none.
import type { Span } from './sentences';

/** A literal check first. */
const GUARANTEE_WORD_RE = /backstop|guarant|garant|respald|sichert|ab(?:zu|ge)?sicher/i;

/** A guarantee verb right before the amount, maybe with "up to" or "about" between. */
const GUARANTEES_AMOUNT_BEFORE_RE =
  /\b(?:backstop(?:s|ped|ping)?|guarantee(?:s|d|ing)?|garanti(?:r|ra|ront|rait|t|ssant)?|garantiz(?:ar|ará|a|an|ando|ó|ado)|respald(?:ar|ará|a|an|ando|ó|ado)|garantir(?:e|à|anno|á|ão)?|garantisce|garantit[oa]|garantiu|garante|garantindo|garantid[oa]|sicher(?:t|n|te)|abzusichern|absichern)\s(?:(?:up to|about|some|approximately|roughly|jusqu['’]à|environ|hasta|unos|fino a|circa|até|cerca de|bis zu|rund|etwa)\s)?(?:US\$\s?|USD\s?|\$\s?)?$/i;

/**
 * After the amount: the obligations it covers. "Garantir", "garantizar" also mean to secure ("A Meta recorre à
 * CoreWeave para garantir 14,2 mil milhões de dólares em capacidade"): only obligations make the verb a guarantee.
 */
const OBLIGATIONS_AFTER_RE =
  /^(?:[^.;]|\.(?=\d)){0,50}?\b(?:obligations|obligaciones|obblighi|obbligazioni|obriga[çc][õo]es|Verpflichtungen|Mietzahlungen|loyers|lease payments|rent|alquileres|affitti|alugu[eé]is|rendas)\b/i;

/**
 * The amount as the guarantee's own size, told with the noun: "168 MW lease and $1.3B backstop", "a $1.3 billion
 * Google backstop", "a backstop totaling $1.3 billion", "une garantie de 1,3 milliard", "eine Garantie über 1,3
 * Milliarden", "una garantía de 1.300 millones", "una garanzia di 1,3 miliardi", "uma garantia de 1,3 bilhão".
 */
const GUARANTEE_NOUN_AFTER_RE = /^\s(?:\p{Lu}[\p{L}-]*\s)?(?:backstop|guarantee|financial guarantee)\b/u;
const GUARANTEE_NOUN_BEFORE_RE =
  /\b(?:backstop|guarantee|garantie|Garantie|garant[íi]a|garanzia|B[üu]rgschaft)\s(?:(?:totaling|totalling|of|worth|de|d['’]|von|über|in Höhe von|di|da|pari a|por|no valor de|valued at|valant)\s){1,2}(?:(?:up to|about|approximately|roughly|environ|jusqu['’]à|hasta|unos|fino a|circa|até|cerca de|bis zu|rund|etwa)\s)?(?:US\$\s?|USD\s?|\$\s?)?$/iu;

/** The guarantor's own amount after "backed by": "backstopped by Google's $1.4 billion commitment". */
const GUARANTOR_OWNS_AMOUNT_BEFORE_RE =
  /\b(?:backstopped|guaranteed|underwritten|abgesichert|garantid[oa]s?)\s(?:by|durch|von|pela|pelo)\s\p{Lu}[\p{L}\d.-]*['’]s?\s(?:(?:up to|about|approximately|roughly|bis zu|rund|etwa|até|cerca de)\s)?(?:US\$\s?|USD\s?|\$\s?)?$/u;

/**
 * Is the amount at [start, end) the guarantor's: the object of a guarantee verb covering obligations, or the size
 * of a guarantee told with its noun?
 */
export function isGuaranteedAmount(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  if (!GUARANTEE_WORD_RE.test(before)) return GUARANTEE_NOUN_AFTER_RE.test(text.slice(end, end + 30));
  if (GUARANTEE_NOUN_BEFORE_RE.test(before) || GUARANTOR_OWNS_AMOUNT_BEFORE_RE.test(before)) return true;
  if (!GUARANTEES_AMOUNT_BEFORE_RE.test(before))
    return GUARANTEE_NOUN_AFTER_RE.test(text.slice(end, end + 30));
  return OBLIGATIONS_AFTER_RE.test(text.slice(end, Math.min(sentence.end, end + 80)));
}
