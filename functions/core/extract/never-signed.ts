// A company told as never having signed: "OpenAI never signed", "che OpenAI aveva presentato come «Stargate Norway»
// senza mai firmare", "qu'OpenAI avait présenté sans jamais signer", "que OpenAI nunca firmó". It is no party of the
// contract the next words tell about the same site (another company's).

/** A literal check first: most clauses have none of these words. */
const NEVER_WORD_RE = /never|without|jamais|sans|nunca|sin\s|senza|mai\s|nie\s|ohne|sem\s|did not|didn['’]t/i;

/** After the name, within its clause: the signing denied. Six languages. */
const NEVER_SIGNED_AFTER_RE =
  /^[^.;:]{0,80}?(?:\bnever (?:signed|inked|committed)|\b(?:did not|didn['’]t) sign|\bwithout (?:ever )?signing|n['’]a jamais sign[ée]|n['’]avait jamais sign[ée]|\bsans (?:jamais )?(?:signer|avoir sign[ée])|\bnunca (?:firm[óo]|lleg[óo] a firmar|assinou|chegou a assinar)|\bsin (?:llegar a )?firmar|\bsenza (?:mai )?firmare|\bnon ha mai firmato|\bnie (?:unterzeichnet|unterschrieben)|\bohne (?:je |jemals )?(?:zu unterzeichnen|zu unterschreiben|einen Vertrag zu unterzeichnen)|\bsem (?:nunca )?(?:assinar|chegar a assinar))(?!\p{L})/iu;

/** How far after the name its denied signing is read. */
const REACH = 110;

/** Is the company named ending at `end` told as never having signed? */
export function namedAsNeverSigning(text: string, end: number): boolean {
  const after = text.slice(end, end + REACH);
  return NEVER_WORD_RE.test(after) && NEVER_SIGNED_AFTER_RE.test(after);
}
