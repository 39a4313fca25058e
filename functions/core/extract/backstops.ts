// Guarantees ("backstops") of a tenant's lease obligations, re-bound to the landlord.
import { companyById, findCompanyMentions, toCompanyRef } from '../companies';
import type { CompanyRef, Mention } from '../types';
import { FINANCIAL_BACKING_RE } from './cues';
import { POSSESSIVE_GAP_RE } from './part-payment';
import { TENANT_AFTER_RE, TENANT_BEFORE_RE } from './parties';
import { textBefore } from './text-window';

export const LEASE_OBLIGATION_RE =
  /\blease|\bleasing|obligations|\brent\b|loyers?|\bbail\b|\bbaux\b|Miet|obblighi|obbligazioni di|locazione|obligaciones|arrendamiento|alquiler|obriga[çc][õo]es|aluguel|arrendamento/i;

/** A guarantee by name, in the six languages ("guarantee", "Garantie", "garantía", "garanzia", "Bürgschaft"). */
const GUARANTEE_WORD_RE = /guarant|garant|b[üu]rg(?:t|schaft)/i;

/**
 * "Google adds $1.4 billion to its backstop of Fluidstack's lease payments": the provider kept is the tenant whose
 * obligations are guaranteed; with no lease and no landlord in the document to bind the guarantee to, the pair
 * (guarantor, tenant) is no deal.
 */
function guaranteesProvider(m: Mention): boolean {
  return findCompanyMentions(m.evidence).some(
    (c) =>
      // The tenant may have been read as either side ("Google, che fornirà … per le obbligazioni di Fluidstack").
      (c.company.id === m.provider.id || c.company.id === m.buyer.id) &&
      (TENANT_AFTER_RE.test(m.evidence.slice(c.end, c.end + 48)) ||
        TENANT_BEFORE_RE.test(textBefore(m.evidence, c.start, 40))),
  );
}

/**
 * A guarantee already bound to a lease's landlord ("Cipher … a Fluidstack …, garantito … da Google" read as Google
 * and Cipher) is owed to that landlord: the guarantor is the other company (not the lease's tenant), whichever
 * way the words put the roles.
 */
function guaranteeToLandlord<T extends Mention>(m: T, mentions: readonly T[]): T | null {
  const lease = mentions.find(
    (l) =>
      l !== m &&
      l.kind === 'datacenter_lease' &&
      (l.provider.id === m.buyer.id || l.provider.id === m.provider.id) &&
      l.buyer.id !== m.buyer.id &&
      l.buyer.id !== m.provider.id,
  );
  if (!lease || m.provider.id === lease.provider.id) return null;
  const guarantor = m.provider;
  if (companyById(guarantor.id)?.tier === 3) return null;
  return { ...m, buyer: guarantor, provider: lease.provider };
}

/** A guarantee of payments, named or told by its verb ("absichert", "respalda"); money told as backing: cues.ts. */
export const LEASE_GUARANTEE_RE =
  /guarant|garant|garanz|b[üu]rg|backstop|ab(?:zu|ge)?sicher|sichert\b|respald|lastre|\bback(?:s|ed|ing)?\b|soutien|sosten|sosterr|apoi[ao]|apoy/i;

/**
 * "Cipher hatte einen Mietvertrag mit Fluidstack geschlossen, für den Google Zahlungen von bis zu 1,4 Milliarden
 * absichert": a guarantee read as Google and the tenant, with no lease among the mentions (told without its value),
 * is owed to the landlord its own sentence names (a host, tier 3); the guarantor is the bigger balance sheet.
 */
function landlordNamedBeside<T extends Mention>(m: T): T | null {
  if (
    !LEASE_OBLIGATION_RE.test(m.evidence) ||
    !(LEASE_GUARANTEE_RE.test(m.evidence) || FINANCIAL_BACKING_RE.test(m.evidence))
  )
    return null;
  const tiers = [m.buyer, m.provider].map((c) => companyById(c.id)?.tier ?? 2);
  if (tiers.some((t) => t >= 3)) return null;
  const landlord = findCompanyMentions(m.evidence).find(
    (c) => c.company.tier === 3 && c.company.id !== m.buyer.id && c.company.id !== m.provider.id,
  );
  if (!landlord) return null;
  const guarantor = tiers[0]! <= tiers[1]! ? m.buyer : m.provider;
  return { ...m, buyer: guarantor, provider: toCompanyRef(landlord.company) };
}

