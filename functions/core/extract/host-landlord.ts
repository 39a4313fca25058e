// A data-centre host leasing its site to a hardware maker: the host is the landlord. Both only provide in the
// company table and the tiers alone would make the host (tier 3) the buyer of the maker (tier 4), which is right
// for a purchase of servers and wrong for a lease: "Riot Platforms signed a ten-year lease with AMD for 25 MW",
// "un bail de dix ans avec AMD", "contratto di locazione data center con AMD", "Colocation-Vertrag … Cerebras".

import type { CompanyEntry } from '../companies';
import type { RoleBasis } from './roles';

/** Hosts and former miners (the table's tier 3) and hardware makers (tier 4). */
const HOST_TIER = 3;
const MAKER_TIER = 4;

/** Words of a tenancy in six languages (a lease, a colocation, hosting); "HPC" alone names no tenancy. */
const TENANCY_RE =
  /\blease|leasing|colocation|co-location|\bhosting\b|\bbail\b|\bbaux\b|\blocation\b|h[ée]bergement|mietvertr[äa]g|\bmiete[rn]?\b|arrendamiento|alquiler|locazione|affitto|arrendamento|aluguel/i;

/**
 * Whether the roles read from the tiers alone (no clause said who pays) put a host as the buyer of a hardware
 * maker in a contract told as a tenancy: then the host is the landlord and the maker its tenant.
 */
export function hostLeasesToMaker(
  basis: RoleBasis,
  buyer: CompanyEntry,
  provider: CompanyEntry,
  kindWords: string,
): boolean {
  return (
    (basis === 'tier' || basis === 'none') &&
    buyer.tier === HOST_TIER &&
    provider.tier === MAKER_TIER &&
    TENANCY_RE.test(kindWords)
  );
}
