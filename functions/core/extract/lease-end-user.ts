// The end user of a tenant's lease, read as a party to the lease's amount.
import { findCompanyMentions } from '../companies';
import type { Mention } from '../types';

/**
 * A host's lease told beside the tenant's own customer ("Hut 8 is building a data center for Anthropic and has
 * signed a $7 billion lease with Fluidstack", "construit pour Anthropic … bail de 7 milliards avec Fluidstack"):
 * the customer is the lease's end user, no party to its amount. A pair (end user <- tenant) that carries the very
 * amount of the tenant's lease, told in a sentence that names the landlord as well, is that lease read a second
 * time and goes; the lease stays. Structural, so it holds in every language.
 */
export function withoutLeaseEndUsers<T extends Mention>(mentions: T[]): T[] {
  const leases = mentions.filter((m) => m.kind === 'datacenter_lease' && m.valueUsd !== null);
  if (leases.length === 0) return mentions;
  return mentions.filter(
    (m) =>
      !leases.some(
        (lease) =>
          lease !== m &&
          m.valueUsd === lease.valueUsd &&
          m.provider.id === lease.buyer.id &&
          m.buyer.id !== lease.provider.id &&
          findCompanyMentions(m.evidence).some((c) => c.company.id === lease.provider.id),
      ),
  );
}
