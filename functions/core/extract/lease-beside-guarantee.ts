// "Cipher Mining signed a 10-year lease with Fluidstack, backstopped by Google's $1.4 billion commitment": the
// sentence's one amount is the guarantee's, so the lease it names beside it had no amount to be read from and went
// unreported. The lease is a deal of its own (the tenant and the landlord), told without a value.
import { findCompanyMentions, toCompanyRef } from '../companies';
import type { Mention } from '../types';
import { textBefore } from './text-window';

/** The tenant right after a lease's noun and "with" (six languages): "a 10-year lease with", "un bail avec". */
const LEASE_WITH_BEFORE_RE =
  /\b(?:lease|leases|bail|baux|Mietvertr(?:ag|äge)|arrendamiento|alquiler|locazione|affitto|arrendamento|aluguel)\b[^.;]{0,40}?\s(?:with|avec|mit|con|com)\s(?:(?:la|le|l['’]|el|il|a|o|der|dem)\s?)?$/iu;

/** Each guarantee bound to its landlord, with the leases its own sentence names and no mention reports. */
export function withLeaseBesideGuarantee<T extends Mention>(mentions: readonly T[]): T[] {
  const reported = new Set(mentions.map((m) => `${m.buyer.id}|${m.provider.id}`));
  const added: T[] = [];
  for (const m of mentions) {
    if (m.kind !== 'capacity_backstop') continue;
    // Each lease the sentence names ("a 15-year lease with AWS and a 10-year lease with Fluidstack").
    const tenants = findCompanyMentions(m.evidence).filter(
      (c) =>
        c.company.id !== m.buyer.id &&
        c.company.id !== m.provider.id &&
        LEASE_WITH_BEFORE_RE.test(textBefore(m.evidence, c.start, 60)),
    );
    for (const tenant of tenants) {
      const key = `${tenant.company.id}|${m.provider.id}`;
      if (reported.has(key) || reported.has(`${m.provider.id}|${tenant.company.id}`)) continue;
      reported.add(key);
      added.push({
        ...m,
        buyer: toCompanyRef(tenant.company),
        kind: 'datacenter_lease',
        valueUsd: null,
        valueText: null,
        qualifier: null,
        cumulative: true,
        runningTotalUsd: null,
        originalCurrency: null,
        endDate: null,
        termYears: null,
      });
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added];
}