/**
 * A guarantor that backstops a tenant's lease obligations ("Google to backstop $1.8 billion of Fluidstack's
 * lease obligations") is committed to the landlord: the backstop's provider is the lease's provider.
 * `hostRegistrant` stands in for the landlord when the lease itself is not among the mentions.
 */
export function resolveBackstops<T extends Mention>(
  mentions: T[],
  hostRegistrant: CompanyRef | null = null,
  /** false keeps every mention (the filing worker records each document's as its own source). */
  dedupe = true,
  /** true drops a guarantee still bound to its tenant (a news item: no other document will bind it later). */
  dropUnbound = false,
): T[] {
  const out = mentions.map((m) => {
    // "Google raises its guarantee to $3.2 billion": a guarantee of a tenant with a lease in the document is
    // the lease's, even when the sentence does not say "lease" (a capacity backstop buys unused capacity).
    if (
      m.kind !== 'capacity_backstop' ||
      !(LEASE_OBLIGATION_RE.test(m.evidence) || GUARANTEE_WORD_RE.test(m.evidence))
    )
      return m;
    const ids = [m.buyer.id, m.provider.id];
    const lease = mentions.find(
      (l) =>
        l !== m && l.kind === 'datacenter_lease' && ids.includes(l.buyer.id) && !ids.includes(l.provider.id),
    );
    const guarantor = lease && (m.buyer.id === lease.buyer.id ? m.provider : m.buyer);
    // A landlord (tier 3) guarantees no other landlord's lease: that pair is a lease of its own, not a guarantee.
    if (lease && guarantor && companyById(guarantor.id)?.tier !== 3) {
      return { ...m, buyer: guarantor, provider: lease.provider };
    }
    const owed = guaranteeToLandlord(m, mentions);
    if (owed) return owed;
    const named = landlordNamedBeside(m);
    if (named) return named;
    // Still bound to its tenant, the guarantor unnamed ("A empresa comprometeu-se a garantir … da Fluidstack com a
    // Cipher Mining" read as Fluidstack and its landlord): no deal to keep.
    if (dropUnbound && (!hostRegistrant || ids.includes(hostRegistrant.id)) && guaranteesProvider(m))
      return null;
    if (hostRegistrant && !ids.includes(hostRegistrant.id)) {
      // The guarantor is the one whose amount it is ("backstopped by Google's $1.4B commitment"), else the bigger
      // balance sheet (the lower tier: a hyperscaler backing a neocloud).
      const owner = amountOwner(m);
      const buyerIsGuarantor =
        owner !== null
          ? owner === m.buyer.id
          : (companyById(m.buyer.id)?.tier ?? 2) <= (companyById(m.provider.id)?.tier ?? 2);
      const guarantor = buyerIsGuarantor ? m.buyer : m.provider;
      return { ...m, buyer: guarantor, provider: hostRegistrant };
    }
    return m;
  });
  // A landlord is never the guarantor: "a backstop from Google of $1.4 billion for TeraWulf's tenant" read the
  // way "from" reads in a sale (Google the seller) is Google's guarantee owed to TeraWulf.
  const kept = out.filter((m): m is T => m !== null).map(guarantorNotLandlord);
  if (!dedupe) return kept;
  const seen = new Set<string>();
  return kept.filter((m) => {
    const key = `${m.buyer.id}|${m.provider.id}|${m.valueUsd}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The party named as the amount's owner right before it ("Google's $1.4 billion"), or null. */
function amountOwner(m: Mention): string | null {
  const at = m.valueText === null ? -1 : m.evidence.indexOf(m.valueText);
  if (at < 0) return null;
  const before = textBefore(m.evidence, at, 40);
  const owner = findCompanyMentions(before).at(-1);
  return owner &&
    POSSESSIVE_GAP_RE.test(before.slice(owner.end)) &&
    (owner.company.id === m.buyer.id || owner.company.id === m.provider.id)
    ? owner.company.id
    : null;
}

/** A guarantee bound (landlord, other company) the wrong way round is the other company's, owed to the landlord. */
function guarantorNotLandlord<T extends Mention>(m: T): T {
  if (m.kind !== 'capacity_backstop') return m;
  const buyerTier = companyById(m.buyer.id)?.tier;
  const providerTier = companyById(m.provider.id)?.tier;
  if (buyerTier !== 3 || providerTier === undefined || providerTier === 3) return m;
  return { ...m, buyer: m.provider, provider: m.buyer };
}
