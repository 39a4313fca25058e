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
  /\b(?:backstop(?:s|ped|ping)?|guarantee(?:s|d|ing)?|garanti(?:r|ra|ront|rait|t|ssant)|garantiz(?:ar|ará|a|an|ando|ó)|respald(?:ar|ará|a|an|ando|ó)|garantir(?:e|à|anno|á|ão)?|garantisce|garantiu|garante|garantindo|sicher(?:t|n|te)|abzusichern|absichern)\s(?:(?:up to|about|some|approximately|roughly|jusqu['’]à|environ|hasta|unos|fino a|circa|até|cerca de|bis zu|rund|etwa)\s)?(?:US\$\s?|USD\s?|\$\s?)?$/i;

/**
 * After the amount: the obligations it covers. "Garantir", "garantizar" also mean to secure ("A Meta recorre à
 * CoreWeave para garantir 14,2 mil milhões de dólares em capacidade"): only obligations make the verb a guarantee.
 */
const OBLIGATIONS_AFTER_RE =
  /^(?:[^.;]|\.(?=\d)){0,50}?\b(?:obligations|obligaciones|obblighi|obbligazioni|obriga[çc][õo]es|Verpflichtungen|Mietzahlungen|loyers|lease payments|rent|alquileres|affitti|alugu[eé]is|rendas)\b/i;

/** Is the amount at [start, end) the object of a guarantee verb in `sentence`, covering obligations? */
export function isGuaranteedAmount(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - 40), start);
  if (!GUARANTEE_WORD_RE.test(before) || !GUARANTEES_AMOUNT_BEFORE_RE.test(before)) return false;
  return OBLIGATIONS_AFTER_RE.test(text.slice(end, Math.min(sentence.end, end + 80)));
}
