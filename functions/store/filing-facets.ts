// The key design behind GET /filings: which index rows a filing gets, and which one serves a query.
// Each facet is a partition of the FilingIndex table sorted by `acceptedAt#accession`, so every supported
// combination is one key condition (plus date bounds on the sort key), never a filter over everything.
import type { FilingQuery, FilingRecord } from '../core/types';

/** A facet is the parts of a query it answers exactly, in this fixed order. */
type Part = 'deals' | 'cik' | 'form' | 'item';

interface FacetShape {
  parts: readonly Part[];
}

/**
 * The facets written for every filing (the deals ones only once it produced a mention). Ordered by how
 * narrow they are: a query uses the first whose parts it asks for, and filters the rest of its conditions
 * on the index rows themselves, within a bounded number of reads.
 */
const SHAPES: readonly FacetShape[] = [
  { parts: ['deals', 'cik'] },
  { parts: ['deals', 'form'] },
  { parts: ['deals'] },
  { parts: ['cik', 'form'] },
  { parts: ['form', 'item'] },
  { parts: ['cik'] },
  { parts: ['item'] },
  { parts: ['form'] },
];

export interface FacetValues {
  cik: string;
  form: string;
  item: string;
}

function facetKey(parts: readonly Part[], v: Partial<FacetValues>): string {
  return parts.map((p) => (p === 'deals' ? 'deals' : `${p}#${v[p] ?? ''}`)).join('|');
}

/** The facet keys of one filing's index rows. */
export function facetsOf(filing: FilingRecord, withDeals: boolean): string[] {
  const keys = new Set<string>();
  const items = filing.items.length ? filing.items : [null];
  for (const shape of SHAPES) {
    if (shape.parts.includes('deals') && !withDeals) continue;
    for (const item of items) {
      if (shape.parts.includes('item') && item === null) continue;
      keys.add(facetKey(shape.parts, { cik: filing.cik, form: filing.formType, item: item ?? '' }));
    }
  }
  return [...keys];
}

export interface FacetPlan {
  /** The facet partition to read; null: no facet condition, the newest-first list serves it. */
  facet: string | null;
  /** Conditions the facet does not answer, checked on each index row. */
  residual: { cik?: string; form?: string; item?: string };
}

/** The narrowest facet that answers part of the query, and what is left to check on its rows. */
export function planFilingQuery(q: FilingQuery): FacetPlan {
  const asked: Partial<Record<Part, string>> = {};
  if (q.hasDeals) asked.deals = 'deals';
  if (q.cik) asked.cik = q.cik;
  if (q.formType) asked.form = q.formType;
  if (q.item) asked.item = q.item;
  const shape = SHAPES.find((s) => s.parts.every((p) => asked[p] !== undefined));
  if (!shape) return { facet: null, residual: {} };
  const values = { cik: q.cik, form: q.formType, item: q.item };
  const residual: FacetPlan['residual'] = {};
  if (q.cik && !shape.parts.includes('cik')) residual.cik = q.cik;
  if (q.formType && !shape.parts.includes('form')) residual.form = q.formType;
  if (q.item && !shape.parts.includes('item')) residual.item = q.item;
  return { facet: facetKey(shape.parts, values), residual };
}

/** Sort key of an index row: newest first by accepted time, then accession for ties. */
export const sortKeyOf = (filing: Pick<FilingRecord, 'acceptedAt' | 'accession'>): string =>
  `${filing.acceptedAt}#${filing.accession}`;

/** Sort-key bounds for accepted-time bounds (inclusive; a bare date covers its whole day). */
export function sortKeyBounds(q: FilingQuery): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (q.acceptedFrom) out.from = q.acceptedFrom;
  // '~' sorts after every character of a time and an accession, so the whole last instant is included.
  if (q.acceptedTo) out.to = `${q.acceptedTo}~`;
  return out;
}
