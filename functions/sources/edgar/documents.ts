import type { Submission, SubmissionDocument, SubmissionReader } from '../../core/ports/edgar';
import { htmlToText, looksLikeHtml } from '../html-text';
import { firstLook } from './first-look';

const MAX_DOCUMENTS_EXTRACTED = 60;

/** Press releases (EX-99.x) and material contracts (EX-10.x): the exhibits that can hold a deal. */
export function mattersForDeals(type: string): boolean {
  return /^EX-(99|10)(\.|$)/.test(type.toUpperCase());
}

/** The documents that carry a disclosure: the primary document, press releases (EX-99.x), contracts (EX-10.x). */
export function documentsThatMatter(submission: Submission): SubmissionDocument[] {
  const form = submission.header.formType.toUpperCase();
  const primaryIndex = Math.max(
    0,
    submission.documents.findIndex((d) => d.type === form),
  );
  return submission.documents
    .filter((d, i) => i === primaryIndex || mattersForDeals(d.type))
    .slice(0, MAX_DOCUMENTS_EXTRACTED);
}

/**
 * A document's readable text; null for binaries (uuencoded images, PDF) and XBRL data without prose. Modern
 * primary documents are inline XBRL, which a full submission wraps in <XBRL>…</XBRL>: the HTML inside is the
 * document, so the wrapper is taken off rather than the document skipped.
 */
export function documentText(body: string): string | null {
  const head = body.slice(0, 200).trimStart();
  if (/^begin [0-7]{3} /.test(head) || /^<PDF>/i.test(head)) return null;
  let content = body;
  if (/^<XBRL>/i.test(head)) {
    const start = body.indexOf('>', body.search(/<XBRL>/i)) + 1;
    const end = body.lastIndexOf('</XBRL>');
    content = body.slice(start, end > start ? end : body.length);
    if (!looksLikeHtml(content)) return null;
  }
  return looksLikeHtml(content) ? htmlToText(content) : content;
}

/** The reader the filing worker is given (core/ports/edgar.ts). */
export const submissionReader: SubmissionReader = {
  documentsThatMatter,
  documentText,
  mattersForDeals,
  firstLook,
};
