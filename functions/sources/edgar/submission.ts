import { easternToUtcIso } from '../../core/edgar-time';
import type { EdgarCompany, Submission, SubmissionDocument, SubmissionHeader } from '../../core/ports/edgar';
import { EdgarMalformedError, padCik } from '../../core/ports/edgar';

export const MAX_SUBMISSION_DOCUMENTS = 2000;
const MAX_HEADER_CHARS = 512 * 1024;

/**
 * Splits a full submission (.txt, SGML) into its header and documents. It walks the text with indexOf and
 * keeps each document body as a slice of the input, so a submission of tens of MB is never copied whole.
 */
export function parseSubmission(text: string, maxDocuments = MAX_SUBMISSION_DOCUMENTS): Submission {
  const headerStart = text.indexOf('<SEC-HEADER>');
  const headerEnd = headerStart < 0 ? -1 : text.indexOf('</SEC-HEADER>', headerStart);
  if (headerStart < 0 || headerEnd < 0 || headerEnd - headerStart > MAX_HEADER_CHARS) {
    throw new EdgarMalformedError('submission', 'no complete <SEC-HEADER> block');
  }
  // ACCEPTANCE-DATETIME sits between <SEC-DOCUMENT> and the header lines, inside or just before the header.
  const header = parseHeader(text.slice(Math.max(0, headerStart - 2000), headerEnd));
  const documents: SubmissionDocument[] = [];
  let cursor = headerEnd;
  for (;;) {
    const open = text.indexOf('<DOCUMENT>', cursor);
    if (open < 0) break;
    const close = text.indexOf('</DOCUMENT>', open);
    if (close < 0)
      throw new EdgarMalformedError('submission', `document ${documents.length + 1} is cut short`);
    if (documents.length >= maxDocuments) {
      throw new EdgarMalformedError('submission', `more than ${maxDocuments} documents`);
    }
    documents.push(parseDocument(text, open + '<DOCUMENT>'.length, close));
    cursor = close + '</DOCUMENT>'.length;
  }
  if (documents.length === 0) throw new EdgarMalformedError('submission', 'no <DOCUMENT> blocks');
  return { header, documents };
}

function tagValue(block: string, tag: string): string | null {
  const at = block.indexOf(`<${tag}>`);
  if (at < 0) return null;
  const from = at + tag.length + 2;
  const eol = block.indexOf('\n', from);
  const value = block.slice(from, eol < 0 ? undefined : eol).trim();
  return value || null;
}

function parseDocument(text: string, start: number, end: number): SubmissionDocument {
  const textOpen = text.indexOf('<TEXT>', start);
  const bodyStart = textOpen >= 0 && textOpen < end ? textOpen + '<TEXT>'.length : end;
  const textClose = text.lastIndexOf('</TEXT>', end);
  const bodyEnd = textClose >= bodyStart ? textClose : end;
  // The little header of the document is short: only it is searched for the tags.
  const meta = text.slice(start, Math.min(bodyStart, start + 4000));
  const sequence = Number(tagValue(meta, 'SEQUENCE'));
  return {
    type: (tagValue(meta, 'TYPE') ?? 'UNKNOWN').toUpperCase(),
    sequence: Number.isFinite(sequence) && sequence > 0 ? sequence : null,
    filename: tagValue(meta, 'FILENAME'),
    description: tagValue(meta, 'DESCRIPTION'),
    body: text.slice(bodyStart, bodyEnd).replace(/^\r?\n/, ''),
  };
}

// Header blocks that introduce a company: "FILER:", "SUBJECT COMPANY:", "FILED BY:", "REPORTING-OWNER:", "ISSUER:".
const COMPANY_BLOCK = /^([A-Z][A-Z -]{1,40}):\s*$/;
const FIELD = /^\s*([A-Z][A-Z0-9 ()-]{1,60}):\s*(.*)$/;

function parseHeader(block: string): SubmissionHeader {
  let accession: string | null = null;
  let formType: string | null = null;
  let filedDate: string | null = null;
  let acceptedAt: string | null = null;
  const items: string[] = [];
  const companies: EdgarCompany[] = [];
  let role: string | null = null;
  let pendingName: string | null = null;

  const acceptance = tagValue(block, 'ACCEPTANCE-DATETIME');
  if (acceptance) {
    try {
      acceptedAt = easternToUtcIso(acceptance);
    } catch {
      acceptedAt = null;
    }
  }
  for (const rawLine of block.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const blockMatch = COMPANY_BLOCK.exec(line);
    if (blockMatch) {
      role = blockMatch[1] ?? null;
      pendingName = null;
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) continue;
    const key = field[1] ?? '';
    const value = (field[2] ?? '').trim();
    switch (key) {
      case 'ACCESSION NUMBER':
        accession = value;
        break;
      case 'CONFORMED SUBMISSION TYPE':
        formType = value;
        break;
      case 'FILED AS OF DATE':
        filedDate = /^\d{8}$/.test(value)
          ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`
          : null;
        break;
      case 'ITEM INFORMATION':
        if (value) items.push(itemNumber(value));
        break;
      case 'COMPANY CONFORMED NAME':
        pendingName = value;
        break;
      case 'CENTRAL INDEX KEY':
        if (pendingName !== null && /^\d{1,10}$/.test(value)) {
          companies.push({ name: pendingName, cik: padCik(value), role });
          pendingName = null;
        }
        break;
    }
  }
  if (!accession || !formType) {
    throw new EdgarMalformedError('submission', 'header lacks ACCESSION NUMBER or CONFORMED SUBMISSION TYPE');
  }
  return { accession, formType, filedDate, acceptedAt, companies, items };
}

// The header names 8-K items by their title only; the number is what users and the feed use.
const EIGHT_K_ITEMS: [string, string][] = [
  ['1.01', 'entry into a material definitive agreement'],
  ['1.02', 'termination of a material definitive agreement'],
  ['1.03', 'bankruptcy or receivership'],
  ['1.04', 'mine safety'],
  ['1.05', 'material cybersecurity incident'],
  ['2.01', 'completion of acquisition or disposition of assets'],
  ['2.02', 'results of operations and financial condition'],
  ['2.03', 'creation of a direct financial obligation'],
  ['2.04', 'triggering events that accelerate'],
  ['2.05', 'costs associated with exit or disposal'],
  ['2.06', 'material impairments'],
  ['3.01', 'notice of delisting'],
  ['3.02', 'unregistered sales of equity securities'],
  ['3.03', 'material modification'],
  ['4.01', "changes in registrant's certifying accountant"],
  ['4.02', 'non-reliance on previously issued financial statements'],
  ['5.01', 'changes in control of registrant'],
  ['5.02', 'departure of directors or certain officers'],
  ['5.03', 'amendments to articles of incorporation'],
  ['5.04', 'temporary suspension of trading'],
  ['5.05', "amendment to registrant's code of ethics"],
  ['5.06', 'change in shell company status'],
  ['5.07', 'submission of matters to a vote'],
  ['5.08', 'shareholder director nominations'],
  ['7.01', 'regulation fd disclosure'],
  ['8.01', 'other events'],
  ['9.01', 'financial statements and exhibits'],
];

/** "Regulation FD Disclosure" -> "7.01"; text we do not know stays as written. */
export function itemNumber(description: string): string {
  const lower = description.toLowerCase().replace(/\u2019/g, "'");
  for (const [number, title] of EIGHT_K_ITEMS) if (lower.startsWith(title)) return number;
  return description;
}
