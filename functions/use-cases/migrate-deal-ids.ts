import { contractId, deriveDeal, statusRank } from '../core/deal-merge';
import type { Logger } from '../core/ports/log';
import { type DealRepository, VersionConflictError } from '../core/ports/store';
import type { Deal, DealMention, MentionStatus } from '../core/types';

// One-shot rewrite of the deals keyed `buyer--provider` (before deals were contracts) to contract ids
// (`buyer--provider--YYYY-MM`). Idempotent and resumable: each old deal is copied to its new id (a conditional
// put, marked migratedFrom so it alerts nobody), then turned into a hidden record pointing at the new id (the
// API answers the old id with a redirect). A run stopped anywhere is finished by running it again.

const PAGE = 100;

export interface MigrationReport {
  migrated: number;
  alreadyDone: number;
  scanned: number;
}

export function isPairKeyed(deal: Deal): boolean {
  return deal.id.split('--').length === 2 && deal.mentions.length === 0;
}

/** The mentions an old deal implies: one per source, with the value and status its history events show. */
export function legacyMentions(old: Deal): DealMention[] {
  return old.sources.map((source, i) => {
    const events = old.history.filter((e) => e.sourceId === source.id);
    const increment = events.find((e) => e.incrementUsd !== null)?.incrementUsd ?? null;
    const valued = events.filter((e) => ['created', 'value_up', 'expanded'].includes(e.type)).at(-1);
    const top = events.reduce<MentionStatus>(
      (s, e) => (statusRank(e.status) > statusRank(s === 'expanded' ? 'signed' : s) ? e.status : s),
      'in_talks',
    );
    const status: MentionStatus = events.some((e) => e.type === 'terminated')
      ? 'terminated'
      : increment !== null || events.some((e) => e.type === 'expanded')
        ? 'expanded'
        : top;
    const created = events.some((e) => e.type === 'created') || i === old.sources.length - 1;
    const valueUsd = increment ?? valued?.valueUsd ?? null;
    return {
      buyer: old.buyer,
      provider: old.provider,
      source,
      at: source.publishedAt ?? events[0]?.at ?? old.firstSeenAt,
      valueUsd,
      valueText: valueUsd !== null && valueUsd === old.valueUsd ? old.valueText : null,
      qualifier: valueUsd !== null && valueUsd === old.valueUsd ? old.qualifier : null,
      cumulative: increment === null,
      status,
      kind: old.kind,
      endDate: created ? old.endDate : null,
      termYears: created ? old.termYears : null,
      site: null,
      evidence: old.evidence,
      joined: { rule: 'migrated', note: `from the pair-keyed deal ${old.id}` },
    };
  });
}

async function migrateOne(deps: { deals: DealRepository; clock: () => Date }, old: Deal): Promise<string> {
  const now = deps.clock().toISOString();
  const mentions = legacyMentions(old);
  const first = mentions.map((m) => m.at).sort()[0] ?? old.firstSeenAt;
  const taken: string[] = [];
  for (;;) {
    const id = contractId(old.buyer.id, old.provider.id, first, taken);
    const existing = await deps.deals.get(id);
    if (existing?.migratedFrom === old.id) return id; // copied by an earlier, interrupted run
    if (existing) {
      taken.push(id);
      continue;
    }
    const copy = deriveDeal(
      {
        id,
        firstSeenAt: old.firstSeenAt,
        updatedAt: now,
        version: 1,
        mergedInto: null,
        migratedFrom: old.id,
      },
      mentions,
      [],
    );
    try {
      await deps.deals.save(copy);
      return id;
    } catch (err) {
      if (!(err instanceof VersionConflictError)) throw err;
      // Someone took the id between our read and our write: look again.
    }
  }
}

export async function migrateDealIds(deps: {
  deals: DealRepository;
  clock: () => Date;
  log: Logger;
}): Promise<MigrationReport> {
  const report: MigrationReport = { migrated: 0, alreadyDone: 0, scanned: 0 };
  let cursor: string | null = null;
  do {
    const page = await deps.deals.scan({ limit: PAGE, cursor });
    for (const deal of page.items) {
      report.scanned++;
      if (!isPairKeyed(deal)) continue;
      if (deal.mergedInto) {
        report.alreadyDone++;
        continue;
      }
      const newId = await migrateOne(deps, deal);
      await deps.deals.save({
        ...deal,
        hidden: true,
        mergedInto: newId,
        updatedAt: deps.clock().toISOString(),
        version: deal.version + 1,
      });
      report.migrated++;
      deps.log.info('deal id migrated', { from: deal.id, to: newId });
    }
    cursor = page.cursor;
  } while (cursor);
  return report;
}
