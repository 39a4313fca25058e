// A cloud named by its product brand ("Azure", "AWS", "Google Cloud", "OCI") rather than by its company's name:
// the brand is what is sold, so the company behind it is the seller wherever the brand names the goods.
import type { Party } from './parties';

const CLOUD_BRAND_RE =
  /^(?:Microsoft\s)?Azure$|^AWS$|^Amazon Web Services$|^Google Cloud(?:\sPlatform)?$|^Oracle Cloud(?:\sInfrastructure)?$|^OCI$/;

/** Whether the party was named by its cloud's brand. */
export function namedByCloudBrand(text: string, p: Party): boolean {
  return CLOUD_BRAND_RE.test(text.slice(p.start, p.end));
}

/** The brand as the first word of a contract noun: "an Azure commitment", "a $38 billion AWS deal", "Azure-Vertrag". */
const BRAND_BEFORE_NOUN_RE =
  /^[\s-](?:commitments?|contracts?|deals?|agreements?|credits|spend(?:ing)?|Vertrag|Vereinbarung)\b/i;

/**
 * The brand after a contract noun: "un engagement Azure", "contrato de AWS". Not after "services" or "capacity":
 * "GPUs that will serve Azure services" are sold to the cloud, not by it.
 */
const BRAND_AFTER_NOUN_RE =
  /\b(?:engagements?|contrats?|accords?|contratos?|acuerdos?|compromisos?|contratt[oi]|accord[oi]|impegn[oi]|acordos?|compromissos?)\s(?:(?:de|di|do|da|del)\s)?$/i;

/** "a $250 billion Azure commitment to Microsoft": the brand names the goods, so its company sells. */
export function brandNamesTheGoods(text: string, p: Party, before: string, after: string): boolean {
  return namedByCloudBrand(text, p) && (BRAND_BEFORE_NOUN_RE.test(after) || BRAND_AFTER_NOUN_RE.test(before));
}
