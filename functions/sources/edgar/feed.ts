import { offsetTimeToUtcIso } from '../../core/edgar-time';
import type { EdgarCompany, FeedFiling, FeedPage } from '../../core/ports/edgar';
import { EdgarMalformedError, padCik } from '../../core/ports/edgar';
import { attrOf, scanXml, type XmlElement, XmlScanError } from '../xml-scan';

/** A feed page is ~60 KB; anything far above is not the feed. Bounded before parsing. */
export const MAX_FEED_PAGE_CHARS = 4 * 1024 * 1024;
export const FEED_PAGE_SIZE = 100;

// Read with the feeds' own XML reader (functions/sources/xml-scan.ts): no DTD, no entity beyond the predefined
// ones and character references (the summary is HTML escaped as &lt;b&gt;, decoded once), bounded depth.
const LIMITS = { maxDepth: 16, maxElements: 50_000 };

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
const SIZE = /Size:(?:<\/b>)?\s*(\d{1,6}(?:\.\d{1,3})?)\s*(KB|MB|GB|bytes?)\b/i;
const UNIT_BYTES: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** The whole submission's size as the summary states it ("Size: 256 KB", "Size: 7 MB"); null when it does not. */
function statedSubmissionBytes(summary: string): number | null {
  const m = SIZE.exec(summary);
  if (!m) return null;
  const bytes = Number(m[1]) * (UNIT_BYTES[(m[2] ?? '').toLowerCase()] ?? 1);
  return Number.isFinite(bytes) ? Math.round(bytes) : null;
}

interface RawEntry {
  title: string;
  summary: string;
  updated: string;
  id: string;
  links: XmlElement[];
  formTerm: string | null;
}

function readEntry(entry: XmlElement): RawEntry {
  const raw: RawEntry = { title: '', summary: '', updated: '', id: '', links: [], formTerm: null };
  for (const child of entry.children) {
    switch (child.local) {
      case 'title':
        raw.title ||= child.text;
        break;
      case 'summary':
        raw.summary ||= child.text;
        break;
      case 'updated':
        raw.updated ||= child.text.trim();
        break;
      case 'id':
        raw.id ||= child.text;
        break;
      case 'link':
        raw.links.push(child);
        break;
      case 'category':
        raw.formTerm ??= attrOf(child, 'term');
        break;
    }
  }
  return raw;
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
  let root: XmlElement;
  try {
    root = scanXml(xml, LIMITS);
  } catch (error) {
    if (error instanceof XmlScanError) throw new EdgarMalformedError('feed page', error.message);
    throw error;
  }
  if (root.local !== 'feed') throw new EdgarMalformedError('feed page', 'no <feed> root');
  const entries = root.children.filter((c) => c.local === 'entry');
  const byAccession = new Map<string, FeedFiling & { rank: number }>();
  for (const entry of entries) {
    const parsed = parseEntry(readEntry(entry));
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
  const title = entry.title.trim().slice(0, 500);
  const accession = ACCESSION_IN_ID.exec(entry.id)?.[1] ?? ACCNO.exec(entry.summary.slice(0, 4000))?.[1];
  if (!accession) return null;
  const dash = title.indexOf(' - ');
  const tail = TITLE_TAIL.exec(title);
  if (dash < 0 || !tail) return null;
  const formType = entry.formTerm || title.slice(0, dash).trim();
  const name = title.slice(dash + 3, tail.index).trim();
  const company: EdgarCompany = { name, cik: padCik(tail[1] ?? '0'), role: (tail[2] ?? '').trim() || null };
  const summary = entry.summary.trim().slice(0, 8000);
  const items = [...summary.matchAll(ITEM)].map((m) => m[1] ?? '').filter(Boolean);
  const updated = entry.updated;
  let acceptedAt: string;
  try {
    acceptedAt = offsetTimeToUtcIso(updated);
  } catch {
    return null;
  }
  const alternate = entry.links.find((l) => (attrOf(l, 'rel') ?? 'alternate') === 'alternate');
  const href = attrOf(alternate, 'href') ?? '';
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
      submissionBytes: statedSubmissionBytes(summary),
      acceptedAt,
      indexUrl: href,
    },
  };
}
