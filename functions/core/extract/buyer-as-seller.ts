// A company that only ever buys compute (an AI lab, a social network) named as the seller. "Multi-year contracts
// (OpenAI commitments totaling $22.4B and a Meta deal of $14.2B), with Microsoft falling below half of revenue":
// the sentence lists one provider's customers, and the clause's words that made Meta "provide" pair two customers
// of a third company (two labs paired the same way). A lab does lease out a campus it built (a lease names its
// landlord), but it sells no cloud capacity and no chips: such a pair is said to be no deal rather than guessed the
// other way round.
import type { CompanyEntry } from '../companies';
import type { DealKind } from '../types';
import { buysOnly } from './pair';

/**
 * The provider only ever buys, and the deal is no lease of a site the provider built, nor the capacity of a lab
 * that the company table says rents out its own (`sellsCapacity`: xAI's Colossus 1).
 */
export function sellerOnlyBuys(kind: DealKind, provider: CompanyEntry): boolean {
  return kind !== 'datacenter_lease' && buysOnly(provider) && !provider.sellsCapacity;
}
