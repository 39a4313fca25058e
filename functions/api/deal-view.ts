// What the API shows of a deal: the stored deal plus its announcement time and the links of each source.
import { announcedAt } from '../core/deal-order';
import type { Deal, SourceRef } from '../core/types';
import { type DealView, dealSchema } from './schemas';

// An EDGAR filing folder: .../Archives/edgar/data/<cik>/<accession without dashes>/
const FILING_FOLDER = /^(https:\/\/www\.sec\.gov\/Archives\/edgar\/data\/\d{1,10}\/\d{18})\//;

function filingLinks(source: SourceRef): { filingIndexUrl: string | null; documentUrl: string | null } {
  if (source.kind !== 'filing') return { filingIndexUrl: null, documentUrl: source.url };
  const folder = source.url ? FILING_FOLDER.exec(source.url)?.[1] : undefined;
  const accession = source.id.split('/')[0] ?? '';
  if (!folder || !/^\d{10}-\d{2}-\d{6}$/.test(accession)) {
    return { filingIndexUrl: source.url, documentUrl: null };
  }
  return {
    filingIndexUrl: `${folder}/${accession}-index.htm`,
    documentUrl: `${folder}/${accession}.txt`,
  };
}

/** Parsed through the response schema: the JSON has the documented fields, always in the same order. */
export function toDealView(deal: Deal): DealView {
  return dealSchema.parse({
    ...deal,
    announcedAt: announcedAt(deal),
    sources: deal.sources.map((s) => ({ ...s, ...filingLinks(s) })),
  });
}
