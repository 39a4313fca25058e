// A partner named beside the company that deals: "OpenAI, together with partner SoftBank through the Stargate joint
// venture, has signed …", "junto con su socio SoftBank", "aux côtés de son partenaire SoftBank", "insieme al partner
// SoftBank", "zusammen mit seinem Partner SoftBank", "junto com o parceiro SoftBank". The partner goes along; the
// company before it is the party.

/** A literal check first: most names have none of these words before them. */
const PARTNER_WORD_RE = /partner|socio|partenaire|parceir/i;

const COMPANION_BEFORE_RE =
  /\b(?:together with|along with|alongside|junto (?:con|a|com)|aux c[ôo]t[ée]s de|insieme (?:a|al|con)|zusammen mit|gemeinsam mit)\s(?:(?:its|their|su|sus|son|sa|leur|seu|sua|o|il suo|seinem|ihrem|el|le)\s)?(?:(?:long-?time|longtime|historic|hist[óo]rico|historique|storico|langj[äa]hrige[mn]?)\s)?(?:partner|socio|partenaire|parceiro|Partner)\s$/i;

/** Is the company named at `start` a partner going along with the one that deals? */
export function namedAsCompanion(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return PARTNER_WORD_RE.test(before) && COMPANION_BEFORE_RE.test(before);
}
