// A loan told with the lease it finances: "Galaxy Digital closed a $1.4 billion project loan to finish Helios, the
// Texas campus it has leased to CoreWeave", "… – CoreWeave mietet alles". The amount is the loan's, but the lease
// to the named tenant is a deal of its own, told without a value.
import { findCompanyMentions } from '../companies';

/** The financing cues: those that drop a sentence whole, and a loan's near an amount (see cues.ts). */
const LOAN_CUES: ReadonlySet<string> = new Set(['credit-facility', 'debt-offering', 'loan']);

/** A site let to a tenant named right after, six languages ("leased to", "vermietet an", "loué à", "arrendado a"). */
const LEASED_TO_RE =
  /\b(?:leased|leases|leasing|rented|rents|let)\s(?:(?:it|out|all|in full|entirely|the\s(?:whole|entire)\s(?:site|campus))\s)?to\s|\bvermietet\s(?:(?:es|ihn|sie|alles)\s)?an\s|\blou[ée]e?s?\s(?:en totalit[ée]\s)?à\s|\b(?:(?:arrendad|alquilad|affittat|locat|alugad)[oa]s?|dat[oa] in (?:locazione|affitto))\s(?:en su totalidad\s|por completo\s|integralmente\s|interamente\s|per intero\s|por inteiro\s)?(?:a|à|ao|al)\s/giu;
/** A tenant taking a whole site, named right before ("CoreWeave mietet alles", "CoreWeave leases all of it"). */
const TAKES_ALL_AFTER_RE =
  /^\s(?:mietet|leases|rents|loue|alquila|arrienda|affitta|aluga)\s(?:alles|all of it|the whole (?:site|campus)|the entire (?:site|campus)|tout|todo|tutto|tudo)\b/i;

/** A cheap first look: a word of letting a site, before any company or cue is read. */
const LETTING_WORD_RE =
  /\b(?:leas(?:e|ed|es|ing)|rent(?:s|ed|ing)?|let|locat[oa])\b|vermietet|mietet|\blou[ée]|arrendad|alquilad|affittat|alugad/i;

/**
 * The sentence carries a loan's cue (`cue`, asked only when the sentence lets something) and lets a site to a
 * tenant it names: the lease is kept, valueless.
 */
export function leaseBesideLoan(sentence: string, cue: () => string | null): boolean {
  if (!LETTING_WORD_RE.test(sentence)) return false;
  const found = cue();
  if (!found || !LOAN_CUES.has(found)) return false;
  const named = findCompanyMentions(sentence);
  if (named.some((c) => TAKES_ALL_AFTER_RE.test(sentence.slice(c.end, c.end + 30)))) return true;
  for (const m of sentence.matchAll(LEASED_TO_RE)) {
    const at = m.index + m[0].length;
    if (named.some((c) => c.start >= at && c.start - at <= 12)) return true;
  }
  return false;
}
