import { laneOf } from '../core/filing-lanes';
import type {
  EdgarSource,
  FilingIndex,
  IndexedDocument,
  Submission,
  SubmissionHeader,
  SubmissionReader,
} from '../core/ports/edgar';
import { EdgarNotFoundError, EdgarTooLargeError } from '../core/ports/edgar';
import type { Logger } from '../core/ports/log';

/** One document of a filing as the worker reads it: its text only when it has any. */
export interface ReadDocument {
  type: string;
  sequence: number | null;
  filename: string | null;
  description: string | null;
  sizeBytes: number;
  /** null for binaries, unreadable documents and periodic reports whose first look found nothing. */
  text: string | null;
}

export interface ReadFiling {
  header: SubmissionHeader;
  documents: ReadDocument[];
  /** Bytes fetched from EDGAR for this filing (index page included). */
  bytesFetched: number;
  /** 'index': the index page, then only the documents that can hold a deal; 'submission': the full .txt. */
  via: 'index' | 'submission';
  /** Requests made to EDGAR for this filing (each may include the HTTP client's own retries). */
  requests: number;
}

const MAX_DOCUMENTS_READ = 60;
/** One document over this is left out (with a warning) rather than fetched or read. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
/**
 * A filing whose feed entry states at most this size is read from its full submission (.txt) in one request.
 * The budget, not bandwidth, bounds the worker: at 10 requests/s one request is worth 100 ms, in which a few MB
 * arrive, while the index way costs the index page and then each document (3 requests for an 8-K with a press
 * release). In the recorded getcurrent days (2025-12-12, 2026-01-12) half the 8-Ks state 256 KB or less; the one
 * in ten at 7 MB or more carries decks, images and XBRL that the index way never fetches.
 */
export const DIRECT_READ_MAX_BYTES = 4 * 1024 * 1024;
/** EDGAR rounds the stated size; a submission over twice the threshold was misstated: its index page is read. */
export const DIRECT_FETCH_MAX_BYTES = 2 * DIRECT_READ_MAX_BYTES;

type FilingRef = { accession: string; cik: string; formType: string; submissionBytes?: number | null };
type ReadDeps = { edgar: EdgarSource; documents: SubmissionReader; log: Logger; maxDocumentChars?: number };

/**
 * Fetches what can hold a deal, in as few requests as the feed allows. A filing whose stated size is small is
 * read from its full submission, one request. Otherwise (size not stated: daily index, CLI; or large) the
 * filing's index page, then its primary document and its EX-99.x / EX-10.x exhibits, never the XBRL, graphics
 * and other exhibits. A direct read that finds nothing (404) or more than stated goes the index way; without an
 * index page the full submission is read, bounded as always (a 404 on both is retried later). A periodic report's
 * primary document gets the first look (the reader's firstLook, sources/edgar/first-look.ts) either way.
 */
export async function readFiling(deps: ReadDeps, ref: FilingRef): Promise<ReadFiling> {
  let requests = 0;
  let missing: EdgarNotFoundError | null = null;
  if (ref.submissionBytes != null && ref.submissionBytes <= DIRECT_READ_MAX_BYTES) {
    requests++;
    let submission: Submission | null = null;
    try {
      submission = await deps.edgar.submission(ref, { maxBytes: DIRECT_FETCH_MAX_BYTES });
    } catch (error) {
      if (error instanceof EdgarNotFoundError) missing = error;
      else if (!(error instanceof EdgarTooLargeError)) throw error;
      deps.log.warn('filing not read directly; reading its index page', {
        accession: ref.accession,
        statedBytes: ref.submissionBytes,
        error: String(error),
      });
    }
    if (submission) return readSubmission(deps, ref, submission, requests);
  }
  requests++;
  const index = await deps.edgar.filingIndex(ref);
  if (index) return readIndexed(deps, ref, index, requests);
  // Neither its .txt nor its index page yet: EDGAR has not disseminated it, the worker tries again later.
  if (missing) throw missing;
  return readSubmission(deps, ref, await deps.edgar.submission(ref), requests + 1);
}

