import { laneOf } from '../core/filing-lanes';
import type { EdgarSource, IndexedDocument, SubmissionHeader, SubmissionReader } from '../core/ports/edgar';
import { EdgarTooLargeError } from '../core/ports/edgar';
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
}

const MAX_DOCUMENTS_READ = 60;
/** One document over this is left out (with a warning) rather than fetched or read. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

/**
 * Fetches what can hold a deal: the filing's index page, then its primary document and its EX-99.x / EX-10.x
 * exhibits, never the XBRL, graphics and other exhibits of the full submission. A periodic report's primary
 * document gets the first look (the reader's firstLook, sources/edgar/first-look.ts) instead of being read whole. Without an index page
 * the full submission is read as before.
 */
export async function readFiling(
  deps: { edgar: EdgarSource; documents: SubmissionReader; log: Logger; maxDocumentChars?: number },
  ref: { accession: string; cik: string; formType: string },
): Promise<ReadFiling> {
  const maxBytes = deps.maxDocumentChars ?? MAX_DOCUMENT_BYTES;
  const tooLarge = (type: string, size: number) =>
    deps.log.warn('filing document too large; left out', { accession: ref.accession, type, size });
  const index = await deps.edgar.filingIndex(ref);
  if (!index) {
    const submission = await deps.edgar.submission(ref);
    const documents: ReadDocument[] = [];
    for (const doc of deps.documents.documentsThatMatter(submission)) {
      if (doc.body.length > maxBytes) {
        tooLarge(doc.type, doc.body.length);
        continue;
      }
      documents.push({
        type: doc.type,
        sequence: doc.sequence,
        filename: doc.filename,
        description: doc.description,
        sizeBytes: Buffer.byteLength(doc.body),
        text: readable(deps.log, ref.accession, doc.type, () => deps.documents.documentText(doc.body)),
      });
    }
    return {
      header: submission.header,
      documents,
      bytesFetched: submission.documents.reduce((n, d) => n + d.body.length, 0),
      via: 'submission',
    };
  }
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
      tooLarge(doc.type, doc.sizeBytes);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await deps.edgar.document(doc.url, maxBytes);
    } catch (error) {
      if (!(error instanceof EdgarTooLargeError)) throw error;
      tooLarge(doc.type, maxBytes);
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
  return { header: { ...index.header, formType }, documents, bytesFetched, via: 'index' };
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
