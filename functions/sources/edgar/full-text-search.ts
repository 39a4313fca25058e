import type { FullTextHit, FullTextQuery, FullTextResult } from '../../core/ports/edgar';
import { EdgarMalformedError, padCik } from '../../core/ports/edgar';

/** Path and query of an EDGAR full-text search (efts.sec.gov/LATEST/search-index). */
export function fullTextSearchPath(query: FullTextQuery): string {
  const params = new URLSearchParams({
    q: `"${query.query.replace(/"/g, '')}"`,
    dateRange: 'custom',
    startdt: query.from,
    enddt: query.to,
  });
  if (query.forms.length) params.set('forms', query.forms.join(','));
  if (query.offset) params.set('from', String(query.offset));
  return `/LATEST/search-index?${params.toString()}`;
}

interface RawHit {
  _id?: unknown;
  _source?: {
    adsh?: unknown;
    form?: unknown;
    root_forms?: unknown;
    ciks?: unknown;
    display_names?: unknown;
    file_date?: unknown;
  };
}

/** "Maquia Capital Acquisition Corp  (MAQC, MAQCU)  (CIK 0001844419)" -> "Maquia Capital Acquisition Corp". */
export function companyFromDisplayName(display: string): string {
  let name = display.slice(0, 300).trim();
  // Peel trailing "( … )" groups one at a time: tickers, then the CIK.
  for (let i = 0; i < 4 && name.endsWith(')'); i++) {
    const open = name.lastIndexOf('(');
    if (open <= 0) break;
    name = name.slice(0, open).trimEnd();
  }
  return name;
}

/** Hits of a search-index response, one per accession (a filing matches once per document). */
export function parseFullTextSearch(json: string): FullTextResult {
  let doc: { hits?: { total?: { value?: unknown }; hits?: unknown } };
  try {
    doc = JSON.parse(json) as typeof doc;
  } catch (error) {
    throw new EdgarMalformedError('full-text search', error instanceof Error ? error.message : String(error));
  }
  if (!doc.hits || !Array.isArray(doc.hits.hits))
    throw new EdgarMalformedError('full-text search', 'no hits');
  const seen = new Set<string>();
  const hits: FullTextHit[] = [];
  for (const raw of doc.hits.hits as RawHit[]) {
    const src = raw._source;
    const accession = typeof src?.adsh === 'string' ? src.adsh : null;
    if (!src || !accession || !/^\d{10}-\d{2}-\d{6}$/.test(accession) || seen.has(accession)) continue;
    seen.add(accession);
    const ciks = Array.isArray(src.ciks) ? src.ciks.filter((c): c is string => typeof c === 'string') : [];
    const names = Array.isArray(src.display_names)
      ? src.display_names.filter((c): c is string => typeof c === 'string')
      : [];
    const rootForms = Array.isArray(src.root_forms) ? src.root_forms : [];
    const id = typeof raw._id === 'string' ? raw._id : '';
    hits.push({
      accession,
      formType:
        typeof src.form === 'string' ? src.form : typeof rootForms[0] === 'string' ? rootForms[0] : '',
      cik: padCik(ciks[0] ?? '0'),
      company: companyFromDisplayName(names[0] ?? ''),
      filedDate: typeof src.file_date === 'string' ? src.file_date : null,
      filename: id.includes(':') ? id.slice(id.indexOf(':') + 1) : null,
    });
  }
  const total = Number(doc.hits.total?.value);
  return { total: Number.isFinite(total) ? total : hits.length, hits };
}
