// "Firmus secured access to 170,000 Nvidia graphics processors under a partnership with the chipmaker", "a signé
// avec Nvidia un partenariat qui lui donne accès à 170 000 processeurs graphiques": a chip designer paired with a
// company in a sentence about its chips, and about no capacity rented or guaranteed, sells the chips. The company
// table lets Nvidia buy (it rents Lambda's servers, backs CoreWeave's unsold capacity), so without this the table
// made the chip maker the buyer of its own customer's capacity.
import { GPU_COUNT_RE, HARDWARE_RE, LANDLORD_TIER } from './cues';
import { isChipMaker, type Party } from './parties';
import type { Span } from './sentences';

/** Access to chips, or a fleet of them counted, in the six languages. */
const ACCESS_TO_CHIPS_RE =
  /\b(?:access to|acc[èe]s à|acceso a|accesso a|acesso a|Zugang zu|Zugriff auf|allocation of|allocation de)\b[^.;]{0,60}?(?:GPUs?|chips?|processors|processeurs|procesadores|processori|processadores|Prozessoren|Grafikprozessoren|puces)/i;
const FLEET_RE = new RegExp(GPU_COUNT_RE.source, 'i');
/**
 * What the chip maker buys when it is the buyer: capacity, rented servers, a cloud, a guarantee of unsold capacity,
 * or the other named as its provider or landlord.
 */
const BUYS_CAPACITY_RE =
  /capacit|kapazit|\brent|\blease|\blou(?:e|er|era|ent|ait|erait|ant)\b|alquil|miet|affitt|\balug|arrend|locazion|backstop|garant|\bcloud\b|\bnube\b|nuvem|\bnuage|\bclient|customer|\bkunde|abnahme|unsold|invendu|(?:o |n |in)vend(?:id|ut)|unused|ungenutzt|inutilis|\bpay|\bpaga|\bzahl|\bpaie/i;

/**
 * A site's size told as its capacity ("data centers expected to reach 500 megawatts in capacity", "une capacité
 * totale qui pourrait atteindre 500 mégawatts"): what the chips will power, no capacity the maker rents.
 */
const SITE_CAPACITY_RE =
  /\bcapacit\p{L}*\s(?:[^.;\d]{0,40}?)\d[\d.,]*\s?(?:MW|GW|m[ée]ga-?watts?|giga-?watts?)\b|\b\d[\d.,]*\s?(?:MW|GW|m[ée]ga-?watts?|giga-?watts?)\s(?:in|of|de|di|em)\s(?:\p{L}+\s)?capacit\p{L}*/giu;

/** The seller and buyer when one of the two is a chip designer whose chips the sentence gives the other. */
export function makerSellsGoods(
  text: string,
  evidence: Span,
  a: Party,
  b: Party,
): { buyer: Party; provider: Party } | null {
  // Told in its own words: a pair carried from a sentence before (a lease's later contract) keeps its roles.
  if (a.start < evidence.start || b.start < evidence.start) return null;
  const said = text.slice(evidence.start, evidence.end);
  const ma = a.company.tier === CHIP_DESIGNER_TIER;
  const mb = b.company.tier === CHIP_DESIGNER_TIER;
  if (ma === mb || isChipMaker(ma ? b.company : a.company)) return null;
  // "104,000 Nvidia GB300 chips for Microsoft": a brand named as the goods is no seller of its own.
  if ((ma ? a : b).weak) return null;
  if (BUYS_CAPACITY_RE.test(said.replace(SITE_CAPACITY_RE, ' '))) return null;
  if (!ACCESS_TO_CHIPS_RE.test(said) && !FLEET_RE.test(said)) return null;
  return ma ? { buyer: b, provider: a } : { buyer: a, provider: b };
}

/** Nvidia's tier in the company table: it designs chips and also buys capacity (the other makers only sell). */
const CHIP_DESIGNER_TIER = 1.5;

/**
 * A site's space rented by the megawatt, or a lease's words: "affitta 25 MW ad AMD", "is leasing 25 MW of critical IT
 * load", "alquila", "loue", "aluga", "kritische IT-Last".
 */
const SITE_LEASE_RE =
  /\b\d[\d.,]*\s?(?:MW|megawatts?|m[ée]gawatts?|Megawatt)\b|critical IT load|kritische(?:n|r)? IT-Last|\b(?:leas(?:e|es|ed|ing)|affitt\p{L}*|alquil\p{L}*|lou(?:e|ent|era)|alug\p{L}*|arrend\p{L}*|vermiete\p{L}*|miete\p{L}*)\b/iu;

/**
 * A chip maker renting a landlord's site ("Riot Platforms affitta 25 MW ad AMD", "AMD is leasing 25 MW at Riot's
 * Rockdale site"): the maker is the tenant, whatever the company table says it usually sells. Not when the sentence
 * trades goods ("buys Nvidia GPUs to fill the leased hall").
 */
export function makerRentsSite(
  text: string,
  evidence: Span,
  a: Party,
  b: Party,
): { buyer: Party; provider: Party } | null {
  const maker = isChipMaker(a.company) ? a : isChipMaker(b.company) ? b : null;
  const landlord = maker === a ? b : a;
  if (!maker || maker.weak || landlord.company.tier !== LANDLORD_TIER) return null;
  const said = text.slice(evidence.start, evidence.end);
  if (!SITE_LEASE_RE.test(said) || HARDWARE_RE.test(said)) return null;
  return { buyer: maker, provider: landlord };
}
