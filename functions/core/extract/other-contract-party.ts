// Hardware beside capacity (issue 8): "citing the company's $9.7 billion contract with Microsoft and a $5.8
// billion purchase of GPUs from Dell", "citant son contrat avec Microsoft et un achat de serveurs auprès de Dell".
// The company named as the object of "with" after another contract in the same clause is that contract's
// counterparty: it does not buy the vendor's goods, the company whose contract it is does.
import type { Party } from './parties';

/** A contract noun, then "with" (six languages) ending right before the company's name. */
const CONTRACT_WITH_END_RE =
  /\b(?:contracts?|agreements?|deals?|leases?|accords?|contrats?|bail|vertrag|vertr[äa]gen?|vereinbarung(?:en)?|deal|acuerdos?|contratos?|contratt[oi]|accord[oi]|acordos?)\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\s(?:with|avec|mit|con|com)\s(?:(?:the|la|le|l['’]|der|die|dem|den|el|il|lo|a|o)\s?)?$/iu;

/** Is `p`, named before the amount at `pos`, the counterparty of another contract told in the clause from `start`? */
export function otherContractParty(text: string, start: number, p: Party, pos: number): boolean {
  if (p.start < start || p.start > pos) return false;
  return CONTRACT_WITH_END_RE.test(text.slice(Math.max(start, p.start - 80), p.start));
}
