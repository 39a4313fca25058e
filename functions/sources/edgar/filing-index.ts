import { decodeHTML as decodeHtmlEntities } from 'entities';
import { easternToUtcIso } from '../../core/edgar-time';
import type { EdgarCompany, FilingIndex, IndexedDocument } from '../../core/ports/edgar';
import { EdgarMalformedError, padCik } from '../../core/ports/edgar';

/** An index page is a few KB; a filing with hundreds of exhibits stays far under this. */
export const MAX_INDEX_PAGE_BYTES = 2 * 1024 * 1024;
const MAX_INDEXED_DOCUMENTS = 2000;

/** The text between `open` and the next `close` after `from`, or null. indexOf only: no regex over the page. */
function between(page: string, open: string, close: string, from = 0): { text: string; end: number } | null {
  const at = page.indexOf(open, from);
  if (at < 0) return null;
  const start = at + open.length;
  const end = page.indexOf(close, start);
  return end < 0 ? null : { text: page.slice(start, end), end: end + close.length };
}

function stripTags(html: string): string {
  return decodeHtmlEntities(html.replace(/<[^>]{0,2000}>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function cellsOf(row: string): string[] {
  const cells: string[] = [];
  for (let from = 0; ; ) {
    const open = row.indexOf('<td', from);
    if (open < 0) return cells;
    const start = row.indexOf('>', open) + 1;
    const end = row.indexOf('</td>', start);
    if (start <= 0 || end < 0) return cells;
    cells.push(row.slice(start, end));
    from = end + 5;
  }
}

/**
 * Parses EDGAR's filing index page (`{accession}-index.htm`): the "Document Format Files" table (sequence,
 * description, document link, type, size), the form name, the acceptance time (Eastern), the items of an
 * 8-K, and the companies with their role and CIK. Document links resolve against `pageUrl`; the inline XBRL
 * viewer prefix (`/ix?doc=`) is taken off so that the document itself is fetched.
 */
export function parseFilingIndex(page: string, pageUrl: string, accession: string): FilingIndex {
  const table = between(page, 'summary="Document Format Files"', '</table>');
  if (!table) throw new EdgarMalformedError('filing index', 'no "Document Format Files" table');
  const documents: IndexedDocument[] = [];
  for (const row of table.text.split('<tr').slice(1)) {
    const cells = cellsOf(row);
    if (cells.length < 5) continue;
    const href = /href="([^"]{1,2000})"/.exec(cells[2] as string)?.[1];
    if (!href) continue;
    const path = decodeHtmlEntities(href).replace(/^\/ix\?doc=/, '');
    const filename = path.slice(path.lastIndexOf('/') + 1);
    const type = stripTags(cells[3] as string);
    const sequence = Number.parseInt(stripTags(cells[0] as string), 10);
    const size = Number.parseInt(stripTags(cells[4] as string), 10);
    // The complete submission text file has no type: it is the fallback, not a document.
    if (!type || !filename) continue;
    if (documents.length >= MAX_INDEXED_DOCUMENTS) {
      throw new EdgarMalformedError('filing index', `more than ${MAX_INDEXED_DOCUMENTS} documents`);
    }
    documents.push({
      type: type.toUpperCase(),
      sequence: Number.isFinite(sequence) ? sequence : null,
      filename,
      description: stripTags(cells[1] as string) || null,
      url: new URL(path, pageUrl).href,
      sizeBytes: Number.isFinite(size) ? size : null,
    });
  }
  if (documents.length === 0) throw new EdgarMalformedError('filing index', 'no documents listed');

  const formName = between(page, '<div id="formName">', '</div>');
  const formType = formName ? (/Form\s+([^<]{1,40})<\/strong>/.exec(formName.text)?.[1]?.trim() ?? '') : '';
  const accepted = /<div class="infoHead">Accepted<\/div>\s{0,200}<div class="info">([\d: -]{19})</.exec(
    page,
  );
  const acceptedAt = accepted ? acceptedUtc(accepted[1] as string) : null;
  const filingDate =
    /<div class="infoHead">Filing Date<\/div>\s{0,200}<div class="info">(\d{4}-\d{2}-\d{2})</.exec(page);
  const itemsBlock = between(page, '<div class="infoHead">Items</div>', '</div>');
  const items = itemsBlock
    ? [...itemsBlock.text.matchAll(/Item (\d{1,2}\.\d{2})/g)].map((m) => m[1] as string)
    : [];
  const companies: EdgarCompany[] = [];
  for (let from = 0; companies.length < 50; ) {
    const span = between(page, '<span class="companyName">', '</span>', from);
    if (!span) break;
    from = span.end;
    const named = /^([^(<]{1,300})\(([^)]{1,60})\)/.exec(span.text.trim());
    const cik = /(\d{10})/.exec(span.text)?.[1];
    if (!named || !cik) continue;
    companies.push({
      name: decodeHtmlEntities((named[1] as string).trim()),
      cik: padCik(cik),
      role: roleOf((named[2] as string).trim()),
    });
  }
  return {
    header: {
      accession,
      formType,
      filedDate: filingDate ? (filingDate[1] as string) : null,
      acceptedAt,
      companies,
      items,
    },
    documents,
  };
}

/** The index page's roles in the submission header's words, so that one registrant rule serves both. */
function roleOf(role: string): string {
  const upper = role.toUpperCase();
  if (upper === 'FILER') return 'FILER';
  if (upper === 'SUBJECT') return 'SUBJECT COMPANY';
  return role;
}

function acceptedUtc(text: string): string | null {
  try {
    return easternToUtcIso(text);
  } catch {
    return null; // the feed's acceptance time (on the filing record) stands in
  }
}
