// The EDGAR side as the use cases see it: the current-filings feed, daily indexes, full submissions and
// full-text search. The adapter (functions/sources/edgar) fetches and parses; these are plain data.

/** One company named in a feed entry or a submission header, with its role. */
export interface EdgarCompany {
  name: string;
  /** Ten digits, zero-padded. */
  cik: string;
  /** Feed role (Filer, Issuer, Subject, Reporting, Filed by…) or header block (FILER, SUBJECT COMPANY…). */
  role: string | null;
}

/** One accession from the current-filings feed, merged over its per-role entries. */
export interface FeedFiling {
  accession: string;
  formType: string;
  /** The company the filing is about (Filer, else Issuer / Subject), never the accession's submitter prefix. */
  company: string;
  cik: string;
  companies: EdgarCompany[];
  /** "1.01", "9.01" for 8-K; empty when none. */
  items: string[];
  filedDate: string | null;
  /**
   * The whole submission's size as the entry's summary states it (EDGAR rounds it to KB or MB); null or absent
   * when not stated. It lets the worker fetch a small filing's full text in one request (use-cases/read-filing.ts).
   */
  submissionBytes?: number | null;
  /** ISO-8601 UTC. */
  acceptedAt: string;
  indexUrl: string;
}

export interface FeedPage {
  start: number;
  /** Entries as listed (deduped on accession within the page, feed order: newest first). */
  filings: FeedFiling[];
  /** Raw entry count before the dedupe; a page with fewer than `count` entries is the last one. */
  entryCount: number;
  /** true past the end of the feed (EDGAR answers 503 there) or on a short page. */
  endOfFeed: boolean;
}

export interface DailyIndexEntry {
  formType: string;
  company: string;
  cik: string;
  /** YYYY-MM-DD. */
  dateFiled: string;
  accession: string;
}

export interface SubmissionHeader {
  accession: string;
  formType: string;
  filedDate: string | null;
  /** ISO-8601 UTC, from the Eastern ACCEPTANCE-DATETIME. */
  acceptedAt: string | null;
  companies: EdgarCompany[];
  /** Item numbers ("1.01") where known, else the item text as written. */
  items: string[];
}

export interface SubmissionDocument {
  type: string;
  sequence: number | null;
  filename: string | null;
  description: string | null;
  /** The raw <TEXT> content (HTML, plain text, or uuencoded binary). */
  body: string;
}

export interface Submission {
  header: SubmissionHeader;
  documents: SubmissionDocument[];
}

/** How a submission is read (sources/edgar/documents.ts): which documents carry a disclosure, and their text. */
export interface SubmissionReader {
  /** The primary document, the press releases (EX-99.x) and the contracts (EX-10.x), bounded in number. */
  documentsThatMatter(submission: Submission): SubmissionDocument[];
  /** A document's readable text; null for binaries and data without prose. */
  documentText(body: string): string | null;
  /** Whether an exhibit of this type can hold a deal (EX-99.x, EX-10.x). */
  mattersForDeals(type: string): boolean;
  /** A periodic report's cheap first look: the text of the parts that may hold a disclosure, else ''. */
  firstLook(bytes: Uint8Array): Promise<{ text: string }>;
}

/** One document as the filing's index page lists it. */
export interface IndexedDocument {
  type: string;
  sequence: number | null;
  filename: string;
  description: string | null;
  /** Where to fetch it (the EDGAR base applied). */
  url: string;
  /** As the index states it; null when not given. */
  sizeBytes: number | null;
}

/** A filing's index page (`{accession}-index.htm`): its header facts and the documents it holds. */
export interface FilingIndex {
  header: SubmissionHeader;
  documents: IndexedDocument[];
}

export interface FullTextQuery {
  /** A phrase; quoted for the search engine by the adapter. */
  query: string;
  forms: string[];
  /** YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** Offset of the first hit (the search pages by 100). */
  offset?: number;
}

export interface FullTextHit {
  accession: string;
  formType: string;
  cik: string;
  company: string;
  filedDate: string | null;
  /** The matching document's file name. */
  filename: string | null;
}

export interface FullTextResult {
  total: number;
  hits: FullTextHit[];
}

export interface EdgarSource {
  /** One page of the current-filings feed, all forms, newest first. */
  currentFeedPage(start: number): Promise<FeedPage>;
  /** The day's form index; null when EDGAR has none (weekend, holiday, or not published yet). */
  dailyIndex(date: string): Promise<DailyIndexEntry[] | null>;
  /** The full submission text, split into its documents; `maxBytes` bounds it below the adapter's own bound. */
  submission(ref: { accession: string; cik: string }, opts?: { maxBytes?: number }): Promise<Submission>;
  /** The filing's index page; null when EDGAR has none (then read the full submission). */
  filingIndex(ref: { accession: string; cik: string }): Promise<FilingIndex | null>;
  /** One document of a filing, as bytes (bounded by maxBytes). */
  document(url: string, maxBytes: number): Promise<Uint8Array>;
  fullTextSearch(query: FullTextQuery): Promise<FullTextResult>;
  indexUrl(ref: { accession: string; cik: string }): string;
  fullTextUrl(ref: { accession: string; cik: string }): string;
}

/** A feed page, index or submission that does not parse. Not retryable: record it and go on. */
export class EdgarMalformedError extends Error {
  override readonly name = 'EdgarMalformedError';
  constructor(
    readonly what: string,
    readonly detail: string,
  ) {
    super(`malformed EDGAR ${what}: ${detail}`);
  }
}

/** EDGAR asked us to slow down (429, or its 403 rate page): stop the whole run and come back later. */
export class EdgarRateLimitedError extends Error {
  override readonly name = 'EdgarRateLimitedError';
  constructor(
    readonly retryAfterMs: number,
    readonly url: string,
  ) {
    super(`EDGAR rate limit hit at ${url}; retry after ${Math.round(retryAfterMs / 1000)} s`);
  }
}

/** A transient failure (5xx, timeout, network): retry later. */
export class EdgarUnavailableError extends Error {
  override readonly name = 'EdgarUnavailableError';
  constructor(
    readonly url: string,
    readonly detail: string,
  ) {
    super(`EDGAR unavailable at ${url}: ${detail}`);
  }
}

/** The resource does not exist (yet): a submission not disseminated, a filing withdrawn. */
export class EdgarNotFoundError extends Error {
  override readonly name = 'EdgarNotFoundError';
  constructor(readonly url: string) {
    super(`EDGAR has nothing at ${url}`);
  }
}

/** A submission over the size bound: refused, with the reason recorded. */
export class EdgarTooLargeError extends Error {
  override readonly name = 'EdgarTooLargeError';
  constructor(
    readonly url: string,
    readonly maxBytes: number,
  ) {
    super(`EDGAR resource ${url} is over the ${maxBytes}-byte bound`);
  }
}

/** Forms worth fetching: exact names, or a prefix ending in '*' ("424B*"). */
export function formMatches(formType: string, forms: readonly string[]): boolean {
  const form = formType.trim().toUpperCase();
  return forms.some((pattern) => {
    const p = pattern.trim().toUpperCase();
    return p.endsWith('*') ? form.startsWith(p.slice(0, -1)) : form === p;
  });
}

/**
 * In AWS, the poller's part of the deployment's EDGAR total, kept in-process (one lease holder, a feed page every
 * few seconds); the filing workers share the rest (store/edgar-budget.ts).
 */
export const EDGAR_POLLER_RPS = 1;

/** Zero-pads a CIK to EDGAR's ten digits. */
export function padCik(cik: string | number): string {
  return String(cik).replace(/^0+/, '').padStart(10, '0');
}
