import type { Deal } from './types';

// The order deals are listed in: newest announcement first. One definition serves the store's announcement
// index (its sort key), the lists sorted in memory (a company's deals, a pair's) and the page cursor, so that
// all of them agree on where a deal stands.

/** Where a deal stands in the list, and the page cursor: its announcement time and its id. */
export interface DealPosition {
  a: string;
  i: string;
}

/** The earliest publication among the deal's sources; when none has a date, when it was first seen. */
export function announcedAt(deal: Deal): string {
  let earliest: string | null = null;
  for (const s of deal.sources)
    if (s.publishedAt && (!earliest || s.publishedAt < earliest)) earliest = s.publishedAt;
  return earliest ?? deal.firstSeenAt;
}

export function positionOf(deal: Deal): DealPosition {
  return { a: announcedAt(deal), i: deal.id };
}

/**
 * The position as one string whose descending order is the list's: the time in one fixed-width UTC form (so
 * that "…00Z" and "…00.000Z" sort as the same instant), then the id. A time that does not parse is kept as it is.
 */
export function positionKey(p: DealPosition): string {
  const t = Date.parse(p.a);
  return `${Number.isNaN(t) ? p.a : new Date(t).toISOString()}#${p.i}`;
}

/** The position a key stands for (the announcement index's sort key back into a cursor). */
export function positionFromKey(key: string): DealPosition | null {
  const cut = key.indexOf('#');
  return cut > 0 && cut < key.length - 1 ? { a: key.slice(0, cut), i: key.slice(cut + 1) } : null;
}

/** Newest announcement first; the same announcement by id, descending (the index's order, read backwards). */
export function newestFirst(x: Deal, y: Deal): number {
  const kx = positionKey(positionOf(x));
  const ky = positionKey(positionOf(y));
  return kx === ky ? 0 : kx < ky ? 1 : -1;
}
