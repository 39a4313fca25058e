import { dealId, mergeMention } from '../core/deal-merge';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { SourcedMention } from '../core/types';

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
 * Merges each mention into its deal with optimistic locking. Idempotent: a mention whose source the deal
 * already lists changes nothing, so a redelivered filing or news item is harmless.
 */
export async function recordMentions(
  deps: RecordMentionsDeps,
  mentions: SourcedMention[],
): Promise<RecordReport> {
  const report: RecordReport = { created: 0, updated: 0, unchanged: 0, dealIds: [] };
  for (const mention of mentions) {
    const id = dealId(mention.buyer.id, mention.provider.id);
    report.dealIds.push(id);
    for (let attempt = 1; ; attempt++) {
      const existing = await deps.deals.get(id);
      const merged = mergeMention(existing, mention, deps.clock());
      if (!merged) {
        report.unchanged++;
        break;
      }
      try {
        await deps.deals.save(merged);
        if (existing) report.updated++;
        else report.created++;
        break;
      } catch (err) {
        if (!(err instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }
  return report;
}
