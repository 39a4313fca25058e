import { placeMention } from '../core/deal-identity';
import { addMention, openDeal, toDealMention } from '../core/deal-merge';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { SourcedMention } from '../core/types';

export interface RecordMentionsDeps {
  deals: DealRepository;
  clock: () => Date;
}

/** Retries after another writer placed a mention of the same pair between our read and our write. */
const MAX_ATTEMPTS = 8;

export interface RecordReport {
  created: number;
  updated: number;
  unchanged: number;
  /** The deal each mention belongs to, in the order of the mentions given. */
  dealIds: string[];
}

/**
 * Places each mention on its contract (core/deal-identity.ts) among the deals of its pair and merges it there,
 * with optimistic locking on the pair. Idempotent: a mention whose source a deal of the pair already lists changes nothing,
 * so a redelivered filing or news item is harmless.
 */
export async function recordMentions(
  deps: RecordMentionsDeps,
  mentions: SourcedMention[],
): Promise<RecordReport> {
  const report: RecordReport = { created: 0, updated: 0, unchanged: 0, dealIds: [] };
  for (const mention of mentions) {
    for (let attempt = 1; ; attempt++) {
      const now = deps.clock();
      // Read consistently, and written only if no other mention of the pair was placed meanwhile: two workers
      // reading the same deal (an 8-K and its 8-K/A at once) never open two contracts.
      const pair = await deps.deals.readPair(mention.buyer.id, mention.provider.id);
      const dm = toDealMention(mention, now, { rule: 'opened', note: '' });
      const place = placeMention(pair.deals, mention, dm);
      if (place.kind === 'duplicate') {
        report.unchanged++;
        report.dealIds.push(place.dealId);
        break;
      }
      const target = place.kind === 'join' ? pair.deals.find((d) => d.id === place.dealId) : undefined;
      const next =
        place.kind === 'open'
          ? openDeal(place.id, mention, now, place.joined)
          : target
            ? addMention(target, mention, now, place.joined)
            : null;
      if (!next) {
        report.unchanged++;
        report.dealIds.push(place.kind === 'open' ? place.id : place.dealId);
        break;
      }
      try {
        await deps.deals.savePlaced(next, pair);
        report.dealIds.push(next.id);
        if (place.kind === 'open') report.created++;
        else report.updated++;
        break;
      } catch (err) {
        if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
        // Writers of one pair that collided would collide again at once: spread their next tries.
        await new Promise((r) => setTimeout(r, Math.random() * 40 * attempt));
      }
    }
  }
  return report;
}
