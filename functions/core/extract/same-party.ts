// A party told again as "the same buyer", "le même client", "el mismo cliente", "lo stesso cliente", "o mesmo
// cliente", "derselbe Kunde" ("The announcement landed a few hours after the same buyer disclosed a $9.7 billion
// contract with Australia's IREN"): the buyer (or the seller: "the same provider") of the deal told last, whom the
// page may never name but by descriptions.
import type { CompanyRef, Mention } from '../types';

const SAME_BUYER_RE =
  /\b(?:the same|that same) (?:buyer|customer|client|tenant)\b|\b(?:le même|ce même) (?:client|acheteur|locataire)\b|\b(?:el mismo|ese mismo) (?:cliente|comprador|inquilino)\b|\b(?:lo stesso|quello stesso) (?:cliente|acquirente|inquilino)\b|\bo mesmo (?:cliente|comprador|inquilino)\b|\b(?:derselbe|dieselbe|denselben|demselben) (?:Kunden?|K[äa]ufer|Mieter)\b/i;
const SAME_SELLER_RE =
  /\b(?:the same|that same) (?:provider|supplier|seller|landlord|neocloud)\b|\b(?:le même|ce même) (?:fournisseur|prestataire|bailleur|n[ée]ocloud)\b|\b(?:el mismo|ese mismo) (?:proveedor|arrendador|neocloud)\b|\b(?:lo stesso|quello stesso) (?:fornitore|locatore|neocloud)\b|\bo mesmo (?:fornecedor|locador|neocloud)\b|\b(?:derselbe|denselben|demselben) (?:Anbieter|Vermieter)\b/i;

/** A literal check first: most sentences say none of these words. */
const SAME_WORD_RE = /same|m[êe]me|mism|stess|mesm|selbe/i;

/** The company the sentence names as the same party as in the deal told last, or null. */
export function sameParty(sentence: string, last: Mention | undefined): CompanyRef | null {
  if (!last || !SAME_WORD_RE.test(sentence)) return null;
  if (SAME_BUYER_RE.test(sentence)) return last.buyer;
  if (SAME_SELLER_RE.test(sentence)) return last.provider;
  return null;
}
