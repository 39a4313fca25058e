import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { offsetTimeToUtcIso } from '../../core/edgar-time';
import type { EdgarCompany, FeedFiling, FeedPage } from '../../core/ports/edgar';
import { EdgarMalformedError, padCik } from '../../core/ports/edgar';

/** A feed page is ~60 KB; anything far above is not the feed. Bounded before parsing. */
export const MAX_FEED_PAGE_CHARS = 4 * 1024 * 1024;
export const FEED_PAGE_SIZE = 100;

// No DTD is ever expanded (we refuse DOCTYPE outright); only the predefined XML entities and character
// references are decoded (the summary is HTML escaped as &lt;b&gt;), with a cap on how many.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'entry' || name === 'link' || name === 'category',
  processEntities: {
    enabled: true,
    maxEntityCount: 1,
    maxEntitySize: 1,
    maxExpansionDepth: 1,
    maxTotalExpansions: 200_000,
    maxExpandedLength: 1_000_000,
  },
  htmlEntities: false,
});

/** Role priority: the company the filing is about comes first. */
const ROLE_RANK: Record<string, number> = {
  filer: 0,
  issuer: 1,
  subject: 2,
  'issuing entity': 3,
  depositor: 4,
  securitizer: 5,
  'filed by': 6,
  reporting: 7,
};

const TITLE_TAIL = /\((\d{1,10})\)\s*\(([^()]{1,40})\)\s*$/;
const ACCESSION_IN_ID = /accession-number=(\d{10}-\d{2}-\d{6})/;
const FILED = /Filed:(?:<\/b>)?\s*(\d{4}-\d{2}-\d{2})/;
const ACCNO = /AccNo:(?:<\/b>)?\s*(\d{10}-\d{2}-\d{6})/;
const ITEM = /Item ([0-9A-Z]{1,3}(?:\.[0-9A-Z]{1,3})?):/g;

interface RawEntry {
  title?: unknown;
  summary?: unknown;
  updated?: unknown;
  id?: unknown;
  link?: { '@_href'?: string; '@_rel'?: string }[];
  category?: { '@_term'?: string; '@_label'?: string }[];
}

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && '#text' in value)
    return textOf((value as { '#text': unknown })['#text']);
  return '';
}

/** Parses one getcurrent Atom page; `start` is the page's offset in the feed. */
export function parseCurrentFeed(xml: string, start: number, pageSize = FEED_PAGE_SIZE): FeedPage {
  if (xml.length > MAX_FEED_PAGE_CHARS) {
    throw new EdgarMalformedError(
      'feed page',
      `${xml.length} characters is over the ${MAX_FEED_PAGE_CHARS} bound`,
    );
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new EdgarMalformedError('feed page', 'DOCTYPE / ENTITY declarations are refused');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new EdgarMalformedError('feed page', `${valid.err.msg} (line ${valid.err.line})`);
  }
  let doc: { feed?: { entry?: RawEntry[] } };
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch (error) {
    throw new EdgarMalformedError('feed page', error instanceof Error ? error.message : String(error));
  }
  if (!doc.feed || typeof doc.feed !== 'object') throw new EdgarMalformedError('feed page', 'no <feed> root');
  const entries = doc.feed.entry ?? [];
  const byAccession = new Map<string, FeedFiling & { rank: number }>();
  for (const entry of entries) {
    const parsed = parseEntry(entry);
    if (!parsed) continue;
    const { filing, company } = parsed;
    const rank = ROLE_RANK[(company.role ?? '').toLowerCase()] ?? 3;
    const existing = byAccession.get(filing.accession);
    if (!existing) {
      byAccession.set(filing.accession, { ...filing, rank });
      continue;
    }
    if (!existing.companies.some((c) => c.cik === company.cik && c.role === company.role)) {
      existing.companies.push(company);
    }
    if (rank < existing.rank) {
      existing.rank = rank;
      existing.company = company.name;
      existing.cik = company.cik;
      existing.indexUrl = filing.indexUrl;
    }
  }
  const filings = [...byAccession.values()].map(({ rank: _rank, ...filing }) => filing);
  return { start, filings, entryCount: entries.length, endOfFeed: entries.length < pageSize };
}

function parseEntry(entry: RawEntry): { filing: FeedFiling; company: EdgarCompany } | null {
  const title = textOf(entry.title).slice(0, 500);
  const accession =
    ACCESSION_IN_ID.exec(textOf(entry.id))?.[1] ?? ACCNO.exec(textOf(entry.summary).slice(0, 4000))?.[1];
  if (!accession) return null;
  const dash = title.indexOf(' - ');
  const tail = TITLE_TAIL.exec(title);
  if (dash < 0 || !tail) return null;
  const formType =
    entry.category?.find((c) => c['@_term'])?.['@_term']?.trim() || title.slice(0, dash).trim();
  const name = title.slice(dash + 3, tail.index).trim();
  const company: EdgarCompany = { name, cik: padCik(tail[1] ?? '0'), role: (tail[2] ?? '').trim() || null };
  const summary = textOf(entry.summary).slice(0, 8000);
  const items = [...summary.matchAll(ITEM)].map((m) => m[1] ?? '').filter(Boolean);
  const updated = textOf(entry.updated);
  let acceptedAt: string;
  try {
    acceptedAt = offsetTimeToUtcIso(updated);
  } catch {
    return null;
  }
  const href = entry.link?.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate')?.['@_href'] ?? '';
  return {
    company,
    filing: {
      accession,
      formType,
      company: company.name,
      cik: company.cik,
      companies: [company],
      items,
      filedDate: FILED.exec(summary)?.[1] ?? null,
      acceptedAt,
      indexUrl: href,
    },
  };
}
