// A lease's guarantor read as its tenant. "Hut 8 signs $7 billion lease at River Bend, backed by Google" names
// two companies only: the headline's pair is (Google, Hut 8), though Google only guarantees the payments of the
// tenant the body names ("… a 15-year lease with Fluidstack"). The guarantor is no party to that lease.
import { companyById, findCompanyMentions, toCompanyRef } from '../companies';
import type { Mention } from '../types';
import { LEASE_GUARANTEE_RE } from './backstops';
import { LANDLORD_TIER } from './cues';
import { memoizeByStrings } from './memo';
import { GUARANTOR_BEFORE_RE } from './parties';
import { textBefore } from './text-window';

/** Characters before a name read for "backed by", "with a guarantee from", "garanti par". */
const GUARANTOR_REACH = 50;

/** "with Google backstop", "with a Google guarantee", "mit Google-Bürgschaft": the name before the guarantee's noun. */
const WITH_BEFORE_RE = /\b(?:with|under|plus|avec|mit)\s(?:(?:an?|une|einer)\s)?$/i;
const GUARANTEE_NOUN_AFTER_RE =
  /^(?:['’]s)?(?:\s|-)(?:financial\s)?(?:backstop|guarantee|guaranty|garantie|b[üu]rgschaft)\b/i;

/** The company `id` is named in `evidence` only as a guarantor ("…, backed by Google", "with Google backstop"). */
const namedOnlyAsGuarantor = memoizeByStrings((evidence: string, id: string): boolean => {
  const names = findCompanyMentions(evidence).filter((c) => c.company.id === id);
  return (
    names.length > 0 &&
    names.every(
      (c) =>
        GUARANTOR_BEFORE_RE.test(textBefore(evidence, c.start, GUARANTOR_REACH)) ||
        (GUARANTEE_NOUN_AFTER_RE.test(evidence.slice(c.end, c.end + 24)) &&
          WITH_BEFORE_RE.test(textBefore(evidence, c.start, 16))),
    )
  );
});

/** `t` gives `m`'s provider a tenant of its own, for the same money as far as both tell it. */
function otherTenant(m: Mention, t: Mention): boolean {
  if (t === m || t.provider.id !== m.provider.id || t.buyer.id === m.buyer.id) return false;
  // "a $7 billion lease, guaranteed by Google" read as a guarantee of $7 billion: the lease's own amount. A
  // guarantee with an amount of its own ("backstops $1.4 billion of the lease") is a backstop, kept.
  if (m.kind === 'capacity_backstop')
    return t.kind === 'datacenter_lease' && t.valueUsd !== null && t.valueUsd === m.valueUsd;
  return t.valueUsd === null || m.valueUsd === null || t.valueUsd === m.valueUsd;
}

/**
 * Drops a deal whose buyer its own evidence names only as a guarantor: a lease always (the guarantor rents nothing),
 * another deal when another mention gives the same provider a tenant of its own.
 */
export function withoutGuarantorAsTenant<T extends Mention>(mentions: T[]): T[] {
  return withoutGuarantorItems(mentions, (m) => m);
}

/**
 * The same, on a sentence's candidates before they are merged by pair: "a $3.7 billion deal backed by Alphabet's
 * Google" would otherwise lend the pair (Google, TeraWulf) its lease's amount, and hide Google's own backstop of
 * $1.8 billion told later, when the pair's mention is dropped.
 */
export function withoutGuarantorCandidates<T extends { mention: Mention }>(candidates: T[]): T[] {
  return withoutGuarantorItems(candidates, (c) => c.mention);
}

function withoutGuarantorItems<T>(items: T[], mentionOf: (item: T) => Mention): T[] {
  const mentions = items.map(mentionOf);
  return items.filter((item) => {
    const m = mentionOf(item);
    if (!namedOnlyAsGuarantor(m.evidence, m.buyer.id)) return true;
    // "a $3.7 billion deal backed by Alphabet's Google" alone: the guarantor rents nothing, whoever the tenant is.
    if (m.kind === 'datacenter_lease') return false;
    return !mentions.some((t) => otherTenant(m, t));
  });
}

/**
 * "Google will backstop $1.4 billion of Fluidstack's $3 billion contract with Cipher Mining": the guarantee covers the
 * tenant's payments to its landlord, and is told as the guarantor's deal with the landlord (the lease's seller). A
 * backstop whose seller is the tenant of a lease told in the same sentence takes that lease's landlord.
 */
export function withBackstopOnLandlord<T extends Mention>(mentions: T[]): T[] {
  return mentions.map((m) => {
    if (m.kind !== 'capacity_backstop') return m;
    const lease = mentions.find(
      (t) =>
        t !== m &&
        t.kind === 'datacenter_lease' &&
        t.buyer.id === m.provider.id &&
        t.provider.id !== m.buyer.id &&
        t.evidenceStart === m.evidenceStart &&
        t.evidenceEnd === m.evidenceEnd,
    );
    if (lease) return { ...m, provider: lease.provider };
    // "… a guarantee of $1.4 billion for a 10-year contract signed by Fluidstack and Cipher": with no lease told, the
    // host (the table's tier 3) the guarantee's sentence names beside the tenant is the landlord.
    if ((companyById(m.provider.id)?.tier ?? 3) >= LANDLORD_TIER) return m;
    const host = findCompanyMentions(m.evidence).find(
      (c) => c.company.tier === LANDLORD_TIER && c.company.id !== m.buyer.id,
    );
    return host ? { ...m, provider: toCompanyRef(host.company) } : m;
  });
}

/**
 * "Google reaches $3 billion data center contract with Cipher Mining", then "Google will provide a guarantee of $1.4
 * billion for a 10-year contract signed by Fluidstack": the news told the guarantee as the guarantor's own contract.
 * The guarantor's contract with the host, told where neither a tenant nor a guarantee is named, is the tenant's that
 * the guarantee names: the one neocloud (tier 2) its sentence names beside the guarantor and the host (a landlord,
 * tier 3). The guarantee stays the guarantor's.
 */
export function withTenantForGuarantorContract<T extends { mention: Mention }>(candidates: T[]): T[] {
  const guarantees = candidates.filter((c) => c.mention.kind === 'capacity_backstop');
  if (guarantees.length === 0) return candidates;
  return candidates.map((c) => {
    const m = c.mention;
    if (
      (m.kind !== 'datacenter_lease' && m.kind !== 'gpu_cloud') ||
      companyById(m.provider.id)?.tier !== LANDLORD_TIER ||
      LEASE_GUARANTEE_RE.test(m.evidence)
    )
      return c;
    const named = findCompanyMentions(m.evidence);
    for (const g of guarantees) {
      if (g.mention.buyer.id !== m.buyer.id || g.mention.evidence === m.evidence) continue;
      const tenants = new Set(
        findCompanyMentions(g.mention.evidence)
          .map((n) => n.company)
          .filter((co) => co.tier === 2 && co.id !== m.buyer.id && co.id !== m.provider.id),
      );
      const [tenant] = tenants;
      if (tenants.size === 1 && !named.some((n) => n.company.id === tenant!.id))
        return { ...c, mention: { ...m, buyer: toCompanyRef(tenant!) } };
    }
    return c;
  });
}
