import type { DealQuery, DealRepository } from '../core/ports/store';
import type { Deal } from '../core/types';

/**
 * Deals are listed by announcement (the earliest source's publication), which no index orders: the list
 * reads every matching deal (a few hundred: one per real-world contract) and sorts them. Past this many the
 * oldest-updated are left out; an index on the announcement time is the next step if that ever happens.
 */
export const MAX_SORTED_DEALS = 5000;

/** The position after which the next page starts: a deal's announcement time and id. */
export interface DealPosition {
  a: string;
  i: string;
}

export type DealFilters = Omit<DealQuery, 'limit' | 'cursor'>;

/** The earliest publication among the deal's sources; when none has a date, when it was first seen. */
export function announcedAt(deal: Deal): string {
  let earliest: string | null = null;
  for (const s of deal.sources)
    if (s.publishedAt && (!earliest || s.publishedAt < earliest)) earliest = s.publishedAt;
  return earliest ?? deal.firstSeenAt;
}

const before = (x: DealPosition, y: DealPosition): boolean => x.a > y.a || (x.a === y.a && x.i < y.i);

interface Ranked {
  deal: Deal;
  at: DealPosition;
}

/** Every deal matching the filters (up to MAX_SORTED_DEALS), newest announcement first (ties by id). */
async function readSorted(deals: DealRepository, filters: DealFilters): Promise<Ranked[]> {
  const all: Ranked[] = [];
  let cursor: string | null = null;
  do {
    const page = await deals.list({ ...filters, limit: 100, cursor });
    for (const deal of page.items) all.push({ deal, at: { a: announcedAt(deal), i: deal.id } });
    cursor = page.cursor;
  } while (cursor && all.length < MAX_SORTED_DEALS);
  return all.sort((x, y) => (before(x.at, y.at) ? -1 : before(y.at, x.at) ? 1 : 0));
}

function pageAfter(
  all: Ranked[],
  limit: number,
  after: DealPosition | undefined,
): { items: Deal[]; next: DealPosition | null } {
  const rest = after ? all.filter((d) => before(after, d.at)) : all;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map((d) => d.deal), next: rest.length > limit && last ? last.at : null };
}

/**
 * Deals newest announcement first (ties by id), one page after `after`, for a server: requests with the same filters that arrive while a read of them is under
 * way share that read, each taking its own page of it. Under 50 concurrent clients every GET /deals read all
 * 5,000 deals of the bench (50 queries) on its own, and none finished within 10 s (bench api). A request that
 * arrives after a read has finished starts a new one: nothing is kept, so no list is older than the read it
 * joined.
 */
export function createDealLister(deals: DealRepository) {
  const reads = new Map<string, Promise<Ranked[]>>();
  return async (
    query: DealFilters & { limit: number; after?: DealPosition },
  ): Promise<{ items: Deal[]; next: DealPosition | null }> => {
    const { limit, after, ...filters } = query;
    const key = JSON.stringify([filters.minValueUsd, filters.company, filters.status, filters.kind]);
    let read = reads.get(key);
    if (!read) {
      read = readSorted(deals, filters).finally(() => reads.delete(key));
      reads.set(key, read);
    }
    return pageAfter(await read, limit, after);
  };
}
