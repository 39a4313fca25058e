import { resolveCompanyQuery } from '../core/companies';
import type { DealRepository, FilingPage, FilingRepository } from '../core/ports/store';
import type { FilingQuery, FilingRecord } from '../core/types';
import { DealNotFoundError } from './correct-deal';

/** The company of a query is not one we can name a CIK for: the caller's mistake. */
export class UnknownCompanyError extends Error {
  override readonly name = 'UnknownCompanyError';
  constructor(readonly query: string) {
    super(`no company "${query}" is known; give its CIK (e.g. 1769628), ticker, name or id`);
  }
}

export interface FilingSearch extends Omit<FilingQuery, 'cik'> {
  /** CIK, ticker, name or id, any case. */
  company?: string;
}

/** Stored filings, newest first, narrowed by company, form, 8-K item, accepted dates and whether deals came out. */
export async function queryFilings(
  deps: { filings: FilingRepository },
  search: FilingSearch,
): Promise<FilingPage> {
  const { company, ...rest } = search;
  let cik: string | undefined;
  if (company !== undefined) {
    const resolved = resolveCompanyQuery(company);
    if (!resolved) throw new UnknownCompanyError(company);
    cik = resolved.cik;
  }
  return deps.filings.list({ ...rest, ...(cik ? { cik } : {}) });
}

/** The filings behind a deal: every filing among its sources, newest first. */
export async function filingsOfDeal(
  deps: { filings: FilingRepository; deals: DealRepository },
  dealId: string,
): Promise<FilingRecord[]> {
  const deal = await deps.deals.get(dealId);
  if (!deal) throw new DealNotFoundError(`no deal ${dealId}`);
  // A filing source's id is "<accession>/<document type>".
  const accessions = deal.sources.filter((s) => s.kind === 'filing').map((s) => s.id.split('/')[0] ?? s.id);
  const filings = await deps.filings.getMany(accessions);
  return filings.sort((a, b) => b.acceptedAt.localeCompare(a.acceptedAt));
}
