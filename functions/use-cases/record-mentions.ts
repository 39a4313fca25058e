import { placeMention } from '../core/deal-identity';
import { addMention, openDeal, toDealMention } from '../core/deal-merge';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { Deal, SourcedMention } from '../core/types';

export interface RecordMentionsDeps {
  deals: DealRepository;
  clock: () => Date;
}

/** Retries after another writer changed the same deal between our read and our write. */
const MAX_ATTEMPTS = 5;

export interface RecordReport {
  created: number;
  updated: number;
  unchanged: number;
  /** The deal each mention belongs to, in the order of the mentions given. */
  dealIds: string[];
}

/**
 * Places each mention on its contract (core/deal-identity.ts) among the deals of its pair and merges it there,
 * with optimistic locking. Idempotent: a mention whose source a deal of the pair already lists changes nothing,
 * so a redelivered filing or news item is harmless.
 */
export async function recordMentions(
  deps: RecordMentionsDeps,
  mentions: SourcedMention[],
): Promise<RecordReport> {
  const report: RecordReport = { created: 0, updated: 0, unchanged: 0, dealIds: [] };
  // The pair index is eventually consistent: deals written by this call are read back from here, so two
  // mentions of one batch never open two deals because the index lagged.
  const written = new Map<string, Deal>();
  for (const mention of mentions) {
    for (let attempt = 1; ; attempt++) {
      const now = deps.clock();
      const indexed = await deps.deals.listByPair(mention.buyer.id, mention.provider.id);
      const pairDeals = mergeNewest(indexed, written, mention);
      const dm = toDealMention(mention, now, { rule: 'opened', note: '' });
      const place = placeMention(pairDeals, mention, dm);
      if (place.kind === 'duplicate') {
        report.unchanged++;
        report.dealIds.push(place.dealId);
        break;
      }
      const target = place.kind === 'join' ? pairDeals.find((d) => d.id === place.dealId) : undefined;
      // Re-read the deal itself (strongly consistent) so the version check is against the latest write.
      const current = target ? ((await deps.deals.get(target.id)) ?? target) : undefined;
      const next =
        place.kind === 'open'
          ? openDeal(place.id, mention, now, place.joined)
          : current
            ? addMention(current, mention, now, place.joined)
            : null;
      if (!next) {
        report.unchanged++;
        report.dealIds.push(place.kind === 'open' ? place.id : place.dealId);
        break;
      }
      try {
        await deps.deals.save(next);
        written.set(next.id, next);
        report.dealIds.push(next.id);
        if (place.kind === 'open') report.created++;
        else report.updated++;
        break;
      } catch (err) {
        if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }
  return report;
}

function mergeNewest(indexed: Deal[], written: Map<string, Deal>, m: SourcedMention): Deal[] {
  const byId = new Map(indexed.map((d) => [d.id, d]));
  for (const d of written.values()) {
    if (d.buyer.id !== m.buyer.id || d.provider.id !== m.provider.id) continue;
    const seen = byId.get(d.id);
    if (!seen || seen.version < d.version) byId.set(d.id, d);
  }
  return [...byId.values()];
}
