import type { FullTextQuery } from '../../core/ports/edgar';
import { EdgarMalformedError } from '../../core/ports/edgar';
import { type DailyIndexKind, dailyIndexPath } from './daily-index';
import { fullTextSearchPath } from './full-text-search';

export const SEC_WWW = 'https://www.sec.gov';
export const SEC_EFTS = 'https://efts.sec.gov';

function accessionParts(cik: string, accession: string): { cikNumber: string; folder: string } {
  if (!/^\d{10}-\d{2}-\d{6}$/.test(accession))
    throw new EdgarMalformedError('accession', accession.slice(0, 30));
  const cikNumber = String(Number(cik));
  if (!/^\d{1,10}$/.test(cikNumber)) throw new EdgarMalformedError('cik', cik.slice(0, 30));
  return { cikNumber, folder: accession.replace(/-/g, '') };
}

/**
 * Every EDGAR URL in one place. Fetch URLs resolve against the base URL (EDGAR_BASE_URL) when one is set, so a
 * single loopback server stands in for www.sec.gov and efts.sec.gov; public links always name www.sec.gov.
 */
export class EdgarUrls {
  private readonly www: string;
  private readonly efts: string;

  constructor(baseUrl?: string | null) {
    const trimmed = baseUrl ? baseUrl.replace(/\/+$/, '') : null;
    // The default setting names the real www host: efts must then keep its own host.
    const base = trimmed && trimmed !== SEC_WWW && trimmed !== 'https://sec.gov' ? trimmed : null;
    this.www = base ?? SEC_WWW;
    this.efts = base ?? SEC_EFTS;
  }

  /** The getcurrent Atom feed, all forms. */
  currentFeed(start: number, count = 100): string {
    return `${this.www}/cgi-bin/browse-edgar?action=getcurrent&type=&company=&dateb=&owner=include&start=${start}&count=${count}&output=atom`;
  }

  dailyIndex(kind: DailyIndexKind, isoDate: string): string {
    return `${this.www}${dailyIndexPath(kind, isoDate)}`;
  }

  submissionText(ref: { cik: string; accession: string }): string {
    const { cikNumber, folder } = accessionParts(ref.cik, ref.accession);
    return `${this.www}/Archives/edgar/data/${cikNumber}/${folder}/${ref.accession}.txt`;
  }

  /** The filing's index page: the list of its documents with their types. */
  filingIndexPage(ref: { cik: string; accession: string }): string {
    const { cikNumber, folder } = accessionParts(ref.cik, ref.accession);
    return `${this.www}/Archives/edgar/data/${cikNumber}/${folder}/${ref.accession}-index.htm`;
  }

  /** A document link from the index page, moved onto the base URL (the page names www.sec.gov paths). */
  archivePath(url: string): string {
    const path = new URL(url, SEC_WWW);
    return `${this.www}${path.pathname}`;
  }

  fullTextSearch(query: FullTextQuery): string {
    return `${this.efts}${fullTextSearchPath(query)}`;
  }

  /** Public link to the filing's index page (always www.sec.gov). */
  static publicIndex(ref: { cik: string; accession: string }): string {
    const { cikNumber, folder } = accessionParts(ref.cik, ref.accession);
    return `${SEC_WWW}/Archives/edgar/data/${cikNumber}/${folder}/${ref.accession}-index.htm`;
  }

  /** Public link to the full submission text (always www.sec.gov). */
  static publicText(ref: { cik: string; accession: string }): string {
    const { cikNumber, folder } = accessionParts(ref.cik, ref.accession);
    return `${SEC_WWW}/Archives/edgar/data/${cikNumber}/${folder}/${ref.accession}.txt`;
  }
}
