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

/** Newest announcement first (ties by id), one page after `after`. */
export async function listDealsByAnnouncement(
  deals: DealRepository,
  query: DealFilters & { limit: number; after?: DealPosition },
): Promise<{ items: Deal[]; next: DealPosition | null }> {
  const { limit, after, ...filters } = query;
  const all: { deal: Deal; at: DealPosition }[] = [];
  let cursor: string | null = null;
  do {
    const page = await deals.list({ ...filters, limit: 100, cursor });
    for (const deal of page.items) all.push({ deal, at: { a: announcedAt(deal), i: deal.id } });
    cursor = page.cursor;
  } while (cursor && all.length < MAX_SORTED_DEALS);
  all.sort((x, y) => (before(x.at, y.at) ? -1 : before(y.at, x.at) ? 1 : 0));
  const rest = after ? all.filter((d) => before(after, d.at)) : all;
  const page = rest.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map((d) => d.deal), next: rest.length > limit && last ? last.at : null };
}