async function readSubmission(
  deps: ReadDeps,
  ref: FilingRef,
  submission: Submission,
  requests: number,
): Promise<ReadFiling> {
  const maxBytes = deps.maxDocumentChars ?? MAX_DOCUMENT_BYTES;
  const formType = submission.header.formType || ref.formType;
  const periodic = laneOf(formType) === 'periodic';
  const form = formType.toUpperCase();
  // The same primary as the reader's documentsThatMatter picks.
  const primary = submission.documents.find((d) => d.type === form) ?? submission.documents[0];
  const documents: ReadDocument[] = [];
  for (const doc of deps.documents.documentsThatMatter(submission)) {
    if (doc.body.length > maxBytes) {
      tooLarge(deps.log, ref.accession, doc.type, doc.body.length);
      continue;
    }
    documents.push({
      type: doc.type,
      sequence: doc.sequence,
      filename: doc.filename,
      description: doc.description,
      sizeBytes: Buffer.byteLength(doc.body),
      text:
        periodic && doc === primary
          ? (await deps.documents.firstLook(Buffer.from(doc.body))).text || null
          : readable(deps.log, ref.accession, doc.type, () => deps.documents.documentText(doc.body)),
    });
  }
  return {
    header: submission.header,
    documents,
    bytesFetched: submission.documents.reduce((n, d) => n + d.body.length, 0),
    via: 'submission',
    requests,
  };
}

async function readIndexed(
  deps: ReadDeps,
  ref: FilingRef,
  index: FilingIndex,
  requests: number,
): Promise<ReadFiling> {
  const maxBytes = deps.maxDocumentChars ?? MAX_DOCUMENT_BYTES;
  const formType = index.header.formType || ref.formType;
  const periodic = laneOf(formType) === 'periodic';
  const primary = primaryOf(index.documents, formType);
  const wanted = index.documents
    .filter((d) => d === primary || deps.documents.mattersForDeals(d.type))
    .slice(0, MAX_DOCUMENTS_READ);
  const documents: ReadDocument[] = [];
  let bytesFetched = 0;
  for (const doc of wanted) {
    if (doc.sizeBytes !== null && doc.sizeBytes > maxBytes) {
      tooLarge(deps.log, ref.accession, doc.type, doc.sizeBytes);
      continue;
    }
    let bytes: Uint8Array;
    requests++;
    try {
      bytes = await deps.edgar.document(doc.url, maxBytes);
    } catch (error) {
      if (!(error instanceof EdgarTooLargeError)) throw error;
      tooLarge(deps.log, ref.accession, doc.type, maxBytes);
      continue;
    }
    bytesFetched += bytes.length;
    const text =
      periodic && doc === primary
        ? (await deps.documents.firstLook(bytes)).text || null
        : readable(deps.log, ref.accession, doc.type, () =>
            deps.documents.documentText(Buffer.from(bytes).toString('utf8')),
          );
    documents.push({
      type: doc.type,
      sequence: doc.sequence,
      filename: doc.filename,
      description: doc.description,
      sizeBytes: bytes.length,
      text,
    });
  }
  return { header: { ...index.header, formType }, documents, bytesFetched, via: 'index', requests };
}

function tooLarge(log: Logger, accession: string, type: string, size: number): void {
  log.warn('filing document too large; left out', { accession, type, size });
}

/** The document whose type is the form's own (the 10-Q itself), else the first listed. */
function primaryOf(documents: IndexedDocument[], formType: string): IndexedDocument | undefined {
  const form = formType.toUpperCase();
  return documents.find((d) => d.type === form) ?? documents[0];
}

function readable(log: Logger, accession: string, type: string, read: () => string | null): string | null {
  try {
    return read();
  } catch (error) {
    log.warn('filing document unreadable; left out', { accession, type, error: String(error) });
    return null;
  }
}
