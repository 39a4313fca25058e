// The end user behind a tenant read as a party of the tenant's lease (issue 8, multi-party leases). "Hut 8 signs a
// $7 billion lease with Fluidstack … clusters that Fluidstack will operate for Anthropic … its broader arrangement with
// Anthropic": the last sentence pairs Anthropic with Hut 8, though the document has told that Anthropic runs on its
// tenant's capacity. "Le locataire est Fluidstack, qui y exploitera des grappes destinées à Anthropic. Ce bail
// représente environ 7 milliards": the lease's amount borrowed the end user and the tenant as its pair.
// With the landlord's lease to that tenant reported too: a row pairing the end user with the landlord, with no amount
// of its own (none, or the lease's), is dropped; a row pairing it with the tenant over a lease's words is the lease.
import { findCompanyMentions } from '../companies';
import type { Mention } from '../types';
import { OPERATED_FOR_BEFORE_RE } from './parties';
import { sentenceAt } from './sentences';
import { textBefore } from './text-window';

/** A literal check first: a word that says whom an operator works for or capacity is meant for, six languages. */
const OPERATED_FOR_WORD_RE =
  /behalf|compte|nom d|Auftrag|conto|cuenta|nombre|conta|operat|run|manag|op[èe]r|exploit|gestis|gestir|betreib|destin|intended|meant|bestimmt/i;

/** "des grappes de calcul destinées à", "clusters meant for", "für … bestimmt" is not read (the name comes between). */
const MEANT_FOR_BEFORE_RE =
  /\b(?:destin[ée]e?s? (?:à|au)|intended for|meant for|bestimmt f[üu]r|destinad[oa]s? (?:a|à|ao|al)|destinat[oaie] (?:a|ad|al))\s?(?:(?:la|le|l['’]|the|el|o|a)\s?)?$/i;

/** How far around a lease's evidence its tenant's end user is looked for. */
const END_USER_REACH = 3_000;

/** A lease's noun in a row's evidence: the amount is the lease's. */
const LEASE_WORD_RE = /\b(?:lease|bail|Mietvertrag|arrendamiento|locazione|arrendamento)\b/i;

/**
 * The companies the text names as the end user of an operator ("clusters Fluidstack will operate for Anthropic",
 * "pour le compte d'Anthropic", "im Auftrag von Anthropic", "destinées à Anthropic") in a sentence that names no
 * company but the tenant: each with the tenants named beside it (none in a filing's "the Tenant … for Anthropic PBC").
 * Read around the leases only: a 20 MB filing's names elsewhere tell no lease's end user.
 */
function endUsersServed(
  text: string,
  tenants: ReadonlySet<string>,
  leases: readonly Mention[],
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const seen = new Set<number>();
  for (const t of leases) {
    const from = Math.max(0, t.evidenceStart - END_USER_REACH);
    const to = Math.min(text.length, t.evidenceEnd + END_USER_REACH);
    if (!OPERATED_FOR_WORD_RE.test(text.slice(from, to))) continue;
    for (const c of findCompanyMentions(text, from, to)) {
      if (seen.has(c.start)) continue;
      seen.add(c.start);
      const before = textBefore(text, c.start, 60);
      if (!OPERATED_FOR_BEFORE_RE.test(before) && !MEANT_FOR_BEFORE_RE.test(before)) continue;
      const span = sentenceAt(text, c.start);
      const others = findCompanyMentions(text, span.start, span.end)
        .map((o) => o.company.id)
        .filter((id) => id !== c.company.id);
      if (!others.every((id) => tenants.has(id))) continue;
      const served = out.get(c.company.id) ?? new Set<string>();
      for (const id of others) served.add(id);
      out.set(c.company.id, served);
    }
  }
  return out;
}

/**
 * The rows that pair a tenant's end user with the tenant's landlord, or with the tenant over a lease's words: the
 * tenant's lease when the row tells a lease (its amount the lease's, or the lease's only one), else dropped when it has
 * no amount of its own.
 */
export function withoutEndUserAsLeaseParty<T extends Mention>(mentions: T[], text: string): T[] {
  const leases = mentions.filter((m) => m.kind === 'datacenter_lease');
  // Only a row beside a lease of another buyer, from the same landlord (or from its tenant, over a lease's words), can
  // be an end user's: most documents have none, and never pay for reading names.
  const nextTo = (m: T, t: T): boolean =>
    t !== m &&
    t.buyer.id !== m.buyer.id &&
    (t.provider.id === m.provider.id || (t.buyer.id === m.provider.id && LEASE_WORD_RE.test(m.evidence)));
  if (!mentions.some((m) => leases.some((t) => nextTo(m, t)))) return mentions;
  const endUsers = endUsersServed(text, new Set(leases.map((m) => m.buyer.id)), leases);
  if (endUsers.size === 0) return mentions;
  const out: T[] = [];
  for (const m of mentions) {
    const served = endUsers.get(m.buyer.id);
    const lease = served && leases.find((t) => nextTo(m, t) && (served.size === 0 || served.has(t.buyer.id)));
    const sameAmount = lease && (m.valueUsd === null || m.valueUsd === lease.valueUsd);
    if (!lease) out.push(m);
    else if (LEASE_WORD_RE.test(m.evidence) && (sameAmount || lease.valueUsd === null))
      out.push({ ...m, buyer: lease.buyer, provider: lease.provider, kind: lease.kind });
    else if (!sameAmount || lease.provider.id !== m.provider.id) out.push(m);
  }
  return out;
}
